// Row codec and CSV: how fast a bank is read from sheet values and from CSV text, against zod alone
// (the floor: validation without header mapping and tolerant cell reading).
import { parseCsv, toCsv } from '../shared/csv';
import { Mentee } from '../shared/model';
import { encodeRow, MENTEES_SHEET, readTable } from '../shared/sheets';
import { medianMs } from './lib/timing';

function bank(n: number): unknown[][] {
  const header = MENTEES_SHEET.columns.map((c) => c.header);
  const rows: unknown[][] = [header];
  for (let i = 0; i < n; i++) {
    rows.push(
      encodeRow(
        {
          id: `NV-${String(i + 1).padStart(5, '0')}`,
          fullName: `Наставляемый ${i}`,
          organisation: `Школа № ${i % 40}`,
          position: 'учитель',
          role: 'teacher',
          subjects: ['математика', 'физика'],
          experienceYears: i % 10,
          birthDate: '1999-05-01',
          requests: ['классное руководство', 'работа с родителями'],
          wantedForm: 'teacher-teacher',
          consent: true,
          consentDate: '2025-09-01',
          email: `user${i}@school.example`,
          status: 'unpaired',
        },
        MENTEES_SHEET,
        { dates: 'text' },
      ),
    );
  }
  return rows;
}

const time = (fn: () => unknown, runs = 5): number => medianMs(fn, runs);

console.log('rows     readTable ms   rows/s      zod-only ms   ratio   CSV parse+read ms');
for (const n of [1_000, 5_000, 20_000]) {
  const values = bank(n) as string[][];
  const csv = toCsv(values);
  const records = readTable(values, MENTEES_SHEET, Mentee, { today: '2025-11-20' }).rows.map((r) => r.record);
  const tRead = time(() => readTable(values, MENTEES_SHEET, Mentee, { today: '2025-11-20' }));
  const tZod = time(() => records.map((r) => Mentee.safeParse(r)));
  const tCsv = time(() => readTable(parseCsv(csv).rows, MENTEES_SHEET, Mentee, { today: '2025-11-20' }));
  console.log(
    `${String(n).padEnd(8)} ${tRead.toFixed(1).padStart(10)} ${Math.round((n / tRead) * 1000)
      .toString()
      .padStart(
        10,
      )} ${tZod.toFixed(1).padStart(12)} ${(tRead / tZod).toFixed(2).padStart(7)}× ${tCsv.toFixed(1).padStart(14)}`,
  );
}
