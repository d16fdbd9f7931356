/**
 * The four questionnaires as Google Forms: created once from shared/surveys' SURVEYS (the one dictionary),
 * linked to this spreadsheet, remembered in document properties, recreated only when deleted; the one
 * form-submit trigger; and the status the «Анкеты» dialog shows.
 */
import { SURVEY_KINDS, type SurveyKind } from '../../../shared/model';
import { RESPONSES_SHEET } from '../../../shared/sheets';
import {
  type FormDef,
  type QuestionDef,
  readSurveyResponses,
  type SatisfactionSummary,
  SURVEYS,
  summariseSatisfaction,
} from '../../../shared/surveys';
import { findTable, spreadsheet, todayIso, userMessage, withDocumentLock } from '../platform';
import { S } from '../strings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Form = GoogleAppsScript.Forms.Form;

const REGISTRY_KEY = 'nastavnik.surveys';
export const SUBMIT_HANDLER = 'onFormSubmit';

export interface SurveyRecord {
  formId: string;
  /** Google's responses sheets of this questionnaire (a recreated form gets a new one; old ones stay). */
  sheetIds: number[];
}
/** The add-on's forms: the four questionnaires and the meeting report (shared/year), one registry and trigger. */
export type FormKind = SurveyKind | 'meeting';
export const FORM_KINDS: readonly FormKind[] = [...SURVEY_KINDS, 'meeting'];
export type SurveyRegistry = Partial<Record<FormKind, SurveyRecord>>;

export function loadRegistry(): SurveyRegistry {
  const text = PropertiesService.getDocumentProperties().getProperty(REGISTRY_KEY);
  if (!text) return {};
  try {
    return JSON.parse(text) as SurveyRegistry;
  } catch {
    return {};
  }
}

export function saveRegistry(r: SurveyRegistry): void {
  PropertiesService.getDocumentProperties().setProperty(REGISTRY_KEY, JSON.stringify(r));
}

const formIdOfUrl = (url: string | null): string | null =>
  /\/forms\/d\/([\w-]+)/.exec(url ?? '')?.[1] ?? null;

/**
 * Which questionnaire writes into a sheet: by the remembered sheet IDs, else by the form the sheet is
 * linked to (getFormUrl), remembering the sheet then. Null for sheets of other forms and ordinary sheets.
 */
export function kindOfSheet(sheet: Sheet, registry: SurveyRegistry): FormKind | null {
  const id = sheet.getSheetId();
  for (const kind of FORM_KINDS) if (registry[kind]?.sheetIds.includes(id)) return kind;
  const formId = formIdOfUrl(sheet.getFormUrl());
  if (!formId) return null;
  for (const kind of FORM_KINDS) {
    const rec = registry[kind];
    if (rec && rec.formId === formId) {
      rec.sheetIds.push(id);
      saveRegistry(registry);
      return kind;
    }
  }
  return null;
}

type Decorable<T> = { setTitle(t: string): T; setRequired(b: boolean): T; setHelpText(t: string): T };

function decorate<T extends Decorable<T>>(item: T, q: QuestionDef): void {
  item.setTitle(q.title).setRequired(q.required);
  if (q.help) item.setHelpText(q.help);
}

/** One question as a form item; its title is the dictionary's header or alias, so answers map back. */
function addQuestion(form: Form, q: QuestionDef): void {
  const textRule = (rule: 'email' | 'number') => {
    const b = FormApp.createTextValidation();
    return (
      rule === 'email'
        ? b.requireTextIsEmail().setHelpText(S.surveys.needEmail)
        : b.requireNumber().setHelpText(S.surveys.needNumber)
    ).build();
  };
  switch (q.kind) {
    case 'text':
      decorate(form.addTextItem(), q);
      return;
    case 'email':
      decorate(form.addTextItem().setValidation(textRule('email')), q);
      return;
    case 'number':
      decorate(form.addTextItem().setValidation(textRule('number')), q);
      return;
    case 'paragraph':
      decorate(form.addParagraphTextItem(), q);
      return;
    case 'choice':
      decorate(form.addMultipleChoiceItem().setChoiceValues([...(q.choices ?? [])]), q);
      return;
    case 'checkboxes':
      decorate(form.addCheckboxItem().setChoiceValues([...(q.choices ?? [])]), q);
      return;
    case 'date':
      decorate(form.addDateItem(), q);
      return;
    case 'scale': {
      const s = q.scale ?? { min: 1, max: 10, minLabel: '', maxLabel: '' };
      decorate(form.addScaleItem().setBounds(s.min, s.max).setLabels(s.minLabel, s.maxLabel), q);
      return;
    }
  }
}

/** The responses sheet Google just added for a form (it names the form in getFormUrl). */
function responsesSheetOf(formId: string): Sheet | null {
  return (
    spreadsheet()
      .getSheets()
      .find((s) => formIdOfUrl(s.getFormUrl()) === formId) ?? null
  );
}

export function linkToSpreadsheet(form: Form, rec: SurveyRecord): void {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet().getId());
  const sheet = responsesSheetOf(form.getId());
  // When Google has not shown the sheet to this execution yet, the first answer's event finds it by its form.
  if (sheet && !rec.sheetIds.includes(sheet.getSheetId())) rec.sheetIds.push(sheet.getSheetId());
}

export function createForm(def: FormDef, previous: SurveyRecord | undefined): SurveyRecord {
  const form = FormApp.create(def.title)
    .setDescription(def.description)
    .setAllowResponseEdits(true)
    .setCollectEmail(false)
    .setConfirmationMessage(S.surveys.confirmation);
  for (const q of def.questions) addQuestion(form, q);
  const rec: SurveyRecord = { formId: form.getId(), sheetIds: [...(previous?.sheetIds ?? [])] };
  linkToSpreadsheet(form, rec);
  return rec;
}

export function openForm(rec: SurveyRecord | undefined): Form | null {
  if (!rec) return null;
  try {
    return FormApp.openById(rec.formId);
  } catch {
    return null; // deleted, or moved out of reach: recreated
  }
}

/** Exactly one installable form-submit trigger per document (it fires for every linked form). */
export function ensureSubmitTrigger(): boolean {
  const mine = ScriptApp.getProjectTriggers().filter(
    (t) =>
      t.getHandlerFunction() === SUBMIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT,
  );
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  if (mine.length > 0) return false;
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheet()).onFormSubmit().create();
  return true;
}

export interface EnsureReport {
  created: SurveyKind[];
  relinked: SurveyKind[];
  triggerAdded: boolean;
}

/**
 * One form of the registry: created when it does not exist (first time, or deleted), relinked when it no longer
 * sends its answers here. Remembered at once, even if a later form fails.
 */
export function ensureForm(
  registry: SurveyRegistry,
  kind: FormKind,
  def: FormDef,
  ssId: string,
): 'created' | 'relinked' | null {
  const rec = registry[kind];
  const form = openForm(rec);
  if (!form) {
    registry[kind] = createForm(def, rec);
    saveRegistry(registry);
    return 'created';
  }
  let linked = false;
  try {
    linked = form.getDestinationId() === ssId;
  } catch {
    linked = false;
  }
  if (linked || !rec) return null;
  linkToSpreadsheet(form, rec);
  return 'relinked'; // the caller saves the registry
}

/** Creates the forms that do not exist, relinks unlinked ones, installs the trigger. */
export function ensureSurveys(): EnsureReport {
  return withDocumentLock(() => {
    const registry = loadRegistry();
    const report: EnsureReport = { created: [], relinked: [], triggerAdded: false };
    const ssId = spreadsheet().getId();
    for (const kind of SURVEY_KINDS) {
      const done = ensureForm(registry, kind, SURVEYS[kind], ssId);
      if (done === 'created') report.created.push(kind);
      if (done === 'relinked') report.relinked.push(kind);
    }
    saveRegistry(registry);
    report.triggerAdded = ensureSubmitTrigger();
    return report;
  });
}

export function ensureMessage(r: EnsureReport): string {
  const lines = [
    r.created.length > 0 ? S.surveys.created(r.created.map((k) => SURVEYS[k].title)) : S.surveys.allPresent,
    ...r.relinked.map((k) => S.surveys.relinked(SURVEYS[k].title)),
  ];
  if (r.triggerAdded) lines.push(S.surveys.triggerAdded);
  return lines.join('\n');
}

export interface SurveyFormStatus {
  kind: SurveyKind;
  title: string;
  /** For teachers: the form to fill in. Null when the form does not exist. */
  publishedUrl: string | null;
  /** For the curator: the form's editor. */
  editUrl: string | null;
  /** Rows in Google's responses sheets of this questionnaire. */
  received: number;
  /** Answers filed into «Анкеты». */
  filed: number;
  /** Filed answers marked with a problem (no consent included). */
  withProblems: number;
  noConsent: number;
}

export interface SurveyStatus {
  forms: SurveyFormStatus[];
  satisfaction: SatisfactionSummary[];
  triggerOn: boolean;
  responsesSheet: string;
  error: string | null;
}

/** What the «Анкеты» dialog shows; reads only (forms, sheets, triggers), changes nothing. */
export function getSurveyStatus(): SurveyStatus {
  try {
    const ss = spreadsheet();
    const registry = loadRegistry();
    const answers = findTable(RESPONSES_SHEET, { ss });
    const responses = answers
      ? readSurveyResponses(answers.values, todayIso()).rows.map((r) => r.record)
      : [];
    const forms = SURVEY_KINDS.map((kind): SurveyFormStatus => {
      const rec = registry[kind];
      const form = openForm(rec);
      const mine = responses.filter((r) => r.kind === kind);
      // The form's own count: rows deleted from its responses sheet do not make answers disappear.
      const received = form ? form.getResponses().length : 0;
      return {
        kind,
        title: SURVEYS[kind].title,
        publishedUrl: form ? form.getPublishedUrl() : null,
        editUrl: form ? form.getEditUrl() : null,
        received,
        filed: mine.length,
        withProblems: mine.filter((r) => r.problems.length > 0).length,
        noConsent: mine.filter((r) => !r.consent).length,
      };
    });
    const triggerOn = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === SUBMIT_HANDLER);
    return {
      forms,
      satisfaction: summariseSatisfaction(responses),
      triggerOn,
      responsesSheet: answers?.sheet.getName() ?? RESPONSES_SHEET.title,
      error: null,
    };
  } catch (e) {
    return {
      forms: [],
      satisfaction: [],
      triggerOn: false,
      responsesSheet: RESPONSES_SHEET.title,
      error: userMessage(e),
    };
  }
}
