/** Documents from «Пары»: the draft order and the personalised programmes, with the template link. */
import { useEffect, useState } from 'preact/hooks';
import { callServer } from '../shared/server';
import { T } from './strings';

type Outcome = Awaited<ReturnType<typeof callServer<'createPairsOrder'>>>;

export function DocsPanel({ onError }: { onError: (e: unknown) => void }) {
  const [template, setTemplate] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [templateErrors, setTemplateErrors] = useState<string[]>([]);

  useEffect(() => {
    callServer('getProgrammeTemplate').then(setTemplate).catch(onError);
  }, []);

  const run = (name: 'createPairsOrder' | 'createProgrammes') => {
    setBusy(true);
    setOutcome(null);
    callServer(name)
      .then((o) => {
        setOutcome(o);
        setBusy(false);
      })
      .catch((e) => {
        setBusy(false);
        onError(e);
      });
  };
  const saveTemplate = () => {
    setTemplateErrors([]);
    callServer('setProgrammeTemplate', template)
      .then((r) => (r.ok ? setTemplate(r.url) : setTemplateErrors(r.errors)))
      .catch(onError);
  };

  return (
    <section aria-labelledby="docs-title">
      <h2 id="docs-title">{T.docsTitle}</h2>
      <button type="button" class="secondary" disabled={busy} onClick={() => run('createPairsOrder')}>
        {T.order}
      </button>
      <label class="field">
        {T.templateLabel}
        <input
          type="url"
          name="template"
          value={template}
          onInput={(e) => setTemplate((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="button" class="secondary" onClick={saveTemplate}>
        {T.saveTemplate}
      </button>
      {templateErrors.length > 0 && (
        <p class="error" role="alert">
          {templateErrors.join(' ')}
        </p>
      )}
      <button type="button" class="secondary" disabled={busy} onClick={() => run('createProgrammes')}>
        {T.programmes}
      </button>
      {outcome && !outcome.ok && (
        <p class="error" role="alert">
          {outcome.errors.join(' ')}
        </p>
      )}
      {outcome?.ok && (
        <div role="status">
          <p class="done">{outcome.message}</p>
          {outcome.left > 0 && <p>{T.docsLeft(outcome.left)}</p>}
          <ul>
            {outcome.links.map((l) => (
              <li key={l.url}>
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.pairId ? `${T.open}: ${l.pairId}` : T.open}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
