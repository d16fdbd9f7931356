/** The sidebar's state of the banks: counts, consent, rows with errors, each issue a button to its row. */
import type { BankIssue, PairingState } from '../../src/pairing/pairingTypes';
import { T } from './strings';

interface Props {
  state: PairingState;
  onSelect: (issue: BankIssue) => void;
  onRefresh: () => void;
}

/** The banks at a glance; every issue with a row is a button that selects that row in the sheet. */
export function StatePanel({ state, onSelect, onRefresh }: Props) {
  return (
    <section aria-labelledby="state-title">
      <h2 id="state-title">{T.stateTitle}</h2>
      <ul class="counts">
        <li>
          {T.mentors}: <b data-count="mentors">{state.mentors}</b>
          {state.mentorsNoConsent > 0 && (
            <span class="muted">
              {' '}
              ({state.mentorsNoConsent} {T.noConsent})
            </span>
          )}
        </li>
        <li>
          {T.mentees}: <b data-count="mentees">{state.mentees}</b>
          {state.menteesNoConsent > 0 && (
            <span class="muted">
              {' '}
              ({state.menteesNoConsent} {T.noConsent})
            </span>
          )}
        </li>
        <li>
          {T.inPairs}: <b data-count="in-pairs">{state.menteesInPairs}</b>
        </li>
        <li>
          {T.activePairs}: <b>{state.activePairs}</b>
        </li>
        <li class={state.errorRows > 0 ? 'bad' : ''}>
          {T.errorRows}: <b data-count="error-rows">{state.errorRows}</b>
        </li>
      </ul>
      {state.issues.length > 0 && (
        <details class="issues">
          <summary>{T.issuesTitle(state.issues.length)}</summary>
          <ul>
            {state.issues.map((issue) => (
              <li key={`${issue.sheet}:${issue.row}:${issue.text}`} class={issue.severity}>
                {issue.row > 0 ? (
                  <button type="button" class="link" onClick={() => onSelect(issue)}>
                    {T.issueAt(issue.sheetTitle)}. {issue.text}
                  </button>
                ) : (
                  <span>
                    {T.issueAt(issue.sheetTitle)}. {issue.text}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="secondary" onClick={onRefresh}>
        {T.refresh}
      </button>
    </section>
  );
}
