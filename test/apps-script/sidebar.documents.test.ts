import { describe, expect, it } from 'vitest';
import type { DocElement } from '../double/services';
import { grid } from './harness';
import { schoolWithNewPairs } from './pairingFixture';

type DocOutcome =
  | { ok: true; message: string; links: { pairId: string; url: string }[]; left: number }
  | { ok: false; errors: string[] };

const text = (el: DocElement) =>
  el.type === 'TABLE' ? el.rows.map((r) => r.join(' | ')).join('\n') : el.text;

describe('documents from «Пары»', () => {
  it('the draft order lists the active pairs without an order number, in a table, and is registered on «Документы»', async () => {
    const { addon, chosen, pairIds } = await schoolWithNewPairs();
    const res = addon.callFromClient('createPairsOrder') as DocOutcome;
    expect(res.ok).toBe(true);
    const [doc] = addon.double.documents._created();
    expect(doc!.name).toMatch(/^Проект приказа о закреплении наставнических пар \(групп\) от 20\.10\.2025$/);
    const body = doc!.body!;
    const paragraphs = body.filter((e) => e.type !== 'TABLE').map(text);
    expect(paragraphs).toContain('О закреплении наставнических пар / групп');
    expect(paragraphs).toContain('ПРИКАЗЫВАЮ:');
    expect(paragraphs[0]).toBe('МБОУ «СОШ № 7» г. Заречный');
    const tables = body.filter((e): e is Extract<DocElement, { type: 'TABLE' }> => e.type === 'TABLE');
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows;
    expect(rows[0]).toEqual([
      '№',
      'Наставник',
      'Наставляемый (наставляемые)',
      'Форма наставничества',
      'Дата начала',
    ]);
    expect(rows).toHaveLength(1 + pairIds.length); // PR-0002 already has order 141-о
    const listed = rows
      .slice(1)
      .map((r) => r[2])
      .join(', ');
    for (const p of chosen) expect(listed).toContain(p.menteeName);
    expect(rows[1]![4]).toBe('20.10.2025');
    const docs = grid(addon.double, 'Документы');
    const link = docs.flat().find((v) => String(v).includes(doc!.id));
    expect(link).toBe(res.ok && res.links[0]!.url);
    expect(docs.flat()).toContain('Приказ о закреплении наставнических пар/групп');
  });

  it('programmes from the built-in template: placeholders filled, links written back into «Пары»', async () => {
    const { addon, pairIds } = await schoolWithNewPairs();
    const res = addon.callFromClient('createProgrammes') as DocOutcome;
    expect(res.ok).toBe(true);
    const created = addon.double.documents._created();
    expect(created.map((d) => d.name.split(' ')[2])).toEqual(pairIds); // PR-0002 already has a programme
    for (const d of created) {
      const all = d.body!.map(text).join('\n');
      expect(all).not.toContain('{{');
      expect(all).toMatch(/Наставник: .+, учитель/);
      expect(all).toContain('Форма наставничества: Учитель – учитель');
    }
    const pairs = grid(addon.double, 'Пары');
    const head = pairs[0] as string[];
    for (const id of pairIds) {
      const row = pairs.find((r) => r[head.indexOf('ID пары')] === id)!;
      expect(row[head.indexOf('Персонализированная программа')]).toMatch(
        /^https:\/\/docs\.google\.com\/document\/d\/created-doc-/,
      );
    }
    const again = addon.callFromClient('createProgrammes') as DocOutcome;
    expect(again).toEqual({ ok: false, errors: [expect.stringMatching(/уже есть ссылка/)] });
  });

  it('programmes from the curator’s template Doc: its paragraphs and tables copied, placeholders replaced', async () => {
    const { addon, chosen, pairIds } = await schoolWithNewPairs();
    const url = addon.double.documents.add({
      id: 'tpl-1',
      name: 'Шаблон ПП',
      paragraphs: ['Программа для {{Наставляемый}} ($1 и {{Наставник}})'],
      tables: [
        [
          ['Наставник', '{{Наставник}}'],
          ['Запросы', '{{Запросы}}'],
        ],
      ],
    });
    expect(
      addon.callFromClient('setProgrammeTemplate', 'https://docs.google.com/document/d/nope/edit'),
    ).toEqual({
      ok: false,
      errors: [expect.stringMatching(/не открылся/)],
    });
    expect(addon.callFromClient('setProgrammeTemplate', url)).toEqual({ ok: true, url });
    expect(addon.callFromClient('getProgrammeTemplate')).toBe(url);
    const res = addon.callFromClient('createProgrammes') as DocOutcome;
    expect(res.ok).toBe(true);
    const created = addon.double.documents._created();
    expect(created).toHaveLength(pairIds.length);
    const first = created[0]!.body!;
    const pairs = grid(addon.double, 'Пары');
    const head = pairs[0] as string[];
    const row = pairs.find((r) => r[head.indexOf('ID пары')] === pairIds[0])!;
    const mentees = String(row[head.indexOf('Наставляемые')]);
    const mentor = String(row[head.indexOf('Наставник')]);
    expect(chosen.some((p) => mentees.includes(p.menteeName))).toBe(true);
    const para = first.find((e) => e.type === 'PARAGRAPH' && e.text.startsWith('Программа для'))!;
    expect(text(para)).toBe(`Программа для ${mentees} ($1 и ${mentor})`);
    const table = first.find((e) => e.type === 'TABLE')!;
    expect(text(table)).toContain(`Наставник | ${mentor}`);
    // The template itself is untouched.
    expect(addon.double.documents.docs.get('tpl-1')!.body!.map(text).join('\n')).toContain('{{Наставник}}');
  });
});
