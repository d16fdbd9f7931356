import { useState } from 'preact/hooks';
import type { MatchingResult, PairRef, PairSuggestion } from '../../../shared/matching';
import { T } from './strings';

/** What the curator decided for one suggested mentee: the mentor (suggested or swapped) and whether to accept. */
export interface Choice {
  mentorId: string;
  accepted: boolean;
}

interface Props {
  result: MatchingResult;
  choices: Record<string, Choice>;
  excluded: PairRef[];
  names: Record<string, string>;
  busy: boolean;
  onChoice: (menteeId: string, choice: Choice) => void;
  onExclude: (ref: PairRef) => void;
  onRestore: (ref: PairRef) => void;
  onAccept: () => void;
  onAll: (accepted: boolean) => void;
}

function PairCard(props: {
  pair: PairSuggestion;
  choice: Choice;
  groupSize: number;
  busy: boolean;
  onChoice: (c: Choice) => void;
  onExclude: () => void;
}) {
  const { pair, choice, groupSize } = props;
  const swapped = pair.alternatives.find((a) => a.mentorId === choice.mentorId);
  const mentorName = swapped ? swapped.mentorName : pair.mentorName;
  const id = `pair-${pair.menteeId}`;
  return (
    <li class="pair" data-mentee={pair.menteeId} aria-labelledby={id}>
      <div class="pair-head">
        <input
          type="checkbox"
          aria-label={`${T.accept}: ${pair.menteeName}`}
          checked={choice.accepted}
          disabled={props.busy}
          onChange={(e) => props.onChoice({ ...choice, accepted: (e.target as HTMLInputElement).checked })}
        />
        <div>
          <div id={id} class="names">
            <b>{pair.menteeName}</b>
            {' ← '}
            <span class="mentor">{mentorName}</span>
          </div>
          <div class="muted">
            {swapped ? `${swapped.percent}%` : T.score(pair.percent, pair.score, pair.maxScore)} ·{' '}
            {pair.formLabel}
            {!swapped && groupSize > 1 ? ` · ${T.groupOf(groupSize)}` : ''}
          </div>
        </div>
      </div>
      <ul class="reasons">
        {(swapped ? swapped.reasons : pair.reasons.map((r) => r.text)).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {pair.warnings.length > 0 && (
        <p class="warn">
          {T.warnings}
          {pair.warnings.join('; ')}
        </p>
      )}
      {pair.alternatives.length > 0 && (
        <label class="field">
          {T.swap}
          <select
            name={`swap-${pair.menteeId}`}
            value={choice.mentorId}
            disabled={props.busy}
            onChange={(e) => props.onChoice({ ...choice, mentorId: (e.target as HTMLSelectElement).value })}
          >
            <option value={pair.mentorId}>{T.swapOriginal(pair.mentorName, pair.percent)}</option>
            {pair.alternatives.map((a) => (
              <option key={a.mentorId} value={a.mentorId}>
                {T.swapOption(a.mentorName, a.percent, a.freePlaces)}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" class="link" disabled={props.busy} onClick={props.onExclude}>
        {T.exclude}
      </button>
    </li>
  );
}

/** Cards rendered at a time: a district's 1,700 suggestions would make every tick re-render them all. */
export const PAGE = 50;

export function Suggestions(props: Props) {
  const { result, choices } = props;
  const [shown, setShown] = useState(PAGE);
  const fresh = result.pairs.filter((p) => !p.locked);
  const locked = result.pairs.filter((p) => p.locked);
  const groupSize = new Map(result.groups.map((g) => [g.mentorId, g.menteeIds.length]));
  const checked = fresh.filter((p) => choices[p.menteeId]?.accepted).length;
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">{T.resultTitle}</h2>
      <p class="muted" role="status">
        {T.stats(result.stats.suggested, result.stats.unmatched, result.stats.locked)}
      </p>
      {result.notes.length > 0 && (
        <details>
          <summary>{T.notes}</summary>
          <ul>
            {result.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {fresh.length === 0 ? (
        <p>{T.nothingSuggested}</p>
      ) : (
        <>
          <div class="row">
            <button type="button" class="secondary" disabled={props.busy} onClick={() => props.onAll(true)}>
              {T.acceptAll}
            </button>
            <button type="button" class="secondary" disabled={props.busy} onClick={() => props.onAll(false)}>
              {T.acceptNone}
            </button>
          </div>
          <ul class="pairs">
            {fresh.slice(0, shown).map((p) => (
              <PairCard
                key={p.menteeId}
                pair={p}
                choice={choices[p.menteeId] ?? { mentorId: p.mentorId, accepted: true }}
                groupSize={groupSize.get(p.mentorId) ?? 1}
                busy={props.busy}
                onChoice={(c) => props.onChoice(p.menteeId, c)}
                onExclude={() => props.onExclude({ mentorId: p.mentorId, menteeId: p.menteeId })}
              />
            ))}
          </ul>
          {fresh.length > shown && (
            <button type="button" class="secondary" onClick={() => setShown(shown + PAGE)}>
              {T.showMore(Math.min(PAGE, fresh.length - shown), fresh.length - shown)}
            </button>
          )}
          <div class="sticky">
            <button
              type="button"
              class="action"
              disabled={props.busy || checked === 0}
              onClick={props.onAccept}
            >
              {T.acceptChecked(checked)}
            </button>
          </div>
        </>
      )}
      {result.unmatched.length > 0 && (
        <details open>
          <summary>{T.unmatchedTitle(result.unmatched.length)}</summary>
          <ul class="unmatched">
            {result.unmatched.map((u) => (
              <li key={u.menteeId} data-mentee={u.menteeId}>
                <b>{u.menteeName}</b>: {u.reason}
                {u.alternatives.length > 0 && (
                  <div class="muted">
                    {T.alternativesOf}
                    {u.alternatives.map((a) => `${a.mentorName} (${a.percent}%)`).join(', ')}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {locked.length > 0 && (
        <details>
          <summary>{T.lockedTitle(locked.length)}</summary>
          <ul>
            {locked.map((p) => (
              <li key={p.menteeId}>
                {p.menteeName} ← {p.mentorName}
                {p.warnings.length > 0 && <div class="warn">{p.warnings.join('; ')}</div>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {props.excluded.length > 0 && (
        <details>
          <summary>{T.excluded(props.excluded.length)}</summary>
          <ul>
            {props.excluded.map((r) => (
              <li key={`${r.mentorId}:${r.menteeId}`}>
                {props.names[r.menteeId] ?? r.menteeId} ← {props.names[r.mentorId] ?? r.mentorId}{' '}
                <button type="button" class="link" disabled={props.busy} onClick={() => props.onRestore(r)}>
                  {T.restore}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
