/** The double's smaller services: Ui, HtmlService, Properties, Lock, ScriptApp, MailApp, Session, Utilities, DocumentApp. */

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CallLog, counted, raw } from './calls';
import type { Clock } from './clock';
import type { ScopeState } from './scopes';
import { isZone, zones } from './zone';

export type AuthMode = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

export interface ServiceEnv {
  log: CallLog;
  clock: Clock;
  DateCtor: DateConstructor;
  authMode(): AuthMode;
  /** The manifest's `timeZone`: the add-on's Dates are wall-clock there. */
  scriptTimeZone(): string;
  /** Declared and granted OAuth scopes. */
  scopes: ScopeState;
  /** Throws what Apps Script throws when a service is used without the authorisation it needs. */
  requireAuth(service: string, needs: AuthMode[]): void;
  /** The user's language (Session.getActiveUserLocale). */
  locale(): string;
}

// ---------- Ui ----------

export interface MenuItem {
  caption: string;
  functionName?: string;
  separator?: boolean;
  submenu?: Menu;
}

export class Menu {
  items: MenuItem[] = [];
  constructor(
    private readonly ui: Ui,
    readonly title: string,
    /** A sub-menu of «Расширения» (createAddonMenu), not a menu of its own in the menu bar (createMenu). */
    readonly addon = false,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ caption: '', separator: true });
    return this;
  }
  addSubMenu(menu: Menu): this {
    this.items.push({ caption: menu.title, submenu: menu });
    return this;
  }
  addToUi(): void {
    this.ui.menus = this.ui.menus.filter((m) => m.title !== this.title);
    this.ui.menus.push(this);
  }
}

export const BUTTON = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface Dialog {
  kind: 'alert' | 'prompt' | 'modal' | 'modeless' | 'sidebar';
  title: string;
  text: string;
}

export class Ui {
  menus: Menu[] = [];
  dialogs: Dialog[] = [];
  /** Scripted answers for the next prompts and alerts with buttons (a test pushes them). */
  answers: { button?: string; text?: string }[] = [];
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  constructor(
    private readonly env: ServiceEnv,
    /** The add-on's name (its Marketplace listing) or the bound script's: the title of createAddonMenu. */
    readonly scriptName = 'Наставничество',
  ) {}
  createMenu(title: string): Menu {
    return counted(new Menu(this, title), 'Menu', this.env.log);
  }
  /**
   * A sub-menu of the editor's «Расширения» (Extensions) menu, named by the add-on's name in the Marketplace
   * listing, or by the script's name when the script is bound to the document
   * (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()).
   */
  createAddonMenu(): Menu {
    return counted(new Menu(this, this.scriptName, true), 'Menu', this.env.log);
  }
  alert(a: string, b?: string, c?: string): string {
    const withTitle = b !== undefined && !(Object.values(BUTTON_SET) as string[]).includes(b);
    const title = withTitle ? a : '';
    const text = withTitle ? b! : a;
    const buttons = withTitle ? c : b;
    this.dialogs.push({ kind: 'alert', title, text });
    if (!buttons || buttons === 'OK') return BUTTON.OK;
    return this.answers.shift()?.button ?? (buttons === 'YES_NO' ? BUTTON.YES : BUTTON.OK);
  }
  prompt(a: string, b?: string, c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const withTitle = b !== undefined && !(Object.values(BUTTON_SET) as string[]).includes(b);
    this.dialogs.push({ kind: 'prompt', title: withTitle ? a : '', text: withTitle ? b! : a });
    void c;
    const answer = this.answers.shift() ?? { button: BUTTON.CANCEL, text: '' };
    return {
      getResponseText: () => answer.text ?? '',
      getSelectedButton: () => answer.button ?? BUTTON.OK,
    };
  }
  showModalDialog(html: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modal', title, text: html.content });
  }
  showModelessDialog(html: HtmlOutput, title: string): void {
    this.dialogs.push({ kind: 'modeless', title, text: html.content });
  }
  showSidebar(html: HtmlOutput): void {
    this.dialogs.push({ kind: 'sidebar', title: html.title, text: html.content });
  }
}

// ---------- HtmlService ----------

export class HtmlOutput {
  title = '';
  width = 0;
  height = 0;
  constructor(public content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  getContent(): string {
    return this.content;
  }
  /** https://developers.google.com/apps-script/reference/html/html-output#setContent(String) */
  setContent(content: string): this {
    this.content = content;
    return this;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
  addMetaTag(_n: string, _c: string): this {
    return this;
  }
  append(addedContent: string): this {
    this.content += addedContent;
    return this;
  }
}

export class HtmlServiceDouble {
  readonly SandboxMode = { IFRAME: 'IFRAME' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(
    private readonly env: ServiceEnv,
    private readonly distDir: string,
  ) {}
  createHtmlOutput(html = ''): HtmlOutput {
    return counted(new HtmlOutput(html), 'HtmlOutput', this.env.log);
  }
  createHtmlOutputFromFile(name: string): HtmlOutput {
    const file = join(this.distDir, `${name.replace(/\.html$/, '')}.html`);
    if (!existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return this.createHtmlOutput(readFileSync(file, 'utf8'));
  }
}

// ---------- PropertiesService ----------

export class Properties {
  readonly data = new Map<string, string>();
  getProperty(k: string): string | null {
    return this.data.get(k) ?? null;
  }
  setProperty(k: string, v: string): this {
    this.data.set(k, String(v));
    return this;
  }
  deleteProperty(k: string): this {
    this.data.delete(k);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  setProperties(props: Record<string, string>): this {
    for (const [k, v] of Object.entries(props)) this.data.set(k, String(v));
    return this;
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
}

export class PropertiesServiceDouble {
  readonly document = new Properties();
  readonly script = new Properties();
  readonly user = new Properties();
  constructor(private readonly env: ServiceEnv) {}
  private get(p: Properties): Properties {
    this.env.requireAuth('PropertiesService', ['LIMITED', 'FULL']);
    return counted(p, 'Properties', this.env.log);
  }
  getDocumentProperties(): Properties {
    return this.get(this.document);
  }
  getScriptProperties(): Properties {
    return this.get(this.script);
  }
  getUserProperties(): Properties {
    return this.get(this.user);
  }
}

// ---------- LockService ----------

/**
 * One lock per scope, shared by every execution. Apps Script blocks a waiting execution; the double is
 * single-threaded, so a wait lets `onContention` run other work (e.g. finish the holder) and advances the
 * clock by the time waited. `waits` records every wait for tests.
 */
export class LockState {
  holder: string | null = null;
  waits: { execution: string; ms: number; got: boolean }[] = [];
  onContention: ((state: LockState, execution: string) => void) | null = null;
}

export class Lock {
  constructor(
    private readonly state: LockState,
    private readonly execution: () => string,
    private readonly env: ServiceEnv,
  ) {}
  tryLock(timeoutMs: number): boolean {
    const me = this.execution();
    if (this.state.holder === null || this.state.holder === me) {
      this.state.holder = me;
      return true;
    }
    this.state.onContention?.(this.state, me);
    const got = this.state.holder === null;
    if (got) this.state.holder = me;
    else this.env.clock.advance(timeoutMs);
    this.state.waits.push({ execution: me, ms: got ? 0 : timeoutMs, got });
    return got;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs))
      throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.state.holder === this.execution();
  }
  /** The scope's shared state (for the concurrent runner, which makes a contended tryLock really wait). */
  _scope(): LockState {
    return this.state;
  }
  releaseLock(): void {
    if (this.state.holder === this.execution()) this.state.holder = null;
  }
}

export class LockServiceDouble {
  readonly document = new LockState();
  readonly script = new LockState();
  readonly user = new LockState();
  /** The current execution (a test may interleave several). */
  execution = 'execution-1';
  constructor(private readonly env: ServiceEnv) {}
  private make(s: LockState): Lock {
    return counted(new Lock(s, () => this.execution, this.env), 'Lock', this.env.log);
  }
  getDocumentLock(): Lock {
    return this.make(this.document);
  }
  getScriptLock(): Lock {
    return this.make(this.script);
  }
  getUserLock(): Lock {
    return this.make(this.user);
  }
}

// ---------- ScriptApp ----------

export interface TriggerSpec {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_EDIT' | 'ON_OPEN' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  everyDays?: number;
  atHour?: number;
  /** The zone atHour is read in (TriggerBuilder.inTimezone); the script's zone when not set. */
  timeZone?: string;
  source?: string;
}

export class Trigger {
  constructor(readonly spec: TriggerSpec) {}
  getUniqueId(): string {
    return this.spec.id;
  }
  getHandlerFunction(): string {
    return this.spec.handler;
  }
  getEventType(): string {
    return this.spec.eventType;
  }
  getTriggerSource(): string {
    return this.spec.eventType === 'CLOCK' ? 'CLOCK' : 'SPREADSHEETS';
  }
}

export class TriggerBuilder {
  private spec: Partial<TriggerSpec> = {};
  constructor(
    private readonly app: ScriptAppDouble,
    handler: string,
  ) {
    this.spec.handler = handler;
  }
  timeBased(): this {
    this.spec.eventType = 'CLOCK';
    return this;
  }
  everyDays(n: number): this {
    this.spec.everyDays = n;
    return this;
  }
  atHour(h: number): this {
    this.spec.atHour = h;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String) */
  inTimezone(tz: string): this {
    if (!isZone(tz)) throw new Error(`Exception: Invalid argument: timezone`);
    this.spec.timeZone = tz;
    return this;
  }
  forSpreadsheet(_ss: unknown): this {
    this.spec.source = 'SPREADSHEETS';
    return this;
  }
  onEdit(): this {
    this.spec.eventType = 'ON_EDIT';
    return this;
  }
  onOpen(): this {
    this.spec.eventType = 'ON_OPEN';
    return this;
  }
  onFormSubmit(): this {
    this.spec.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): Trigger {
    return this.app._create(this.spec);
  }
}

export class ScriptAppDouble {
  readonly triggers: Trigger[] = [];
  private nextId = 1;
  readonly AuthMode = { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' };
  readonly EventType = {
    CLOCK: 'CLOCK',
    ON_EDIT: 'ON_EDIT',
    ON_OPEN: 'ON_OPEN',
    ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  };
  readonly TriggerSource = { CLOCK: 'CLOCK', SPREADSHEETS: 'SPREADSHEETS' };
  constructor(private readonly env: ServiceEnv) {}
  _create(spec: Partial<TriggerSpec>): Trigger {
    if (!spec.eventType) throw new Error('Exception: The trigger has no event type.');
    const t = new Trigger({ ...spec, id: `trigger-${this.nextId++}` } as TriggerSpec);
    this.triggers.push(t);
    return counted(t, 'Trigger', this.env.log);
  }
  newTrigger(handler: string): TriggerBuilder {
    this.env.requireAuth('ScriptApp.newTrigger', ['FULL']);
    return counted(new TriggerBuilder(this, handler), 'TriggerBuilder', this.env.log);
  }
  getProjectTriggers(): Trigger[] {
    this.env.requireAuth('ScriptApp.getProjectTriggers', ['FULL']);
    return this.triggers.map((t) => counted(t, 'Trigger', this.env.log));
  }
  getUserTriggers(_ss: unknown): Trigger[] {
    return this.getProjectTriggers();
  }
  deleteTrigger(t: Trigger): void {
    const id = t.getUniqueId();
    const i = this.triggers.findIndex((x) => x.spec.id === id);
    if (i >= 0) this.triggers.splice(i, 1);
  }
  /** The web-app URL (null until `deployedUrl` is set, as before the first deployment). */
  deployedUrl: string | null = null;
  getService(): { getUrl(): string | null; isEnabled(): boolean } {
    return { getUrl: () => this.deployedUrl, isEnabled: () => this.deployedUrl !== null };
  }
  readonly AuthorizationStatus = { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' };
  /** The scopes asked about (all the manifest's when none are given) that the user has granted. */
  private authorized(scopes?: string[]): { asked: string[]; granted: string[] } {
    const st = this.env.scopes;
    const asked = scopes ? scopes.map(String) : [...(st.declared ?? st.granted)];
    return {
      asked,
      granted: asked.filter((s) => st.declared === null || (st.isDeclared(s) && st.granted.has(s))),
    };
  }
  /**
   * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
   * and https://developers.google.com/apps-script/reference/script/authorization-info: with scopes given,
   * getAuthorizedScopes() lists those of them the user granted.
   */
  getAuthorizationInfo(
    authMode: string,
    oAuthScopes?: string[],
  ): {
    getAuthorizationStatus(): string;
    getAuthorizationUrl(): string | null;
    getAuthorizedScopes(): string[];
  } {
    if (
      authMode !== 'FULL' &&
      authMode !== 'LIMITED' &&
      authMode !== 'NONE' &&
      authMode !== 'CUSTOM_FUNCTION'
    )
      throw new Error('Exception: Invalid argument: authMode');
    const { asked, granted } = this.authorized(oAuthScopes);
    const missing = asked.length !== granted.length;
    return {
      getAuthorizationStatus: () => (missing ? 'REQUIRED' : 'NOT_REQUIRED'),
      getAuthorizationUrl: () => (missing ? 'https://script.google.com/macros/d/script-1/authorize' : null),
      getAuthorizedScopes: () => [...granted],
    };
  }
  /**
   * https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String):
   * when a scope is not granted the execution ends and the user is asked to grant it.
   */
  requireScopes(authMode: string, oAuthScopes: string[]): void {
    const { asked, granted } = this.authorized(oAuthScopes);
    void authMode;
    const missing = asked.filter((s) => !granted.includes(s));
    if (missing.length === 0) return;
    this.env.scopes.prompts.push(missing);
    throw new Error('Exception: Authorization is required to perform that action.');
  }
  requireAllScopes(authMode: string): void {
    this.requireScopes(authMode, [...(this.env.scopes.declared ?? [])]);
  }
}

// ---------- MailApp ----------

export interface SentMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

export class MailAppDouble {
  readonly sent: SentMail[] = [];
  quota = 100;
  constructor(private readonly env: ServiceEnv) {}
  sendEmail(
    a: string | { to: string; subject: string; body?: string; htmlBody?: string },
    subject?: string,
    body?: string,
    options?: { htmlBody?: string },
  ): void {
    this.env.requireAuth('MailApp', ['FULL']);
    if (this.quota <= 0) throw new Error('Exception: Service invoked too many times for one day: email.');
    const mail: SentMail =
      typeof a === 'string'
        ? {
            to: a,
            subject: subject ?? '',
            body: body ?? '',
            ...(options?.htmlBody ? { htmlBody: options.htmlBody } : {}),
          }
        : {
            to: a.to,
            subject: a.subject,
            body: a.body ?? '',
            ...(a.htmlBody ? { htmlBody: a.htmlBody } : {}),
          };
    if (!/^[^@\s]+@[^@\s]+$/.test(mail.to.split(',')[0]!.trim()))
      throw new Error(`Exception: Invalid email: ${mail.to}`);
    this.quota--;
    this.sent.push(mail);
  }
  getRemainingDailyQuota(): number {
    return this.quota;
  }
}

// ---------- Session, Utilities ----------

export class SessionDouble {
  constructor(
    private readonly env: ServiceEnv,
    readonly email = 'curator@school.example',
  ) {}
  /** https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() — the manifest's timeZone. */
  getScriptTimeZone(): string {
    return this.env.scriptTimeZone();
  }
  /**
   * The user's language setting as a string, «for example, en for English»
   * (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale()); a region may
   * follow (en_US). No scope needed. The double returns the test's `locale` (default ru).
   */
  getActiveUserLocale(): string {
    return this.env.locale();
  }
  getActiveUser(): { getEmail(): string } {
    return { getEmail: () => (this.env.authMode() === 'FULL' ? this.email : '') };
  }
  getEffectiveUser(): { getEmail(): string } {
    this.env.requireAuth('Session.getEffectiveUser', ['FULL']);
    return { getEmail: () => this.email };
  }
  getTemporaryActiveUserKey(): string {
    return 'user-key-1';
  }
}

export class UtilitiesDouble {
  constructor(private readonly env: ServiceEnv) {}
  /**
   * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String):
   * the date's wall-clock time in `tz`, by a SimpleDateFormat pattern (the letters the add-on uses, and
   * 'quoted' text).
   */
  formatDate(date: Date, tz: string, pattern: string): string {
    if (!(date instanceof Date) || Number.isNaN(date.getTime()) || typeof tz !== 'string')
      throw new Error(
        "Exception: The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
      );
    if (!isZone(tz)) throw new Error(`Exception: Invalid argument: timeZone`);
    const ms = date.getTime();
    const w = zones.wall(tz, ms);
    const off = zones.offset(tz, ms) / 60000;
    const p = (n: number, width = 2) => String(n).padStart(width, '0');
    const zone = `${off < 0 ? '-' : '+'}${p(Math.floor(Math.abs(off) / 60))}${p(Math.abs(off) % 60)}`;
    const parts: Record<string, string> = {
      yyyy: p(w.year, 4),
      yy: p(w.year % 100),
      MM: p(w.month),
      dd: p(w.day),
      HH: p(w.hour),
      mm: p(w.minute),
      ss: p(w.second),
      SSS: p(w.millisecond, 3),
      Z: zone,
      XXX: `${zone.slice(0, 3)}:${zone.slice(3)}`,
    };
    return pattern.replace(/'([^']*)'|yyyy|yy|MM|dd|HH|mm|ss|SSS|XXX|Z/g, (k, quoted?: string) =>
      quoted !== undefined ? quoted || "'" : parts[k]!,
    );
  }
  sleep(ms: number): void {
    this.env.clock.advance(ms);
  }
  /** A real random v4 UUID, as Apps Script gives (tokens are built from it). */
  getUuid(): string {
    return randomUUID();
  }
}

// ---------- DocumentApp ----------

export class DocTableCell {
  constructor(readonly text: string) {}
  getText(): string {
    return this.text;
  }
}
export class DocTableRow {
  constructor(
    readonly cells: string[],
    private readonly log: CallLog,
  ) {}
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(i: number): DocTableCell {
    const t = this.cells[i];
    if (t === undefined)
      throw new Error(
        'Exception: Child index (' +
          i +
          ') must be less than the number of child elements (' +
          this.cells.length +
          ').',
      );
    return counted(new DocTableCell(t), 'TableCell', this.log);
  }
}
export class DocTable {
  constructor(
    readonly rows: string[][],
    private readonly log: CallLog,
  ) {}
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(i: number): DocTableRow {
    const r = this.rows[i];
    if (!r)
      throw new Error(
        'Exception: Child index (' +
          i +
          ') must be less than the number of child elements (' +
          this.rows.length +
          ').',
      );
    return counted(new DocTableRow(r, this.log), 'TableRow', this.log);
  }
  getText(): string {
    return this.rows.map((r) => r.join('\t')).join('\n');
  }
  getType(): string {
    return 'TABLE';
  }
  /** A detached deep copy, as Element.copy() gives. */
  copy(): DocTable {
    return counted(
      new DocTable(
        this.rows.map((r) => [...r]),
        this.log,
      ),
      'Table',
      this.log,
    );
  }
  asTable(): this {
    return this;
  }
}

/** A body element of a document in the double. */
export type DocElement =
  | { type: 'PARAGRAPH' | 'LIST_ITEM'; text: string; heading: string; alignment: string }
  | { type: 'TABLE'; rows: string[][] };

export class DocParagraph {
  constructor(
    readonly el: Extract<DocElement, { type: 'PARAGRAPH' | 'LIST_ITEM' }>,
    private readonly log: CallLog,
  ) {}
  getType(): string {
    return this.el.type;
  }
  getText(): string {
    return this.el.text;
  }
  /** Apps Script's Paragraph.setText returns nothing (not the paragraph). */
  setText(t: string): void {
    this.el.text = String(t);
  }
  getHeading(): string {
    return this.el.heading;
  }
  setHeading(h: string): this {
    this.el.heading = h;
    return this;
  }
  getAlignment(): string {
    return this.el.alignment;
  }
  setAlignment(a: string): this {
    this.el.alignment = a;
    return this;
  }
  copy(): DocParagraph {
    return counted(new DocParagraph({ ...this.el }, this.log), this.kind(), this.log);
  }
  asParagraph(): this {
    return this;
  }
  asListItem(): this {
    return this;
  }
  kind(): string {
    return this.el.type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem';
  }
}

export interface FakeDoc {
  id: string;
  name: string;
  tables: string[][][];
  paragraphs?: string[];
  /** The body in order; built from paragraphs then tables when a test adds a document without it. */
  body?: DocElement[];
  /** The user cannot open it. */
  denied?: boolean;
  /** Created by the add-on through DocumentApp.create. */
  created?: boolean;
}

const paragraph = (text: string, type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): DocElement => ({
  type,
  text,
  heading: 'NORMAL',
  alignment: 'LEFT',
});

/** The body of a document, read and written as Apps Script's Body does (the parts the add-on uses). */
export class DocBody {
  constructor(
    private readonly doc: FakeDoc,
    private readonly log: CallLog,
  ) {
    doc.body ??= [
      ...(doc.paragraphs ?? []).map((p) => paragraph(p)),
      ...doc.tables.map((rows): DocElement => ({ type: 'TABLE', rows })),
    ];
  }
  private get els(): DocElement[] {
    return this.doc.body!;
  }
  private wrap(el: DocElement): DocParagraph | DocTable {
    if (el.type === 'TABLE') return counted(new DocTable(el.rows, this.log), 'Table', this.log);
    const p = new DocParagraph(el, this.log);
    return counted(p, p.kind(), this.log);
  }
  getTables(): DocTable[] {
    return this.els.flatMap((el) => (el.type === 'TABLE' ? [this.wrap(el) as DocTable] : []));
  }
  getParagraphs(): DocParagraph[] {
    return this.els.flatMap((el) => (el.type === 'TABLE' ? [] : [this.wrap(el) as DocParagraph]));
  }
  getText(): string {
    return this.els
      .map((el) => (el.type === 'TABLE' ? el.rows.map((r) => r.join('\t')).join('\n') : el.text))
      .join('\n');
  }
  getNumChildren(): number {
    return this.els.length;
  }
  getChild(i: number): DocParagraph | DocTable {
    const el = this.els[i];
    if (!el)
      throw new Error(
        `Exception: Child index (${i}) must be less than the number of child elements (${this.els.length}).`,
      );
    return this.wrap(el);
  }
  private append(el: DocElement): DocParagraph | DocTable {
    this.els.push(el);
    return this.wrap(el);
  }
  appendParagraph(x: string | DocParagraph): DocParagraph {
    const p = raw(x);
    if (p instanceof DocParagraph) return this.append({ ...p.el, type: 'PARAGRAPH' }) as DocParagraph;
    return this.append(paragraph(String(x))) as DocParagraph;
  }
  appendListItem(x: string | DocParagraph): DocParagraph {
    const p = raw(x);
    if (p instanceof DocParagraph) return this.append({ ...p.el, type: 'LIST_ITEM' }) as DocParagraph;
    return this.append(paragraph(String(x), 'LIST_ITEM')) as DocParagraph;
  }
  appendTable(x?: string[][] | DocTable): DocTable {
    const t = raw(x);
    const rows = t instanceof DocTable ? t.rows.map((r) => [...r]) : (t ?? []).map((r) => r.map(String));
    if (rows.some((r) => r.length === 0)) throw new Error('Exception: Invalid argument: cells');
    return this.append({ type: 'TABLE', rows }) as DocTable;
  }
  /** Replaces every match of a regular expression (a string, as Apps Script takes it) in paragraphs and cells. */
  replaceText(pattern: string, replacement: string): this {
    const re = new RegExp(pattern, 'g');
    const sub = (t: string) => t.replace(re, () => String(replacement));
    for (const el of this.els) {
      if (el.type === 'TABLE') el.rows = el.rows.map((r) => r.map(sub));
      else el.text = sub(el.text);
    }
    return this;
  }
}

export class DocumentAppDouble {
  readonly docs = new Map<string, FakeDoc>();
  readonly ElementType = { PARAGRAPH: 'PARAGRAPH', TABLE: 'TABLE', LIST_ITEM: 'LIST_ITEM' };
  readonly ParagraphHeading = {
    NORMAL: 'NORMAL',
    TITLE: 'TITLE',
    HEADING1: 'HEADING1',
    HEADING2: 'HEADING2',
    HEADING3: 'HEADING3',
  };
  readonly HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' };
  private nextId = 1;
  constructor(private readonly env: ServiceEnv) {}
  add(doc: FakeDoc): string {
    this.docs.set(doc.id, doc);
    return `https://docs.google.com/document/d/${doc.id}/edit`;
  }
  /** Documents the add-on created, in order. */
  _created(): FakeDoc[] {
    return [...this.docs.values()].filter((d) => d.created);
  }
  private view(doc: FakeDoc): unknown {
    const log = this.env.log;
    const body = counted(new DocBody(doc, log), 'Body', log);
    return counted(
      {
        getName: () => doc.name,
        getId: () => doc.id,
        getUrl: () => `https://docs.google.com/document/d/${doc.id}/edit`,
        getBody: () => body,
        saveAndClose: () => undefined,
      },
      'Document',
      log,
    );
  }
  create(name: string): unknown {
    this.env.requireAuth('DocumentApp', ['FULL']);
    const id = `created-doc-${this.nextId++}`;
    // A new Google Doc starts with one empty paragraph.
    const doc: FakeDoc = { id, name: String(name), tables: [], body: [paragraph('')], created: true };
    this.docs.set(id, doc);
    return this.view(doc);
  }
  openById(id: string): unknown {
    this.env.requireAuth('DocumentApp', ['FULL']);
    const doc = this.docs.get(id);
    if (!doc || doc.denied)
      throw new Error(
        "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
    return this.view(doc);
  }
  openByUrl(url: string): unknown {
    const m = /\/document\/d\/([\w-]+)/.exec(url);
    if (!m) throw new Error('Exception: Invalid argument: url');
    return this.openById(m[1]!);
  }
}

// ---------- ContentService ----------

export class TextOutput {
  mimeType = 'TEXT';
  constructor(public content: string) {}
  getContent(): string {
    return this.content;
  }
  setContent(c: string): this {
    this.content = c;
    return this;
  }
  append(c: string): this {
    this.content += c;
    return this;
  }
  getMimeType(): string {
    return this.mimeType;
  }
  setMimeType(m: string): this {
    if (!Object.hasOwn(MIME_TYPES, m)) throw new Error(`Exception: Invalid argument: ${m}`);
    this.mimeType = m;
    return this;
  }
}

const MIME_TYPES = {
  TEXT: 'TEXT',
  JSON: 'JSON',
  CSV: 'CSV',
  ATOM: 'ATOM',
  RSS: 'RSS',
  XML: 'XML',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  VCARD: 'VCARD',
} as const;

export class ContentServiceDouble {
  readonly MimeType = MIME_TYPES;
  constructor(private readonly env: ServiceEnv) {}
  createTextOutput(content = ''): TextOutput {
    return counted(new TextOutput(String(content)), 'TextOutput', this.env.log);
  }
}
