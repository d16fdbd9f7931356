import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadlineStatus, importRoadmap, parseDeadline, standardRoadmap } from '../../shared/roadmap';
import { ROADMAP_SHEET } from '../../shared/sheets';
import type { LoadedAddon } from '../double';
import { freshAddon, snapshot, snapshotDiff, statusOfColour } from './harness';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'roadmaps');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
const ALL = ['district-boguchany-2022-2023', 'gymnasium-166-spb-2022-2023', 'school-proskurinskaya-2023'];

const col = (field: string) => ROADMAP_SHEET.columns.findIndex((c) => c.field === field) + 1;

type Outcome = { status: string; message?: string; existing?: number; imported?: number };

/** What the import dialog does: the curator pastes the table, sees the preview, adds it below. */
function paste(addon: LoadedAddon, text: string): Outcome {
  return addon.callFromClient('importRoadmapCells', {
    source: text,
    period: null,
    mode: 'append',
  }) as Outcome;
}

async function withRoadmap(text: string, today: string): Promise<LoadedAddon> {
  const addon = await freshAddon({ today });
  addon.run('menuSetup');
  addon.run('menuImportRoadmap');
  expect(addon.double.ui.dialogs.at(-1)!.kind).toBe('modal');
  expect(paste(addon, text).status).toBe('done');
  return addon;
}

function roadmapRows(addon: LoadedAddon): number[] {
  const sheet = addon.double.sheet('Дорожная карта')!;
  const rows: number[] = [];
  for (let r = 2; r <= sheet._lastRow(); r++) if (sheet._get(r, col('activity'))) rows.push(r);
  return rows;
}

/** What the sheet shows for each row, by the colour the conditional rules give its activity cell. */
function shown(addon: LoadedAddon): Map<number, string> {
  const sheet = addon.double.sheet('Дорожная карта')!;
  const out = new Map<number, string>();
  for (const r of roadmapRows(addon)) {
    const bg = sheet._shownBackground(r, col('activity'));
    out.set(r, statusOfColour(bg));
  }
  return out;
}

/** What shared/roadmap's deadlineStatus says for each row, from the row's «Сроки» and «Выполнено». */
function expected(addon: LoadedAddon, period: string, today: string): Map<number, string> {
  const sheet = addon.double.sheet('Дорожная карта')!;
  const out = new Map<number, string>();
  for (const r of roadmapRows(addon)) {
    const raw = sheet._get(r, col('deadlineText'));
    const text =
      raw instanceof Date
        ? `${String(raw.getDate()).padStart(2, '0')}.${String(raw.getMonth() + 1).padStart(2, '0')}.${raw.getFullYear()}`
        : String(raw ?? '');
    const done = sheet._get(r, col('done')) === 'да';
    out.set(r, deadlineStatus({ done, deadline: parseDeadline(text, period) }, today).status);
  }
  return out;
}

const rowsWith = (m: Map<number, string>, status: string) =>
  [...m].filter(([, s]) => s === status).map(([r]) => r);

describe('roadmap import', () => {
  for (const name of ALL) {
    it(`imports the fixture ${name} into rows with IDs and parsed columns`, async () => {
      const text = fixture(name);
      const addon = await withRoadmap(text, '2023-01-15');
      const items = importRoadmap(text).items;
      const sheet = addon.double.sheet('Дорожная карта')!;
      const rows = roadmapRows(addon);
      expect(rows).toHaveLength(items.length);
      expect(rows[0]).toBe(2);
      expect(sheet._get(2, col('id'))).toBe('DK-0001');
      rows.forEach((r, i) => {
        expect(sheet._get(r, col('activity'))).toBe(
          items[i]!.activity || items[i]!.stage || items[i]!.content,
        );
        const kindLabel = ROADMAP_SHEET.columns[col('deadlineKind') - 1]!.options![items[i]!.deadline.kind];
        expect(sheet._get(r, col('deadlineKind'))).toBe(kindLabel);
      });
      expect(addon.double.ui.dialogs.at(-1)!.text).toContain('importRoadmapCells');
    });
  }

  it('fills the standard template', async () => {
    const addon = await freshAddon({ today: '2023-10-01' });
    addon.run('menuSetup');
    addon.run('menuImportRoadmapTemplate');
    expect(roadmapRows(addon)).toHaveLength(standardRoadmap(2023).length);
  });

  it('appends a second import after the first, with IDs continuing', async () => {
    const addon = await withRoadmap(fixture('school-proskurinskaya-2023'), '2023-01-15');
    const first = roadmapRows(addon).length;
    const done = paste(addon, fixture('school-proskurinskaya-2023'));
    expect(done.message).toMatch(/Импортировано мероприятий: \d+/);
    const rows = roadmapRows(addon);
    expect(rows).toHaveLength(first * 2);
    const sheet = addon.double.sheet('Дорожная карта')!;
    expect(sheet._get(rows.at(-1)!, col('id'))).toBe(`DK-${String(first * 2).padStart(4, '0')}`);
  });
});

describe('deadline highlighting', () => {
  it('marks exactly the rows deadlineStatus calls overdue / due soon, and moves with the days alone', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    // The curator ticks one activity as done.
    sheet._set(roadmapRows(addon)[0]!, col('done'), 'да');
    const period = '2022-2023';

    const now = shown(addon);
    const want = expected(addon, period, '2022-11-15');
    expect(rowsWith(now, 'overdue')).toEqual(rowsWith(want, 'overdue'));
    expect(rowsWith(now, 'due-soon')).toEqual(rowsWith(want, 'due-soon'));
    expect(now).toEqual(want);
    expect(rowsWith(now, 'overdue').length).toBeGreaterThan(0);
    expect(rowsWith(now, 'due-soon').length).toBeGreaterThan(0);
    expect(rowsWith(now, 'done')).toEqual([roadmapRows(addon)[0]]);

    // Months later, with no call into the add-on at all, the colours follow.
    addon.double.log.reset();
    addon.double.clock.setToday('2023-03-20');
    const later = shown(addon);
    expect(addon.double.log.count()).toBe(0);
    expect(later).toEqual(expected(addon, period, '2023-03-20'));
    expect(rowsWith(later, 'overdue')).not.toEqual(rowsWith(now, 'overdue'));
  });

  it('keeps the curator’s own conditional rules and shows a legend', async () => {
    const addon = await withRoadmap(fixture('school-proskurinskaya-2023'), '2023-01-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const own = addon.double.globals.SpreadsheetApp as {
      newConditionalFormatRule(): {
        whenFormulaSatisfied(f: string): {
          setBackground(c: string): { setRanges(r: unknown[]): { build(): unknown } };
        };
      };
    };
    const rule = own
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$N2="важно"')
      .setBackground('#ff00ff')
      .setRanges([sheet._range(2, 14, 10, 1)])
      .build();
    sheet.setConditionalFormatRules([...sheet._rules, rule as never]);
    addon.run('menuRefreshDeadlines');
    addon.run('menuSetup');
    const formulas = sheet._rules.map((r) => String(r.condition.values[0]));
    expect(formulas.filter((f) => f === '=$N2="важно"')).toHaveLength(1);
    expect(formulas.filter((f) => f.includes('N("nastavnik")'))).toHaveLength(6);
    const legend = [...sheet._values.values()].flat().filter((v) => typeof v === 'string');
    for (const label of ['Просрочено', 'Скоро срок', 'Идёт', 'Выполнено', 'Без даты'])
      expect(legend).toContain(label);
  });
});

describe('«Сроки» edits', () => {
  it('updates the parsed columns of the edited row only', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const row = roadmapRows(addon)[3]!;
    const other = JSON.stringify(sheet._values.get(row + 1));
    addon.edit(sheet._view(), row, col('deadlineText'), 'До 1 декабря');
    expect(sheet._get(row, col('deadlineKind'))).toBe('До даты');
    const end = sheet._get(row, col('deadlineEnd')) as Date;
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2022, 12, 1]);
    expect(JSON.stringify(sheet._values.get(row + 1))).toBe(other);

    // A date Sheets recognised as such is read back as a date.
    addon.edit(sheet._view(), row, col('deadlineText'), '10.03.2023');
    expect(sheet._get(row, col('deadlineKind'))).toBe('Дата');
  });

  it('a garbage «Сроки» cell becomes «Без даты», kept as typed, and is shown as having no date', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const row = roadmapRows(addon)[0]!;
    addon.edit(sheet._view(), row, col('deadlineText'), 'когда-нибудь потом ;)');
    expect(sheet._get(row, col('deadlineText'))).toBe('когда-нибудь потом ;)');
    expect(sheet._get(row, col('deadlineKind'))).toBe('Без даты');
    expect(sheet._get(row, col('deadlineEnd')) ?? '').toBe('');
    expect(shown(addon).get(row)).toBe('no-date');
  });

  it('«Обновить сроки» catches up with cells changed behind the add-on’s back', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const rows = roadmapRows(addon);
    sheet._set(rows[1]!, col('deadlineText'), 'Май 2023');
    sheet._set(rows[5]!, col('deadlineText'), 'В течение года');
    addon.run('menuRefreshDeadlines');
    expect(sheet._get(rows[1]!, col('deadlineKind'))).toBe('Месяц');
    expect(sheet._get(rows[5]!, col('deadlineKind'))).toBe('В течение периода');
    expect(addon.double.spreadsheet._toasts.at(-1)!.message).toMatch(/обновлено 2/);
  });
});

describe('bad input', () => {
  it('a deleted roadmap sheet: a Russian message naming it, nothing changed', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    addon.double.spreadsheet.deleteSheet(addon.double.sheet('Дорожная карта')!);
    const before = snapshot(addon.double);
    const outcome = paste(addon, fixture('school-proskurinskaya-2023'));
    expect(outcome.status).toBe('error');
    expect(outcome.message).toMatch(/Лист «Дорожная карта» не найден/);
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    addon.run('menuRefreshDeadlines');
    expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(/Лист «Дорожная карта» не найден/);
  });

  it('a renamed roadmap sheet is still found', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    addon.double.sheet('Дорожная карта')!.setName('План на год');
    expect(paste(addon, fixture('school-proskurinskaya-2023')).status).toBe('done');
    expect(addon.double.sheet('План на год')!._get(2, col('id'))).toBe('DK-0001');
  });

  it('Doc URLs: no table, no access, not a Doc link — a clear message and nothing changed', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    const noTable = addon.double.documents.add({
      id: 'doc-no-table',
      name: 'Приказ',
      tables: [],
      paragraphs: ['Текст'],
    });
    const denied = addon.double.documents.add({
      id: 'doc-denied',
      name: 'ДК',
      tables: [[['a']]],
      denied: true,
    });
    const before = snapshot(addon.double);
    const cases: [string, RegExp][] = [
      [noTable, /В документе нет таблицы/],
      [denied, /нет доступа или документ удалён/],
      ['https://example.org/roadmap.docx', /не похоже на ссылку на Google Документ/],
    ];
    for (const [url, message] of cases) {
      addon.double.ui.answers.push({ button: 'OK', text: url });
      addon.run('menuImportRoadmapDoc');
      expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(message);
    }
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
  });

  it('imports the table of a Google Doc', async () => {
    const addon = await freshAddon({ today: '2023-01-15' });
    addon.run('menuSetup');
    const text = fixture('school-proskurinskaya-2023');
    const table = text
      .split('\n')
      .filter((l) => l.includes('\t'))
      .map((l) => l.split('\t'));
    const url = addon.double.documents.add({
      id: 'doc-roadmap',
      name: 'Дорожная карта на 2023 год',
      tables: [table],
    });
    addon.double.ui.answers.push({ button: 'OK', text: url });
    addon.run('menuImportRoadmapDoc');
    expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(/Импортировано мероприятий/);
    expect(roadmapRows(addon).length).toBe(importRoadmap(table).items.length);
  });
});

describe('pasted text that is not a roadmap', () => {
  it('empty or binary text: a Russian message, nothing written', async () => {
    const addon = await freshAddon();
    addon.run('menuSetup');
    const before = snapshot(addon.double);
    for (const text of ['', '   ', '\u0000\u0001PK\u0003\u0004binary']) {
      const r = paste(addon, text);
      expect(r.status).toBe('error');
      expect(r.message).toMatch(/[А-Яа-я]/);
    }
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
  });
});

describe('locking and auth modes', () => {
  it('another execution holding the document lock: a Russian «busy» message and nothing written', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    const sheet = addon.double.sheet('Дорожная карта')!;
    sheet._set(2, col('deadlineText'), 'Май 2023');
    addon.double.locks.document.holder = 'form-submission';
    const before = snapshot(addon.double);
    addon.run('menuRefreshDeadlines');
    expect(addon.double.ui.dialogs.at(-1)!.text).toMatch(/уже выполняет другую операцию/);
    expect(snapshotDiff(before, snapshot(addon.double))).toEqual([]);
    expect(addon.double.locks.document.waits).toHaveLength(1);
  });

  it('the onEdit simple trigger works in AuthMode.LIMITED', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    addon.double.authMode = 'LIMITED';
    const sheet = addon.double.sheet('Дорожная карта')!;
    addon.edit(sheet._view(), 2, col('deadlineText'), 'Декабрь 2022');
    expect(sheet._get(2, col('deadlineKind'))).toBe('Месяц');
    expect(addon.double.locks.document.holder).toBeNull();
  });
});

describe('daily digest', () => {
  it('is switched on and off from the menu and mails what is overdue or due soon', async () => {
    const addon = await withRoadmap(fixture('district-boguchany-2022-2023'), '2022-11-15');
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuDigest');
    expect(addon.double.scriptApp.triggers.map((t) => t.spec.handler)).toEqual(['dailyDigest']);
    addon.passDays(1);
    expect(addon.double.mail.sent.length).toBeGreaterThan(0);
    const body = addon.double.mail.sent.map((m) => m.body).join('\n');
    expect(body).toContain('Просрочено:');
    addon.double.ui.answers.push({ button: 'YES' });
    addon.run('menuDigest');
    expect(addon.double.scriptApp.triggers).toHaveLength(0);
    const sent = addon.double.mail.sent.length;
    addon.passDays(1);
    expect(addon.double.mail.sent.length).toBe(sent);
  });
});

describe('relative deadlines on the sheet', () => {
  const TEXT = [
    'Дорожная карта на 2023-2024 учебный год',
    '№\tМероприятие\tСроки\tОтветственный',
    '1\tПроведение анкетирования, издание приказа об отборе наставников\tОктябрь\tДиректор',
    '2\tФормирование банка наставников\tВ течение месяца после издания приказа об отборе наставников\tКуратор',
  ].join('\n');
  const ymd = (v: unknown) => {
    const d = v as Date;
    return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  };

  it('have no date until the activity they refer to is done, then run from its done date', async () => {
    const addon = await withRoadmap(TEXT, '2023-10-05');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const [event, relative] = roadmapRows(addon) as [number, number];
    expect(sheet._get(relative, col('deadlineKind'))).toBe('После события');
    expect(sheet._get(relative, col('deadlineEnd')) ?? '').toBe('');
    expect(shown(addon).get(relative)).toBe('no-date');

    // The curator ticks the order off with its date: the relative deadline gets its dates.
    addon.edit(sheet._view(), event, col('doneDate'), new Date(2023, 9, 2));
    expect(sheet._get(relative, col('deadlineEnd')) ?? '').toBe('');
    addon.edit(sheet._view(), event, col('done'), true);
    expect(ymd(sheet._get(relative, col('deadlineStart')))).toEqual([2023, 10, 2]);
    expect(ymd(sheet._get(relative, col('deadlineEnd')))).toEqual([2023, 11, 2]);
    expect(shown(addon).get(relative)).toBe('in-progress');

    // «Обновить сроки» keeps them.
    addon.run('menuRefreshDeadlines');
    expect(ymd(sheet._get(relative, col('deadlineEnd')))).toEqual([2023, 11, 2]);
  });

  it('reads «1 раз в четверть» as recurring through the period', async () => {
    const addon = await withRoadmap(TEXT.replace('Октябрь', '1 раз в четверть'), '2023-10-05');
    const sheet = addon.double.sheet('Дорожная карта')!;
    const [row] = roadmapRows(addon) as [number];
    expect(sheet._get(row, col('deadlineKind'))).toBe('Регулярно');
    expect(ymd(sheet._get(row, col('deadlineEnd')))).toEqual([2024, 8, 31]);
    expect(shown(addon).get(row)).toBe('recurring');
  });
});
