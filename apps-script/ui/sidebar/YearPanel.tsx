/** The pairs at work: each pair's plan, «Переподобрать» for a pair marked as not working, closing, «Лучшая пара». */
import { useEffect, useState } from 'preact/hooks';
import type { PairAtWork, RepairSuggestion, YearState } from '../../src/year/pairYear';
import { callServer } from '../shared/server';
import { Y } from './yearStrings';

type Suggestion = Extract<RepairSuggestion, { ok: true }>;
type Best = Awaited<ReturnType<typeof callServer<'bestPairs'>>>;

function PairCard({ pair, onDone }: { pair: PairAtWork; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<'' | 'own' | 'close' | 'repair'>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [repair, setRepair] = useState<Suggestion | null>(null);
  const [picks, setPicks] = useState<Record<string, string>>({});

  const run = <T extends { ok: boolean }>(p: Promise<T>, then: (r: T) => void) => {
    setBusy(true);
    setErrors([]);
    p.then((r) => {
      setBusy(false);
      if (!r.ok) return setErrors((r as unknown as { errors: string[] }).errors);
      then(r);
    }).catch((e: unknown) => {
      setBusy(false);
      setErrors([e instanceof Error ? e.message : String(e)]);
    });
  };
  const done = (r: { message: string }) => {
    setMode('');
    setText('');
    onDone(r.message);
  };
  const standard = () =>
    run(callServer('fillPairPlan', { pairId: pair.id, source: 'standard' }), (r) =>
      done(r as { message: string }),
    );
  const own = () =>
    run(callServer('fillPairPlan', { pairId: pair.id, source: 'own', text }), (r) =>
      done(r as { message: string }),
    );
  const close = () =>
    run(callServer('closePair', { pairId: pair.id, outcome: text }), (r) => done(r as { message: string }));
  const startRepair = () => {
    setMode('repair');
    run(callServer('suggestRepair', pair.id), (r) => {
      const s = r as Suggestion;
      setRepair(s);
      setPicks(Object.fromEntries(s.mentees.map((m) => [m.menteeId, m.options[0]?.mentorId ?? ''])));
    });
  };
  const applyRepair = () => {
    if (!repair) return;
    const chosen = repair.mentees
      .filter((m) => picks[m.menteeId])
      .map((m) => ({ menteeId: m.menteeId, mentorId: picks[m.menteeId]!, form: m.form }));
    run(
      callServer('applyRepair', { pairId: pair.id, fingerprint: repair.fingerprint, reason: text, chosen }),
      (r) => {
        const out = r as { message: string; orderUrl: string };
        done({ message: `${out.message} ${out.orderUrl}` });
      },
    );
  };

  return (
    <li class="pair" data-pair={pair.id}>
      <b>{pair.id}</b> {pair.mentorName} → {pair.menteeNames.join(', ')}
      <div class="muted">
        {pair.form}, {Y.since(pair.startDate)}.{' '}
        {pair.plan.total > 0 ? Y.plan(pair.plan.done, pair.plan.total) : Y.noPlan}
        {pair.plan.overdue > 0 && <span class="bad"> {Y.overdue(pair.plan.overdue)}</span>}
      </div>
      {pair.notWorking && <p class="warn">{Y.notWorking}</p>}
      <div class="actions">
        {pair.plan.total === 0 && (
          <>
            <button type="button" class="secondary" disabled={busy} onClick={standard}>
              {Y.standardPlan}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={() => setMode('own')}>
              {Y.ownPlan}
            </button>
          </>
        )}
        {pair.notWorking && (
          <button type="button" class="action" disabled={busy} onClick={startRepair}>
            {Y.repair}
          </button>
        )}
        <button type="button" class="secondary" disabled={busy} onClick={() => setMode('close')}>
          {Y.close}
        </button>
      </div>
      {mode !== '' && (
        <div class="form">
          {mode === 'repair' &&
            repair?.mentees.map((m) => (
              <div key={m.menteeId}>
                {m.options.length === 0 ? (
                  <p class="bad">
                    {Y.newMentorFor(m.menteeName)}: {m.reason}
                  </p>
                ) : (
                  <label class="field">
                    {Y.newMentorFor(m.menteeName)}
                    <select
                      value={picks[m.menteeId]}
                      onChange={(e) =>
                        setPicks({ ...picks, [m.menteeId]: (e.target as HTMLSelectElement).value })
                      }
                    >
                      {m.options.map((o, i) => (
                        <option key={o.mentorId} value={o.mentorId}>
                          {Y.option(o.mentorName, o.percent, i === 0)}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
              </div>
            ))}
          <label class="field">
            {mode === 'own' ? Y.ownLabel : mode === 'close' ? Y.outcomeLabel : Y.reasonLabel}
            <textarea
              rows={mode === 'own' ? 5 : 2}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <button
            type="button"
            class="action"
            disabled={busy || (mode === 'repair' && !repair)}
            onClick={mode === 'own' ? own : mode === 'close' ? close : applyRepair}
          >
            {mode === 'own' ? Y.savePlan : mode === 'close' ? Y.confirmClose : Y.confirmRepair}
          </button>
          <button type="button" class="secondary" onClick={() => setMode('')}>
            {Y.cancel}
          </button>
        </div>
      )}
      {errors.length > 0 && (
        <p class="error" role="alert">
          {errors.join(' ')}
        </p>
      )}
    </li>
  );
}

export function YearPanel({ onError }: { onError: (e: unknown) => void }) {
  const [state, setState] = useState<YearState | null>(null);
  const [message, setMessage] = useState('');
  const [best, setBest] = useState<Best | null>(null);
  const load = () => callServer('getYearState').then(setState).catch(onError);
  useEffect(() => {
    load();
  }, []);

  return (
    <section aria-labelledby="year-title">
      <h2 id="year-title">{Y.title}</h2>
      {message && (
        <p class="done" role="status">
          {message}
        </p>
      )}
      {state && !state.plansSheet && <p class="warn">{Y.noSheet}</p>}
      {state && state.pairs.length === 0 && <p class="muted">{Y.none}</p>}
      <ul class="pairs">
        {state?.pairs.map((p) => (
          <PairCard
            key={p.id}
            pair={p}
            onDone={(m) => {
              setMessage(m);
              load();
            }}
          />
        ))}
      </ul>
      <button
        type="button"
        class="secondary"
        onClick={() => callServer('bestPairs').then(setBest).catch(onError)}
      >
        {Y.best}
      </button>
      {best && !best.ok && <p class="error">{best.errors.join(' ')}</p>}
      {best?.ok && (
        <ol class="best">
          {best.pairs.length === 0 && <li>{Y.bestNone}</li>}
          {best.pairs.map((b) => (
            <li key={b.pairId}>
              <b>{b.pairId}</b> {b.mentorName} → {b.menteeNames.join(', ')}:{' '}
              {Y.bestLine(b.score, b.meetings, b.plan, b.satisfaction)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
