/**
 * SpreadsheetApp of the double: spreadsheet, sheets, ranges, values, formats, notes, data validation,
 * conditional format rules, protection, frozen rows, column widths and developer metadata, with
 * Apps Script's semantics (1-based ranges, its dimension errors, Date cells, metadata that moves with
 * its column).
 */
import { type CallLog, counted, raw } from './calls';
import { type EmbeddedChart, type EmbeddedChartBuilder, SheetCharts } from './charts';
import {
  columnLetters,
  columnNumber,
  evaluateFormula,
  formulaValue,
  isTruthy,
  parseFormula,
} from './formula';
import { isZone, midnight, zonedSerial, zones } from './zone';

export type Cell = unknown;

export interface DoubleEnv {
  log: CallLog;
  DateCtor: DateConstructor;
  /** The clock (TODAY() reads it in the spreadsheet's zone). */
  now(): number;
  /** Throws when the current auth mode forbids touching the document. */
  requireDocumentAccess(what: string): void;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const DEFAULT_WIDTH = 100;

export class ValidationRule {
  constructor(
    readonly type: string,
    readonly values: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): ValidationBuilder {
    const b = new ValidationBuilder();
    Object.assign(b, {
      type: this.type,
      values: this.values,
      allowInvalid: this.allowInvalid,
      help: this.helpText,
    });
    return b;
  }
  _key(): string {
    return JSON.stringify([this.type, this.values, this.allowInvalid, this.helpText]);
  }
}

export class ValidationBuilder {
  type = '';
  values: unknown[] = [];
  allowInvalid = true;
  help = '';
  requireValueInList(values: string[], showDropdown = true): this {
    this.type = 'VALUE_IN_LIST';
    this.values = [[...values], showDropdown];
    return this;
  }
  requireCheckbox(): this {
    this.type = 'CHECKBOX';
    this.values = [];
    return this;
  }
  setAllowInvalid(b: boolean): this {
    this.allowInvalid = b;
    return this;
  }
  setHelpText(t: string): this {
    this.help = t;
    return this;
  }
  build(): ValidationRule {
    if (!this.type) throw new Error('Exception: The data validation rule has no criteria.');
    return new ValidationRule(this.type, this.values, this.allowInvalid, this.help);
  }
}

export class BooleanCondition {
  constructor(
    readonly type: string,
    readonly values: unknown[],
    readonly background: string | null,
    readonly fontColor: string | null,
  ) {}
  getCriteriaType(): string {
    return this.type;
  }
  getCriteriaValues(): unknown[] {
    return [...this.values];
  }
  getBackground(): string | null {
    return this.background;
  }
  getFontColor(): string | null {
    return this.fontColor;
  }
}

export class ConditionalRule {
  constructor(
    readonly ranges: Range[],
    readonly condition: BooleanCondition,
  ) {}
  getRanges(): Range[] {
    return [...this.ranges];
  }
  getBooleanCondition(): BooleanCondition {
    return this.condition;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalRuleBuilder {
    const b = new ConditionalRuleBuilder();
    b.ranges = [...this.ranges];
    b.type = this.condition.type;
    b.values = [...this.condition.values];
    b.background = this.condition.background;
    b.fontColor = this.condition.fontColor;
    return b;
  }
}

export class ConditionalRuleBuilder {
  ranges: Range[] = [];
  type = '';
  values: unknown[] = [];
  background: string | null = null;
  fontColor: string | null = null;
  whenFormulaSatisfied(formula: string): this {
    this.type = 'CUSTOM_FORMULA';
    this.values = [formula];
    return this;
  }
  whenCellEmpty(): this {
    this.type = 'CELL_EMPTY';
    this.values = [];
    return this;
  }
  whenTextContains(t: string): this {
    this.type = 'TEXT_CONTAINS';
    this.values = [t];
    return this;
  }
  setBackground(c: string | null): this {
    this.background = c;
    return this;
  }
  setFontColor(c: string | null): this {
    this.fontColor = c;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.ranges = ranges.map((r) => raw(r));
    return this;
  }
  build(): ConditionalRule {
    if (!this.type) throw new Error('Exception: The conditional format rule has no condition.');
    if (this.ranges.length === 0)
      throw new Error('Exception: The conditional format rule must have at least one range.');
    return new ConditionalRule(
      this.ranges,
      new BooleanCondition(this.type, this.values, this.background, this.fontColor),
    );
  }
}

export class Protection {
  description = '';
  warningOnly = false;
  removed = false;
  constructor(
    readonly sheet: Sheet,
    public range: Range | null,
  ) {}
  setDescription(d: string): this {
    this.description = d;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(b: boolean): this {
    this.warningOnly = b;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getRange(): Range | null {
    return this.range;
  }
  setRange(r: Range): this {
    this.range = raw(r);
    return this;
  }
  getProtectionType(): string {
    return this.range ? 'RANGE' : 'SHEET';
  }
  remove(): void {
    this.removed = true;
    this.sheet._protections = this.sheet._protections.filter((p) => p !== this);
  }
}

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: Sheet }
  | { type: 'COLUMN'; sheet: Sheet; column: number };

export class DeveloperMetadata {
  constructor(
    readonly ss: Spreadsheet,
    public key: string,
    public value: string | null,
    public location: MetadataLocation,
    readonly id: number,
  ) {}
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  getId(): number {
    return this.id;
  }
  setValue(v: string): this {
    this.value = v;
    return this;
  }
  remove(): void {
    this.ss._metadata = this.ss._metadata.filter((m) => m !== this);
  }
  getLocation(): MetadataLocationView {
    return counted(new MetadataLocationView(this), 'DeveloperMetadataLocation', this.ss.env.log);
  }
}

export class MetadataLocationView {
  constructor(readonly md: DeveloperMetadata) {}
  getLocationType(): string {
    return this.md.location.type;
  }
  getSheet(): Sheet | null {
    const l = this.md.location;
    return l.type === 'SHEET' ? l.sheet._view() : null;
  }
  getColumn(): Range | null {
    const l = this.md.location;
    if (l.type !== 'COLUMN') return null;
    return l.sheet._range(1, l.column, l.sheet._maxRows, 1);
  }
}

export class MetadataFinder {
  private key: string | null = null;
  private value: string | null = null;
  private type: string | null = null;
  constructor(
    private readonly ss: Spreadsheet,
    private readonly scope: Sheet | null,
  ) {}
  withKey(k: string): this {
    this.key = k;
    return this;
  }
  withValue(v: string): this {
    this.value = v;
    return this;
  }
  withLocationType(t: string): this {
    this.type = t;
    return this;
  }
  find(): DeveloperMetadata[] {
    return this.ss._metadata
      .filter((m) => this.key === null || m.key === this.key)
      .filter((m) => this.value === null || m.value === this.value)
      .filter((m) => this.type === null || m.location.type === this.type)
      .filter((m) => !this.scope || ('sheet' in m.location && m.location.sheet === this.scope))
      .map((m) => counted(m, 'DeveloperMetadata', this.ss.env.log));
  }
}

/**
 * A cell holding a formula: what setValue(s) makes of text that begins with «=». getValues() gives its value,
 * getFormulas() the formula. Google: «If it begins with '=' it is interpreted as a formula»
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue) and getFormulas()
 * gives «an empty string for cells without a formula»
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas).
 */
export class FormulaCell {
  constructor(
    readonly formula: string,
    readonly value: unknown,
  ) {}
}

/**
 * The value of a formula the double can evaluate (formula.ts) at the time it is written; anything else reads as
 * Sheets shows a formula it cannot compute. The double does not recalculate later.
 */
function formulaCell(formula: string, sheet: Sheet): FormulaCell {
  try {
    const v = evaluateFormula(parseFormula(formula), {
      cell: (r, c) => {
        const v = sheet._get(r, c);
        return formulaValue(v instanceof FormulaCell ? v.value : v, sheet.ss._timeZone);
      },
      // TODAY() is the day in the spreadsheet's zone.
      today: () => Math.floor(zonedSerial(sheet.ss._timeZone, sheet.ss.env.now())),
    });
    return new FormulaCell(formula, v ?? '');
  } catch {
    return new FormulaCell(formula, '#ERROR!');
  }
}

/**
 * Converts text the way Sheets does on setValue(s) when the cell's format is automatic (ru_RU). A leading
 * apostrophe forces text and is not part of the value: getValues() gives the text without it (Docs Editors Help,
 * «Format numbers in a spreadsheet»: https://support.google.com/docs/answer/56470); text that begins with «=»
 * becomes a formula (see FormulaCell), except on a form's responses sheet: Google Forms stores each answer as a
 * value, so an answer «=1+1» stays that text there (the forms double writes answers through setValues).
 * Typed «10.11.2022» becomes a date cell: midnight of that day in the spreadsheet's zone.
 */
function autoConvert(v: unknown, DateCtor: DateConstructor, plainText: boolean, sheet: Sheet): unknown {
  const zone = sheet.ss._timeZone;
  if (typeof v !== 'string') return v;
  if (v.startsWith("'")) return v.slice(1);
  if (plainText) return v;
  if (v.startsWith('=') && v.length > 1 && sheet._formUrl === null) return formulaCell(v, sheet);
  if (/^-?\d+(?:[.,]\d+)?$/.test(v.trim())) return Number(v.trim().replace(',', '.'));
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(v);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const at = new DateCtor(
      midnight(zone, `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const w = zones.wall(zone, at.getTime());
    if (w.day === d && w.month === mo) return at;
  }
  return v;
}

function cloneCell(v: unknown, DateCtor: DateConstructor): unknown {
  if (v === undefined || v === null) return '';
  if (v instanceof FormulaCell) return cloneCell(v.value, DateCtor);
  if (v instanceof Date) return new DateCtor(v.getTime());
  return v;
}

export class Range {
  constructor(
    readonly sheet: Sheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1) throw new Error('Exception: Those rows are out of bounds.');
    if (numRows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
  }
  private get env(): DoubleEnv {
    return this.sheet.ss.env;
  }
  private each<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(fn(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }
  /** Calls fn for each value of a grid laid on this range (sheet row and column, 1-based). */
  private put<T>(grid: T[][], fn: (row: number, column: number, v: T) => void): void {
    for (let r = 0; r < grid.length; r++) {
      const line = grid[r]!;
      for (let c = 0; c < line.length; c++) fn(this.row + r, this.column + c, line[c]!);
    }
  }
  private checkDims(values: unknown[][], what = 'data'): void {
    if (!Array.isArray(values) || values.length !== this.numRows)
      throw new Error(
        `Exception: The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${Array.isArray(values) ? values.length : 0} but the range has ${this.numRows}.`,
      );
    for (const line of values)
      if (!Array.isArray(line) || line.length !== this.numColumns)
        throw new Error(
          `Exception: The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${Array.isArray(line) ? line.length : 0} but the range has ${this.numColumns}.`,
        );
  }
  private touch(): void {
    this.env.requireDocumentAccess('SpreadsheetApp');
    this.sheet._ensureSize(this.row + this.numRows - 1, this.column + this.numColumns - 1);
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getSheet(): Sheet {
    return this.sheet._view();
  }
  getA1Notation(): string {
    const a = `${columnLetters(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return a;
    return `${a}:${columnLetters(this.getLastColumn())}${this.getLastRow()}`;
  }
  getValues(): unknown[][] {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return this.each((r, c) => cloneCell(this.sheet._get(r, c), this.env.DateCtor));
  }
  /** A date cell shows its wall-clock day in the spreadsheet's zone (ДД.ММ.ГГГГ, the ru_RU date format). */
  getDisplayValues(): string[][] {
    return this.each((r, c) => {
      const stored = this.sheet._get(r, c);
      const v = stored instanceof FormulaCell ? stored.value : stored;
      if (v instanceof Date) {
        const w = zones.wall(this.sheet.ss._timeZone, v.getTime());
        return `${String(w.day).padStart(2, '0')}.${String(w.month).padStart(2, '0')}.${w.year}`;
      }
      // Displayed values follow the spreadsheet's locale (ru_RU): a decimal comma
      // (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()).
      if (typeof v === 'number') return String(v).replace('.', ',');
      return v === undefined || v === null ? '' : String(v);
    });
  }
  getValue(): unknown {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return cloneCell(this.sheet._get(this.row, this.column), this.env.DateCtor);
  }
  /** The formulas of the range; '' for a cell without one (see FormulaCell). */
  getFormulas(): string[][] {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return this.each((r, c) => {
      const v = this.sheet._get(r, c);
      return v instanceof FormulaCell ? v.formula : '';
    });
  }
  getFormula(): string {
    return this.getFormulas()[0]![0]!;
  }
  setValues(values: unknown[][]): this {
    this.checkDims(values);
    this.touch();
    this.put(values, (r, c, v) => {
      const text = this.sheet._fmt.get(`${r}:${c}`) === '@';
      this.sheet._set(r, c, autoConvert(v, this.env.DateCtor, text, this.sheet));
    });
    return this;
  }
  setValue(v: unknown): this {
    this.touch();
    this.each((r, c) =>
      this.sheet._set(
        r,
        c,
        autoConvert(v, this.env.DateCtor, this.sheet._fmt.get(`${r}:${c}`) === '@', this.sheet),
      ),
    );
    return this;
  }
  clearContent(): this {
    this.touch();
    this.each((r, c) => this.sheet._set(r, c, ''));
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#clearNote() */
  clearNote(): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._notes, r, c, ''));
    return this;
  }
  /**
   * Copies this range's cells to `destination` (only its top-left cell counts), in the same spreadsheet
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range,Object)):
   * `{contentsOnly: true}` copies values and formulas, `{formatOnly: true}` formats and validation, neither
   * both, with notes. Google moves a formula's relative references by the offset; the double has no formula
   * rewriting, so it refuses to copy a formula to another position rather than copy it wrong.
   */
  copyTo(destination: Range, options: { contentsOnly?: boolean; formatOnly?: boolean } = {}): void {
    const to = raw(destination);
    if (to.sheet.ss !== this.sheet.ss)
      throw new Error('Exception: Target range and source range must be on the same spreadsheet.');
    this.touch();
    const target = to.sheet._range(to.row, to.column, this.numRows, this.numColumns);
    raw(target).touch();
    const contents = !options.formatOnly;
    const formats = !options.contentsOnly;
    const from = this.sheet;
    const dest = to.sheet;
    const cells: {
      r: number;
      c: number;
      v: unknown;
      maps: (string | undefined)[];
      rule?: ValidationRule;
      note?: string;
    }[] = [];
    const maps = [from._bg, from._weight, from._fontColor, from._wrap, from._fmt];
    this.each((r, c) => {
      const k = `${r}:${c}`;
      cells.push({
        r: r - this.row + to.row,
        c: c - this.column + to.column,
        v: from._get(r, c),
        maps: maps.map((m) => m.get(k)),
        rule: from._validation.get(k),
        note: from._notes.get(k),
      });
    });
    const moved = to.row !== this.row || to.column !== this.column;
    if (contents && moved && cells.some((x) => x.v instanceof FormulaCell))
      throw new Error('double: copying formulas to another position (reference shifting) is not modelled');
    const destMaps = [dest._bg, dest._weight, dest._fontColor, dest._wrap, dest._fmt];
    for (const x of cells) {
      if (contents) dest._set(x.r, x.c, x.v === undefined ? '' : x.v);
      if (formats) {
        destMaps.forEach((m, i) => {
          dest._setMap(m, x.r, x.c, x.maps[i] ?? '');
        });
        if (x.rule) dest._validation.set(`${x.r}:${x.c}`, x.rule);
        else dest._validation.delete(`${x.r}:${x.c}`);
        dest._setMap(dest._notes, x.r, x.c, x.note ?? '');
      }
    }
  }
  getNotes(): string[][] {
    return this.each((r, c) => this.sheet._notes.get(`${r}:${c}`) ?? '');
  }
  setNotes(notes: string[][]): this {
    this.checkDims(notes, 'data');
    this.touch();
    this.put(notes, (r, c, n) => {
      this.sheet._setMap(this.sheet._notes, r, c, n);
    });
    return this;
  }
  setNote(note: string): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._notes, r, c, note));
    return this;
  }
  getNote(): string {
    return this.sheet._notes.get(`${this.row}:${this.column}`) ?? '';
  }
  getBackgrounds(): string[][] {
    return this.each((r, c) => this.sheet._bg.get(`${r}:${c}`) ?? '#ffffff');
  }
  getBackground(): string {
    return this.sheet._bg.get(`${this.row}:${this.column}`) ?? '#ffffff';
  }
  setBackground(color: string | null): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._bg, r, c, color ?? ''));
    return this;
  }
  setBackgrounds(colors: string[][]): this {
    this.checkDims(colors);
    this.touch();
    this.put(colors, (r, c, v) => {
      this.sheet._setMap(this.sheet._bg, r, c, v);
    });
    return this;
  }
  setFontWeight(w: string | null): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._weight, r, c, w === 'bold' ? 'bold' : ''));
    return this;
  }
  getFontWeights(): string[][] {
    return this.each((r, c) => this.sheet._weight.get(`${r}:${c}`) || 'normal');
  }
  setFontColor(color: string | null): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._fontColor, r, c, color ?? ''));
    return this;
  }
  setWrap(b: boolean): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._wrap, r, c, b ? 'wrap' : ''));
    return this;
  }
  setVerticalAlignment(_a: string): this {
    return this;
  }
  setNumberFormat(f: string): this {
    this.touch();
    this.each((r, c) => this.sheet._setMap(this.sheet._fmt, r, c, f));
    return this;
  }
  getNumberFormats(): string[][] {
    return this.each((r, c) => this.sheet._fmt.get(`${r}:${c}`) ?? '');
  }
  setDataValidation(rule: ValidationRule | null): this {
    this.touch();
    this.each((r, c) => {
      const key = `${r}:${c}`;
      if (rule) this.sheet._validation.set(key, raw(rule));
      else this.sheet._validation.delete(key);
    });
    return this;
  }
  getDataValidations(): (ValidationRule | null)[][] {
    return this.each((r, c) => this.sheet._validation.get(`${r}:${c}`) ?? null);
  }
  getDataValidation(): ValidationRule | null {
    return this.sheet._validation.get(`${this.row}:${this.column}`) ?? null;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  protect(): Protection {
    this.env.requireDocumentAccess('SpreadsheetApp');
    const p = new Protection(this.sheet, this);
    this.sheet._protections.push(p);
    return counted(p, 'Protection', this.env.log);
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.env.requireDocumentAccess('SpreadsheetApp');
    if (this.row !== 1 || this.numRows !== this.sheet._maxRows)
      throw new Error('Exception: Developer metadata can only be added to whole rows, columns or sheets.');
    for (let c = 0; c < this.numColumns; c++)
      this.sheet.ss._addMetadata(key, value ?? null, {
        type: 'COLUMN',
        sheet: this.sheet,
        column: this.column + c,
      });
    return this;
  }
  /**
   * Sorts the range's rows by columns (sheet column numbers, as `2`, `{column: 2, ascending: false}` or a
   * list of them); only the range's cells move, so a header row outside the range stays
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)).
   */
  sort(sortSpecObj: unknown): this {
    this.touch();
    const specs = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const keys = specs.map((spec) => {
      const k =
        typeof spec === 'number'
          ? { column: spec, ascending: true }
          : {
              column: Number((spec as { column?: unknown })?.column),
              ascending: (spec as { ascending?: unknown })?.ascending !== false,
            };
      if (!Number.isInteger(k.column) || k.column < this.column || k.column > this.getLastColumn())
        throw new Error(
          `Exception: The sort column ${k.column} is outside the range ${this.getA1Notation()}.`,
        );
      return k;
    });
    this.sheet._sortRows(this.row, this.getLastRow(), this.column, this.getLastColumn(), keys);
    return this;
  }
  /** Selects the range, as the curator would: its sheet becomes active and the range the selection. */
  activate(): this {
    this.sheet.ss._active = this.sheet;
    this.sheet._activeRange = this;
    return this;
  }
}

export class Sheet {
  /** The selected range (Range.activate / setActiveSelection), null until something is selected. */
  _activeRange: Range | null = null;
  _values = new Map<number, unknown[]>();
  _notes = new Map<string, string>();
  _bg = new Map<string, string>();
  _weight = new Map<string, string>();
  _fontColor = new Map<string, string>();
  _wrap = new Map<string, string>();
  _fmt = new Map<string, string>();
  _validation = new Map<string, ValidationRule>();
  _widths = new Map<number, number>();
  /** Columns hidden (hideColumns / the curator's «Скрыть столбец»). */
  _hiddenColumns = new Set<number>();
  _protections: Protection[] = [];
  _rules: ConditionalRule[] = [];
  _frozenRows = 0;
  _maxRows = DEFAULT_ROWS;
  _maxColumns = DEFAULT_COLUMNS;
  _deleted = false;
  /** Sheet.hideSheet: hidden from the tabs, still there for scripts. */
  _hidden = false;
  /** The form whose responses Google writes here (FormApp double), null for an ordinary sheet. */
  _formUrl: string | null = null;
  private view: Sheet | null = null;
  private charts: SheetCharts | null = null;
  /** The sheet's embedded charts (see charts.ts). */
  get _charts(): SheetCharts {
    this.charts ??= new SheetCharts(this.ss.env.log);
    return this.charts;
  }

  constructor(
    readonly ss: Spreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  _view(): Sheet {
    this.view ??= counted(this, 'Sheet', this.ss.env.log);
    return this.view;
  }
  _get(r: number, c: number): unknown {
    return this._values.get(r)?.[c - 1];
  }
  _set(r: number, c: number, v: unknown): void {
    let line = this._values.get(r);
    if (!line) {
      if (v === '' || v === null || v === undefined) return;
      line = [];
      this._values.set(r, line);
    }
    line[c - 1] = v === null || v === undefined ? '' : v;
  }
  _setMap(map: Map<string, string>, r: number, c: number, v: string): void {
    if (v === '') map.delete(`${r}:${c}`);
    else map.set(`${r}:${c}`, v);
  }
  _ensureSize(rows: number, columns: number): void {
    if (rows > this._maxRows || columns > this._maxColumns)
      throw new Error(`Exception: Range (${rows}, ${columns}) is out of bounds of sheet «${this.name}».`);
  }
  _range(row: number, column: number, numRows = 1, numColumns = 1): Range {
    return counted(new Range(this, row, column, numRows, numColumns), 'Range', this.ss.env.log);
  }
  _lastRow(): number {
    let last = 0;
    for (const [r, line] of this._values)
      if (line.some((v) => v !== '' && v !== undefined) && r > last) last = r;
    return last;
  }
  _lastColumn(): number {
    let last = 0;
    for (const line of this._values.values())
      line.forEach((v, i) => {
        if (v !== '' && v !== undefined && i + 1 > last) last = i + 1;
      });
    return last;
  }
  /** Moves every per-cell map and column metadata by a column permutation (old → new column). */
  private remapColumns(map: (c: number) => number | null): void {
    for (const [r, line] of this._values) {
      const next: unknown[] = [];
      line.forEach((v, i) => {
        const to = map(i + 1);
        if (to !== null) next[to - 1] = v;
      });
      this._values.set(r, next);
    }
    for (const m of [this._notes, this._bg, this._weight, this._fontColor, this._wrap, this._fmt] as Map<
      string,
      unknown
    >[]) {
      const entries = [...m];
      m.clear();
      for (const [k, v] of entries) {
        const [r, c] = k.split(':').map(Number) as [number, number];
        const to = map(c);
        if (to !== null) m.set(`${r}:${to}`, v);
      }
    }
    const vEntries = [...this._validation];
    this._validation.clear();
    for (const [k, v] of vEntries) {
      const [r, c] = k.split(':').map(Number) as [number, number];
      const to = map(c);
      if (to !== null) this._validation.set(`${r}:${to}`, v);
    }
    const widths = [...this._widths];
    this._widths.clear();
    for (const [c, w] of widths) {
      const to = map(c);
      if (to !== null) this._widths.set(to, w);
    }
    const hidden = [...this._hiddenColumns];
    this._hiddenColumns.clear();
    for (const c of hidden) {
      const to = map(c);
      if (to !== null) this._hiddenColumns.add(to);
    }
    for (const md of [...this.ss._metadata]) {
      if (md.location.type === 'COLUMN' && md.location.sheet === this) {
        const to = map(md.location.column);
        if (to === null) md.remove();
        else md.location = { ...md.location, column: to };
      }
    }
  }

  newChart(): EmbeddedChartBuilder {
    return this._charts.newChart();
  }
  insertChart(chart: EmbeddedChart): void {
    this.ss.env.requireDocumentAccess('Sheet.insertChart');
    this._charts.insert(chart);
  }
  getCharts(): EmbeddedChart[] {
    return this._charts.list();
  }
  removeChart(chart: EmbeddedChart): void {
    this._charts.remove(chart);
  }
  updateChart(chart: EmbeddedChart): void {
    this._charts.update(chart);
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    if (this.ss._sheets.some((s) => s !== this && s.name === name))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    this.name = name;
    return this;
  }
  getSheetId(): number {
    return this.id;
  }
  getFormUrl(): string | null {
    return this._formUrl;
  }
  getIndex(): number {
    return this.ss._sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this.ss._view();
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string') return this._a1(a);
    if (column === undefined)
      throw new Error("Exception: The parameters (number) don't match the method signature.");
    return this._range(a, column, numRows ?? 1, numColumns ?? 1);
  }
  _a1(a1: string): Range {
    const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.trim());
    if (!m) throw new Error(`Exception: Range not found: ${a1}`);
    const c1 = columnNumber(m[1]!);
    const c2 = m[3] ? columnNumber(m[3]) : c1;
    const r1 = m[2] ? Number(m[2]) : 1;
    const r2 = m[4] ? Number(m[4]) : m[2] && !m[3] ? r1 : this._maxRows;
    return this._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }
  getDataRange(): Range {
    this.ss.env.requireDocumentAccess('SpreadsheetApp');
    return this._range(1, 1, Math.max(1, this._lastRow()), Math.max(1, this._lastColumn()));
  }
  getLastRow(): number {
    return this._lastRow();
  }
  getLastColumn(): number {
    return this._lastColumn();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  /**
   * Inserts rows after a row: everything below moves down with its notes, formats and validation, and a
   * conditional-format or protected range spanning the insertion grows
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)).
   */
  insertRowsAfter(after: number, n: number): this {
    if (!Number.isInteger(after) || after < 0 || after > this._maxRows)
      throw new Error('Exception: Those rows are out of bounds.');
    if (!Number.isInteger(n) || n < 1) throw new Error('Exception: The number of rows must be at least 1.');
    this._maxRows += n;
    this.remapRows((r) => (r > after ? r + n : r));
    this.moveRanges((first, last) => [first > after ? first + n : first, last > after ? last + n : last]);
    return this;
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer) */
  insertRowsBefore(before: number, n: number): this {
    if (!Number.isInteger(before) || before < 1 || before > this._maxRows)
      throw new Error('Exception: Those rows are out of bounds.');
    return this.insertRowsAfter(before - 1, n);
  }
  insertRowBefore(before: number): this {
    return this.insertRowsBefore(before, 1);
  }
  /**
   * Deletes rows; the rows below move up with their notes, formats and validation, ranges shrink
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)).
   * Sheets refuses to delete every non-frozen row.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    const last = rowPosition + howMany - 1;
    if (!Number.isInteger(rowPosition) || !Number.isInteger(howMany) || howMany < 1 || rowPosition < 1)
      throw new Error('Exception: Those rows are out of bounds.');
    if (last > this._maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (rowPosition > this._frozenRows && rowPosition <= this._frozenRows + 1 && last >= this._maxRows)
      throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    const gone = (r: number) => r >= rowPosition && r <= last;
    const to = (r: number) => (gone(r) ? null : r > last ? r - howMany : r);
    this.remapRows(to);
    this.moveRanges((first, lastRow) => {
      let a = first;
      while (a <= lastRow && gone(a)) a++;
      let b = lastRow;
      while (b >= a && gone(b)) b--;
      return a > b ? null : [to(a)!, to(b)!];
    });
    this._maxRows -= howMany;
  }
  insertColumnsAfter(after: number, n: number): this {
    this._maxColumns += n;
    this.remapColumns((c) => (c > after ? c + n : c));
    return this;
  }
  insertColumnAfter(after: number): this {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnBefore(before: number): this {
    return this.insertColumnsAfter(before - 1, 1);
  }
  deleteColumn(column: number): this {
    this.remapColumns((c) => (c === column ? null : c > column ? c - 1 : c));
    this._maxColumns -= 1;
    return this;
  }
  deleteRow(row: number): this {
    this.deleteRows(row, 1);
    return this;
  }
  /**
   * Sorts the rows below the frozen ones by a column (whole rows move)
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)).
   */
  sort(columnPosition: number, ascending = true): this {
    const last = this._lastRow();
    if (last > this._frozenRows)
      this._sortRows(this._frozenRows + 1, last, 1, this._maxColumns, [
        { column: columnPosition, ascending },
      ]);
    return this;
  }
  /**
   * Reorders rows first..last by the keys, moving the cells of columns c1..c2 (values, notes, formats and
   * validation go with their cell). Sheets' order: numbers and dates, then text (case-insensitive), then
   * booleans; blank cells stay last in either direction. The sort is stable.
   */
  _sortRows(
    first: number,
    last: number,
    c1: number,
    c2: number,
    keys: { column: number; ascending: boolean }[],
  ): void {
    const rank = (v: unknown) =>
      v === '' || v === null || v === undefined
        ? 3
        : typeof v === 'number' || v instanceof Date
          ? 0
          : typeof v === 'boolean'
            ? 2
            : 1;
    const cmp = (a: unknown, b: unknown): number => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra !== rb) return ra - rb;
      if (ra === 0)
        return Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b);
      if (ra === 1) return String(a).localeCompare(String(b), 'ru', { sensitivity: 'base' });
      if (ra === 2) return Number(a) - Number(b);
      return 0;
    };
    const rows: number[] = [];
    for (let r = first; r <= last; r++) rows.push(r);
    const sorted = [...rows].sort((x, y) => {
      for (const k of keys) {
        const a = this._get(x, k.column);
        const b = this._get(y, k.column);
        const blank = rank(a) === 3 || rank(b) === 3;
        const d = cmp(a, b);
        if (d !== 0) return blank || k.ascending ? d : -d;
      }
      return x - y;
    });
    const to = new Map(sorted.map((from, i) => [from, first + i]));
    this.remapRows((r) => to.get(r) ?? r, c1, c2);
  }
  /** Moves every per-cell map of rows by a row map (old → new row, null: deleted), within columns c1..c2. */
  private remapRows(map: (r: number) => number | null, c1 = 1, c2 = Number.POSITIVE_INFINITY): void {
    const inCols = (c: number) => c >= c1 && c <= c2;
    const lines = [...this._values];
    const next = new Map<number, unknown[]>();
    for (const [r, line] of lines)
      if (c1 > 1 || c2 !== Number.POSITIVE_INFINITY) {
        // Only some columns move: keep the others where they are.
        const keep = line.map((v, i) => (inCols(i + 1) ? undefined : v));
        const cur = next.get(r) ?? [];
        keep.forEach((v, i) => {
          if (v !== undefined) cur[i] = v;
        });
        next.set(r, cur);
      }
    for (const [r, line] of lines) {
      const to = map(r);
      if (to === null) continue;
      const cur = next.get(to) ?? [];
      line.forEach((v, i) => {
        if (inCols(i + 1)) cur[i] = v;
      });
      next.set(to, cur);
    }
    this._values = new Map(
      [...next].map(([r, line]) => [r, Array.from(line, (v) => (v === undefined ? '' : v))]),
    );
    for (const m of [
      this._notes,
      this._bg,
      this._weight,
      this._fontColor,
      this._wrap,
      this._fmt,
      this._validation,
    ] as Map<string, unknown>[]) {
      const entries = [...m];
      for (const [k] of entries) {
        const c = Number(k.split(':')[1]);
        if (inCols(c)) m.delete(k);
      }
      for (const [k, v] of entries) {
        const [r, c] = k.split(':').map(Number) as [number, number];
        if (!inCols(c)) continue;
        const to = map(r);
        if (to !== null) m.set(`${to}:${c}`, v);
      }
    }
  }
  /** Moves or shrinks the rows of conditional-format and protected ranges (null: the range is gone). */
  private moveRanges(move: (first: number, last: number) => [number, number] | null): void {
    const moved = (range: Range): Range | null => {
      const r = move(range.row, range.getLastRow());
      if (!r) return null;
      return new Range(this, r[0], range.column, r[1] - r[0] + 1, range.numColumns);
    };
    this._rules = this._rules.flatMap((rule) => {
      const ranges = rule.ranges.map(moved).filter((x): x is Range => x !== null);
      return ranges.length === 0 ? [] : [new ConditionalRule(ranges, rule.condition)];
    });
    for (const p of this._protections)
      if (p.range) {
        const r = moved(p.range);
        if (r) p.range = r;
        else p.remove();
      }
  }
  /** Moves whole columns as Sheets does when the curator drags them. */
  moveColumns(columnSpec: Range, destinationIndex: number): void {
    const spec = raw(columnSpec);
    const from = spec.column;
    const count = spec.numColumns;
    const order: number[] = [];
    for (let c = 1; c <= this._maxColumns; c++) if (c < from || c >= from + count) order.push(c);
    const moved = Array.from({ length: count }, (_, i) => from + i);
    const insertAt = order.filter((c) => c < destinationIndex).length;
    order.splice(insertAt, 0, ...moved);
    const to = new Map(order.map((c, i) => [c, i + 1]));
    this.remapColumns((c) => to.get(c) ?? c);
  }
  setFrozenRows(n: number): this {
    this._frozenRows = n;
    return this;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this._widths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): this {
    for (let c = start; c < start + n; c++) this._widths.set(c, width);
    return this;
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer) — hides
   * columns from 1-based `columnIndex`; outside the sheet is an error.
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > this._maxColumns)
      throw new Error('Exception: Those columns are out of bounds.');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.add(c);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showColumns(Integer,Integer) */
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._hiddenColumns.delete(c);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isColumnHiddenByUser(Integer) */
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenColumns.has(columnPosition);
  }
  getColumnWidth(column: number): number {
    return this._widths.get(column) ?? DEFAULT_WIDTH;
  }
  getConditionalFormatRules(): ConditionalRule[] {
    return [...this._rules];
  }
  setConditionalFormatRules(rules: ConditionalRule[]): void {
    this.ss.env.requireDocumentAccess('SpreadsheetApp');
    for (const r of rules)
      for (const range of r.ranges)
        if (range.sheet !== this)
          throw new Error('Exception: A conditional format rule cannot reference a different sheet.');
    this._rules = rules.map((r) => raw(r));
  }
  getProtections(type: string): Protection[] {
    return this._protections
      .filter((p) => p.getProtectionType() === type)
      .map((p) => counted(p, 'Protection', this.ss.env.log));
  }
  protect(): Protection {
    const p = new Protection(this, null);
    this._protections.push(p);
    return counted(p, 'Protection', this.ss.env.log);
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.ss._addMetadata(key, value ?? null, { type: 'SHEET', sheet: this });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.ss._metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheet === this)
      .map((m) => counted(m, 'DeveloperMetadata', this.ss.env.log));
  }
  createDeveloperMetadataFinder(): MetadataFinder {
    return counted(new MetadataFinder(this.ss, this), 'DeveloperMetadataFinder', this.ss.env.log);
  }
  activate(): this {
    this.ss._active = this;
    return this;
  }
  setActiveSelection(a1OrRange: string | Range): Range {
    const range = typeof a1OrRange === 'string' ? raw(this.getRange(a1OrRange)) : raw(a1OrRange);
    raw(range).activate();
    return counted(range, 'Range', this.ss.env.log);
  }
  getActiveRange(): Range | null {
    return this._activeRange ? counted(this._activeRange, 'Range', this.ss.env.log) : null;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#showSheet() */
  showSheet(): this {
    this._hidden = false;
    return this;
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet() — Sheets keeps one
   * sheet visible: hiding the last visible one is refused.
   */
  hideSheet(): this {
    if (!this._hidden && this.ss._sheets.filter((x) => !x._hidden).length <= 1)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isSheetHidden() */
  isSheetHidden(): boolean {
    return this._hidden;
  }
  /**
   * Copies the sheet into a spreadsheet (here: the same one), at the end, named «Copy of <name>»
   * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)): values,
   * formulas, formats, notes, validation, column widths, frozen rows, size and conditional format rules
   * (on the copy's ranges). Range protections are not copied, a whole-sheet protection is (Google's copies
   * behave so: https://gist.github.com/tanaikech/b22a76d419a6bdbfa064f5b31f6eae8e). Google's reference does
   * not say whether developer metadata goes with the copy; the double copies it (sheet and column tags),
   * the harsher case for code that finds sheets by their tags.
   */
  copyTo(spreadsheet: Spreadsheet): Sheet {
    const ss = raw(spreadsheet);
    if (ss !== this.ss) throw new Error('double: copying a sheet to another spreadsheet is not modelled');
    let name = `Copy of ${this.name}`;
    for (let i = 2; ss._sheets.some((x) => x.name === name); i++) name = `Copy of ${this.name} ${i}`;
    const copy = ss._addSheet(name);
    for (const [r, line] of this._values) copy._values.set(r, [...line]);
    const pairs: [Map<string, unknown>, Map<string, unknown>][] = [
      [this._notes, copy._notes],
      [this._bg, copy._bg],
      [this._weight, copy._weight],
      [this._fontColor, copy._fontColor],
      [this._wrap, copy._wrap],
      [this._fmt, copy._fmt],
      [this._validation, copy._validation],
    ];
    for (const [from, to] of pairs) for (const [k, v] of from) to.set(k, v);
    for (const [c, w] of this._widths) copy._widths.set(c, w);
    copy._frozenRows = this._frozenRows;
    for (const c of this._hiddenColumns) copy._hiddenColumns.add(c);
    copy._maxRows = this._maxRows;
    copy._maxColumns = this._maxColumns;
    copy._rules = this._rules.map(
      (rule) =>
        new ConditionalRule(
          rule.ranges.map((x) => new Range(copy, x.row, x.column, x.numRows, x.numColumns)),
          rule.condition,
        ),
    );
    for (const p of this._protections)
      if (p.range === null) {
        const q = new Protection(copy, null);
        q.description = p.description;
        q.warningOnly = p.warningOnly;
        copy._protections.push(q);
      }
    for (const md of [...ss._metadata]) {
      const l = md.location;
      if (l.type === 'SHEET' && l.sheet === this)
        ss._addMetadata(md.key, md.value, { type: 'SHEET', sheet: copy });
      if (l.type === 'COLUMN' && l.sheet === this)
        ss._addMetadata(md.key, md.value, { type: 'COLUMN', sheet: copy, column: l.column });
    }
    return copy._view();
  }

  /** The background the sheet shows at a cell: the first matching conditional rule, else the cell's own. */
  _shownBackground(row: number, column: number): string | null {
    for (const rule of this._rules) {
      const cond = rule.condition;
      for (const range of rule.ranges) {
        if (
          row < range.row ||
          row > range.getLastRow() ||
          column < range.column ||
          column > range.getLastColumn()
        )
          continue;
        if (cond.type !== 'CUSTOM_FORMULA') continue;
        const node = parseFormula(String(cond.values[0]));
        const top = rule.ranges[0]!;
        const v = evaluateFormula(
          node,
          {
            cell: (r, c) => {
              const v = this._get(r, c);
              return formulaValue(v instanceof FormulaCell ? v.value : v, this.ss._timeZone);
            },
            // TODAY() is the day in the spreadsheet's zone.
            today: () => Math.floor(zonedSerial(this.ss._timeZone, this.ss.env.now())),
          },
          { rows: row - top.row, columns: column - top.column },
        );
        if (isTruthy(v)) return cond.background;
      }
    }
    return this._bg.get(`${row}:${column}`) ?? null;
  }
}

export class Spreadsheet {
  _sheets: Sheet[] = [];
  _metadata: DeveloperMetadata[] = [];
  _active: Sheet | null = null;
  _toasts: { message: string; title: string }[] = [];
  /** «Файл → Настройки → Часовой пояс»: date cells are wall-clock times in this zone. */
  _timeZone: string;
  private nextSheetId = 1;
  private nextMetadataId = 1;
  private view: Spreadsheet | null = null;

  constructor(
    readonly env: DoubleEnv,
    timeZone = 'Europe/Moscow',
    public name = 'Наставничество 2023-2024',
    readonly id = 'spreadsheet-1',
  ) {
    this._timeZone = timeZone;
    this._addSheet('Лист1');
  }

  _view(): Spreadsheet {
    this.view ??= counted(this, 'Spreadsheet', this.env.log);
    return this.view;
  }
  _addSheet(name: string, index?: number): Sheet {
    if (this._sheets.some((s) => s.name === name))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const s = new Sheet(this, name, this.nextSheetId++);
    if (index === undefined) this._sheets.push(s);
    else this._sheets.splice(index, 0, s);
    this._active ??= s;
    return s;
  }
  _addMetadata(key: string, value: string | null, location: MetadataLocation): void {
    this._metadata.push(new DeveloperMetadata(this, key, value, location, this.nextMetadataId++));
  }
  /** The raw sheet of a title (for tests). */
  _sheet(name: string): Sheet | undefined {
    return this._sheets.find((s) => s.name === name);
  }

  getName(): string {
    return this.name;
  }
  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  /**
   * Sheets keeps what every date cell shows (its serial number) when the zone changes, so the instant a
   * cell's Date stands for moves with the zone.
   */
  setSpreadsheetTimeZone(timeZone: string): void {
    if (!isZone(timeZone)) throw new Error(`Exception: Invalid argument: timezone`);
    const from = this._timeZone;
    for (const sheet of this._sheets)
      for (const line of sheet._values.values())
        line.forEach((v, i) => {
          if (!(v instanceof Date)) return;
          const w = zones.wall(from, v.getTime());
          line[i] = new this.env.DateCtor(
            zones.instant(timeZone, w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond),
          );
        });
    this._timeZone = timeZone;
  }
  /** A date cell's day as the curator sees it (ISO), for tests. */
  _isoDay(d: Date): string {
    const w = zones.wall(this._timeZone, d.getTime());
    return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  }
  /** The Date Sheets gives for a date cell showing this ISO day (midnight in the spreadsheet's zone). */
  _date(iso: string): Date {
    return new this.env.DateCtor(midnight(this._timeZone, iso));
  }
  getSpreadsheetLocale(): string {
    return 'ru_RU';
  }
  getSheets(): Sheet[] {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return this._sheets.map((s) => s._view());
  }
  getSheetByName(name: string): Sheet | null {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return this._sheets.find((s) => s.name === name)?._view() ?? null;
  }
  insertSheet(name: string, index?: number): Sheet {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return this._addSheet(name, index)._view();
  }
  deleteSheet(sheet: Sheet): void {
    const s = raw(sheet);
    s._deleted = true;
    this._sheets = this._sheets.filter((x) => x !== s);
    this._metadata = this._metadata.filter((m) => !('sheet' in m.location && m.location.sheet === s));
  }
  getActiveSheet(): Sheet | null {
    return this._active?._view() ?? null;
  }
  toast(message: string, title = '', _seconds?: number): void {
    this._toasts.push({ message, title });
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this._addMetadata(key, value ?? null, { type: 'SPREADSHEET' });
    return this;
  }
  createDeveloperMetadataFinder(): MetadataFinder {
    this.env.requireDocumentAccess('SpreadsheetApp');
    return counted(new MetadataFinder(this, null), 'DeveloperMetadataFinder', this.env.log);
  }
}
