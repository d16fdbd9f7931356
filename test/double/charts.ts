/**
 * Embedded charts of the double, as Apps Script has them: `sheet.newChart()` gives a builder
 * (`asColumnChart`, `addRange`, `setOption`, `setPosition`, `build`), `insertChart` gives the chart its
 * ID, `getCharts` / `removeChart` / `updateChart(chart.modify()…build())`. Every call is counted.
 * Not modelled: drawing, and ranges moving when columns are inserted.
 */
import { type CallLog, counted, raw } from './calls';

/** A range as a chart keeps it (the double's Range has this much). */
export interface ChartRange {
  getA1Notation(): string;
  getSheet(): unknown;
}

export interface ChartSpec {
  chartId: number | null;
  type: string;
  ranges: ChartRange[];
  options: Record<string, unknown>;
  numHeaders: number;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export class EmbeddedChart {
  constructor(
    readonly spec: ChartSpec,
    private readonly log: CallLog,
  ) {}
  getChartId(): number | null {
    return this.spec.chartId;
  }
  getType(): string {
    return this.spec.type;
  }
  getRanges(): ChartRange[] {
    return [...this.spec.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (o) => this.spec.options[o] ?? null };
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this.spec.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  /** A builder holding this chart's settings and ID, for `sheet.updateChart(builder.build())`. */
  modify(): EmbeddedChartBuilder {
    return counted(
      new EmbeddedChartBuilder(this.log, structuredCloneSpec(this.spec)),
      'EmbeddedChartBuilder',
      this.log,
    );
  }
}

function structuredCloneSpec(s: ChartSpec): ChartSpec {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

export class EmbeddedChartBuilder {
  constructor(
    private readonly log: CallLog,
    readonly spec: ChartSpec = {
      chartId: null,
      type: 'COLUMN',
      ranges: [],
      options: {},
      numHeaders: -1,
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    },
  ) {}
  private as(type: string): this {
    this.spec.type = type;
    return this;
  }
  asColumnChart(): this {
    return this.as('COLUMN');
  }
  asBarChart(): this {
    return this.as('BAR');
  }
  asLineChart(): this {
    return this.as('LINE');
  }
  asPieChart(): this {
    return this.as('PIE');
  }
  setChartType(type: string): this {
    return this.as(type);
  }
  getChartType(): string {
    return this.spec.type;
  }
  addRange(range: ChartRange): this {
    this.spec.ranges.push(raw(range));
    return this;
  }
  removeRange(range: ChartRange): this {
    const a1 = range.getA1Notation();
    this.spec.ranges = this.spec.ranges.filter((r) => r.getA1Notation() !== a1);
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): ChartRange[] {
    return [...this.spec.ranges];
  }
  setNumHeaders(n: number): this {
    this.spec.numHeaders = n;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.spec.options[option] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  build(): EmbeddedChart {
    if (this.spec.ranges.length === 0) throw new Error('Exception: The chart has no data ranges.');
    return counted(new EmbeddedChart(structuredCloneSpec(this.spec), this.log), 'EmbeddedChart', this.log);
  }
}

/** The charts of one sheet; IDs are unique across the double's process, as across a spreadsheet. */
let nextChartId = 1000;
export class SheetCharts {
  readonly charts: EmbeddedChart[] = [];
  constructor(private readonly log: CallLog) {}
  newChart(): EmbeddedChartBuilder {
    return counted(new EmbeddedChartBuilder(this.log), 'EmbeddedChartBuilder', this.log);
  }
  insert(chart: EmbeddedChart): void {
    const c = raw(chart);
    if (c.spec.chartId !== null && this.charts.some((x) => x.spec.chartId === c.spec.chartId))
      throw new Error('Exception: The chart is already on the sheet. Use updateChart.');
    this.charts.push(new EmbeddedChart({ ...structuredCloneSpec(c.spec), chartId: nextChartId++ }, this.log));
  }
  list(): EmbeddedChart[] {
    return this.charts.map((c) => counted(c, 'EmbeddedChart', this.log));
  }
  remove(chart: EmbeddedChart): void {
    const i = this.charts.findIndex((x) => x.spec.chartId === raw(chart).spec.chartId);
    if (i < 0) throw new Error('Exception: The chart was not found on the sheet.');
    this.charts.splice(i, 1);
  }
  update(chart: EmbeddedChart): void {
    const c = raw(chart);
    const i = this.charts.findIndex((x) => x.spec.chartId !== null && x.spec.chartId === c.spec.chartId);
    if (i < 0) throw new Error('Exception: The chart was not found on the sheet. Use insertChart.');
    this.charts[i] = new EmbeddedChart(structuredCloneSpec(c.spec), this.log);
  }
}
