/** The pairing sidebar (Preact): loads the state, runs the matching, pages the cards, accepts in one call and shows what came back. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PairRef, PairSuggestion } from '../../../shared/matching';
import type { BankIssue, PairingState, SidebarResult, SuggestOutcome } from '../../src/pairing/pairingTypes';
import { callServer } from '../shared/server';
import { AttentionPanel } from './AttentionPanel';
import { type Choices, choicesAfter, picksOf, without } from './choices';
import { DocsPanel } from './DocsPanel';
import { SettingsPanel } from './SettingsPanel';
import { StatePanel } from './StatePanel';
import { Suggestions } from './Suggestions';
import { formFromSaved, type SettingsForm, settingsOf } from './settingsForm';
import { T } from './strings';
import { YearPanel } from './YearPanel';

/** A failed call's message for the curator: the server's own text (without «Exception: » / «AddonError: »), or a connection hint. */
export function messageOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e ?? '');
  return m.trim() === '' ? T.noConnection : T.failed(m.replace(/^(Exception|[A-Za-z]*Error): /, ''));
}

function App() {
  const [state, setState] = useState<PairingState | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [result, setResult] = useState<SidebarResult | null>(null);
  const [cards, setCards] = useState<Record<string, PairSuggestion>>({});
  // What the current result was made with: further pages are explained with the same.
  const [made, setMade] = useState<{ settings: unknown; excluded: PairRef[]; fixed: PairRef[] } | null>(null);
  const [fingerprint, setFingerprint] = useState('');
  const [choices, setChoices] = useState<Choices>({});
  const [excluded, setExcluded] = useState<PairRef[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [message, setMessage] = useState('');

  const fail = (e: unknown) => {
    setErrors([messageOf(e)]);
    setBusy(false);
  };

  const showState = (s: PairingState) => {
    setState(s);
    setForm((f) => f ?? formFromSaved(s));
  };

  useEffect(() => {
    callServer('getPairingState').then(showState).catch(fail);
  }, []);

  /**
   * Runs the matching. The curator's decisions so far (`kept`: ticks, and mentors picked by hand, which go to
   * the server as fixed pairs) survive the re-run; nothing on the other cards is thrown away.
   */
  const suggest = (s: PairingState, f: SettingsForm, ex: PairRef[], kept: Choices = choices) => {
    setBusy(true);
    setErrors([]);
    setStale(false);
    const settings = settingsOf(s, f);
    const fixed = picksOf(kept);
    return callServer('suggestForSidebar', settings, ex, fixed).then((out) =>
      showSuggestions(out, { settings, excluded: ex, fixed }, kept),
    );
  };

  /** Suggestions as they came (from «Подобрать» or with an acceptance), made with `made`. */
  const showSuggestions = (
    out: SuggestOutcome,
    madeWith: { settings: unknown; excluded: PairRef[]; fixed: PairRef[] },
    kept: Choices,
  ) => {
    setBusy(false);
    if (!out.ok) return setErrors(out.errors);
    learnNames(out.result.pairs);
    learnNames(out.result.locked);
    setChoices(choicesAfter(out.result, kept));
    setCards(Object.fromEntries(out.result.pairs.map((p) => [p.menteeId, p])));
    setMade(madeWith);
    setResult(out.result);
    setFingerprint(out.fingerprint);
  };

  const learnNames = (
    pairs: { mentorId: string; mentorName: string; menteeId: string; menteeName: string }[],
  ) => {
    const known: Record<string, string> = {};
    for (const p of pairs) {
      known[p.mentorId] = p.mentorName;
      known[p.menteeId] = p.menteeName;
    }
    setNames((n) => ({ ...n, ...known }));
  };

  /** The cards of more suggestions, explained by the server from the assignment this sidebar holds. */
  const loadCards = (menteeIds: string[]) => {
    if (!result || !made) return;
    const asked = result;
    callServer('suggestionPage', { ...made, fingerprint, suggested: result.suggested, mentees: menteeIds })
      .then((out) => {
        if (!out.ok) {
          setStale(out.stale);
          setErrors(out.errors);
          return;
        }
        learnNames(out.pairs);
        // A page that arrives after a re-run belongs to the old result: dropped.
        setResult((now) => {
          if (now === asked)
            setCards((c) => ({ ...c, ...Object.fromEntries(out.pairs.map((p) => [p.menteeId, p])) }));
          return now;
        });
      })
      .catch(fail);
  };

  /** «Обновить»: one call; with suggestions on screen, its answer carries the new ones, made as «Подобрать» would. */
  const refresh = () => {
    setMessage('');
    const next =
      result && state && form
        ? { settings: settingsOf(state, form), excluded, fixed: picksOf(choices) }
        : undefined;
    if (next) {
      setBusy(true);
      setErrors([]);
      setStale(false);
    }
    callServer('refreshPairing', next)
      .then((out) => {
        showState(out.state);
        if (next && out.suggestions) showSuggestions(out.suggestions, next, choices);
      })
      .catch(fail);
  };

  const accept = () => {
    if (!result || !state || !form) return;
    const pairs = result.suggested
      .filter(([menteeId]) => choices[menteeId]?.accepted)
      .map(([menteeId, , form]) => ({ mentorId: choices[menteeId]!.mentorId, menteeId, form }));
    // The accepted mentees are locked after; the other cards keep the curator's decisions.
    const kept = without(
      choices,
      pairs.map((p) => p.menteeId),
    );
    const next = { settings: settingsOf(state, form), excluded, fixed: picksOf(kept) };
    setBusy(true);
    setErrors([]);
    setMessage('');
    // One call: the answer carries the banks' new state and the new suggestions.
    callServer('acceptSuggested', { fingerprint, pairs, next })
      .then((out) => {
        if (!out.ok) {
          setBusy(false);
          setStale(out.stale);
          setErrors(out.errors);
          return;
        }
        setMessage(out.message);
        setStale(false);
        setState(out.state);
        if (out.suggestions) showSuggestions(out.suggestions, next, kept);
        else setBusy(false);
      })
      .catch(fail);
  };

  const exclude = (ref: PairRef) => {
    if (!state || !form) return;
    const next = [...excluded, ref];
    setExcluded(next);
    // That card's pick is the pair excluded; every other card keeps its pick and tick.
    suggest(state, form, next, without(choices, [ref.menteeId])).catch(fail);
  };
  const restore = (ref: PairRef) => {
    if (!state || !form) return;
    const next = excluded.filter((r) => r.mentorId !== ref.mentorId || r.menteeId !== ref.menteeId);
    setExcluded(next);
    suggest(state, form, next).catch(fail);
  };
  const selectRow = (issue: BankIssue) => {
    callServer('selectSheetRow', issue.sheet, issue.row, issue.column).catch(fail);
  };

  return (
    <main>
      {errors.length > 0 && (
        <div class="error" role="alert">
          {errors.map((e) => (
            <p key={e}>{e}</p>
          ))}
          {stale && (
            <button type="button" class="action" onClick={refresh}>
              {T.stale}
            </button>
          )}
        </div>
      )}
      {message && (
        <p class="done" role="status">
          {message}
        </p>
      )}
      {!state || !form ? (
        errors.length === 0 && <p role="status">{T.loading}</p>
      ) : (
        <>
          <StatePanel state={state} onSelect={selectRow} onRefresh={refresh} />
          <AttentionPanel onError={fail} />
          <SettingsPanel
            state={state}
            form={form}
            busy={busy}
            onChange={setForm}
            onSuggest={() => suggest(state, form, excluded).catch(fail)}
          />
          {result && (
            <Suggestions
              result={result}
              cards={cards}
              onMore={loadCards}
              choices={choices}
              excluded={excluded}
              names={names}
              busy={busy}
              onChoice={(id, c) => setChoices({ ...choices, [id]: c })}
              onExclude={exclude}
              onRestore={restore}
              onAccept={accept}
              onAll={(accepted) =>
                setChoices(
                  Object.fromEntries(Object.entries(choices).map(([k, c]) => [k, { ...c, accepted }])),
                )
              }
            />
          )}
          <DocsPanel onError={fail} />
          <YearPanel onError={fail} />
        </>
      )}
    </main>
  );
}

document.title = T.pageTitle;
render(<App />, document.getElementById('app')!);
