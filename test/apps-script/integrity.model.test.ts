/**
 * A model-based test of the questionnaires on the built add-on: seeded random sequences of what a
 * curator does (insert, delete and sort rows, rename and reorder columns, correct the add-on's cells, write in
 * their own column) interleaved with what respondents do (new answers, edits, the same person again, a
 * namesake, consent withdrawn). After every step:
 * - every form response has exactly one «Анкеты» row, under its own response ID (nothing lost, nothing twice);
 * - each answer is filed to the person the model expects: the one with its e-mail when it was first filed,
 *   a new person otherwise, and the same person through every edit; a namesake never takes a person over;
 * - no bank row is lost or repeated, and a cell the curator wrote keeps the curator's value;
 * - a person no one else touched holds exactly what their answer says.
 * `MODEL_SEQUENCES` and `MODEL_SEED` widen or reproduce a run: a failure prints its seed and step list.
 */
import { describe, expect, it } from 'vitest';
import type { AcceptOutcome, SuggestOutcome } from '../../apps-script/src/pairing/pairingTypes';
import { Mentee, Mentor, Pair } from '../../shared/model';
import { heldRepeats } from '../../shared/people/identity';
import {
  findHeader,
  MENTEES_SHEET,
  MENTORS_SHEET,
  PAIRS_SHEET,
  RESPONSES_SHEET,
  readTable,
} from '../../shared/sheets';
import { normalizeText } from '../../shared/text';
import type { Answers } from '../double';
import { addonWithForms } from './harness';
import { CONSENT, form, menteeAnswers, mentorAnswers, responses } from './surveyHelpers';

type Addon = Awaited<ReturnType<typeof addonWithForms>>;

const SEQUENCES = Number(process.env.MODEL_SEQUENCES ?? 200);
const STEPS = 14;
/** The harness's day (addonWithForms). */
const TODAY = '2023-10-02';
const FIRST_SEED = Number(process.env.MODEL_SEED ?? 1);

const NAME_Q = 'Фамилия, имя, отчество';
const EMAIL_Q = 'Адрес электронной почты';
const CAPACITY_Q = 'Сколько наставляемых готов взять';
const OWN = 'Мои заметки';
const MENTEE_NAMES = ['Ершова Жанна', 'Зайцев Игорь', 'Антонова Анна'];
const NAMES = ['Антонова Анна', 'Борисова Вера', 'Волкова Галина', 'Громов Денис', 'Дёмина Ева'];
// Names a curator might paste, formula-like ones among them: they must stay text.
const CURATOR_NAMES = [
  'Антонова Анна Ивановна',
  '=HYPERLINK("http://x.example/?"&A1;"y")',
  '+7 900 123-45-67',
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ModelResponse {
  kind: Kind;
  id: string;
  index: number;
  answers: Answers;
  /** The bank ID the model expects this response to be filed to (null without consent). */
  personId: string | null;
}

interface Model {
  responses: ModelResponse[];
  /** Cells the curator wrote: «ID|field» → value. */
  curator: Map<string, unknown>;
  /** Persons (bank IDs) whose cells someone other than their one response may have changed. */
  shared: Set<string>;
  ids: Set<string>;
  emails: number;
}

interface BankView {
  header: Map<string, number>;
  rows: { row: number; cells: unknown[] }[];
}

type Kind = 'mentor' | 'mentee';
const SHEET_OF = { mentor: MENTORS_SHEET, mentee: MENTEES_SHEET } as const;

function bank(addon: Addon, kind: Kind = 'mentor'): BankView {
  const values = addon.double.sheet(SHEET_OF[kind].title)!.getDataRange().getValues();
  const map = findHeader(values as never, SHEET_OF[kind])!;
  const header = new Map(map.columns);
  header.set(OWN, values[0]!.map(String).indexOf(OWN));
  const rows = values
    .slice(1)
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => String(r.cells[header.get('id')!] ?? '') !== '');
  return { header, rows };
}

const field = (view: BankView, cells: unknown[], f: string) => cells[view.header.get(f)!];

function byId(view: BankView): Map<string, unknown[]> {
  return new Map(view.rows.map((r) => [String(field(view, r.cells, 'id')), r.cells]));
}

function check(addon: Addon, model: Model, forms: Record<Kind, ReturnType<typeof form>>): void {
  // Every response once, under its ID.
  const sheet = addon.double.sheet(RESPONSES_SHEET.title)!.getDataRange().getValues();
  const sourceCol = findHeader(sheet as never, RESPONSES_SHEET)!.columns.get('source')!;
  const filed = responses(addon).rows;
  // Whatever the key: as many answers as responses, and each person holds the answers they gave.
  const persons = (list: (string | null)[]) => list.map((p) => p ?? '—').sort();
  expect(persons(filed.map((r) => r.record.personId)), 'answers by person').toEqual(
    persons(model.responses.map((r) => r.personId)),
  );
  const sources = filed.map((r) => String(sheet[r.row - 1]![sourceCol]));
  expect(sources.slice().sort()).toEqual(model.responses.map((r) => r.id).sort());
  expect([...forms.mentor.responses, ...forms.mentee.responses].map((r) => r.id).sort()).toEqual(
    model.responses.map((r) => r.id).sort(),
  );
  const views = { mentor: bank(addon, 'mentor'), mentee: bank(addon, 'mentee') };
  const banks = { mentor: byId(views.mentor), mentee: byId(views.mentee) };
  // No bank row lost or repeated.
  for (const kind of ['mentor', 'mentee'] as const) expect(views[kind].rows).toHaveLength(banks[kind].size);
  for (const id of model.ids)
    expect(banks.mentor.has(id) || banks.mentee.has(id), `bank row ${id} lost`).toBe(true);
  for (const r of model.responses) {
    const row = filed[sources.indexOf(r.id)]!.record;
    expect(row.personId, `answer ${r.id} filed to the wrong person`).toBe(r.personId);
    if (r.personId === null) continue;
    const view = views[r.kind];
    const person = banks[r.kind].get(r.personId)!;
    if (!model.shared.has(r.personId)) {
      expect(field(view, person, 'fullName')).toBe(r.answers[NAME_Q]);
      expect(field(view, person, 'email')).toBe(String(r.answers[EMAIL_Q]).toLowerCase());
      if (r.kind === 'mentor') expect(field(view, person, 'capacity')).toBe(Number(r.answers[CAPACITY_Q]));
    }
  }
  const people = banks.mentor;
  const view = views.mentor;
  // The curator's cells keep the curator's values, as text where they look like formulas; the curator's
  // own column stays blank where the curator wrote nothing.
  for (const [key, value] of model.curator) {
    const [id, f2] = key.split('|') as [string, string];
    const cells = people.get(id);
    if (cells) expect(cells[view.header.get(f2)!], `curator's ${f2} of ${id}`).toBe(value);
  }
  for (const [id, cells] of people)
    if (!model.curator.has(`${id}|${OWN}`))
      expect(cells[view.header.get(OWN)!], `own column of ${id}`).toBe('');
}

/** What the sequences did, summed over the run: the test checks it exercised every kind of action. */
const tally = { accepted: 0, excluded: 0, namesakes: 0, edits: 0, withdrawn: 0, curatorWrites: 0 };

function runSequence(addon: Addon, seed: number, log: string[]): void {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const f = form(addon, 'mentor');
  const forms = { mentor: f, mentee: form(addon, 'mentee') };
  const mentors = addon.double.sheet(MENTORS_SHEET.title)!;
  mentors.getRange(1, mentors.getLastColumn() + 1).setValue(OWN);
  const model: Model = { responses: [], curator: new Map(), shared: new Set(), ids: new Set(), emails: 0 };
  const freshEmail = () => `p${seed}-${++model.emails}@school.ru`;

  /** Who the add-on must file a new answer with this e-mail to: the person with it now, or someone new. */
  const expectFor = (email: string, consent: boolean, kind: Kind = 'mentor'): string | null | 'new' => {
    if (!consent) return null;
    const view = bank(addon, kind);
    const hit = view.rows.find((r) => String(field(view, r.cells, 'email')) === email.toLowerCase());
    return hit ? String(field(view, hit.cells, 'id')) : 'new';
  };
  const settleNew = (r: ModelResponse, expected: string | null | 'new') => {
    if (expected !== 'new') {
      r.personId = expected;
      if (expected) model.shared.add(expected);
      return;
    }
    const before = new Set(model.ids);
    const view = bank(addon, r.kind);
    const added = [...byId(view).keys()].filter((id) => !before.has(id));
    expect(added, 'one new person').toHaveLength(1);
    r.personId = added[0]!;
    // A namesake already in the bank: the new row waits for the curator, marked.
    const name = normalizeText(String(r.answers[NAME_Q]));
    const namesakes = view.rows.filter(
      (x) =>
        String(field(view, x.cells, 'id')) !== r.personId &&
        normalizeText(String(field(view, x.cells, 'fullName'))) === name,
    );
    const mark = String(field(view, byId(view).get(r.personId)!, 'repeatOf') ?? '');
    expect(mark !== '', `namesake mark of ${r.personId}`).toBe(namesakes.length > 0);
    if (namesakes.length > 0) tally.namesakes++;
  };

  /** A respondent sends a new response; the model knows whom it must be filed to. */
  const submit = (kind: Kind, answers: Answers): ModelResponse => {
    const expected = expectFor(String(answers[EMAIL_Q]), true, kind);
    addon.submitForm(forms[kind].id, answers);
    const list = forms[kind].responses;
    const r: ModelResponse = { kind, id: list.at(-1)!.id, index: list.length - 1, answers, personId: null };
    model.responses.push(r);
    settleNew(r, expected);
    return r;
  };

  const respondent = [
    () => {
      const email = freshEmail();
      const answers = mentorAnswers(pick(NAMES), email, {
        [CAPACITY_Q]: String(1 + Math.floor(random() * 5)),
      });
      log.push(`new answer ${answers[NAME_Q]} <${email}>`);
      submit('mentor', answers);
    },
    () => {
      const email = freshEmail();
      const answers = menteeAnswers(pick(MENTEE_NAMES), email);
      log.push(`new mentee answer ${answers[NAME_Q]} <${email}>`);
      submit('mentee', answers);
    },
    () => {
      const same = model.responses.filter((r) => r.personId !== null && r.kind === 'mentor');
      if (same.length === 0) return;
      const was = pick(same);
      const answers: Answers = { ...was.answers, [CAPACITY_Q]: String(1 + Math.floor(random() * 5)) };
      log.push(`the same person again <${answers[EMAIL_Q]}>`);
      const r = submit('mentor', answers);
      if (r.personId) model.shared.add(r.personId);
    },
    () => {
      if (model.responses.length === 0) return;
      const r = pick(model.responses);
      const change: Answers = pick<Answers>([
        { [CAPACITY_Q]: String(1 + Math.floor(random() * 5)) },
        { [NAME_Q]: pick(NAMES) },
        { [EMAIL_Q]: freshEmail() },
      ]);
      log.push(`edit ${r.id}: ${JSON.stringify(change)}`);
      if (r.kind === 'mentee') delete change[CAPACITY_Q];
      tally.edits++;
      addon.editFormResponse(forms[r.kind].id, r.index, change);
      r.answers = { ...r.answers, ...change };
      if (r.personId && model.responses.some((x) => x !== r && x.personId === r.personId))
        model.shared.add(r.personId);
    },
    () => {
      const with_ = model.responses.filter((r) => r.personId !== null);
      if (with_.length === 0 || random() < 0.6) return;
      const r = pick(with_);
      log.push(`consent withdrawn ${r.id}`);
      tally.withdrawn++;
      addon.editFormResponse(forms[r.kind].id, r.index, { [CONSENT.title]: CONSENT.choices![1]! });
      r.answers = { ...r.answers, [CONSENT.title]: CONSENT.choices![1]! };
      model.shared.add(r.personId!);
      r.personId = null;
    },
  ];

  const curator = [
    () => {
      const out = addon.callFromClient('suggestForSidebar', {}, []) as SuggestOutcome;
      if (!out.ok) return;
      const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 1 + Math.floor(random() * 3));
      if (chosen.length === 0) return;
      log.push(`curator accepts ${chosen.map((p) => `${p.mentorId}←${p.menteeId}`).join(', ')}`);
      // What the rules forbid is never suggested: no one held as a possible repeat, no one without consent.
      const today = TODAY;
      const read = (kind: Kind) =>
        readTable(
          addon.double.sheet(SHEET_OF[kind].title)!.getDataRange().getValues() as never,
          SHEET_OF[kind],
          kind === 'mentor' ? Mentor : Mentee,
          { today },
        ).rows.map((x) => x.record as Mentor | Mentee);
      for (const kind of ['mentor', 'mentee'] as const) {
        const list = read(kind);
        const held = new Set([...heldRepeats(list, (x) => x).keys()].map((i) => list[i]!.id));
        for (const p of chosen) {
          const id = kind === 'mentor' ? p.mentorId : p.menteeId;
          expect(held.has(id), `${id} is a possible repeat, yet suggested`).toBe(false);
          expect(list.find((x) => x.id === id)?.consent, `${id} has no consent, yet suggested`).toBe(true);
        }
      }
      const res = addon.callFromClient('acceptSuggested', {
        fingerprint: out.fingerprint,
        pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
      }) as AcceptOutcome;
      expect(res.ok, JSON.stringify(res)).toBe(true);
      tally.accepted += chosen.length;
      // No mentor over the places they offered.
      const pairs = readTable(
        addon.double.sheet(PAIRS_SHEET.title)!.getDataRange().getValues() as never,
        PAIRS_SHEET,
        Pair,
        { today },
      ).rows.map((x) => x.record);
      for (const m of read('mentor')) {
        const taken = pairs
          .filter((p) => p.status === 'active' && p.mentorId === m.id)
          .flatMap((p) => p.menteeIds);
        expect(taken.length, `${m.id} over capacity`).toBeLessThanOrEqual((m as Mentor).capacity);
      }
    },
    () => {
      const first = addon.callFromClient('suggestForSidebar', {}, []) as SuggestOutcome;
      if (!first.ok) return;
      const out = first.result.pairs.filter((p) => !p.locked);
      if (out.length === 0) return;
      const excluded = pick(out);
      log.push(`curator excludes ${excluded.mentorId}←${excluded.menteeId}`);
      tally.excluded++;
      const again = addon.callFromClient('suggestForSidebar', {}, [
        { mentorId: excluded.mentorId, menteeId: excluded.menteeId },
      ]) as SuggestOutcome;
      expect(again.ok).toBe(true);
      if (again.ok)
        expect(
          again.result.suggested.some(
            ([menteeId, mentorId]) => mentorId === excluded.mentorId && menteeId === excluded.menteeId,
          ),
        ).toBe(false);
    },
    () => {
      const view = bank(addon);
      if (view.rows.length === 0) return;
      const target = pick(view.rows);
      const id = String(field(view, target.cells, 'id'));
      const which = pick(['fullName', 'capacity', OWN] as const);
      const value =
        which === 'capacity'
          ? 40 + Math.floor(random() * 9)
          : which === OWN
            ? `звонить ${seed}`
            : pick(CURATOR_NAMES);
      log.push(`curator writes ${which} of ${id}: ${value}`);
      mentors
        .getRange(target.row, view.header.get(which)! + 1)
        .setValue(`${value}`.startsWith('=') ? `'${value}` : value);
      model.curator.set(`${id}|${which}`, value);
      tally.curatorWrites++;
      model.shared.add(id);
    },
    () => {
      const sheet = f.responsesSheet!;
      const last = sheet.getLastRow();
      if (last < 2) return;
      const row = 2 + Math.floor(random() * (last - 1));
      log.push(`curator deletes row ${row} of Google's responses sheet`);
      sheet.deleteRow(row);
    },
    () => {
      const sheet = f.responsesSheet!;
      const last = sheet.getLastRow();
      if (last < 3) return;
      log.push('curator sorts Google’s responses sheet, newest first');
      sheet.getRange(2, 1, last - 1, sheet.getLastColumn()).sort({ column: 1, ascending: false });
    },
    () => {
      const answersSheet = addon.double.sheet(RESPONSES_SHEET.title)!;
      const last = answersSheet.getLastRow();
      if (last < 3) return;
      const column = 1 + Math.floor(random() * answersSheet.getLastColumn());
      log.push(`curator sorts «Анкеты» by column ${column}, descending`);
      answersSheet.getRange(2, 1, last - 1, answersSheet.getLastColumn()).sort({ column, ascending: false });
    },
    () => {
      const last = mentors.getLastRow();
      if (last < 3) return;
      const column = 1 + Math.floor(random() * mentors.getLastColumn());
      const ascending = random() < 0.5;
      log.push(`curator sorts the mentors by column ${column}${ascending ? '' : ', descending'}`);
      mentors.getRange(2, 1, last - 1, mentors.getLastColumn()).sort({ column, ascending });
    },
    () => {
      const last = mentors.getLastRow();
      if (last < 2) return;
      const after = 1 + Math.floor(random() * (last - 1));
      log.push(`curator inserts a blank row after ${after}`);
      mentors.insertRowsAfter(after, 1);
    },
    () => {
      const view = bank(addon);
      const [f2, alias] = pick([
        ['fullName', 'Ф.И.О.'],
        ['capacity', 'Сколько наставляемых готов взять'],
        ['fullName', 'ФИО'],
      ] as const);
      log.push(`curator renames the column of ${f2} to «${alias}»`);
      mentors.getRange(1, view.header.get(f2)! + 1).setValue(alias);
    },
    () => {
      const cols = mentors.getLastColumn();
      const from = 1 + Math.floor(random() * cols);
      const to = 1 + Math.floor(random() * cols);
      log.push(`curator moves column ${from} to ${to}`);
      mentors.moveColumns(mentors.getRange(1, from, 1, 1), to);
    },
  ];

  for (let step = 0; step < STEPS; step++) {
    pick(random() < 0.55 ? respondent : curator)();
    check(addon, model, forms);
    for (const kind of ['mentor', 'mentee'] as const)
      for (const id of byId(bank(addon, kind)).keys()) model.ids.add(id);
  }
}

describe('questionnaires under random curators and respondents (model-based)', () => {
  it(`${SEQUENCES} seeded sequences of ${STEPS} steps lose and misfile nothing`, async () => {
    for (let s = FIRST_SEED; s < FIRST_SEED + SEQUENCES; s++) {
      const addon = await addonWithForms();
      const log: string[] = [];
      try {
        runSequence(addon, s, log);
      } catch (e) {
        throw new Error(`seed ${s} failed after:\n  ${log.join('\n  ')}\n${(e as Error).message}`);
      }
    }
    // The run exercised what it claims to.
    for (const [what, n] of Object.entries(tally))
      expect(n, `no ${what} in ${SEQUENCES} sequences`).toBeGreaterThan(0);
  }, 600_000);
});
