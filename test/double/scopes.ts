/**
 * OAuth scopes in the double. Every service method the add-on calls names the scopes Google's reference lists
 * in its «Authorization» section (any one of them suffices); a call is refused, with Google's message, when
 * - none of them is in the manifest's `oauthScopes` (https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes):
 *   «Specified permissions are not sufficient to call X. Required permissions: …»;
 * - the user did not grant it on the granular consent screen
 *   (https://developers.google.com/apps-script/concepts/scopes#granular-consent), or the execution's auth mode
 *   does not allow it (simple triggers, https://developers.google.com/apps-script/guides/triggers#restrictions):
 *   «You do not have permission to call X. Required permissions: …».
 */

const A = 'https://www.googleapis.com/auth/';
export const SCOPES = {
  sheetsCurrent: `${A}spreadsheets.currentonly`,
  sheets: `${A}spreadsheets`,
  ui: `${A}script.container.ui`,
  docsCurrent: `${A}documents.currentonly`,
  docs: `${A}documents`,
  formsCurrent: `${A}forms.currentonly`,
  forms: `${A}forms`,
  scriptapp: `${A}script.scriptapp`,
  sendMail: `${A}script.send_mail`,
  email: `${A}userinfo.email`,
  external: `${A}script.external_request`,
} as const;

const REF = 'https://developers.google.com/apps-script/reference/';
const SHEETS = [SCOPES.sheetsCurrent, SCOPES.sheets];
const DOCS = [SCOPES.docsCurrent, SCOPES.docs];
const FORMS = [SCOPES.formsCurrent, SCOPES.forms];

export interface ScopeRule {
  /** Any one of these scopes allows the call; empty: no authorisation needed. */
  scopes: readonly string[];
  /** The reference page whose «Authorization» section lists them. */
  ref: string;
}

const rule = (scopes: readonly string[], page: string): ScopeRule => ({ scopes, ref: REF + page });
const none = (page: string): ScopeRule => rule([], page);

/** Every method of a class needs the same scopes (the class pages list them on each method). */
export const CLASS_SCOPES: Record<string, ScopeRule> = {
  Spreadsheet: rule(SHEETS, 'spreadsheet/spreadsheet'),
  Sheet: rule(SHEETS, 'spreadsheet/sheet'),
  Range: rule(SHEETS, 'spreadsheet/range'),
  DeveloperMetadata: rule(SHEETS, 'spreadsheet/developer-metadata'),
  DeveloperMetadataFinder: rule(SHEETS, 'spreadsheet/developer-metadata-finder'),
  DeveloperMetadataLocation: rule(SHEETS, 'spreadsheet/developer-metadata-location'),
  Protection: rule(SHEETS, 'spreadsheet/protection'),
  EmbeddedChart: rule(SHEETS, 'spreadsheet/embedded-chart'),
  EmbeddedChartBuilder: rule(SHEETS, 'spreadsheet/embedded-chart-builder'),
  ConditionalFormatRuleBuilder: none('spreadsheet/conditional-format-rule-builder'),
  DataValidationBuilder: none('spreadsheet/data-validation-builder'),
  Ui: none('base/ui'),
  Menu: none('base/menu'),
  HtmlService: none('html/html-service'),
  HtmlOutput: none('html/html-output'),
  PropertiesService: none('properties/properties-service'),
  Properties: none('properties/properties'),
  LockService: none('lock/lock-service'),
  Lock: none('lock/lock'),
  ScriptApp: none('script/script-app'),
  TriggerBuilder: rule([SCOPES.scriptapp], 'script/trigger-builder'),
  Trigger: none('script/trigger'),
  MailApp: rule([SCOPES.sendMail], 'mail/mail-app'),
  Session: none('base/session'),
  Utilities: none('utilities/utilities'),
  ContentService: none('content/content-service'),
  TextOutput: none('content/text-output'),
  DocumentApp: rule([SCOPES.docs], 'document/document-app'),
  Document: rule(DOCS, 'document/document'),
  Body: rule(DOCS, 'document/body'),
  Paragraph: rule(DOCS, 'document/paragraph'),
  Table: rule(DOCS, 'document/table'),
  TableRow: rule(DOCS, 'document/table-row'),
  TableCell: rule(DOCS, 'document/table-cell'),
  FormApp: rule([SCOPES.forms], 'forms/form-app'),
  Form: rule(FORMS, 'forms/form'),
  TextItem: rule(FORMS, 'forms/text-item'),
  ParagraphTextItem: rule(FORMS, 'forms/paragraph-text-item'),
  MultipleChoiceItem: rule(FORMS, 'forms/multiple-choice-item'),
  CheckboxItem: rule(FORMS, 'forms/checkbox-item'),
  DateItem: rule(FORMS, 'forms/date-item'),
  ScaleItem: rule(FORMS, 'forms/scale-item'),
  // Both Documents (a list paragraph) and Forms (a drop-down question) have a class named ListItem.
  ListItem: rule([...DOCS, ...FORMS], 'document/list-item'),
  TextValidationBuilder: none('forms/text-validation-builder'),
  FormResponse: rule(FORMS, 'forms/form-response'),
  ItemResponse: rule(FORMS, 'forms/item-response'),
};

/** Methods that differ from their class. */
export const METHOD_SCOPES: Record<string, ScopeRule> = {
  'SpreadsheetApp.getActiveSpreadsheet': rule(SHEETS, 'spreadsheet/spreadsheet-app#getActiveSpreadsheet()'),
  'SpreadsheetApp.getActive': rule(SHEETS, 'spreadsheet/spreadsheet-app#getActive()'),
  'SpreadsheetApp.flush': none('spreadsheet/spreadsheet-app#flush()'),
  'SpreadsheetApp.getUi': none('spreadsheet/spreadsheet-app#getUi()'),
  'SpreadsheetApp.newConditionalFormatRule': none('spreadsheet/spreadsheet-app#newConditionalFormatRule()'),
  'SpreadsheetApp.newDataValidation': none('spreadsheet/spreadsheet-app#newDataValidation()'),
  'Ui.showSidebar': rule([SCOPES.ui], 'base/ui#showSidebar(Object)'),
  'Ui.showModalDialog': rule([SCOPES.ui], 'base/ui#showModalDialog(Object,String)'),
  'Ui.showModelessDialog': rule([SCOPES.ui], 'base/ui#showModelessDialog(Object,String)'),
  'ScriptApp.newTrigger': rule([SCOPES.scriptapp], 'script/script-app#newTrigger(String)'),
  'ScriptApp.getProjectTriggers': rule([SCOPES.scriptapp], 'script/script-app#getProjectTriggers()'),
  'ScriptApp.getUserTriggers': rule([SCOPES.scriptapp], 'script/script-app#getUserTriggers(Spreadsheet)'),
  'ScriptApp.deleteTrigger': rule([SCOPES.scriptapp], 'script/script-app#deleteTrigger(Trigger)'),
  'Session.getActiveUser': rule([SCOPES.email], 'base/session#getActiveUser()'),
  'Session.getEffectiveUser': rule([SCOPES.email], 'base/session#getEffectiveUser()'),
  'DocumentApp.getActiveDocument': rule(DOCS, 'document/document-app#getActiveDocument()'),
  'FormApp.getActiveForm': rule(FORMS, 'forms/form-app#getActiveForm()'),
  'FormApp.createTextValidation': none('forms/form-app#createTextValidation()'),
};

/** The rule for a `Kind.method` call; undefined: the double has no rule (none is needed). */
export function scopeRule(name: string): ScopeRule | undefined {
  return METHOD_SCOPES[name] ?? CLASS_SCOPES[name.slice(0, name.indexOf('.'))];
}

/**
 * What a simple trigger (AuthMode.LIMITED) may use: the document it is bound to and its menus
 * (https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
 */
export const LIMITED_SCOPES: readonly string[] = [SCOPES.sheetsCurrent, SCOPES.sheets];

const required = (scopes: readonly string[]) =>
  scopes.length === 1 ? scopes[0]! : `(${scopes.join(' || ')})`;

export type AuthModeName = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

/** The script's declared scopes (its manifest) and what the user granted on the consent screen. */
export class ScopeState {
  /** null: the manifest sets no oauthScopes, so Apps Script detects them from the code (all declared). */
  readonly declared: ReadonlySet<string> | null;
  granted: Set<string>;
  /** Scope lists the script asked the user to grant again (ScriptApp.requireScopes). */
  readonly prompts: string[][] = [];
  constructor(oauthScopes: readonly string[] | undefined) {
    this.declared = oauthScopes ? new Set(oauthScopes) : null;
    this.granted = new Set(oauthScopes ?? Object.values(SCOPES));
  }
  isDeclared(scope: string): boolean {
    return this.declared === null || this.declared.has(scope);
  }
  /** Granted and usable in this auth mode. */
  usable(scope: string, mode: AuthModeName): boolean {
    if (!this.isDeclared(scope) || !this.granted.has(scope)) return false;
    if (mode === 'FULL') return true;
    if (mode === 'LIMITED') return LIMITED_SCOPES.includes(scope);
    return false;
  }
  /** Throws Google's exception when a call's scopes are not declared, not granted or not allowed now. */
  check(name: string, mode: AuthModeName): void {
    const r = scopeRule(name);
    if (!r || r.scopes.length === 0) return;
    if (!r.scopes.some((s) => this.isDeclared(s)))
      throw new Error(
        `Exception: Specified permissions are not sufficient to call ${name}. Required permissions: ${required(r.scopes)}`,
      );
    if (!r.scopes.some((s) => this.usable(s, mode)))
      throw new Error(
        `Exception: You do not have permission to call ${name}. Required permissions: ${required(r.scopes)}`,
      );
  }
}
