import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { ImportOutcome } from '../../src/clientApi';
import { callServer, closeDialog } from '../shared/server';
import { T } from './strings';

type State = { kind: 'idle' } | { kind: 'working' } | ImportOutcome;

function ImportDialog() {
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = (append: boolean) => {
    if (text.trim() === '') return setState({ status: 'error', message: T.empty });
    setState({ kind: 'working' });
    callServer('importRoadmapPasted', text, append)
      .then(setState)
      .catch(() => setState({ status: 'error', message: T.failed }));
  };

  if ('status' in state && state.status === 'done')
    return (
      <div>
        <p class="done">{state.message}</p>
        <button type="button" onClick={closeDialog}>
          {T.close}
        </button>
      </div>
    );
  const working = 'kind' in state && state.kind === 'working';
  return (
    <div>
      <p class="hint">{T.hint}</p>
      <label>
        {T.label}
        <textarea
          value={text}
          placeholder={T.placeholder}
          disabled={working}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      {'status' in state && state.status === 'error' && <p class="error">{state.message}</p>}
      {'status' in state && state.status === 'confirm' ? (
        <div>
          <p>{T.confirm(state.existing)}</p>
          <div class="actions">
            <button type="button" onClick={() => run(true)}>
              {T.append}
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              {T.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" disabled={working} onClick={() => run(false)}>
            {working ? T.working : T.submit}
          </button>
        </div>
      )}
    </div>
  );
}

render(<ImportDialog />, document.getElementById('app')!);
