// Reading «Анкеты» back (shared/surveys/stored.ts): the responses with their raw answers, and the figures the
// report and the pairs' year count, both through the sheet's one schema.
import { describe, expect, it } from 'vitest';
import { type CellValue, RESPONSES_SHEET, readTable } from '../../../shared/sheets';
import { ResponseFigures, readSurveyResponses } from '../../../shared/surveys';

const header = RESPONSES_SHEET.columns.map((c) => c.header);
const row = (cells: Record<string, CellValue>): CellValue[] => header.map((h) => cells[h] ?? '');

describe('«Анкеты» read by the sheet’s own schema', () => {
  const first = {
    ID: 'AN-0001',
    Анкета: 'Итоговый мониторинг удовлетворённости',
    'Отметка времени': '10.05.2025 12:00',
    Роль: 'наставник',
    'Удовлетворённость (1–10)': 8,
    Ответы: '{"q1":"да"}',
  };
  const values = [
    header,
    row(first),
    // Raw answers the model does not hold (a nested object), and an ID written twice: the figures still count.
    row({
      ...first,
      'Отметка времени': '11.05.2025 12:00',
      'Удовлетворённость (1–10)': 6,
      Ответы: '{"q1":{"a":1}}',
    }),
  ];

  it('the figures count every row with valid figures, whatever its raw answers or ID hold', () => {
    const figures = readTable(values, RESPONSES_SHEET, ResponseFigures, { today: '2025-06-01' });
    expect(figures.rows.map((r) => r.record.satisfaction)).toEqual([8, 6]);
    expect(figures.rows[0]!.record).not.toHaveProperty('answers');
  });

  it('the responses with their raw answers keep only rows the model holds', () => {
    const full = readSurveyResponses(values, '2025-06-01');
    expect(full.rows.map((r) => r.record.answers)).toEqual([{ q1: 'да' }]);
  });
});
