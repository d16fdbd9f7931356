import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../playground/cli';
import { PlaygroundSession, withShim } from '../../playground/session';
import { MENTEES_SHEET, ROADMAP_SHEET } from '../../shared/sheets';
import { built_ } from '../apps-script/harness';

let session: PlaygroundSession;

beforeAll(async () => {
  const b = await built_();
  session = new PlaygroundSession({
    distDir: b.outDir,
    sampleDir: join(ROOT, 'sample'),
    today: '2025-11-20',
  });
});

describe('the playground session on the sample school', () => {
  it('pastes each CSV under the sheet’s own headers, keeping every row', () => {
    const state = session.state();
    const mentees = state.sheets.find((s) => s.name === MENTEES_SHEET.title)!;
    // 38 sample rows under one header row; the CSV says «Ф.И.О.», the sheet says «ФИО».
    expect(mentees.rows.length).toBe(39);
    const header = mentees.rows[0]!;
    const nameAt = header.indexOf(MENTEES_SHEET.columns.find((c) => c.field === 'fullName')!.header);
    expect(nameAt).toBeGreaterThanOrEqual(0);
    expect(mentees.rows[1]![nameAt]).toBe('Андреева Полина Сергеевна');
    // Row 37 of the CSV starts with «=»: it stays text on the sheet.
    expect(mentees.rows.some((r) => r.some((c) => c.startsWith('=')))).toBe(true);
    expect(session.pasted.map((p) => [p.sheet, p.rows])).toEqual([
      ['Наставники', 20],
      ['Наставляемые', 38],
      ['Пары', 3],
      ['Документы', 6],
    ]);
  });

  it('shows the roadmap the add-on filled, coloured by its own conditional rules for that day', () => {
    const roadmap = session.state().sheets.find((s) => s.name === ROADMAP_SHEET.title)!;
    expect(roadmap.rows.length).toBeGreaterThan(10);
    const body = roadmap.backgrounds.slice(1).flat();
    // 20.11.2025: September items are overdue (red) and «В течение года» items are in progress.
    expect(new Set(body.filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    const overdue = roadmap.backgrounds[1]![0];
    const later = new PlaygroundSession({
      ...session.options,
      today: '2025-09-02',
    })
      .state()
      .sheets.find((s) => s.name === ROADMAP_SHEET.title)!.backgrounds[1]![0];
    expect(overdue).not.toBe(later);
  });

  it('lists the menu the add-on built and runs only its items, recording the dialogs they open', () => {
    const items = session.menus().flatMap((m) => m.items.map((i) => i.handler));
    expect(items).toContain('menuSetup');
    expect(() => session.runMenu('getAddonInfo')).toThrow(/не пункт меню/);
    const dialogs = session.runMenu('menuHelp');
    expect(dialogs.map((d) => d.kind)).toEqual(['modal']);
    const html = session.dialogHtml(dialogs[0]!.id)!;
    expect(html).toContain('__gasTransport');
    expect(session.dialogs().map((d) => d.id)).toContain(dialogs[0]!.id);
  });

  it('answers google.script.run calls through the one bridge', () => {
    const reply = session.call('getAddonInfo', '[]');
    expect(reply.ok).toBe(true);
    expect(JSON.parse(reply.value!).today).toBe('2025-11-20');
    expect(session.call('nope', '[]').ok).toBe(false);
  });

  it('serves every built UI with the shim before the UI’s own script', () => {
    expect(session.uis()).toContain('help');
    const html = session.uiHtml('help')!;
    expect(html.indexOf('window.google.script')).toBeLessThan(html.lastIndexOf('<script'));
    expect(session.uiHtml('../Code')).toBeNull();
    expect(withShim('<p>x</p>')).toMatch(/^<script>/);
  });
});

describe('time on the playground', () => {
  it('the next day moves the add-on’s clock: the roadmap colours follow by themselves', async () => {
    const b = await built_();
    const s = new PlaygroundSession({
      distDir: b.outDir,
      sampleDir: join(ROOT, 'sample'),
      today: '2025-09-20',
    });
    const colours = () => s.state().sheets.find((x) => x.name === ROADMAP_SHEET.title)!.backgrounds;
    const before = JSON.stringify(colours());
    expect(s.passDays(30)).toBe('2025-10-20');
    expect(s.state().today).toBe('2025-10-20');
    expect(JSON.stringify(colours())).not.toBe(before);
    expect(() => s.passDays(0)).toThrow('Число дней');
  });
});
