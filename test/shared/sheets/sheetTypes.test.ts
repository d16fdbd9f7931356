// The compile-time tie between a sheet's dictionary and its zod schema. The `@ts-expect-error` lines are checked
// by `npm run typecheck` (tsconfig.json includes test/shared): drop one and typecheck fails, because the line
// below it then compiles. The runtime expectations check what defineSheet builds.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { Mentor } from '../../../shared/model';
import {
  type ColumnDef,
  defineSheet,
  emailColumn,
  fullNameColumn,
  idColumn,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  readTable,
  SHEETS,
} from '../../../shared/sheets';

const Person = z.object({
  id: z.string(),
  fullName: z.string(),
  organisation: z.string().default(''),
  age: z.number().nullable().optional(),
});

const base = { key: 'mentors', title: 'Люди', titleAliases: [], idPrefix: 'LD' } as const;
const text = { header: 'Текст', aliases: [], type: 'string', owned: true } as const;

describe('defineSheet', () => {
  it('lists the columns in the order they are keyed, each with its field', () => {
    const sheet = defineSheet(Person, {
      ...base,
      columns: { id: idColumn('ID'), fullName: fullNameColumn, age: { ...text, type: 'integer' } },
    });
    expect(sheet.columns.map((c) => c.field)).toEqual(['id', 'fullName', 'age']);
    expect(sheet.columns[2]).toMatchObject({ field: 'age', type: 'integer' });
    expect(sheet.schema).toBe(Person);
    expectTypeOf(sheet.columns[0]!.field).toEqualTypeOf<'id' | 'fullName' | 'organisation' | 'age'>();
  });

  it('does not compile when a column names a field the schema lacks', () => {
    const sheet = defineSheet(Person, {
      ...base,
      columns: {
        id: idColumn('ID'),
        fullName: fullNameColumn,
        // @ts-expect-error «nickname» is no field of Person
        nickname: text,
      },
    });
    expect(sheet.columns.map((c) => c.field)).toContain('nickname');
  });

  it('does not compile when a field the schema requires has no column', () => {
    const sheet = defineSheet(Person, {
      ...base,
      // @ts-expect-error Person requires fullName, and no column holds it
      columns: { id: idColumn('ID'), organisation: text },
    });
    expect(sheet.columns.map((c) => c.field)).not.toContain('fullName');
  });

  it('does not compile when a column described for one field is keyed by another', () => {
    const sheet = defineSheet(Person, {
      ...base,
      // @ts-expect-error emailColumn holds «email», not «fullName»
      columns: { id: idColumn('ID'), fullName: emailColumn },
    });
    // At run time the key wins: it is the one place the field is named.
    expect(sheet.columns[1]!.field).toBe('fullName');
  });

  it('ties every sheet the add-on keeps to its schema, each field at most once', () => {
    for (const sheet of SHEETS) {
      const fields = sheet.columns.map((c: ColumnDef) => c.field);
      expect(new Set(fields).size, sheet.key).toBe(fields.length);
    }
    expect(MENTORS_SHEET.schema).toBe(Mentor);
  });
});

describe('readTable and the sheet schema', () => {
  const values = [
    ['ID', 'ФИО', 'Организация'],
    ['NS-0001', 'Иванова Анна Петровна', 'Школа № 1'],
  ];

  it("reads by the sheet's own schema, typed as its records without a cast", () => {
    const read = readTable(values, MENTORS_SHEET, { today: '2025-09-01' });
    expectTypeOf(read.rows[0]!.record).toEqualTypeOf<Mentor>();
    expect(read.rows[0]!.record).toMatchObject({ id: 'NS-0001', fullName: 'Иванова Анна Петровна' });
  });

  it('takes a narrower schema only when the sheet has a column for each field it requires', () => {
    const Contact = z.object({ fullName: z.string(), email: z.string().nullable().optional() });
    const read = readTable(values, MENTORS_SHEET, Contact, { today: '2025-09-01' });
    expect(read.rows[0]!.record.fullName).toBe('Иванова Анна Петровна');
    const Nick = z.object({ fullName: z.string(), nickname: z.string() });
    // @ts-expect-error «Наставники» has no column for «nickname», which Nick requires
    const bad = readTable(values, MENTORS_SHEET, Nick, { today: '2025-09-01' });
    expect(bad.rows).toEqual([]);
    // @ts-expect-error a pair's row requires mentorId, menteeIds and form: «Наставляемые» has none of them
    const wrong = readTable(values, MENTEES_SHEET, PAIRS_SHEET.schema, { today: '2025-09-01' });
    expect(wrong.rows).toEqual([]);
  });
});
