import { suggestPairs } from '../../shared/matching';
import { PHRASES, rng, SUBJECTS } from '../../bench/lib/random';
function bank(mentors: number, mentees: number, schools: number, seed: number) {
  const rnd = rng(seed);
  const some = (xs: string[], p: number) => xs.filter(() => rnd() < p);
  const ms = Array.from({ length: mentors }, (_, p) => ({
    id: `NS${String(p).padStart(6, '0')}`, fullName: `Наставник ${p}`,
    organisation: `Школа № ${Math.floor(rnd() * schools) + 1}`, subjects: some(SUBJECTS, 0.12),
    competencies: some(PHRASES, 0.2), forms: rnd() < 0.9 ? ['teacher-teacher'] : ['teacher-teacher', 'teacher-student'],
    capacity: 1 + Math.floor(rnd() * 3), consent: rnd() < 0.95, experienceYears: 3 + Math.floor(rnd() * 35),
    category: (['highest', 'first', 'compliance', 'none'] as const)[Math.floor(rnd() * 4)],
    status: rnd() < 0.97 ? 'active' : 'paused',
  }));
  const es = Array.from({ length: mentees }, (_, i) => ({
    id: `NV${String(i).padStart(6, '0')}`, fullName: `Наставляемый ${i}`,
    organisation: `Школа № ${Math.floor(rnd() * schools) + 1}`, subjects: some(SUBJECTS, 0.1),
    requests: some(PHRASES, 0.15), consent: rnd() < 0.95, experienceYears: Math.floor(rnd() * 6), age: 22 + Math.floor(rnd() * 30),
  }));
  return { ms, es };
}
for (const [name, m, e, s] of [['school', 20, 30, 1], ['district', 1000, 2000, 40], ['district+', 1500, 2000, 40]] as const) {
  const { ms, es } = bank(m, e, s, 17);
  const r = suggestPairs(ms, es, { preset: name === 'school' ? 'school' : 'district' }, { today: '2025-01-15' });
  if (!r.ok) throw new Error(r.errors.join());
  const c = name === 'school' ? null : suggestPairs(ms, es, { preset: 'district' }, { today: '2025-01-15', maxDenseCells: 0 });
  const h = (x: unknown) => { let s = 0; for (const ch of JSON.stringify(x)) s = (s * 31 + ch.charCodeAt(0)) >>> 0; return s; };
  console.log(name, r.stats.suggested, r.stats.totalScore, h(r.pairs.map(p=>[p.mentorId,p.menteeId])), h(r.unmatched.map((u) => ({ ...u, alternatives: u.alternatives.map(({ capacity: _c, ...a }: any) => a) }))), c && c.ok ? [c.stats.suggested, c.stats.totalScore] : '');
}
