/**
 * One playground session: the built Code.js loaded on a fresh double with the sample school, and what the
 * page needs from it — the sheets as the curator sees them (values and the colours conditional rules give),
 * the menu the add-on built, menu runs and google.script.run calls. Everything goes through the add-on's
 * own entry points: the playground has no logic of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDouble, type LoadedAddon, loadAddon, type Sheet } from '../test/double';
import { type BridgeReply, bridgeCall, SCRIPT_RUN_SHIM } from '../test/double/bridge';
import { type PageReply, showDocument, showForm, showMail, submitForm } from './google';
import { loadSample, type PasteResult } from './sample';
import { P } from './strings';

export interface SessionOptions {
  /** The built add-on: Code.js and the UIs' HTML. */
  distDir: string;
  sampleDir: string;
  /** ISO date the add-on sees as today. */
  today: string;
}

export interface MenuView {
  title: string;
  items: { caption: string; handler: string | null }[];
}

export interface SheetView {
  name: string;
  frozenRows: number;
  /** Display text per cell, trailing blank rows and columns trimmed. */
  rows: string[][];
  /** Background shown per cell (conditional rules first), null for none. */
  backgrounds: (string | null)[][];
  /** Cell notes by "row:column" (1-based), as the sheet's hover shows them. */
  notes: Record<string, string>;
}

export interface DialogView {
  id: number;
  kind: 'alert' | 'prompt' | 'modal' | 'modeless' | 'sidebar';
  title: string;
  /** Text of alerts and prompts; HTML dialogs are served at /dialog/<id>. */
  text: string;
}

export interface SelectionView {
  sheet: string;
  /** The selected range (1-based), when the add-on selected one (e.g. the sidebar jumping to an error row). */
  range: { row: number; column: number; rows: number; columns: number } | null;
}

export interface StateView {
  today: string;
  /** The active sheet and selection: the page follows them like the Sheets window does. */
  selection: SelectionView | null;
  spreadsheet: string;
  menus: MenuView[];
  uis: string[];
  sheets: SheetView[];
  toasts: { message: string; title: string }[];
  dialogs: DialogView[];
  /** Letters the add-on sent (the daily digest): to whom, subject, plain text. */
  mail: { to: string; subject: string; body: string }[];
  /** What Google would tell the script's owner: a trigger that failed on a form answer. */
  failures: string[];
}

const HTML_KINDS = new Set(['modal', 'modeless', 'sidebar']);

function displayCell(v: unknown): string {
  if (v instanceof Date)
    return `${String(v.getDate()).padStart(2, '0')}.${String(v.getMonth() + 1).padStart(2, '0')}.${v.getFullYear()}`;
  if (typeof v === 'boolean') return v ? 'ИСТИНА' : 'ЛОЖЬ';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return v === undefined || v === null ? '' : String(v);
}

function sheetView(sheet: Sheet): SheetView {
  const lastRow = sheet._lastRow();
  const lastColumn = sheet._lastColumn();
  const rows: string[][] = [];
  const backgrounds: (string | null)[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const line: string[] = [];
    const bg: (string | null)[] = [];
    for (let c = 1; c <= lastColumn; c++) {
      line.push(displayCell(sheet._get(r, c)));
      bg.push(sheet._shownBackground(r, c));
    }
    rows.push(line);
    backgrounds.push(bg);
  }
  const notes = Object.fromEntries(
    [...sheet._notes].filter(
      ([k]) => Number(k.split(':')[0]) <= lastRow && Number(k.split(':')[1]) <= lastColumn,
    ),
  );
  return { name: sheet.name, frozenRows: sheet._frozenRows, rows, backgrounds, notes };
}

/**
 * The built UI's HTML with the one google.script.run shim in front of its own script. The transport posts
 * to /api/run; the parent page hears about every call (sheets may have changed) and about host.close().
 */
export function withShim(html: string): string {
  const transport = `<script>
window.__gasTransport = function (name, json) {
  return fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: name, args: json }) })
    .then(function (r) { return r.json(); })
    .then(function (reply) { parent.postMessage({ type: 'gas-changed' }, '*'); return reply; });
};
window.__gasHost = function (what, arg) { parent.postMessage({ type: 'gas-host', what: what, arg: arg }, '*'); };
</script><script type="module">import { followGoogleLinks } from '/google-links.js'; followGoogleLinks(document);</script><script>${SCRIPT_RUN_SHIM}</script>`;
  const at = html.search(/<script/i);
  if (at >= 0) return html.slice(0, at) + transport + html.slice(at);
  const head = html.search(/<\/head>/i);
  return head >= 0 ? html.slice(0, head) + transport + html.slice(head) : transport + html;
}

export class PlaygroundSession {
  readonly addon: LoadedAddon;
  readonly pasted: PasteResult[];
  /** Dialogs and toasts recorded while the sample was loading are not shown to the person. */
  private readonly firstDialog: number;
  private readonly firstToast: number;
  private readonly failures: string[] = [];

  constructor(readonly options: SessionOptions) {
    const code = join(options.distDir, 'Code.js');
    if (!existsSync(code)) throw new Error(P.build.missing(options.distDir));
    const double = createDouble({ distDir: options.distDir, today: options.today });
    // The spreadsheet a curator would have: named after the sample school, not the double's default.
    double.spreadsheet.name = P.sample.spreadsheetName;
    this.addon = loadAddon(code, double);
    this.pasted = loadSample(this.addon, options.sampleDir);
    this.firstDialog = double.ui.dialogs.length;
    this.firstToast = double.spreadsheet._toasts.length;
  }

  private get double() {
    return this.addon.double;
  }

  menus(): MenuView[] {
    return this.double.ui.menus.map((m) => ({
      title: m.title,
      items: m.items.flatMap((i) =>
        i.separator
          ? [{ caption: '', handler: null }]
          : [{ caption: i.caption, handler: i.functionName ?? null }],
      ),
    }));
  }

  /** Built UIs: every dist/<name>.html. */
  uis(): string[] {
    return readdirSync(this.options.distDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();
  }

  dialogs(from = this.firstDialog): DialogView[] {
    return this.double.ui.dialogs.slice(from).map((d, i) => ({
      id: from + i,
      kind: d.kind,
      title: d.title,
      text: HTML_KINDS.has(d.kind) ? '' : d.text,
    }));
  }

  selection(): SelectionView | null {
    const active = this.double.spreadsheet._active as
      | (Sheet & {
          _activeRange?: {
            getRow(): number;
            getColumn(): number;
            getNumRows(): number;
            getNumColumns(): number;
          } | null;
        })
      | null;
    if (!active) return null;
    const r = active._activeRange;
    return {
      sheet: active.name,
      range: r
        ? { row: r.getRow(), column: r.getColumn(), rows: r.getNumRows(), columns: r.getNumColumns() }
        : null,
    };
  }

  state(): StateView {
    return {
      today: this.double.clock.todayIso(),
      selection: this.selection(),
      spreadsheet: this.double.spreadsheet.name,
      menus: this.menus(),
      uis: this.uis(),
      sheets: this.double.spreadsheet._sheets.map(sheetView),
      toasts: this.double.spreadsheet._toasts.slice(this.firstToast),
      dialogs: this.dialogs(),
      mail: this.double.mail.sent.map((m) => ({ to: m.to, subject: m.subject, body: m.body })),
      failures: [...this.failures],
    };
  }

  /** Runs a menu item by its handler, as the curator's click does; returns the dialogs it opened. */
  runMenu(handler: string): DialogView[] {
    const known = this.menus().some((m) => m.items.some((i) => i.handler === handler));
    if (!known) throw new Error(P.server.notMenuItem(handler));
    const from = this.double.ui.dialogs.length;
    this.addon.run(handler);
    return this.dialogs(from);
  }

  /**
   * Moves the add-on's clock forward, firing its time-driven triggers each day as time would (the roadmap
   * digest, the pairs' «Состояние»): «Следующий день» is 1, «+1 неделя» is 7.
   */
  passDays(days: number): string {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw new Error(P.server.badDays(String(days)));
    this.addon.passDays(days);
    return this.double.clock.todayIso();
  }

  /** A Google Form the add-on built, at one of its Google addresses, as its respondent sees it. */
  showForm(googleUrl: string): PageReply {
    return showForm(this.addon, googleUrl);
  }

  /** A respondent sends the form: Google's checks, then the spreadsheet's form-submit triggers file it. */
  submitForm(googleUrl: string, body: URLSearchParams): PageReply {
    return submitForm(this.addon, googleUrl, body, (m) => this.failures.push(m));
  }

  /** A document the add-on created, as a readable page. */
  showDocument(googleUrl: string): PageReply {
    return showDocument(this.addon, googleUrl);
  }

  /** The `index`-th letter the add-on sent, as its recipient reads it. */
  showMail(index: number): PageReply {
    return showMail(this.addon, index);
  }

  /** One google.script.run call from a UI. */
  call(name: string, argsJson: string): BridgeReply {
    return bridgeCall(this.addon, name, argsJson);
  }

  /** A built UI by name, with the shim. */
  uiHtml(name: string): string | null {
    if (!this.uis().includes(name)) return null;
    return withShim(readFileSync(join(this.options.distDir, `${name}.html`), 'utf8'));
  }

  /** The HTML a recorded modal, modeless dialog or sidebar showed, with the shim. */
  dialogHtml(id: number): string | null {
    const d = this.double.ui.dialogs[id];
    if (!d || !HTML_KINDS.has(d.kind)) return null;
    return withShim(d.text);
  }

  /** The add-on's web app (doGet), as the extension reaches it: query parameters in, content out. */
  doGet(query: Record<string, string>): { status: number; type: string; body: string } {
    if (!this.addon.functions().includes('doGet'))
      return { status: 501, type: 'text/plain; charset=utf-8', body: P.server.noDoGet };
    try {
      const out = this.addon.run('doGet', {
        parameter: query,
        parameters: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, [v]])),
        queryString: new URLSearchParams(query).toString(),
        contextPath: '',
        contentLength: -1,
      }) as { getContent?: () => string; getMimeType?: () => string } | string | null;
      if (out && typeof out === 'object' && typeof out.getContent === 'function') {
        const mime = typeof out.getMimeType === 'function' ? String(out.getMimeType()) : 'text/html';
        const type = /json/i.test(mime) ? 'application/json' : /csv/i.test(mime) ? 'text/csv' : 'text/html';
        return { status: 200, type: `${type}; charset=utf-8`, body: out.getContent() };
      }
      return { status: 200, type: 'text/plain; charset=utf-8', body: String(out ?? '') };
    } catch (e) {
      return {
        status: 500,
        type: 'text/plain; charset=utf-8',
        body: P.server.doGetFailed(e instanceof Error ? e.message : String(e)),
      };
    }
  }
}
