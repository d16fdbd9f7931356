// Report: indicators on a district-size bank (against the floor of zod-validating the same records), and
// merging 30–300 school packages (against validating them alone), plus the CSV form against JSON.
import {
  MENTORING_FORMS,
  Mentee,
  Mentor,
  type MentoringForm,
  Pair,
  type ReportPackage,
  RoadmapItem,
  SurveyResponse,
} from '../shared/model';
import {
  buildReportPackage,
  computeIndicators,
  type IndicatorInput,
  mergePackages,
  packageFromCsv,
  packageToCsv,
  validateReportPackage,
} from '../shared/report';
import { medianMs } from './lib/timing';

const time = (fn: () => unknown, runs = 7): number => medianMs(fn, runs);

/** A bank of `n` mentors, 3n mentees, about 1.5n pairs (a fifth of them groups), with roadmap and answers. */
function bank(n: number): IndicatorInput {
  const mentors = Array.from({ length: n }, (_, i) =>
    Mentor.parse({
      id: `NS-${i}`,
      fullName: `Наставник ${i}`,
      forms: [MENTORING_FORMS[i % 5], MENTORING_FORMS[(i + 1) % 5]],
      trained: i % 3 !== 0,
      consent: i % 10 !== 0,
      email: `m${i}@school.example`,
      status: i % 17 === 0 ? 'left' : 'active',
    }),
  );
  const mentees = Array.from({ length: 3 * n }, (_, i) =>
    Mentee.parse({
      id: `NV-${i}`,
      fullName: `Наставляемый ${i}`,
      role: i % 4 === 0 ? 'student' : 'teacher',
      birthDate: i % 11 === 0 ? null : `${1975 + (i % 30)}-0${1 + (i % 9)}-15`,
      experienceYears: i % 8,
      consent: i % 9 !== 0,
      email: i % 4 === 0 ? null : `e${i}@school.example`,
      status: i % 2 === 0 ? 'paired' : 'unpaired',
    }),
  );
  const pairs: Pair[] = [];
  let next = 0;
  for (let i = 0; next < mentees.length * 0.8; i++) {
    const size = i % 5 === 0 ? 3 : 1;
    const ids = Array.from({ length: size }, () => `NV-${next++}`);
    const form: MentoringForm = MENTORING_FORMS[i % 5]!;
    pairs.push(
      Pair.parse({
        id: `PR-${i}`,
        mentorId: `NS-${i % n}`,
        menteeIds: ids,
        form,
        startDate: i % 7 === 0 ? '2024-09-01' : '2025-09-15',
        endDate: i % 7 === 0 ? '2025-05-31' : null,
        programmeLink: i % 2 === 0 ? `https://example.org/${i}` : '',
        programmeCompleted: i % 7 === 0,
        status: i % 7 === 0 ? 'completed' : i % 13 === 0 ? 'terminated' : 'active',
      }),
    );
  }
  const roadmap = Array.from({ length: 200 }, (_, i) =>
    RoadmapItem.parse({
      id: `R${i}`,
      activity: `Мероприятие ${i}`,
      done: i % 3 === 0,
      deadline: {
        kind: 'month',
        start: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`,
        end: `2025-${String(1 + (i % 12)).padStart(2, '0')}-28`,
        raw: '',
      },
    }),
  );
  const responses = Array.from({ length: 2 * n }, (_, i) =>
    SurveyResponse.parse({
      id: `A${i}`,
      kind: 'satisfaction',
      submittedAt: '2025-12-10T10:00:00+03:00',
      respondentRole: i % 2 === 0 ? 'mentor' : 'mentee',
      satisfaction: 1 + (i % 10),
    }),
  );
  return {
    mentors,
    mentees,
    pairs,
    roadmap,
    documents: [],
    responses,
    period: { from: '2025-09-01', to: '2025-12-31' },
    today: '2025-12-20',
  };
}

console.log('Indicators (computeIndicators) against zod-validating the same records (floor)');
console.log('mentors  mentees  pairs   indicators ms   zod-only ms   ratio   µs per person');
for (const n of [200, 1_000, 4_000]) {
  const input = bank(n);
  const tInd = time(() => computeIndicators(input, { teachersTotal: 10 * n, pupilsTotal: 100 * n }));
  const tZod = time(() => {
    Mentor.array().safeParse(input.mentors);
    Mentee.array().safeParse(input.mentees);
    Pair.array().safeParse(input.pairs);
  });
  const people = input.mentors.length + input.mentees.length;
  console.log(
    `${String(n).padEnd(8)} ${String(input.mentees.length).padEnd(8)} ${String(input.pairs.length).padEnd(7)} ${tInd
      .toFixed(2)
      .padStart(13)} ${tZod.toFixed(2).padStart(13)} ${(tInd / tZod).toFixed(2).padStart(7)}× ${(
      (tInd / people) *
      1000
    )
      .toFixed(2)
      .padStart(14)}`,
  );
}

const school = bank(40);
const indicators = computeIndicators(school);
const pkgs = (k: number): ReportPackage[] =>
  Array.from({ length: k }, (_, i) =>
    buildReportPackage({
      organisation: { name: `МБОУ СОШ № ${i + 1}` },
      period: school.period,
      indicators,
      generatedAt: '2025-12-20T10:00:00Z',
      includeLists: false,
    }),
  );

console.log('\nMerging school packages (mergePackages) against validating them alone');
console.log('packages   merge ms   validate-only ms   ratio   ms per package');
for (const k of [30, 100, 300]) {
  const raw = JSON.parse(JSON.stringify(pkgs(k))) as unknown[];
  const tMerge = time(() => mergePackages(raw, { districtName: 'Район', period: school.period }));
  const tValid = time(() => raw.map((p) => validateReportPackage(p)));
  console.log(
    `${String(k).padEnd(10)} ${tMerge.toFixed(2).padStart(8)} ${tValid.toFixed(2).padStart(18)} ${(
      tMerge / tValid
    )
      .toFixed(2)
      .padStart(7)}× ${(tMerge / k).toFixed(3).padStart(15)}`,
  );
}

const one = pkgs(1)[0]!;
const csv = packageToCsv(one);
const json = JSON.stringify(one);
const tCsvOut = time(() => packageToCsv(one), 21);
const tCsvIn = time(() => packageFromCsv(csv), 21);
const tJsonIn = time(() => validateReportPackage(json), 21);
console.log('\nOne package: CSV form against JSON');
console.log(
  `to CSV ${tCsvOut.toFixed(3)} ms, from CSV ${tCsvIn.toFixed(3)} ms, from JSON ${tJsonIn.toFixed(3)} ms ` +
    `(CSV/JSON read ${(tCsvIn / tJsonIn).toFixed(2)}×); sizes: CSV ${csv.length} chars, JSON ${json.length} chars`,
);
