/**
 * The district report's settings, kept in document properties (they describe this spreadsheet's school).
 * The dialog edits them as a flat form of strings; saving validates with the shared schemas
 * (Organisation, ReportPeriod, parseReportSettings) and names each bad field in Russian.
 */
import { Organisation, ReportPeriod } from '../../../shared/model';
import { formatPath, parseReportSettings, type ReportSettings } from '../../../shared/report';
import { academicYearOf } from '../../../shared/roadmap';
import { todayIso } from '../platform';
import { R } from '../strings';

const SETTINGS_KEY = 'nastavnik.reportSettings';

export interface StoredReportSettings {
  organisation: Organisation;
  period: ReportPeriod;
  settings: ReportSettings;
  /** Whether the web app's package carries the lists (names of consenting people). Off by default. */
  webIncludeLists: boolean;
}

/** What the settings dialog shows and sends back: every field as typed. */
export interface ReportSettingsForm {
  name: string;
  district: string;
  region: string;
  inn: string;
  periodFrom: string;
  periodTo: string;
  periodLabel: string;
  youngShareTarget: string;
  coverageShareTarget: string;
  teachersTotal: string;
  pupilsTotal: string;
  youngTeachersTotal: string;
  bestPractices: string;
  curatorName: string;
  curatorPosition: string;
  curatorEmail: string;
  curatorPhone: string;
  webIncludeLists: boolean;
}

export type SaveSettingsResult = { ok: true; message: string } | { ok: false; errors: string[] };

/** Defaults: the current academic year (from today), targets 50% and 70%, nothing else known. */
export function defaultReportSettings(today = todayIso()): StoredReportSettings {
  const year = academicYearOf(today);
  const parsed = parseReportSettings({});
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return {
    organisation: { name: '', district: '', region: '', inn: '' },
    period: { from: year.start, to: year.end, label: year.label },
    settings: parsed.value,
    webIncludeLists: false,
  };
}

/** The stored settings, or the defaults; a damaged property reads as the defaults (never a crash). */
export function loadReportSettings(): StoredReportSettings {
  const defaults = defaultReportSettings();
  const text = PropertiesService.getDocumentProperties().getProperty(SETTINGS_KEY);
  if (!text) return defaults;
  try {
    const stored = JSON.parse(text) as Partial<StoredReportSettings>;
    const res = validate(stored);
    return res.ok ? res.value : defaults;
  } catch (_e) {
    return defaults;
  }
}

export function toForm(s: StoredReportSettings): ReportSettingsForm {
  const num = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
  return {
    name: s.organisation.name,
    district: s.organisation.district,
    region: s.organisation.region,
    inn: s.organisation.inn,
    periodFrom: s.period.from,
    periodTo: s.period.to,
    periodLabel: s.period.label,
    youngShareTarget: num(s.settings.youngShareTarget),
    coverageShareTarget: num(s.settings.coverageShareTarget),
    teachersTotal: num(s.settings.teachersTotal),
    pupilsTotal: num(s.settings.pupilsTotal),
    youngTeachersTotal: num(s.settings.youngTeachersTotal),
    bestPractices: s.settings.bestPractices,
    curatorName: s.settings.curatorName,
    curatorPosition: s.settings.curatorPosition,
    curatorEmail: s.settings.curatorEmail,
    curatorPhone: s.settings.curatorPhone,
    webIncludeLists: s.webIncludeLists,
  };
}

const NUMBER_FIELDS = [
  'youngShareTarget',
  'coverageShareTarget',
  'teachersTotal',
  'pupilsTotal',
  'youngTeachersTotal',
] as const;

const label = (path: string) => R.settingsFields[path] ?? path;

/** The form → stored settings, or one Russian message per bad field, named as the dialog labels it. */
export function parseSettingsForm(
  form: Partial<ReportSettingsForm>,
): { ok: true; value: StoredReportSettings } | { ok: false; errors: string[] } {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const errors: string[] = [];
  const numbers: Record<string, number | undefined | null> = {};
  for (const f of NUMBER_FIELDS) {
    const raw = text(form[f]).replace(/\s+/g, '').replace(',', '.').replace(/%$/, '');
    if (raw === '') {
      // Targets fall back to their defaults; school totals stay unknown.
      numbers[f] = f.endsWith('Target') ? undefined : null;
      continue;
    }
    const n = Number(raw);
    if (!Number.isFinite(n)) errors.push(R.fieldError(label(f), R.notNumber(text(form[f]))));
    else numbers[f] = n;
  }
  if (errors.length > 0) return { ok: false, errors };
  return validate({
    organisation: {
      name: text(form.name),
      district: text(form.district),
      region: text(form.region),
      inn: text(form.inn),
    },
    period: { from: text(form.periodFrom), to: text(form.periodTo), label: text(form.periodLabel) },
    settings: {
      ...numbers,
      bestPractices: typeof form.bestPractices === 'string' ? form.bestPractices : '',
      curatorName: text(form.curatorName),
      curatorPosition: text(form.curatorPosition),
      curatorEmail: text(form.curatorEmail),
      curatorPhone: text(form.curatorPhone),
    },
    webIncludeLists: form.webIncludeLists === true,
  } as unknown as Partial<StoredReportSettings>);
}

function validate(
  input: Partial<StoredReportSettings>,
): { ok: true; value: StoredReportSettings } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const org = Organisation.safeParse(input.organisation ?? {});
  if (!org.success)
    for (const i of org.error.issues)
      errors.push(R.fieldError(label(`organisation.${formatPath(i.path)}`), i.message));
  const period = ReportPeriod.safeParse(input.period ?? {});
  if (!period.success)
    for (const i of period.error.issues)
      errors.push(R.fieldError(label(`period.${formatPath(i.path)}`), i.message));
  const settings = parseReportSettings(input.settings ?? {});
  if (!settings.ok) {
    // parseReportSettings names fields as «поле teachersTotal: …»; the curator sees the dialog's labels.
    for (const e of settings.errors) {
      const m = /^поле ([\w.]+): (.*)$/.exec(e);
      errors.push(m ? R.fieldError(label(m[1]!), m[2]!) : e);
    }
  }
  if (errors.length > 0 || !org.success || !period.success || !settings.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      organisation: org.data,
      period: period.data,
      settings: settings.value,
      webIncludeLists: input.webIncludeLists === true,
    },
  };
}

/** The settings dialog's save: stores only a fully valid form (nothing half-saved). */
export function saveReportSettingsForm(form: Partial<ReportSettingsForm>): SaveSettingsResult {
  const res = parseSettingsForm(form ?? {});
  if (!res.ok) return res;
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_KEY, JSON.stringify(res.value));
  return { ok: true, message: R.saved };
}
