import { describe, expect, it } from 'vitest';
import { findHeader, idsIn, lastDataRow, MENTEES_SHEET, onlyColumns } from '../../../shared/sheets';

const values = [
  ['ID', 'ФИО', 'Комментарий'],
  ['NV-0001', 'Анна', ''],
  ['', 'Борис', ''],
  ['  NV-0007 ', '', 'заметка'],
  ['', '  ', ''],
  [null, '', ''],
];

describe('the rows of a sheet as read: one rule for the last row and the IDs in use', () => {
  it('lastDataRow: the last row with any non-blank cell, never above the header', () => {
    expect(lastDataRow(values, 1)).toBe(4);
    expect(lastDataRow(values.slice(0, 1), 1)).toBe(1);
    expect(lastDataRow([[''], ['']], 0)).toBe(0);
  });

  it('idsIn: every ID below the header, trimmed, rows valid or not', () => {
    const header = findHeader(values, MENTEES_SHEET)!;
    expect([...idsIn(values, header)]).toEqual(['NV-0001', 'NV-0007']);
  });

  it('onlyColumns: the header with only the named fields, so a write touches nothing else', () => {
    const header = findHeader(values, MENTEES_SHEET)!;
    expect([...onlyColumns(header, ['id', 'status']).columns]).toEqual([['id', 0]]);
  });
});
