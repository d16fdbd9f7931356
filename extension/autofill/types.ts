/** The autofill engine's types: field kinds, where a label came from, found and planned fields, the fill plan. */
import type { ReportPackage } from '../../shared/model';
import type { IndicatorKey } from '../../shared/report';

/** What a field on the page is, as far as filling it is concerned. */
export type FieldKind =
  | 'text'
  | 'number'
  | 'textarea'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'date'
  | 'contenteditable'
  | 'aria-textbox'
  | 'aria-radio'
  | 'aria-checkbox'
  | 'aria-listbox';

/** Where a field's label was read from, in the order a person would look. */
export type LabelSource =
  | 'label-for'
  | 'label-wrap'
  | 'aria'
  | 'question'
  | 'table'
  | 'preceding-text'
  | 'placeholder'
  | 'name';

/** One answer choice of a select, radio group, checkbox group or ARIA list. */
export interface FieldOption {
  text: string;
  element: Element;
}

/** A field found on the page before matching. */
export interface FoundField {
  kind: FieldKind;
  /** The element that holds the value (for groups: the group's container or first control). */
  element: Element;
  /** Choices for select / radio / checkbox groups / ARIA lists. */
  options: FieldOption[];
  label: string;
  labelSource: LabelSource;
  /** For table cells: the row and column headers that make up the label. */
  row?: string;
  column?: string;
  /** What the label is a part of, nearest first: parent rows, the legend, the question of a sub-label. */
  lead?: string[];
  /** Section captions above the field. */
  context?: string[];
  /** A stable key of the field for per-site remembered corrections. */
  signature: string;
  disabled: boolean;
  readOnly: boolean;
  visible: boolean;
}

export type PlanAction = 'fill' | 'skip';

export interface PlannedField extends FoundField {
  index: number;
  /** Indicator key the field matched, or null. */
  indicator: string | null;
  indicatorLabel: string | null;
  /** The value as it goes into the field: text for inputs, option text for choices, boolean for checkboxes. */
  value: string | boolean | null;
  /** 0..1 */
  confidence: number;
  action: PlanAction;
  /**
   * Below the bar: the indicators the person may choose from, best first (reason `ask`); one the person chose
   * for a similar label on another site comes first and names that site.
   */
  choices?: { key: string; label: string; score: number; site?: string }[];
  /** Why: how it matched, or why it is skipped (a short code, see `SkipReason` / `MatchReason`). */
  reason: PlanReason;
}

export type PlanReason =
  | 'saved-mapping'
  | 'exact-label'
  | 'synonym'
  | 'similar-words'
  | 'no-match'
  | 'ask'
  | 'ignored-by-person'
  | 'no-value'
  | 'hidden'
  | 'disabled'
  | 'read-only'
  | 'already-filled'
  | 'same-value'
  | 'no-option';

export interface FillPlan {
  fields: PlannedField[];
  /** Indicators with a value in the package that no field on the page matched. */
  missing: { key: string; label: string }[];
}

/** A choice the person made for a field on another site (remembered.ts). */
export interface ChoiceElsewhere {
  /** The label's meaningful words there (similarLabelKey). */
  label: string;
  /** The indicator the person chose. */
  key: string;
  /** Where: the site's host name, as the person knows it. */
  site: string;
}

export interface PlanOptions {
  /** Per-site corrections: field signature → indicator key, or null for «do not fill this field». */
  mappings?: Readonly<Record<string, IndicatorKey | null>>;
  /** Visibility as a person sees it; defaults to `layoutVisibility` (needs a real layout engine). */
  isVisible?: (el: Element) => boolean;
  /** Fill fields the person already typed into. Default false. */
  overwrite?: boolean;
  /** Decimal separator for text fields; number inputs always get a dot. Default ','. */
  decimalSeparator?: ',' | '.';
  /**
   * Choices the person made on other sites: a field this engine is unsure of (or finds nothing for) whose label
   * is similar is offered them first. Never filled by them.
   */
  elsewhere?: readonly ChoiceElsewhere[];
  /** Lowest score that counts as a match. Default 0.55. */
  minConfidence?: number;
}

export interface FillResult {
  filled: number;
  failed: { index: number; error: string }[];
  /** Puts every filled field back as it was before. */
  undo: () => number;
}

export type { ReportPackage };
