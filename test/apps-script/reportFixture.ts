/** The sample school (sample/*.csv) in a spreadsheet of the double, with report settings saved as the dialog saves them. */
import { Mentee, Mentor, Pair, ProgrammeDocument } from '../../shared/model';
import { computeIndicators, countMeetings } from '../../shared/report';
import {
  DOCUMENTS_SHEET,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  readTable,
  type SheetDef,
} from '../../shared/sheets';
import { DEFAULT_WEEKS_WITHOUT_MEETING, pairsHealth } from '../../shared/year';
import type { GoogleDouble } from '../double';
import { sampleRows } from '../helpers/sample';
import { freshAddon } from './harness';

export const SAMPLE_FORM = {
  name: 'МБОУ «СОШ № 7» г. Заречный',
  district: 'Заречный городской округ',
  region: 'Пензенская область',
  inn: '5838001234',
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  periodLabel: '2025 год',
  youngShareTarget: '50',
  coverageShareTarget: '70',
  teachersTotal: '60',
  pupilsTotal: '640',
  youngTeachersTotal: '',
  bestPractices: 'Школа молодого педагога',
  curatorName: 'Виноградова Ирина Алексеевна',
  curatorPosition: 'заместитель директора по УВР',
  curatorEmail: 'vinogradova.ia@school7.example',
  curatorPhone: '+7 (841) 234-56-78',
  webIncludeLists: false,
};

const SOURCES: [SheetDef, 'mentors' | 'mentees' | 'pairs' | 'documents'][] = [
  [MENTORS_SHEET, 'mentors'],
  [MENTEES_SHEET, 'mentees'],
  [PAIRS_SHEET, 'pairs'],
  [DOCUMENTS_SHEET, 'documents'],
];

/** The curator pasted the sample sheets (Sheets turns numbers and dates into cells), then ran setup. */
export async function sampleSchool(today = '2025-12-20', locale?: string) {
  const addon = await freshAddon({ today, ...(locale ? { locale } : {}) });
  const ss = addon.double.spreadsheet;
  for (const [def, name] of SOURCES) {
    const rows = sampleRows(name);
    const sheet = ss._addSheet(def.title);
    const width = Math.max(...rows.map((r) => r.length));
    sheet
      .getRange(1, 1, rows.length, width)
      .setValues(rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]));
  }
  addon.run('menuSetup');
  const saved = addon.callFromClient('saveReportSettings', SAMPLE_FORM) as { ok: boolean };
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  addon.double.log.reset();
  return addon;
}

/** The same indicators computed directly by shared/report from the sample CSVs (the reference). */
export function expectedSampleIndicators(today = '2025-12-20') {
  const pairs = readTable(sampleRows('pairs'), PAIRS_SHEET, Pair, { today }).rows.map((r) => r.record);
  // The pairs' year: setup made an empty «Встречи» (no meetings kept: unknown); the pairs' health on the period's
  // end or today.
  const period = { from: '2025-01-01', to: '2025-12-31' };
  const health = pairsHealth({
    pairs,
    meetings: [],
    responses: [],
    settings: { weeksWithoutMeeting: DEFAULT_WEEKS_WITHOUT_MEETING },
    today: period.to < today ? period.to : today,
  });
  return computeIndicators(
    {
      meetingsHeld: countMeetings(null, pairs, period),
      pairsNeedingAttention: [...health.values()].filter((h) => h.needsAttention).length,
      mentors: readTable(sampleRows('mentors'), MENTORS_SHEET, Mentor, { today }).rows.map((r) => r.record),
      mentees: readTable(sampleRows('mentees'), MENTEES_SHEET, Mentee, { today }).rows.map((r) => r.record),
      pairs: readTable(sampleRows('pairs'), PAIRS_SHEET, Pair, { today }).rows.map((r) => r.record),
      documents: readTable(sampleRows('documents'), DOCUMENTS_SHEET, ProgrammeDocument, { today }).rows.map(
        (r) => r.record,
      ),
      roadmap: [],
      responses: [],
      period: { from: '2025-01-01', to: '2025-12-31', label: '2025 год' },
      today,
      organisation: { name: SAMPLE_FORM.name, inn: SAMPLE_FORM.inn },
    },
    {
      teachersTotal: 60,
      pupilsTotal: 640,
      bestPractices: SAMPLE_FORM.bestPractices,
      curatorName: SAMPLE_FORM.curatorName,
      curatorPosition: SAMPLE_FORM.curatorPosition,
      curatorEmail: SAMPLE_FORM.curatorEmail,
      curatorPhone: SAMPLE_FORM.curatorPhone,
    },
  );
}

/** The «Отчёт» sheet's indicator rows: key → value as the cell holds it. */
export function reportCells(double: GoogleDouble): Map<string, unknown> {
  const values = double.sheet('Отчёт')!.getDataRange().getValues();
  const out = new Map<string, unknown>();
  for (const row of values.slice(1)) if (row[0] !== '') out.set(String(row[0]), row[2]);
  return out;
}
