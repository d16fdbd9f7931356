/**
 * FormApp in the double: forms built item by item, linked to the spreadsheet as their destination (Google
 * then adds a «Ответы на форму (N)» sheet whose getFormUrl() names the form), and respondents submitting or
 * editing answers, which Google writes into that sheet before the installable form-submit trigger fires.
 */
import { type CallLog, counted, raw } from './calls';
import type { ServiceEnv } from './services';
import type { Sheet, Spreadsheet } from './spreadsheet';

export type ItemType = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'DATE' | 'SCALE' | 'LIST';

const ITEM_CLASS: Record<ItemType, string> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  DATE: 'DateItem',
  SCALE: 'ScaleItem',
  LIST: 'ListItem',
};

export interface TextValidation {
  rule: 'number' | 'wholeNumber' | 'email' | 'numberBetween';
  min?: number;
  max?: number;
  help: string;
}

export class TextValidationBuilder {
  private v: TextValidation = { rule: 'number', help: '' };
  requireNumber(): this {
    this.v.rule = 'number';
    return this;
  }
  requireWholeNumber(): this {
    this.v.rule = 'wholeNumber';
    return this;
  }
  requireTextIsEmail(): this {
    this.v.rule = 'email';
    return this;
  }
  requireNumberBetween(min: number, max: number): this {
    this.v = { ...this.v, rule: 'numberBetween', min, max };
    return this;
  }
  setHelpText(t: string): this {
    this.v.help = t;
    return this;
  }
  build(): TextValidation {
    return { ...this.v };
  }
}

function accepts(v: TextValidation, text: string): boolean {
  const n = Number(text.replace(',', '.'));
  switch (v.rule) {
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
    case 'wholeNumber':
      return text.trim() !== '' && Number.isInteger(n);
    case 'numberBetween':
      return text.trim() !== '' && n >= (v.min ?? -Infinity) && n <= (v.max ?? Infinity);
    default:
      return text.trim() !== '' && Number.isFinite(n);
  }
}

/** One form item; type-specific methods throw on other types, as Apps Script's typed items have no such method. */
export class FormItem {
  title = '';
  help = '';
  required = false;
  choices: string[] = [];
  bounds: [number, number] = [1, 5];
  labels: [string, string] = ['', ''];
  validation: TextValidation | null = null;
  constructor(
    readonly form: FormDouble,
    readonly type: ItemType,
    readonly id: number,
  ) {}
  private only(method: string, ...types: ItemType[]): void {
    if (!types.includes(this.type))
      throw new TypeError(`TypeError: ${method} is not a function (${ITEM_CLASS[this.type]})`);
  }
  getId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.form.items.indexOf(this);
  }
  getType(): ItemType {
    return this.type;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(t: string): this {
    this.title = String(t);
    return this;
  }
  getHelpText(): string {
    return this.help;
  }
  setHelpText(t: string): this {
    this.help = String(t);
    return this;
  }
  isRequired(): boolean {
    return this.required;
  }
  setRequired(b: boolean): this {
    this.required = b === true;
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.only('setChoiceValues', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST');
    if (!Array.isArray(values) || values.length === 0)
      throw new Error('Exception: Invalid argument: values (a choice item needs at least one choice)');
    this.choices = values.map(String);
    return this;
  }
  getChoices(): { getValue(): string }[] {
    this.only('getChoices', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST');
    return this.choices.map((c) => ({ getValue: () => c }));
  }
  setBounds(lower: number, upper: number): this {
    this.only('setBounds', 'SCALE');
    // Google Forms: the lower bound is 0 or 1, the upper one 3 to 10.
    if (![0, 1].includes(lower) || upper < 3 || upper > 10)
      throw new Error('Exception: Invalid argument: bounds');
    this.bounds = [lower, upper];
    return this;
  }
  getLowerBound(): number {
    this.only('getLowerBound', 'SCALE');
    return this.bounds[0];
  }
  getUpperBound(): number {
    this.only('getUpperBound', 'SCALE');
    return this.bounds[1];
  }
  setLabels(lower: string, upper: string): this {
    this.only('setLabels', 'SCALE');
    this.labels = [String(lower), String(upper)];
    return this;
  }
  getLeftLabel(): string {
    return this.labels[0];
  }
  getRightLabel(): string {
    return this.labels[1];
  }
  /**
   * Item.asTextItem(): the same item as a TextItem; Google throws when the item is of another type.
   * https://developers.google.com/apps-script/reference/forms/item#asTextItem()
   */
  asTextItem(): this {
    if (this.type !== 'TEXT') throw new Error(`Exception: Item is not a TextItem (${ITEM_CLASS[this.type]})`);
    return this;
  }
  /**
   * TextItem.createResponse(response): an answer to this item, not sent anywhere, for a pre-filled link.
   * https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String)
   */
  createResponse(response: string): ItemResponseDouble {
    this.only('createResponse', 'TEXT', 'PARAGRAPH_TEXT');
    return counted(new ItemResponseDouble(this, String(response)), 'ItemResponse', this.form._log);
  }
  setValidation(v: TextValidation): this {
    this.only('setValidation', 'TEXT', 'PARAGRAPH_TEXT');
    this.validation = v;
    return this;
  }
  /** What Google Forms refuses to submit for this item (null: accepted). */
  _reject(answer: string | string[] | undefined): string | null {
    const list = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
    const empty = list.every((a) => String(a).trim() === '');
    if (empty) return this.required ? `«${this.title}» is required` : null;
    if (this.type !== 'CHECKBOX' && list.length > 1) return `«${this.title}» takes one answer`;
    if (['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(this.type))
      for (const a of list) if (!this.choices.includes(a)) return `«${a}» is not a choice of «${this.title}»`;
    if (this.type === 'SCALE') {
      const n = Number(list[0]);
      if (!Number.isInteger(n) || n < this.bounds[0] || n > this.bounds[1])
        return `«${list[0]}» is outside the scale of «${this.title}»`;
    }
    if (this.validation && !accepts(this.validation, String(list[0])))
      return `«${list[0]}» fails the validation of «${this.title}»`;
    return null;
  }
}

export interface FormSubmitEvent {
  authMode: string;
  triggerUid: string;
  range: unknown;
  values: string[];
  namedValues: Record<string, string[]>;
  source: unknown;
}

export class FormDouble {
  items: FormItem[] = [];
  description = '';
  destinationId: string | null = null;
  responsesSheet: Sheet | null = null;
  allowEdits = false;
  collectEmail = false;
  accepting = true;
  confirmation = '';
  deleted = false;
  /** Rows of the responses sheet this form wrote, by response. */
  responseRows: number[] = [];
  /** The form's own record of its responses (Google keeps them apart from the sheet, see FormResponseDouble). */
  responses: FormResponseDouble[] = [];
  private nextItemId = 1;
  constructor(
    private readonly app: FormAppDouble,
    readonly id: string,
    public title: string,
  ) {}
  getId(): string {
    return this.id;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(t: string): this {
    this.title = String(t);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(t: string): this {
    this.description = String(t);
    return this;
  }
  setAllowResponseEdits(b: boolean): this {
    this.allowEdits = b === true;
    return this;
  }
  canEditResponse(): boolean {
    return this.allowEdits;
  }
  setCollectEmail(b: boolean): this {
    this.collectEmail = b === true;
    return this;
  }
  collectsEmail(): boolean {
    return this.collectEmail;
  }
  setConfirmationMessage(t: string): this {
    this.confirmation = String(t);
    return this;
  }
  setAcceptingResponses(b: boolean): this {
    this.accepting = b === true;
    return this;
  }
  isAcceptingResponses(): boolean {
    return this.accepting;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/1FAIpQL-${this.id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getItems(): FormItem[] {
    return this.items.map((i) => this.app._item(i));
  }
  get _log(): CallLog {
    return this.app._log;
  }
  /**
   * Form.createResponse(): a new response, not sent, to pre-fill (withItemResponse, toPrefilledUrl).
   * https://developers.google.com/apps-script/reference/forms/form#createResponse()
   */
  createResponse(): PrefilledResponseDouble {
    return counted(new PrefilledResponseDouble(this), 'FormResponse', this.app._log);
  }
  /**
   * Form.getResponses([timestamp]): every response the form holds (or those submitted at or after the
   * timestamp; an edited response counts from its latest submission), in the order they were first sent.
   * https://developers.google.com/apps-script/reference/forms/form#getResponses()
   */
  getResponses(timestamp?: Date): FormResponseDouble[] {
    const since = timestamp instanceof Date ? timestamp.getTime() : -Infinity;
    return this.responses
      .filter((r) => r.timestamp.getTime() >= since)
      .map((r) => counted(r, 'FormResponse', this.app._log));
  }
  /** Form.getResponse(responseId). https://developers.google.com/apps-script/reference/forms/form#getResponse(String) */
  getResponse(id: string): FormResponseDouble {
    const r = this.responses.find((x) => x.id === String(id));
    if (!r) throw new Error('Exception: No response with ID ' + id + ' exists for this form.');
    return counted(r, 'FormResponse', this.app._log);
  }
  /** Form.deleteResponse(responseId): the response leaves the form; rows already in a sheet stay. */
  deleteResponse(id: string): this {
    this.getResponse(id);
    this.responses = this.responses.filter((x) => x.id !== String(id));
    return this;
  }
  private add(type: ItemType): FormItem {
    const item = new FormItem(this, type, this.nextItemId++);
    this.items.push(item);
    return this.app._item(item);
  }
  addTextItem(): FormItem {
    return this.add('TEXT');
  }
  addParagraphTextItem(): FormItem {
    return this.add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem(): FormItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): FormItem {
    return this.add('CHECKBOX');
  }
  addListItem(): FormItem {
    return this.add('LIST');
  }
  addDateItem(): FormItem {
    return this.add('DATE');
  }
  addScaleItem(): FormItem {
    return this.add('SCALE');
  }
  getDestinationId(): string {
    if (this.destinationId === null)
      throw new Error('Exception: The form currently has no response destination.');
    return this.destinationId;
  }
  getDestinationType(): string {
    if (this.destinationId === null)
      throw new Error('Exception: The form currently has no response destination.');
    return 'SPREADSHEET';
  }
  /** Google adds a new sheet «Ответы на форму (N)» in front of the others, headed by the questions. */
  setDestination(type: string, id: string): this {
    if (type !== 'SPREADSHEET') throw new Error('Exception: Invalid argument: type');
    const ss = this.app._spreadsheet;
    if (id !== ss.id) throw new Error(`Exception: No item with the given ID could be found: ${id}`);
    this.unlink();
    let n = 1;
    while (ss._sheet(`Ответы на форму (${n})`)) n++;
    const sheet = ss._addSheet(`Ответы на форму (${n})`, 0);
    sheet._formUrl = `https://docs.google.com/forms/d/${this.id}/viewform`;
    sheet._frozenRows = 1;
    this.destinationId = id;
    this.responsesSheet = sheet;
    this.syncHeader();
    return this;
  }
  removeDestination(): this {
    this.unlink();
    return this;
  }
  private unlink(): void {
    if (this.responsesSheet) this.responsesSheet._formUrl = null;
    this.responsesSheet = null;
    this.destinationId = null;
  }
  /** A question added after linking gets its own column at the right, as Google does. */
  syncHeader(): string[] {
    const sheet = this.responsesSheet!;
    const header = ['Отметка времени'];
    for (let c = 2; c <= sheet._lastColumn(); c++) header.push(String(sheet._get(1, c) ?? ''));
    for (const item of this.items) if (!header.includes(item.title)) header.push(item.title);
    for (let i = 0; i < header.length; i++) sheet._set(1, i + 1, header[i]);
    return header;
  }
}

const dd = (n: number) => String(n).padStart(2, '0');
/** How e.values shows the timestamp in a ru_RU spreadsheet. */
const stamp = (d: Date) =>
  `${dd(d.getDate())}.${dd(d.getMonth() + 1)}.${d.getFullYear()} ${d.getHours()}:${dd(d.getMinutes())}:${dd(d.getSeconds())}`;

export type Answers = Record<string, string | string[]>;

export class FormAppDouble {
  readonly forms = new Map<string, FormDouble>();
  readonly DestinationType = { SPREADSHEET: 'SPREADSHEET' };
  readonly ItemType = Object.fromEntries(Object.keys(ITEM_CLASS).map((k) => [k, k]));
  private nextFormId = 1;
  private nextResponse = 0;
  private lastStamp: Date | null = null;
  constructor(
    private readonly env: ServiceEnv,
    readonly _spreadsheet: Spreadsheet,
  ) {}
  private get log(): CallLog {
    return this.env.log;
  }
  get _log(): CallLog {
    return this.env.log;
  }
  _item(item: FormItem): FormItem {
    return counted(item, ITEM_CLASS[item.type], this.log);
  }
  create(title: string): FormDouble {
    this.env.requireAuth('FormApp.create', ['FULL']);
    const form = new FormDouble(this, `form-${this.nextFormId++}`, String(title));
    this.forms.set(form.id, form);
    return counted(form, 'Form', this.log);
  }
  openById(id: string): FormDouble {
    this.env.requireAuth('FormApp.openById', ['FULL']);
    const form = this.forms.get(String(id));
    if (!form || form.deleted)
      throw new Error(
        'Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
      );
    return counted(form, 'Form', this.log);
  }
  openByUrl(url: string): FormDouble {
    const m = /\/forms\/d\/([\w-]+)/.exec(url);
    if (!m) throw new Error('Exception: Invalid argument: url');
    return this.openById(m[1]!);
  }
  createTextValidation(): TextValidationBuilder {
    return counted(new TextValidationBuilder(), 'TextValidationBuilder', this.log);
  }

  // ---- the test's side: Google Drive and the respondents ----

  /** The form moved to the bin: openById fails and its responses sheet is no longer linked. */
  _delete(id: string): void {
    const form = this.forms.get(id)!;
    form.deleted = true;
    form.removeDestination();
  }
  _form(title: string): FormDouble | undefined {
    return [...this.forms.values()].find((f) => !f.deleted && f.title === title);
  }
  /**
   * A respondent sends the form: Google checks required questions, choices and validation, appends the row
   * to the responses sheet and gives the event the spreadsheet's form-submit trigger receives.
   * `unchecked` skips Google's checks (an answer the form no longer constrains).
   */
  _submit(formId: string, answers: Answers, options: { unchecked?: boolean } = {}): FormSubmitEvent {
    const form = this.forms.get(formId)!;
    if (form.deleted || !form.accepting) throw new Error(`form ${formId} does not accept responses`);
    if (!options.unchecked)
      for (const item of form.items) {
        const why = item._reject(answers[item.title]);
        if (why) throw new Error(`Google Forms refuses the response: ${why}`);
      }
    if (!form.responsesSheet) throw new Error(`form ${formId} has no destination`);
    const sheet = form.responsesSheet;
    const row = Math.max(1, sheet._lastRow()) + 1;
    form.responseRows.push(row);
    const e = this.write(form, row, answers, false);
    form.responses.push(
      new FormResponseDouble(form, `2_ABaOnu${form.id}-${++this.nextResponse}`, this.lastStamp!, answers),
    );
    return e;
  }
  /**
   * The respondent edits a sent response (when the form allows it): Google rewrites the SAME row and fires
   * the trigger again; e.values / e.namedValues then carry only the edited answers, the others blank.
   */
  _edit(formId: string, responseIndex: number, answers: Answers): FormSubmitEvent {
    const form = this.forms.get(formId)!;
    if (!form.allowEdits) throw new Error(`form ${formId} does not allow editing responses`);
    const row = form.responseRows[responseIndex]!;
    const e = this.write(form, row, answers, true);
    const response = form.responses.find((r) => r.order === responseIndex);
    if (response) {
      // The form keeps the whole edited response under the same ID, stamped with the edit's time.
      response.answers = { ...response.answers, ...answers };
      response.timestamp = this.lastStamp!;
    }
    return e;
  }
  private write(form: FormDouble, row: number, answers: Answers, edit: boolean): FormSubmitEvent {
    const sheet = form.responsesSheet!;
    const header = form.syncHeader();
    for (const title of Object.keys(answers))
      if (!header.includes(title)) throw new Error(`form ${form.id} has no question «${title}»`);
    // A response takes a moment: every submission or edit gets a later timestamp, as Google's do.
    this.env.clock.advance(1000);
    const now = new this.env.DateCtor();
    this.lastStamp = new Date(now.getTime());
    const text = (a: string | string[] | undefined) => (Array.isArray(a) ? a.join(', ') : (a ?? ''));
    const cells: unknown[] = header.map((h, i) =>
      i === 0 ? now : h in answers ? text(answers[h]) : edit ? sheet._get(row, i + 1) : '',
    );
    // Google writes typed values: the double's setValues turns «12» and «10.11.2022» into number and date.
    raw(sheet._range(row, 1, 1, header.length)).setValues([cells]);
    const values = header.map((h, i) => (i === 0 ? stamp(now) : text(answers[h])));
    const namedValues = Object.fromEntries(header.map((h, i) => [h, [values[i]!]]));
    return {
      authMode: 'FULL',
      triggerUid: '',
      range: sheet._range(row, 1, 1, header.length),
      values,
      namedValues,
      source: this._spreadsheet._view(),
    };
  }
}

/** An answer made by ItemResponse-creating methods (TextItem.createResponse), for a pre-filled link. */
export class ItemResponseDouble {
  constructor(
    readonly item: FormItem,
    readonly response: string,
  ) {}
  getItem(): FormItem {
    return this.item;
  }
  getResponse(): string {
    return this.response;
  }
}

/**
 * Google's pre-filled link names each question by an «entry.N» ID of the published form, which is not the
 * item's getId(); the double makes that visible by numbering entries apart from items.
 */
const ENTRY_BASE = 1_000_000;

/** A response made by Form.createResponse(): only pre-filled, never submitted. */
export class PrefilledResponseDouble {
  readonly answers = new Map<number, string>();
  constructor(readonly form: FormDouble) {}
  /**
   * FormResponse.withItemResponse(response): adds (or replaces) the answer to that item.
   * https://developers.google.com/apps-script/reference/forms/form-response#withItemResponse(ItemResponse)
   */
  withItemResponse(r: ItemResponseDouble): this {
    const item = raw(r).item;
    if (raw(item.form) !== raw(this.form))
      throw new Error('Exception: Invalid argument: response (an item of another form)');
    this.answers.set(item.id, raw(r).response);
    return this;
  }
  /**
   * FormResponse.toPrefilledUrl(): the published form's address with the answers filled in
   * («viewform?usp=pp_url&entry.N=…», values URL-encoded).
   * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
   */
  toPrefilledUrl(): string {
    const q = [...this.answers].map(([id, v]) => `entry.${ENTRY_BASE + id}=${encodeURIComponent(v)}`);
    return `${this.form.getPublishedUrl()}?usp=pp_url${q.map((x) => `&${x}`).join('')}`;
  }
}

/** What a respondent opening a pre-filled link finds already answered: question title → answer. */
export function prefilledAnswers(form: FormDouble, url: string): Answers {
  const u = new URL(url);
  if (`${u.origin}${u.pathname}` !== form.getPublishedUrl()) throw new Error(`not a link of form ${form.id}`);
  const out: Answers = {};
  for (const [k, v] of u.searchParams) {
    const m = /^entry\.(\d+)$/.exec(k);
    const item = m ? form.items.find((i) => i.id === Number(m[1]) - ENTRY_BASE) : undefined;
    if (item) out[item.title] = v;
  }
  return out;
}

/** A date answer as Google stores it (YYYY-MM-DD); tests may type it the Russian way (ДД.ММ.ГГГГ). */
function isoDay(text: string): string {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}

/**
 * FormResponse: what the form itself keeps of one response. Its ID stays the same through the respondent's
 * edits, whatever happens to the rows of the responses sheet (deleted, sorted, moved), which is why the
 * add-on keys answers by it. https://developers.google.com/apps-script/reference/forms/form-response
 */
export class FormResponseDouble {
  readonly order: number;
  constructor(
    readonly form: FormDouble,
    readonly id: string,
    public timestamp: Date,
    public answers: Answers,
  ) {
    this.order = form.responses.length;
  }
  getId(): string {
    return this.id;
  }
  /** The time of the latest submission of this response (an edit renews it). */
  getTimestamp(): Date {
    return new Date(this.timestamp.getTime());
  }
  /** Only when the form collects e-mail addresses; '' otherwise. */
  getRespondentEmail(): string {
    return this.form.collectEmail ? String(this.answers['__email'] ?? '') : '';
  }
  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/1FAIpQL-${this.form.id}/viewform?edit2=${this.id}`;
  }
  /**
   * The answered items in the form's order: a CheckboxItem's answer is String[], others a String (a date as
   * YYYY-MM-DD); unanswered items are left out.
   * https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
   */
  getItemResponses(): { getItem(): FormItem; getResponse(): string | string[] }[] {
    const out: { getItem(): FormItem; getResponse(): string | string[] }[] = [];
    for (const item of this.form.items) {
      const a = this.answers[item.title];
      const list = a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)];
      if (list.every((x) => x.trim() === '')) continue;
      // A DateItem's answer is «YYYY-MM-DD», whatever the respondent's locale showed them.
      const value =
        item.type === 'CHECKBOX' ? list : item.type === 'DATE' ? isoDay(list.join(', ')) : list.join(', ');
      out.push({ getItem: () => item, getResponse: () => value });
    }
    return out;
  }
}
