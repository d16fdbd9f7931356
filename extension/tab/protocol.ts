/** The commands the popup sends to the script injected into a tab, and its answers (plain data only). */
import type { ReportPackage } from '../../shared/model';
import type { IndicatorKey } from '../../shared/report';
import type { PrefilledLink } from '../autofill/prefill';
import type { PlanSummary } from '../autofill/summary';
import type { ChoiceElsewhere } from '../autofill/types';

/** What the popup asks the script injected into the page. Values travel as plain data. */
export type PageCommand =
  | { type: 'hello' }
  | {
      type: 'preview' | 'fill';
      report: ReportPackage;
      mappings: Readonly<Record<string, IndicatorKey | null>>;
      /** What the person chose on other sites, offered first for similar labels (never filled by it). */
      elsewhere?: ChoiceElsewhere[];
      overwrite: boolean;
    }
  | { type: 'undo' }
  | { type: 'clear' };

export interface PageAnswer {
  url: string;
  plan?: PlanSummary;
  link?: PrefilledLink | null;
  filled?: number;
  failed?: number;
  undone?: number;
}

/** The global the injected script installs, and the popup's injected function calls. */
export const PAGE_GLOBAL = '__nastavnikAutofill';
