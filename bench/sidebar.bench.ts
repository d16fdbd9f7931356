// The pairing sidebar's server calls at school scale and on a district-size sample (2,000 mentors × 2,000
// mentees, 200 active pairs) on the test double: time in Node, service calls, each reply's size; acceptance of every suggestion in one
// batched write against what a row-by-row add-on would make; «Принять» as one call against the three it took, «Обновить» as one against two.
// Apps Script's limit is 6 minutes per call.
import { join } from 'node:path';
import {
  type AcceptOutcome,
  type PageOutcome,
  type PairingState,
  type RefreshOutcome,
  SIDEBAR_PAGE,
  type SuggestOutcome,
} from '../apps-script/src/pairing/pairingTypes';
import { suggestPairsFromInput } from '../shared/matching';
import { encodeRow, MENTEES_SHEET, MENTORS_SHEET, PAIRS_SHEET, type SheetDef } from '../shared/sheets';
import { built_ } from '../test/apps-script/harness';
import { typeRows } from '../test/apps-script/pairingFixture';
import { createDouble, loadAddon } from '../test/double';
import { PHRASES, rng, SUBJECTS } from './lib/random';

function district(mentors: number, mentees: number, schools: number, activePairs: number) {
  const rnd = rng(7);
  const some = (xs: string[], p: number) => xs.filter(() => rnd() < p);
  const school = () => `МБОУ «СОШ № ${Math.floor(rnd() * schools) + 1}»`;
  const ms = Array.from({ length: mentors }, (_, p) => ({
    id: `NS-${String(p + 1).padStart(4, '0')}`,
    fullName: `Наставник Номер ${p + 1}`,
    organisation: school(),
    subjects: some(SUBJECTS, 0.15),
    competencies: some(PHRASES, 0.25),
    forms: rnd() < 0.9 ? ['teacher-teacher'] : ['teacher-teacher', 'teacher-student'],
    capacity: 1 + Math.floor(rnd() * 2),
    consent: rnd() < 0.95,
    consentDate: '2025-09-01',
    experienceYears: 5 + Math.floor(rnd() * 30),
    category: (['highest', 'first', 'compliance', 'none'] as const)[Math.floor(rnd() * 4)],
    trained: true,
    status: rnd() < 0.97 ? 'active' : 'paused',
  }));
  const es = Array.from({ length: mentees }, (_, i) => ({
    id: `NV-${String(i + 1).padStart(4, '0')}`,
    fullName: `Наставляемый Номер ${i + 1}`,
    organisation: school(),
    role: 'teacher',
    subjects: some(SUBJECTS, 0.12),
    requests: some(PHRASES, 0.2),
    experienceYears: Math.floor(rnd() * 4),
    consent: rnd() < 0.95,
    consentDate: '2025-09-15',
    wantedForm: 'teacher-teacher',
    status: i < activePairs ? 'paired' : 'unpaired',
  }));
  const pairs = Array.from({ length: activePairs }, (_, k) => ({
    id: `PR-${String(k + 1).padStart(4, '0')}`,
    mentorId: ms[k]!.id,
    mentorName: ms[k]!.fullName,
    menteeIds: [es[k]!.id],
    menteeNames: [es[k]!.fullName],
    form: 'teacher-teacher',
    startDate: '2025-10-01',
    status: 'active',
  }));
  return { ms, es, pairs };
}

const table = (def: SheetDef, records: Record<string, unknown>[]) => [
  def.columns.map((c) => c.header),
  ...records.map((r) => encodeRow(r, def, { dates: 'text' }).map(String)),
];

const b = await built_();
const LIMIT_MS = 6 * 60 * 1000;

/** One scale: the sidebar's calls on a fresh double, with each reply's size (UTF-8, as it travels). */
function scale(
  label: string,
  mentors: number,
  mentees: number,
  schools: number,
  active: number,
  compare = false,
) {
  const double = createDouble({ distDir: b.outDir, today: '2025-10-20' });
  const addon = loadAddon(join(b.outDir, 'Code.js'), double);
  addon.run('menuSetup');
  const data = district(mentors, mentees, schools, active);
  typeRows(double, 'mentors', table(MENTORS_SHEET, data.ms));
  typeRows(double, 'mentees', table(MENTEES_SHEET, data.es));
  typeRows(double, 'pairs', table(PAIRS_SHEET, data.pairs));

  function step<T>(name: string, ...args: unknown[]) {
    double.log.reset();
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const value = addon.callFromClient(name, ...args) as T;
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu0);
    return {
      value,
      ms,
      // CPU time is steadier than wall time on a shared machine.
      cpuMs: (used.user + used.system) / 1000,
      calls: double.log.count(),
      snapshot: double.log.snapshot(),
      bytes: Buffer.byteLength(JSON.stringify(value)),
    };
  }

  const state = step<PairingState>('getPairingState');
  const suggest = step<SuggestOutcome>('suggestForSidebar', { preset: 'district' }, []);
  if (!suggest.value.ok) throw new Error(suggest.value.errors.join('\n'));
  const result = suggest.value.result;
  // The second page of cards, as «show more» asks for it.
  const page = step<PageOutcome>('suggestionPage', {
    fingerprint: suggest.value.fingerprint,
    settings: { preset: 'district' },
    excluded: [],
    fixed: [],
    suggested: result.suggested,
    mentees: result.suggested.slice(SIDEBAR_PAGE, 2 * SIDEBAR_PAGE).map(([id]) => id),
  });
  if (!page.value.ok) throw new Error(page.value.errors.join('\n'));
  const chosen = result.suggested.map(([menteeId, mentorId, form]) => ({ mentorId, menteeId, form }));
  // «Принять» as the sidebar does it: one call whose answer carries the new state and suggestions.
  const accept = step<AcceptOutcome>('acceptSuggested', {
    fingerprint: suggest.value.fingerprint,
    pairs: chosen,
    next: { settings: { preset: 'district' }, excluded: [], fixed: [] },
  });
  if (!accept.value.ok) throw new Error(accept.value.errors.join('\n'));
  const pairRows = accept.value.pairIds.length;

  // What the reply would weigh with every card in full (before the sidebar got pages), for comparison.
  const locked = data.pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeIds[0]! }));
  const c = process.cpuUsage();
  const direct = suggestPairsFromInput(
    data.ms,
    data.es,
    { preset: 'district' },
    { today: '2025-10-20', locked },
  );
  const u = process.cpuUsage(c);
  const cpu = (u.user + u.system) / 1000;
  const fullBytes = direct.ok ? Buffer.byteLength(JSON.stringify({ ok: true, result: direct })) : 0;

  console.log(
    `\n${label}: ${state.value.mentors} mentors × ${state.value.mentees} mentees, ${state.value.activePairs} active pairs (locked)`,
  );
  console.log(
    `suggested ${result.stats.suggested}, unmatched ${result.stats.unmatched}, certified optimum: ${result.stats.certified}`,
  );
  console.log(
    'call                 wall ms   CPU ms   service calls   reply (KB)   share of the 6-min limit if Apps Script is 10× slower (CPU)',
  );
  for (const [name, r] of [
    ['getPairingState', state],
    ['suggestForSidebar', suggest],
    ['suggestionPage', page],
    ['acceptSuggested', accept],
  ] as const) {
    console.log(
      `${name.padEnd(20)} ${r.ms.toFixed(0).padStart(7)}  ${r.cpuMs.toFixed(0).padStart(7)}   ${String(r.calls).padStart(13)}   ${(r.bytes / 1024).toFixed(0).padStart(10)}   ${((100 * r.cpuMs * 10) / LIMIT_MS).toFixed(1)}%`,
    );
  }
  console.log(
    `suggestForSidebar reply ${(suggest.bytes / 1024).toFixed(0)} KB; with every card in full it would be ${(fullBytes / 1024).toFixed(0)} KB`,
  );
  console.log('suggestForSidebar calls:', JSON.stringify(suggest.snapshot));
  console.log('acceptSuggested calls:', JSON.stringify(accept.snapshot));
  // Row by row: each accepted mentee's status cell (getRange + setValue) and an appendRow per new pair row, plus the
  // reads, plus the state and suggestions the answer carries (as getPairingState and suggestForSidebar make them).
  const naive = chosen.length * 2 + pairRows + 3 + state.calls + suggest.calls;
  console.log(
    `acceptance of ${chosen.length} mentees into ${pairRows} rows: ${accept.calls} calls batched vs ${naive} row by row (${(naive / accept.calls).toFixed(0)}×)`,
  );
  if (compare) {
    // The same «Принять» as the sidebar made it before the answer carried the state: the acceptance, then
    // getPairingState and suggestForSidebar (each reading the three banks again), on a fresh copy of the banks.
    // (The acceptance here still reads the banks again for the state it answers with, which the old one did not:
    // on the add-on before this change the three calls made 171 service calls and 9 getValues at school scale.)
    const d2 = createDouble({ distDir: b.outDir, today: '2025-10-20' });
    const a2 = loadAddon(join(b.outDir, 'Code.js'), d2);
    a2.run('menuSetup');
    typeRows(d2, 'mentors', table(MENTORS_SHEET, data.ms));
    typeRows(d2, 'mentees', table(MENTEES_SHEET, data.es));
    typeRows(d2, 'pairs', table(PAIRS_SHEET, data.pairs));
    const s2 = a2.callFromClient('suggestForSidebar', { preset: 'district' }, []) as SuggestOutcome;
    if (!s2.ok) throw new Error(s2.errors.join('\n'));
    d2.log.reset();
    a2.callFromClient('acceptSuggested', { fingerprint: s2.fingerprint, pairs: chosen });
    a2.callFromClient('getPairingState');
    a2.callFromClient('suggestForSidebar', { preset: 'district' }, []);
    const oldCalls = d2.log.count();
    const oldReads = d2.log.count('Range.getValues');
    console.log('«Принять» (acceptance and what the sidebar shows after it):');
    console.log('                                   server calls   service calls   Range.getValues');
    console.log(
      `3 calls: accept, state, suggest    ${'3'.padStart(12)}   ${String(oldCalls).padStart(13)}   ${String(oldReads).padStart(15)}`,
    );
    console.log(
      `1 call: accept answering with both ${'1'.padStart(12)}   ${String(accept.calls).padStart(13)}   ${String(accept.snapshot['Range.getValues'] ?? 0).padStart(15)}`,
    );
    // «Обновить» with suggestions on screen: before, the state and then the suggestions (two calls, each reading
    // the three banks); now one call answering with both from one read.
    const next = { settings: { preset: 'district' }, excluded: [], fixed: [] };
    d2.log.reset();
    a2.callFromClient('getPairingState');
    a2.callFromClient('suggestForSidebar', next.settings, next.excluded, next.fixed);
    const twoCalls = d2.log.count();
    const twoReads = d2.log.count('Range.getValues');
    d2.log.reset();
    const refreshed = a2.callFromClient('refreshPairing', next) as RefreshOutcome;
    if (!refreshed.suggestions?.ok) throw new Error('refreshPairing gave no suggestions');
    console.log("«Обновить» (the banks' state and the suggestions on screen):");
    console.log(
      `2 calls: state, suggest           ${'2'.padStart(12)}   ${String(twoCalls).padStart(13)}   ${String(twoReads).padStart(15)}`,
    );
    console.log(
      `1 call: refresh answering with both ${'1'.padStart(11)}   ${String(d2.log.count()).padStart(13)}   ${String(d2.log.count('Range.getValues')).padStart(15)}`,
    );
  }
  // The same engine call outside the double: Node's vm looks every global (Math, typed arrays) up through the
  // sandbox's interceptor, which the real Apps Script runtime does not, so the double overstates the engine's time.
  console.log(
    `suggestPairs alone, same banks, plain Node: ${cpu.toFixed(0)} ms CPU (${direct.ok ? direct.stats.suggested : 0} suggested); ` +
      `inside the double's vm the whole call took ${(suggest.cpuMs / cpu).toFixed(1)}× that`,
  );
}

scale('School sample', 30, 40, 1, 3, true);
scale('District sample', 2000, 2000, 40, 200);
