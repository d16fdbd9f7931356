/** Planning a fill: which indicator each field of a page asks for, decided for the whole page at once. */

import { type SparseMatrix, solveSparse } from '../../shared/matching';
import type { IndicatorValue, ReportPackage } from '../../shared/model';
import { indicatorDef } from '../../shared/report';
import { findFields } from './fields';
import { valueForField } from './format';
import { resetLabelCaches } from './labels';
import {
  type Candidate,
  fieldValueKind,
  kindsFit,
  matchField,
  resetMatchCaches,
  vocabularyFor,
  words,
} from './match';
import { labelOfSignature, similarLabelKey } from './remembered';
import { currentValue, personTyped, sameValue } from './state';
import type { FillPlan, FoundField, PlannedField, PlanOptions } from './types';
import { layoutVisibility } from './visibility';

/** Below this a field is not offered an indicator at all; between it and the bar the person is asked. */
const ASK_FLOOR = 0.4;
/** How many indicators a field below the bar offers to choose from. */
const CHOICES = 3;

/**
 * A follow-up field reads with the field before it: a row «в т. ч. педагоги», «из них завершено» under its
 * total, a link asked right after «Утверждено ли положение…?» (seen on portals: such rows were read bare).
 */
const CONTINUES = /^\s*(из них|в т\.?\s?ч\.?|в том числе|из числа|[а-яё])/;

/** Words every question of a mentoring report shares; repeating them refers back to nothing. */
const GENERIC = new Set(['#qty', 'наставничеств', 'наставническ', 'организац', 'целев', 'модел']);

/** A follow-up repeats a word of the question before it: «Ссылка на приказ» after «Издан ли приказ…?». */
function refersBack(f: FoundField, question: FoundField): boolean {
  const asked = new Set(words(question.label));
  return words(f.label).some((w) => asked.has(w) && !GENERIC.has(w));
}

function leadContext(fields: FoundField[]): void {
  let lead: FoundField | null = null;
  let previous: FoundField | null = null;
  for (const f of fields) {
    const doc = f.element.ownerDocument;
    const sameDoc = previous?.element.ownerDocument === doc;
    const followsYesNo =
      sameDoc && previous && fieldValueKind(previous) === 'boolean' && previous.labelSource !== 'table';
    const sameBlock = lead?.element.closest('fieldset') === f.element.closest('fieldset');
    if (f.labelSource !== 'table' && sameDoc && sameBlock && lead && CONTINUES.test(f.label)) {
      f.lead = [
        lead.label,
        ...(lead.lead ?? []).filter((l) => !(f.lead ?? []).includes(l)),
        ...(f.lead ?? []),
      ];
    } else if (
      followsYesNo &&
      f.labelSource !== 'table' &&
      fieldValueKind(f) !== 'boolean' &&
      refersBack(f, previous!)
    ) {
      f.lead = [...(f.lead ?? []), previous!.label];
    }
    if (!CONTINUES.test(f.label) || f.labelSource === 'table') lead = f;
    previous = f;
  }
}

/**
 * A bare word is not enough to fill by: a label of a single content word («Пары», «Группы», «Всего») with no
 * structure around it — no table row or column header, no parent row, legend or question it belongs to, no
 * section caption of its own — names no figure in particular (a report holds pairs in total, by form, with
 * an order…), so its best guess gets at most this confidence, below the bar: the person is asked. Where only
 * one indicator of the package fits the field at all (an ИНН, a phone), the word is not ambiguous and the
 * rule does not apply. (Issue 15: «Всего» read alone took a total on a portal; a wrong figure is worse than
 * an empty field.)
 */
const BARE_WORD_CONFIDENCE = 0.5;

/**
 * Captions every field of a document carries (the page's own title, «Отчёт о реализации программы
 * наставничества»): they say what the page is, not which figure a field is.
 */
function pageWideCaptions(fields: readonly FoundField[]): Map<Document, Set<string>> {
  const byDoc = new Map<Document, { count: number; common: Set<string> }>();
  for (const f of fields) {
    const doc = f.element.ownerDocument;
    const own = new Set(f.context ?? []);
    const seen = byDoc.get(doc);
    if (!seen) byDoc.set(doc, { count: 1, common: own });
    else {
      seen.count++;
      for (const c of seen.common) if (!own.has(c)) seen.common.delete(c);
    }
  }
  const out = new Map<Document, Set<string>>();
  for (const [doc, { count, common }] of byDoc) if (count > 1) out.set(doc, common);
  return out;
}

/** The field's label is one content word and nothing around it says more (see BARE_WORD_CONFIDENCE). */
function bareWord(f: FoundField, pageWide: Map<Document, Set<string>>): boolean {
  if (f.labelSource === 'table' || f.row || f.column || f.lead?.length) return false;
  if (new Set(words(f.label)).size > 1) return false;
  const wide = pageWide.get(f.element.ownerDocument);
  return (f.context ?? []).every((c) => wide?.has(c));
}

/** Fields that are parts of one value (a date as «__» / month / «20__» under one caption) plan as one. */
function groupKey(f: FoundField): string {
  return `${f.label}\u0001${(f.lead ?? []).join('\u0002')}\u0001${(f.context ?? []).join('\u0002')}\u0001${f.row ?? ''}\u0001${f.column ?? ''}`;
}

/**
 * Finds the fields under `root`, decides which indicator each one asks for and what value goes in.
 * Pure reading: the page is not changed.
 *
 * The page is assigned as a whole: every field gets at most one indicator, every indicator goes to
 * at most one field of each aspect (its value; its yes/no), and the total of the scores is the largest —
 * the exact assignment solver of shared/matching. Below `minConfidence` a field is not filled; it is offered
 * its best indicators to choose from.
 */
export function planFill(
  root: Document | Element | ShadowRoot,
  report: ReportPackage,
  options: PlanOptions = {},
): FillPlan {
  const isVisible = options.isVisible ?? layoutVisibility;
  const minConfidence = options.minConfidence ?? 0.55;
  const decimal = options.decimalSeparator ?? ',';
  const mappings = options.mappings ?? {};
  const values = new Map<string, IndicatorValue>(report.indicators.map((iv) => [iv.key, iv]));
  resetLabelCaches();
  resetMatchCaches();
  const found = findFields(root, isVisible);
  leadContext(found);

  const planned: PlannedField[] = found.map((f, index) => ({
    ...f,
    index,
    indicator: null,
    indicatorLabel: null,
    value: null,
    confidence: 0,
    action: 'skip',
    reason: 'no-match',
  }));

  const fillable = (f: FoundField) => f.visible && !f.disabled && !f.readOnly;
  const labelOf = (key: string) => values.get(key)?.label ?? indicatorDef(key)?.label ?? key;
  const assign = (p: PlannedField, key: string, confidence: number, reason: PlannedField['reason']) => {
    p.indicator = key;
    p.indicatorLabel = labelOf(key);
    p.confidence = confidence;
    p.reason = reason;
  };

  // A person's correction for this site wins over any guess.
  const taken = new Set<string>();
  for (const p of planned) {
    if (!(p.signature in mappings)) continue;
    const key = mappings[p.signature];
    if (key === null || key === undefined) p.reason = 'ignored-by-person';
    else if (fillable(p)) {
      assign(p, key, 1, 'saved-mapping');
      taken.add(`${key}\u0001${fieldValueKind(p) === 'boolean' ? 'yes' : 'value'}`);
    }
  }

  // Candidates of every open field; parts of one value share one row.
  const years = [report.period.from, report.period.to].map((d) => Number(d.slice(0, 4))).filter(Boolean);
  const vocabulary = vocabularyFor(report.indicators, years);
  const rows: { members: PlannedField[]; candidates: Candidate[] }[] = [];
  const rowOf = new Map<string, number>();
  for (const p of planned) {
    if (p.indicator || p.reason === 'ignored-by-person' || !fillable(p) || !p.label) continue;
    const key = groupKey(p);
    const at = rowOf.get(key);
    if (at !== undefined && rows[at]!.members[0]!.element.parentElement === p.element.parentElement) {
      rows[at]!.members.push(p);
      continue;
    }
    const candidates = matchField(p, vocabulary)
      .map((c) => {
        // An indicator the package has no value for still claims the fields that clearly mean it (so they stay
        // empty rather than take a neighbour's figure), but yields a near tie to one the person came to fill.
        const iv = values.get(c.key);
        return iv && (iv.value === null || iv.value === '') ? { ...c, score: c.score * 0.92 } : c;
      })
      .filter((c) => {
        if (c.score < ASK_FLOOR) return false;
        // A field that cannot take the indicator's value (no such option) is not its field.
        const iv = values.get(c.key);
        return !iv || iv.value === null || iv.value === '' || valueForField(p, iv, decimal) !== null;
      })
      .sort((a, b) => b.score - a.score);
    if (!candidates.length) continue;
    rowOf.set(key, rows.length);
    rows.push({ members: [p], candidates });
  }

  // Columns: an indicator's value and its yes/no are asked separately («Утверждено ли…?» and its link).
  const colOf = new Map<string, number>();
  const colKeys: string[] = [];
  const start = new Int32Array(rows.length + 1);
  const cols: number[] = [];
  const costs: number[] = [];
  rows.forEach((row, i) => {
    const aspect = fieldValueKind(row.members[0]!) === 'boolean' ? 'yes' : 'value';
    for (const c of row.candidates) {
      const k = `${c.key}\u0001${aspect}`;
      if (taken.has(k)) continue;
      let j = colOf.get(k);
      if (j === undefined) {
        j = colKeys.length;
        colOf.set(k, j);
        colKeys.push(k);
      }
      cols.push(j);
      costs.push(1 - c.score);
    }
    start[i + 1] = cols.length;
  });
  const matrix: SparseMatrix = {
    rows: rows.length,
    cols: colKeys.length,
    start,
    col: Int32Array.from(cols),
    cost: Float64Array.from(costs),
  };
  // Leaving a field out costs as much as a match of score 0: the solver maximises the total score.
  const solved = rows.length ? solveSparse(matrix, 1) : null;
  const pageWide = pageWideCaptions(found);
  rows.forEach((row, i) => {
    const j = solved ? solved.colForRow[i]! : -1;
    if (j < 0) return;
    const key = colKeys[j]!.split('\u0001')[0]!;
    const c = row.candidates.find((x) => x.key === key)!;
    const bare = row.candidates.length > 1 && bareWord(row.members[0]!, pageWide);
    const score = bare ? Math.min(c.score, BARE_WORD_CONFIDENCE) : c.score;
    const confidence = Math.round(score * 100) / 100;
    for (const p of row.members) {
      assign(p, key, confidence, c.how);
      if (bare || score < minConfidence) {
        p.reason = 'ask';
        p.choices = row.candidates.slice(0, CHOICES).map((x) => ({
          key: x.key,
          label: labelOf(x.key),
          score: Math.round(x.score * 100) / 100,
        }));
      }
    }
  });

  // What the person chose for a similar label on another site comes first among the choices of a field the
  // engine is unsure of or finds nothing for; it is offered, never filled (a label may mean another thing there).
  // A field the engine would fill surely is asked instead when the person chose another indicator for the same
  // words elsewhere and never this one: the engine and the person disagree, and a wrong figure is worse than a
  // question. A choice made for this site (saved-mapping) is the person's word here and is never asked again.
  if (options.elsewhere?.length) {
    const byLabel = new Map<string, { key: string; site: string }[]>();
    for (const c of options.elsewhere) byLabel.set(c.label, [...(byLabel.get(c.label) ?? []), c]);
    for (const p of planned) {
      if (!fillable(p) || p.reason === 'ignored-by-person' || p.reason === 'saved-mapping') continue;
      const sure = p.indicator !== null && p.reason !== 'ask';
      const text = labelOfSignature(p.signature);
      const offered = (text ? (byLabel.get(similarLabelKey(text)) ?? []) : []).filter((c) => {
        // Only what the field can take: an indicator of the package, of a kind the field holds, with a value
        // the field can show (an option of a select).
        const iv = values.get(c.key);
        const kind = vocabulary.kindOf(c.key);
        if (!iv || !kind || !kindsFit(fieldValueKind(p), kind)) return false;
        return iv.value === null || iv.value === '' || valueForField(p, iv, decimal) !== null;
      });
      if (!offered.length || (sure && offered.some((c) => c.key === p.indicator))) continue;
      if (sure) {
        p.choices = [{ key: p.indicator!, label: labelOf(p.indicator!), score: p.confidence }];
        p.reason = 'ask';
      }
      const keys = new Set(offered.map((c) => c.key));
      const choices = [
        ...offered.map((c) => ({
          key: c.key,
          label: labelOf(c.key),
          score: p.choices?.find((x) => x.key === c.key)?.score ?? 0,
          site: c.site,
        })),
        ...(p.choices ?? []).filter((x) => !keys.has(x.key)),
      ];
      p.choices = choices.slice(0, Math.max(CHOICES, offered.length));
      if (!p.indicator) assign(p, offered[0]!.key, 0, 'ask');
    }
  }

  for (const p of planned) {
    if (!p.visible) p.reason = 'hidden';
    else if (p.disabled) p.reason = 'disabled';
    else if (p.readOnly) p.reason = 'read-only';
    if (!p.indicator || p.reason === 'ask') continue;
    const iv = values.get(p.indicator);
    const value = iv ? valueForField(p, iv, decimal) : null;
    if (value === null) {
      p.reason = iv && iv.value !== null && iv.value !== '' ? 'no-option' : 'no-value';
      continue;
    }
    p.value = value;
    const now = currentValue(p);
    if (sameValue(now, value)) p.reason = 'same-value';
    else if (!options.overwrite && personTyped(p)) p.reason = 'already-filled';
    else p.action = 'fill';
  }

  const matched = new Set(planned.filter((p) => p.indicator && p.reason !== 'ask').map((p) => p.indicator));
  const missing = report.indicators
    .filter((iv) => iv.value !== null && iv.value !== '' && !matched.has(iv.key))
    .map((iv) => ({ key: iv.key, label: iv.label }));
  return { fields: planned, missing };
}
