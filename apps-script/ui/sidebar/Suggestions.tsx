/** The sidebar's suggestion cards, 50 at a time: tick, pick another mentor, exclude, places left per mentor, the locked and unmatched lists. */
import { useEffect, useState } from 'preact/hooks';
import type { PairRef, PairSuggestion } from '../../../shared/matching';
import { SIDEBAR_PAGE, type SidebarResult } from '../../src/pairing/pairingTypes';
import { groupsOf } from '../../src/pairing/sidebarView';
import { type Choice, pick, placesNow } from './choices';
import { T } from './strings';

export type { Choice };

/** A mentor's places as the cards stand: capacity and how many are taken (locked pairs and ticked cards). */
interface Places {
  capacity: Map<string, number>;
  taken: Map<string, number>;
}

interface Props {
  result: SidebarResult;
  /** Cards loaded so far, by mentee ID (the first page comes with the result, the others on request). */
  cards: Record<string, PairSuggestion>;
  /** Asks for the cards of these mentees (at most a page). */
  onMore: (menteeIds: string[]) => void;
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
  places: Places;
  busy: boolean;
  onChoice: (c: Choice) => void;
  onExclude: (mentorId: string) => void;
}) {
  const { pair, choice, groupSize, places } = props;
  const swapped = pair.alternatives.find((a) => a.mentorId === choice.mentorId);
  const mentorName = swapped ? swapped.mentorName : pair.mentorName;
  const id = `pair-${pair.menteeId}`;
  // Free places for this card: the mentor's capacity less what locked pairs and the other ticked cards take.
  const mine = (mentorId: string) => (choice.accepted && choice.mentorId === mentorId ? 1 : 0);
  const freeFor = (mentorId: string) =>
    (places.capacity.get(mentorId) ?? 0) - ((places.taken.get(mentorId) ?? 0) - mine(mentorId));
  const capacity = places.capacity.get(choice.mentorId) ?? 0;
  const overfilled = choice.accepted && freeFor(choice.mentorId) < 1;
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
      {overfilled && (
        <p class="warn" role="alert">
          {T.overCapacity(mentorName, capacity, places.taken.get(choice.mentorId) ?? 0)}
        </p>
      )}
      {pair.alternatives.length > 0 && (
        <label class="field">
          {T.swap}
          <select
            name={`swap-${pair.menteeId}`}
            value={choice.mentorId}
            disabled={props.busy}
            onChange={(e) => props.onChoice(pick(pair, choice, (e.target as HTMLSelectElement).value))}
          >
            <option value={pair.mentorId}>
              {(pair.fixed ? T.swapPicked : T.swapOriginal)(pair.mentorName, pair.percent)}
            </option>
            {pair.alternatives.map((a) => (
              <option key={a.mentorId} value={a.mentorId}>
                {T.swapOption(a.mentorName, a.percent, Math.max(0, freeFor(a.mentorId)))}
              </option>
            ))}
          </select>
        </label>
      )}
      <button
        type="button"
        class="link"
        disabled={props.busy}
        onClick={() => props.onExclude(choice.mentorId)}
      >
        {T.exclude}
      </button>
    </li>
  );
}

/** Cards rendered (and explained by the server) at a time: a district's 1,700 suggestions would make every tick re-render them all, and the reply carry them all. */
export const PAGE = SIDEBAR_PAGE;

export function Suggestions(props: Props) {
  const { result, choices, cards } = props;
  const [shown, setShown] = useState(PAGE);
  const fresh = result.suggested;
  const groupSize = new Map(groupsOf(result).map((g) => [g.mentorId, g.menteeIds.length]));
  const checked = fresh.filter(([id]) => choices[id]?.accepted).length;
  const places = placesNow(result, choices, Object.values(cards));
  // Cards on screen that are not loaded yet (after «show more», or a re-run with more pages open) are asked for.
  const missing = fresh
    .slice(0, shown)
    .map(([id]) => id)
    .filter((id) => !cards[id]);
  const missingKey = missing.slice(0, PAGE).join(',');
  useEffect(() => {
    if (missingKey !== '') props.onMore(missingKey.split(','));
  }, [missingKey]);
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
            {fresh.slice(0, shown).map(([menteeId, mentorId, , fixed]) => {
              const p = cards[menteeId];
              if (!p)
                return (
                  <li key={menteeId} class="pair" data-mentee={menteeId} aria-busy="true">
                    {T.loading}
                  </li>
                );
              return (
                <PairCard
                  key={menteeId}
                  pair={p}
                  choice={choices[menteeId] ?? { mentorId, accepted: true, picked: fixed }}
                  groupSize={groupSize.get(p.mentorId) ?? 1}
                  places={places}
                  busy={props.busy}
                  onChoice={(c) => props.onChoice(menteeId, c)}
                  onExclude={(mentor) => props.onExclude({ mentorId: mentor, menteeId })}
                />
              );
            })}
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
      {result.locked.length > 0 && (
        <details>
          <summary>{T.lockedTitle(result.locked.length)}</summary>
          <ul>
            {result.locked.map((p) => (
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
