/**
 * The Google services test double. `createDouble()` gives the globals the built Code.js sees;
 * `loadAddon()` runs Code.js in Node's vm with them and lets a test call entry points by name:
 * `run` as a menu or trigger does, `callFromClient` as google.script.run does (JSON arguments, no Dates,
 * top-level public functions only).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { CallLog, counted, raw } from './calls';
import { Clock } from './clock';
import { type Answers, FormAppDouble, type FormSubmitEvent } from './forms';
import { ScopeState } from './scopes';
import {
  type AuthMode,
  ContentServiceDouble,
  DocumentAppDouble,
  HtmlServiceDouble,
  LockServiceDouble,
  MailAppDouble,
  PropertiesServiceDouble,
  ScriptAppDouble,
  type ServiceEnv,
  SessionDouble,
  Ui,
  UtilitiesDouble,
  WEEKDAYS,
} from './services';
import {
  ConditionalRuleBuilder,
  type DoubleEnv,
  type Sheet,
  Spreadsheet,
  ValidationBuilder,
} from './spreadsheet';
import { isZone, zones } from './zone';

export { CallLog } from './calls';
export { Clock } from './clock';
export type { Answers, FormAppDouble, FormDouble, FormSubmitEvent } from './forms';
export { prefilledAnswers } from './forms';
export { SCOPES, ScopeState } from './scopes';
export type { Sheet, Spreadsheet } from './spreadsheet';
export { zones } from './zone';

/** The parts of appsscript.json the double reads (https://developers.google.com/apps-script/manifest). */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

export interface DoubleOptions {
  /** "Today" for the add-on, ISO (noon in the script's zone). */
  today?: string;
  /** Where the built HTML files are (for HtmlService.createHtmlOutputFromFile). */
  distDir: string;
  authMode?: AuthMode;
  /** The script's manifest: its scopes and time zone. Default: `appsscript.json` in distDir (the build's). */
  manifest?: Manifest;
  /** The spreadsheet's zone; default: the script's (both start as the owner's zone). */
  spreadsheetTimeZone?: string;
  /** The user's language, as Session.getActiveUserLocale() gives it (ru, en, en_US…); default ru. */
  locale?: string;
}

export interface GoogleDouble {
  log: CallLog;
  clock: Clock;
  spreadsheet: Spreadsheet;
  ui: Ui;
  properties: PropertiesServiceDouble;
  locks: LockServiceDouble;
  scriptApp: ScriptAppDouble;
  mail: MailAppDouble;
  documents: DocumentAppDouble;
  forms: FormAppDouble;
  authMode: AuthMode;
  /** The manifest's timeZone: the zone of the add-on's Dates and of Session.getScriptTimeZone(). */
  scriptTimeZone: string;
  /** Declared (manifest) and granted (consent screen) OAuth scopes; a test may ungrant some. */
  scopes: ScopeState;
  globals: Record<string, unknown>;
  /** Time-driven trigger runs (passDays): the handler and the instant it ran. */
  firings: { handler: string; at: number }[];
  /** The raw sheet of a title. */
  sheet(title: string): Sheet | undefined;
}

const AUTH_ERROR = (service: string) =>
  `Exception: You do not have permission to call ${service}. Required permissions are not granted in this authorization mode.`;

function manifestOf(options: DoubleOptions): Manifest {
  if (options.manifest) return options.manifest;
  const path = join(options.distDir, 'appsscript.json');
  // Without the manifest the double could not know the script's scopes: refuse rather than allow all.
  if (!existsSync(path))
    throw new Error(`double: no manifest (${path}); pass options.manifest (apps-script/appsscript.json)`);
  return readManifest(path);
}

export function createDouble(options: DoubleOptions): GoogleDouble {
  const manifest = manifestOf(options);
  const log = new CallLog();
  // A project without timeZone gets Google's default for new projects.
  const state = {
    authMode: options.authMode ?? ('FULL' as AuthMode),
    scriptTz: manifest.timeZone ?? 'America/New_York',
    locale: options.locale ?? 'ru',
  };
  if (!isZone(state.scriptTz)) throw new Error(`double: bad manifest timeZone ${state.scriptTz}`);
  const clock = new Clock(0, () => state.scriptTz);
  clock.setToday(options.today ?? '2023-01-15');
  const DateCtor = zones.dateClass(
    () => clock.now(),
    () => state.scriptTz,
  );
  const scopes = new ScopeState(manifest.oauthScopes);
  log.guard = (name) => scopes.check(name, state.authMode);
  const senv: ServiceEnv = {
    log,
    clock,
    DateCtor,
    authMode: () => state.authMode,
    scriptTimeZone: () => state.scriptTz,
    locale: () => state.locale,
    scopes,
    requireAuth(service, needs) {
      if (!needs.includes(state.authMode)) throw new Error(AUTH_ERROR(service));
    },
  };
  const denv: DoubleEnv = {
    log,
    DateCtor,
    now: () => clock.now(),
    requireDocumentAccess: (what) => {
      if (state.authMode === 'NONE') throw new Error(AUTH_ERROR(what));
    },
  };
  const spreadsheet = new Spreadsheet(denv, options.spreadsheetTimeZone ?? state.scriptTz);
  const ui = new Ui(senv);
  const properties = new PropertiesServiceDouble(senv);
  const locks = new LockServiceDouble(senv);
  const scriptApp = new ScriptAppDouble(senv, () => clock.now());
  const mail = new MailAppDouble(senv);
  const documents = new DocumentAppDouble(senv);
  const forms = new FormAppDouble(senv, spreadsheet);

  const SpreadsheetApp = counted(
    {
      getActiveSpreadsheet: () => {
        denv.requireDocumentAccess('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet._view();
      },
      getActive: () => spreadsheet._view(),
      getUi: () => counted(ui, 'Ui', log),
      flush: () => undefined,
      newConditionalFormatRule: () =>
        counted(new ConditionalRuleBuilder(), 'ConditionalFormatRuleBuilder', log),
      newDataValidation: () => counted(new ValidationBuilder(), 'DataValidationBuilder', log),
      ProtectionType: { RANGE: 'RANGE', SHEET: 'SHEET' },
      DeveloperMetadataLocationType: {
        SPREADSHEET: 'SPREADSHEET',
        SHEET: 'SHEET',
        COLUMN: 'COLUMN',
        ROW: 'ROW',
      },
      DeveloperMetadataVisibility: { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' },
      BooleanCriteria: { CUSTOM_FORMULA: 'CUSTOM_FORMULA' },
      DataValidationCriteria: { VALUE_IN_LIST: 'VALUE_IN_LIST', CHECKBOX: 'CHECKBOX' },
    },
    'SpreadsheetApp',
    log,
  );

  const globals: Record<string, unknown> = {
    SpreadsheetApp,
    HtmlService: counted(new HtmlServiceDouble(senv, options.distDir), 'HtmlService', log),
    PropertiesService: counted(properties, 'PropertiesService', log),
    LockService: counted(locks, 'LockService', log),
    ScriptApp: counted(scriptApp, 'ScriptApp', log),
    MailApp: counted(mail, 'MailApp', log),
    Session: counted(new SessionDouble(senv), 'Session', log),
    Utilities: counted(new UtilitiesDouble(senv), 'Utilities', log),
    DocumentApp: counted(documents, 'DocumentApp', log),
    ContentService: counted(new ContentServiceDouble(senv), 'ContentService', log),
    FormApp: counted(forms, 'FormApp', log),
    Logger: { log: () => undefined },
    console: { log: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    Date: DateCtor,
  };

  return {
    log,
    clock,
    spreadsheet,
    ui,
    properties,
    locks,
    scriptApp,
    mail,
    documents,
    forms,
    get authMode() {
      return state.authMode;
    },
    set authMode(m: AuthMode) {
      state.authMode = m;
    },
    get scriptTimeZone() {
      return state.scriptTz;
    },
    set scriptTimeZone(tz: string) {
      if (!isZone(tz)) throw new Error(`double: unknown zone ${tz}`);
      state.scriptTz = tz;
    },
    scopes,
    globals,
    firings: [],
    sheet: (title) => spreadsheet._sheet(title),
  };
}

export interface LoadedAddon {
  context: vm.Context;
  double: GoogleDouble;
  /** Top-level function names the file declares. */
  functions(): string[];
  /** Calls a top-level function as a menu item or trigger does. */
  run(name: string, ...args: unknown[]): unknown;
  /** Calls a function as google.script.run does: public top-level only, JSON in and out, no Dates. */
  callFromClient(name: string, ...args: unknown[]): unknown;
  /**
   * The simple onOpen trigger, as Google runs it when the spreadsheet opens: AuthMode.LIMITED, or NONE for an
   * add-on installed elsewhere and not yet used in this document.
   */
  open(authMode?: 'LIMITED' | 'NONE'): unknown;
  /** A simple onEdit trigger firing after the curator typed into a cell (AuthMode.LIMITED). */
  edit(sheet: Sheet, row: number, column: number, value: unknown): unknown;
  /**
   * The curator pasted a block at (row, column): the cells change, then one onEdit fires for the whole pasted range
   * (AuthMode.LIMITED), without `value`/`oldValue`, which Google gives only for a single cell
   * (https://developers.google.com/apps-script/guides/triggers/events#edit).
   */
  paste(sheet: Sheet, row: number, column: number, values: unknown[][]): unknown;
  /** Fires the installed daily triggers once per day while moving the clock `days` forward. */
  passDays(days: number): void;
  /**
   * A respondent sends a form: Google appends the row, then every installed form-submit trigger of the
   * spreadsheet runs with the event. Returns the event (its range is the new row).
   */
  submitForm(formId: string, answers: Answers, options?: { unchecked?: boolean }): FormSubmitEvent;
  /** A respondent edits their `index`-th response of the form: same row, the triggers run again. */
  editFormResponse(formId: string, index: number, answers: Answers): FormSubmitEvent;
  /** Runs the spreadsheet's installed form-submit triggers with an event. */
  fireFormSubmit(e: FormSubmitEvent): void;
}

function rejectDates(v: unknown, path: string): void {
  if (v instanceof Date) throw new Error(`google.script.run: a Date cannot be passed (${path})`);
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) rejectDates(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) rejectDates(x, `${path}.${k}`);
}

/** Simple triggers stop after 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_MS = 30000;

export function loadAddon(codePath: string, double: GoogleDouble): LoadedAddon {
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({ ...double.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const fn = (name: string) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...a: unknown[]) => unknown;
  };
  /**
   * Runs a simple trigger as Google does: in a limited auth mode (what needs the user's authorisation is
   * refused, see scopes.ts) and for 30 s at most (the double's clock moves only when the script waits).
   */
  const simple = (name: string, mode: AuthMode, e: unknown): unknown => {
    const before = double.authMode;
    const t0 = double.clock.now();
    double.authMode = mode;
    try {
      return fn(name)(e);
    } finally {
      double.authMode = before;
      if (double.clock.now() - t0 > SIMPLE_TRIGGER_MS)
        // biome-ignore lint/correctness/noUnsafeFinally: the time limit ends the execution whatever it did
        throw new Error(`Exceeded maximum execution time (${name}, a simple trigger: 30 s)`);
    }
  };
  const addon: LoadedAddon = {
    context,
    double,
    functions: () => [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]!),
    run: (name, ...args) => fn(name)(...args),
    callFromClient(name, ...args) {
      if (name.endsWith('_') || !addon.functions().includes(name))
        throw new Error(`Script function not found: ${name}`);
      rejectDates(args, 'args');
      const out = fn(name)(...(JSON.parse(JSON.stringify(args)) as unknown[]));
      rejectDates(out, 'result');
      return out === undefined ? null : JSON.parse(JSON.stringify(out));
    },
    open(authMode = 'LIMITED') {
      if (!addon.functions().includes('onOpen')) return undefined;
      return simple('onOpen', authMode, {
        authMode,
        ...(authMode === 'NONE' ? {} : { source: double.spreadsheet._view() }),
        user: { getEmail: () => '' },
        triggerUid: 'simple',
      });
    },
    edit(sheet, row, column, value) {
      const s = raw(sheet);
      const range = s._range(row, column);
      const oldValue = s._get(row, column);
      raw(range).setValues([[value]]);
      if (!addon.functions().includes('onEdit')) return undefined;
      return simple('onEdit', 'LIMITED', {
        authMode: 'LIMITED',
        range,
        source: double.spreadsheet._view(),
        value: typeof value === 'string' ? value : undefined,
        oldValue,
        user: { getEmail: () => '' },
        triggerUid: 'simple',
      });
    },
    paste(sheet, row, column, values) {
      const width = Math.max(1, ...values.map((r) => r.length));
      const block = values.map((r) => [...r, ...new Array(width - r.length).fill('')]);
      if (block.length === 1 && width === 1) return addon.edit(sheet, row, column, block[0]![0]);
      const range = raw(sheet)._range(row, column, block.length, width);
      raw(range).setValues(block);
      if (!addon.functions().includes('onEdit')) return undefined;
      return simple('onEdit', 'LIMITED', {
        authMode: 'LIMITED',
        range,
        source: double.spreadsheet._view(),
        user: { getEmail: () => '' },
        triggerUid: 'simple',
      });
    },
    submitForm(formId, answers, options) {
      const e = double.forms._submit(formId, answers, options);
      addon.fireFormSubmit(e);
      return e;
    },
    editFormResponse(formId, index, answers) {
      const e = double.forms._edit(formId, index, answers);
      addon.fireFormSubmit(e);
      return e;
    },
    fireFormSubmit(e) {
      for (const t of [...double.scriptApp.triggers])
        if (t.spec.eventType === 'ON_FORM_SUBMIT') fn(t.spec.handler)({ ...e, triggerUid: t.spec.id });
    },
    passDays(days) {
      for (let i = 0; i < days; i++) {
        double.clock.advance(86400000);
        // The mail quota is a day's (https://developers.google.com/apps-script/guides/services/quotas).
        double.mail.quota = double.mail.dailyQuota;
        for (const t of [...double.scriptApp.triggers]) {
          if (t.spec.eventType !== 'CLOCK') continue;
          // atHour is an hour in the trigger's zone (inTimezone), else in the script's
          // (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#atHour(Integer)).
          const tz = t.spec.timeZone ?? double.scriptTimeZone;
          const back = double.clock.now();
          const day = zones.wall(tz, back);
          if (t.spec.everyWeeks !== undefined && !weeklyDue(t.spec, day, tz)) continue;
          const at = zones.instant(tz, day.year, day.month - 1, day.day, t.spec.atHour ?? 0);
          double.clock.set(at);
          double.firings.push({ handler: t.spec.handler, at });
          try {
            fn(t.spec.handler)({
              authMode: 'FULL',
              triggerUid: t.spec.id,
              year: day.year,
              month: day.month,
              'day-of-month': day.day,
              hour: t.spec.atHour ?? 0,
              timezone: tz,
            });
          } finally {
            double.clock.set(back + (double.clock.now() - at));
          }
        }
      }
    },
  };
  return addon;
}

/**
 * Whether a weekly trigger runs on a day: on its ScriptApp.WeekDay (onWeekDay), every n weeks (everyWeeks) counted
 * from the week it was made; without a weekday, on the weekday it was made
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyWeeks(Integer)).
 */
function weeklyDue(
  spec: { everyWeeks?: number; weekDay?: string; createdAt?: number },
  day: { year: number; month: number; day: number },
  tz: string,
): boolean {
  const dayNo = Math.floor(Date.UTC(day.year, day.month - 1, day.day) / 86400000);
  const made = zones.wall(tz, spec.createdAt ?? 0);
  const madeNo = Math.floor(Date.UTC(made.year, made.month - 1, made.day) / 86400000);
  const weekday = WEEKDAYS[(((dayNo + 4) % 7) + 7) % 7]; // 1 January 1970 was a Thursday
  const wanted = spec.weekDay ?? WEEKDAYS[(((madeNo + 4) % 7) + 7) % 7];
  if (weekday !== wanted) return false;
  const n = spec.everyWeeks ?? 1;
  return Math.floor((dayNo - madeNo) / 7) % n === 0;
}
