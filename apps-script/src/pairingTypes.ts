/** What the pairing sidebar and its server functions exchange (JSON only). No Google globals here: tests import it. */
import type { MatchingResult, MatchingSettingsInput } from '../../shared/matching';
import type { MentoringForm } from '../../shared/model';

export type BankKey = 'mentors' | 'mentees' | 'pairs';

export interface BankIssue {
  sheet: BankKey;
  sheetTitle: string;
  /** 1-based sheet row (0: the sheet as a whole). */
  row: number;
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

export type SuggestOutcome =
  | { ok: true; result: MatchingResult; fingerprint: string }
  | { ok: false; errors: string[] };

export interface AcceptedPair {
  mentorId: string;
  menteeId: string;
  form: MentoringForm;
}

export interface AcceptRequest {
  /** The fingerprint that came with the suggestions. */
  fingerprint: string;
  pairs: AcceptedPair[];
}

export type AcceptOutcome =
  | { ok: true; message: string; pairIds: string[] }
  | { ok: false; stale: boolean; errors: string[] };
