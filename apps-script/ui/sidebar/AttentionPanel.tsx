/** Pairs that need the curator («Сигнал», «Отстаёт план», «Нужна встреча»), each with why; counts by state. */
import { useEffect, useState } from 'preact/hooks';
import type { PairAttention } from '../../src/year/pairHealth';
import { callServer } from '../shared/server';
import { T } from './strings';

export function AttentionPanel({ onError }: { onError: (e: unknown) => void }) {
  const [data, setData] = useState<PairAttention | null>(null);
  // While the list is asked again it is marked busy (and the button waits), so nobody reads the old list as new;
  // `loads` counts the answers received.
  const [busy, setBusy] = useState(false);
  const [loads, setLoads] = useState(0);
  const load = () => {
    setBusy(true);
    callServer('getPairAttention')
      .then((d) => {
        setData(d);
        setLoads((n) => n + 1);
      })
      .catch(onError)
      .finally(() => setBusy(false));
  };
  useEffect(load, []);

  return (
    <section aria-labelledby="attention-title" data-panel="attention" aria-busy={busy} data-loads={loads}>
      <h2 id="attention-title">{T.attentionTitle}</h2>
      {!data ? (
        <p role="status">{T.loading}</p>
      ) : !data.ok ? (
        <p class="error">{data.error}</p>
      ) : (
        <>
          <ul class="counts">
            {data.counts
              .filter((c) => c.count > 0)
              .map((c) => (
                <li key={c.state} data-state={c.state}>
                  {c.label}: <b>{c.count}</b>
                </li>
              ))}
          </ul>
          {data.pairs.length === 0 ? (
            <p class="muted">{T.attentionNone}</p>
          ) : (
            <ul class="attention">
              {data.pairs.map((p) => (
                <li key={p.pairId} data-pair={p.pairId} class={p.state}>
                  <b>{p.label}</b> — {p.pairId}: {p.mentorName}
                  {p.menteeNames.length > 0 && ` → ${p.menteeNames.join(', ')}`}
                  <ul>
                    {p.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <details>
            <summary>{T.attentionRules}</summary>
            <ul>
              {data.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </details>
          <button type="button" class="secondary" onClick={load} disabled={busy}>
            {T.refresh}
          </button>
        </>
      )}
    </section>
  );
}
