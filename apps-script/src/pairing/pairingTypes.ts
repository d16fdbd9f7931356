/** What the pairing sidebar and its server functions exchange (JSON only). No Google globals here: tests import it. */
import type {
  MatchingResult,
  MatchingSettingsInput,
  PairRef,
  PairSuggestion,
  UnmatchedMentee,
} from '../../../shared/matching';
import type { MentoringForm } from '../../../shared/model';

export type BankKey = 'mentors' | 'mentees' | 'pairs';

export interface BankIssue {
  sheet: BankKey;
  sheetTitle: string;
  /** 1-based sheet row (0: the sheet as a whole). */
  row: number;
  /** 1-based sheet column of the bad cell; absent: the row as a whole. */
  column?: number;
  text: string;
  severity: 'error' | 'warning';
}

export interface PairingState {
  today: string;
  mentors: number;
  mentees: number;
  mentorsNoConsent: number;
  menteesNoConsent: number;
  /** Mentees in an active pair of «Пары». */
  menteesInPairs: number;
  activePairs: number;
  /** Rows skipped because of an error (per sheet, summed). */
  errorRows: number;
  issues: BankIssue[];
  /** Saved settings (as the curator last used them). */
  settings: MatchingSettingsInput;
  presets: { id: string; label: string; weights: Record<string, number> }[];
  criteria: { id: string; label: string }[];
}

/** Cards the sidebar shows at a time, and so the pairs explained in one reply. */
export const SIDEBAR_PAGE = 50;

/** A suggested pair in the sidebar's compact list: mentee ID, mentor ID, form, picked by the curator. */
export type SuggestedRef = [menteeId: string, mentorId: string, form: MentoringForm, fixed: boolean];

/** A locked pair as the sidebar lists it (no reasons, no alternatives: it cannot be changed there). */
export interface LockedView {
  menteeId: string;
  menteeName: string;
  mentorId: string;
  mentorName: string;
  warnings: string[];
}

/**
 * The suggestions as the sidebar receives them: only what it shows. Every suggested pair in a compact list
 * (ticks, acceptance and the places count need them all), the cards of the first page in full, the locked
 * pairs by name, the unmatched with their reasons. Other pages come from `suggestionPage`.
 */
export interface SidebarResult {
  stats: MatchingResult['stats'];
  notes: string[];
  /** Every suggested (not locked) pair, in the order of the cards. */
  suggested: SuggestedRef[];
  /** The first page's cards (reasons, alternatives). */
  pairs: PairSuggestion[];
  locked: LockedView[];
  /** «Готов взять наставляемых» of every mentor in a pair (suggested or locked). */
  capacity: Record<string, number>;
  /** Alternatives here carry no reasons (the list shows names and percentages). */
  unmatched: UnmatchedMentee[];
}

export type SuggestOutcome =
  | { ok: true; result: SidebarResult; fingerprint: string }
  | { ok: false; errors: string[] };

/** A further page of cards: the same settings and choices the suggestions were made with. */
export interface PageRequest {
  fingerprint: string;
  settings: unknown;
  excluded: PairRef[];
  fixed: PairRef[];
  /** The suggested pairs as they came (`SidebarResult.suggested`): the assignment to explain. */
  suggested: SuggestedRef[];
  /** Mentees whose cards are wanted. */
  mentees: string[];
}

export type PageOutcome =
  | { ok: true; pairs: PairSuggestion[] }
  | { ok: false; stale: boolean; errors: string[] };

export interface AcceptedPair {
  mentorId: string;
  menteeId: string;
  form: MentoringForm;
}

export interface AcceptRequest {
  /** The fingerprint that came with the suggestions. */
  fingerprint: string;
  pairs: AcceptedPair[];
  /** What to suggest with after the acceptance (the accepted mentees are locked then); none: no suggestions. */
  next?: NextSuggestions;
}

/** What the sidebar suggests with: its settings, the pairs it excluded and the mentors picked by hand. */
export interface NextSuggestions {
  settings: unknown;
  excluded: PairRef[];
  fixed: PairRef[];
}

/** «Обновить»: the banks' state and, when asked, the suggestions, from one read of the banks. */
export interface RefreshOutcome {
  state: PairingState;
  suggestions?: SuggestOutcome;
}

/** An accepted change comes back with the banks' new state and, when asked, the new suggestions. */
export type AcceptOutcome =
  | { ok: true; message: string; pairIds: string[]; state: PairingState; suggestions?: SuggestOutcome }
  | { ok: false; stale: boolean; errors: string[] };
