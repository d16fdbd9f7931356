/**
 * The Google services test double. `createDouble()` gives the globals the built Code.js sees;
 * `loadAddon()` runs Code.js in Node's vm with them and lets a test call entry points by name:
 * `run` as a menu or trigger does, `callFromClient` as google.script.run does (JSON arguments, no Dates,
 * top-level public functions only).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CallLog, counted, raw } from './calls';
import { Clock, clockDate, dateSerial } from './clock';
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
} from './services';
import {
  ConditionalRuleBuilder,
  type DoubleEnv,
  type Sheet,
  Spreadsheet,
  ValidationBuilder,
} from './spreadsheet';

export { CallLog } from './calls';
export { Clock } from './clock';
export type { Sheet, Spreadsheet } from './spreadsheet';

export interface DoubleOptions {
  /** "Today" for the add-on, ISO. */
  today?: string;
  /** Where the built HTML files are (for HtmlService.createHtmlOutputFromFile). */
  distDir: string;
  authMode?: AuthMode;
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
  authMode: AuthMode;
  globals: Record<string, unknown>;
  /** The raw sheet of a title. */
  sheet(title: string): Sheet | undefined;
}

const AUTH_ERROR = (service: string) =>
  `Exception: You do not have permission to call ${service}. Required permissions are not granted in this authorization mode.`;

export function createDouble(options: DoubleOptions): GoogleDouble {
  const log = new CallLog();
  const clock = new Clock(0);
  clock.setToday(options.today ?? '2023-01-15');
  const DateCtor = clockDate(clock);
  const state = { authMode: options.authMode ?? ('FULL' as AuthMode) };
  const senv: ServiceEnv = {
    log,
    clock,
    DateCtor,
    authMode: () => state.authMode,
    requireAuth(service, needs) {
      if (!needs.includes(state.authMode)) throw new Error(AUTH_ERROR(service));
    },
  };
  const denv: DoubleEnv = {
    log,
    DateCtor,
    todaySerial: () => Math.floor(dateSerial(new Date(clock.now()))),
    requireDocumentAccess: (what) => {
      if (state.authMode === 'NONE') throw new Error(AUTH_ERROR(what));
    },
  };
  const spreadsheet = new Spreadsheet(denv);
  const ui = new Ui(senv);
  const properties = new PropertiesServiceDouble(senv);
  const locks = new LockServiceDouble(senv);
  const scriptApp = new ScriptAppDouble(senv);
  const mail = new MailAppDouble(senv);
  const documents = new DocumentAppDouble(senv);

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
    get authMode() {
      return state.authMode;
    },
    set authMode(m: AuthMode) {
      state.authMode = m;
    },
    globals,
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
  /** A simple onEdit trigger firing after the curator typed into a cell. */
  edit(sheet: Sheet, row: number, column: number, value: unknown): unknown;
  /** Fires the installed daily triggers once per day while moving the clock `days` forward. */
  passDays(days: number): void;
}

function rejectDates(v: unknown, path: string): void {
  if (v instanceof Date) throw new Error(`google.script.run: a Date cannot be passed (${path})`);
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) rejectDates(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) rejectDates(x, `${path}.${k}`);
}

export function loadAddon(codePath: string, double: GoogleDouble): LoadedAddon {
  const code = readFileSync(codePath, 'utf8');
  const context = vm.createContext({ ...double.globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const fn = (name: string) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Script function not found: ${name}`);
    return f as (...a: unknown[]) => unknown;
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
    edit(sheet, row, column, value) {
      const s = raw(sheet);
      const range = s._range(row, column);
      const oldValue = s._get(row, column);
      raw(range).setValues([[value]]);
      if (!addon.functions().includes('onEdit')) return undefined;
      return fn('onEdit')({
        authMode: 'LIMITED',
        range,
        source: double.spreadsheet._view(),
        value: typeof value === 'string' ? value : undefined,
        oldValue,
        user: { getEmail: () => '' },
        triggerUid: 'simple',
      });
    },
    passDays(days) {
      for (let i = 0; i < days; i++) {
        double.clock.advance(86400000);
        for (const t of [...double.scriptApp.triggers]) {
          if (t.spec.eventType !== 'CLOCK') continue;
          const now = new Date(double.clock.now());
          fn(t.spec.handler)({
            authMode: 'FULL',
            triggerUid: t.spec.id,
            year: now.getFullYear(),
            month: now.getMonth() + 1,
            'day-of-month': now.getDate(),
            hour: t.spec.atHour ?? 0,
            timezone: 'Europe/Moscow',
          });
        }
      }
    },
  };
  return addon;
}
