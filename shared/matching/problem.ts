/** One matching problem: who may be paired with whom under the rules (consent, forms, capacity, exclusions) and each pair's score and reasons. */
import { MENTORING_FORMS, type MentoringForm } from '../model/common';
import { type Bank, formBit, formsOfMask } from './bank';
import type { AllowedGraph } from './placement';
import type { Criterion, ResolvedSettings, Weights } from './settings';
import { CRITERION_LABELS, S } from './strings';
import { labelKey, stems } from './text';
import type { Reason, UnmatchedCode } from './types';

/** A mentor order for scoring prefixes of it (`Problem.mentorOrder`). */
export interface MentorOrder {
  /** The mentors, in order. */
  mentor: Int32Array;
  /** Per subject (per stem), the ranks in the order of the mentors who have it, ascending. */
  subjectRanks: Int32Array[];
  stemRanks: Int32Array[];
}

/** Mentee-level terms of a row of scores (`Problem.rowTerms`). */
export interface RowTerms {
  /** The mentee's subjects and request stems (interned IDs, sorted). */
  subjects: Int32Array;
  words: Int32Array;
  /** Per mentor: experience and category points, −∞ where a mentor-level rule or the form forbids. */
  base: Float64Array;
  /** Points per shared subject, per shared stem; for the same organisation; for a young specialist. */
  fS: number;
  fR: number;
  wO: number;
  /** The mentee's organisation, −2 when it has none (matching no mentor). */
  org: number;
  yb: number;
}

/**
 * The matching problem over a bank: which mentor may take which mentee (hard rules), how good each pair is
 * (soft criteria), and the words for both. Scores come from one function (`pairScore`) whether computed in
 * bulk or for an explanation, so the reasons always add up to the score that was optimised.
 */
export class Problem {
  readonly weights: Weights;
  /** Sum of the weights: the best score a pair can reach. */
  readonly maxScore: number;
  /** Mentor passes the mentor-level rules (consent, active, not a possible repeat). Capacity is separate. */
  readonly mentorOk: Uint8Array;
  /** Mentees taken by locked pairs, per mentor. */
  readonly lockedLoad: Int32Array;
  /** Places left per mentor after locked pairs. */
  readonly freePlaces: Int32Array;
  private readonly excluded: Set<number>;
  private readonly excludedMentees = new Set<number>();
  private readonly subjectCount: Int32Array;
  private readonly stemCount: Int32Array;
  private readonly mentorMask: Int32Array;
  private readonly categoryTerm: Float64Array;
  private readonly termLists = new Map<string, Float64Array>();

  constructor(
    readonly bank: Bank,
    readonly settings: ResolvedSettings,
    lockedLoad: Int32Array,
    excludedPairs: Iterable<[number, number]>,
  ) {
    const M = bank.mentors.length;
    this.weights = settings.weights;
    this.maxScore = Object.values(settings.weights).reduce((a, b) => a + b, 0);
    this.lockedLoad = lockedLoad;
    this.mentorOk = Uint8Array.from(bank.mentors, (_, p) =>
      this.mentorConsents(p) && this.mentorActive(p) && !bank.mentorHeld.has(p) ? 1 : 0,
    );
    this.freePlaces = Int32Array.from(bank.mentors, (m, p) => Math.max(0, m.capacity - lockedLoad[p]!));
    this.excluded = new Set<number>();
    for (const [i, p] of excludedPairs) {
      this.excluded.add(i * M + p);
      this.excludedMentees.add(i);
    }
    this.subjectCount = new Int32Array(M);
    this.stemCount = new Int32Array(M);
    // The mentor-level rules and the form rule folded into one mask test per pair.
    this.mentorMask = Int32Array.from(bank.mentorForms, (forms, p) =>
      this.mentorOk[p] !== 1 ? 0 : settings.rules.form ? forms : -1,
    );
    this.categoryTerm = Float64Array.from(bank.mentorCategory, (c) => this.weights.category * c);
  }

  // The hard rules, one predicate each: the bulk scoring (`mentorOk`, `mentorMask`, `scoreRow`), the reasons
  // a mentee is left out (`unmatchedReason`) and the rules a given pair breaks (`brokenRules`, which
  // acceptance checks through `checkPairs`) all call these, so they cannot disagree.

  /** Consent to personal-data processing: always required (not a setting). */
  private mentorConsents(p: number): boolean {
    return this.bank.mentors[p]!.consent;
  }

  private menteeConsents(i: number): boolean {
    return this.bank.mentees[i]!.consent;
  }

  private mentorActive(p: number): boolean {
    return !this.settings.rules.activeMentor || this.bank.mentors[p]!.status === 'active';
  }

  /** The mentee may be matched at all (consent, not a possible repeat, a possible form). */
  menteeOk(i: number): boolean {
    return this.menteeConsents(i) && !this.bank.menteeHeld.has(i) && this.bank.menteeForms[i] !== 0;
  }

  private formOk(i: number, p: number): boolean {
    return !this.settings.rules.form || (this.bank.menteeForms[i]! & this.bank.mentorForms[p]!) !== 0;
  }

  private organisationOk(i: number, p: number): boolean {
    const scope = this.settings.rules.organisationScope;
    if (scope === 'any') return true;
    const a = this.bank.menteeOrg[i]!;
    const b = this.bank.mentorOrg[p]!;
    return scope === 'same' ? a !== -1 && a === b : a === -1 || b === -1 || a !== b;
  }

  private samePerson(i: number, p: number): boolean {
    return this.bank.samePerson.get(i)?.includes(p) ?? false;
  }

  private isExcluded(i: number, p: number): boolean {
    return this.excluded.has(i * this.bank.mentors.length + p);
  }

  /** A mentor's place taken outside the solve (a pair the curator picked by hand and kept across re-runs). */
  takePlace(p: number): void {
    this.lockedLoad[p]!++;
    this.freePlaces[p] = Math.max(0, this.bank.mentors[p]!.capacity - this.lockedLoad[p]!);
  }

  /** Load-spreading value of being the (t+1)-th mentee of a mentor: 1, ½, ⅓, … (decreasing, so exact). */
  static loadValue(t: number): number {
    return 1 / (t + 1);
  }

  /** The score of a pair without the load term, from the overlap counts. */
  pairScore(i: number, p: number, commonSubjects: number, commonStems: number): number {
    const b = this.bank;
    const w = this.weights;
    const nSubj = b.menteeSubjects[i]!.length;
    const nStem = b.menteeStems[i]!.length;
    // The same terms in the same order as `scoreRow` (a term that does not apply adds an exact 0).
    let s = w.experience * this.experienceValue(i, p) + this.categoryTerm[p]!;
    s += (nSubj > 0 ? w.subjects / nSubj : 0) * commonSubjects;
    s += (nStem > 0 ? w.requests / nStem : 0) * commonStems;
    const org = b.menteeOrg[i]!;
    s += org !== -1 && org === b.mentorOrg[p] ? w.organisation : 0;
    s += b.menteeYoung[i] === 1 ? w.youngSpecialist : 0;
    return s;
  }

  private experienceValue(i: number, p: number): number {
    const mentor = this.bank.mentorExperience[p]!;
    if (Number.isNaN(mentor)) return 0;
    const mentee = this.bank.menteeExperience[i]!;
    const gap = mentor - (Number.isNaN(mentee) ? 0 : mentee);
    return Math.min(1, Math.max(0, gap / 10));
  }

  /**
   * Scores of mentee i against every mentor (−∞ where a hard rule forbids), into `out`. Overlaps are counted
   * through posting lists, so the cost is the number of mentors plus the shared words, not their product.
   * With `order`, just its first `count` mentors are scored (the rest of `out` is left as it was, or −∞), and
   * only the prefixes of its renumbered posting lists are walked: the score bound re-scores a mentee against
   * the few mentors whose places are cheap enough to matter.
   */
  scoreRow(i: number, out: Float64Array, order?: MentorOrder, count = 0): void {
    const b = this.bank;
    const M = b.mentors.length;
    if (!this.menteeOk(i)) {
      out.fill(Number.NEGATIVE_INFINITY, 0, M);
      return;
    }
    const sc = this.subjectCount;
    const tc = this.stemCount;
    const subjects = b.menteeSubjects[i]!;
    const words = b.menteeStems[i]!;
    // Indexed loops: iterating typed arrays with for…of is several times slower here, the hottest loop.
    if (order) {
      // Counts by rank in the order; a renumbered list is sorted, so its prefix below `count` is all we need.
      for (let a = 0; a < subjects.length; a++) {
        const list = order.subjectRanks[subjects[a]!]!;
        for (let k = 0; k < list.length && list[k]! < count; k++) sc[list[k]!]!++;
      }
      for (let a = 0; a < words.length; a++) {
        const list = order.stemRanks[words[a]!]!;
        for (let k = 0; k < list.length && list[k]! < count; k++) tc[list[k]!]!++;
      }
    } else {
      for (let a = 0; a < subjects.length; a++) {
        const list = b.subjectMentors[subjects[a]!]!;
        for (let k = 0; k < list.length; k++) sc[list[k]!]!++;
      }
      for (let a = 0; a < words.length; a++) {
        const list = b.stemMentors[words[a]!]!;
        for (let k = 0; k < list.length; k++) tc[list[k]!]!++;
      }
    }
    const { base, fS, fR, wO, org, yb } = this.rowTerms(i);
    const mentorOrg = b.mentorOrg;
    // Two copies of one formula: through a local function or an index list, the whole-bank loop (the hottest
    // of the engine) ran 10–60 % slower. Keep them the same: bound.test.ts compares them bit for bit.
    if (order) {
      const mentor = order.mentor;
      for (let k = 0; k < count; k++) {
        const p = mentor[k]!;
        let x = base[p]! + fS * sc[k]!;
        x += fR * tc[k]!;
        x += org === mentorOrg[p] ? wO : 0;
        out[p] = x + yb;
      }
    } else
      for (let p = 0; p < M; p++) {
        let x = base[p]! + fS * sc[p]!;
        x += fR * tc[p]!;
        x += org === mentorOrg[p] ? wO : 0;
        out[p] = x + yb;
      }
    this.pairRules(i, out);
    // Clearing whole arrays is a memset, cheaper than walking the posting lists again.
    sc.fill(0, 0, order ? count : M);
    tc.fill(0, 0, order ? count : M);
  }

  /**
   * Everything about mentee i that `scoreRow`'s loop over mentors needs, hoisted out of it; the arithmetic is
   * `pairScore`'s, step for step, so bulk scores and explained scores are the same numbers. Shared with the
   * WebAssembly scoring pass (scorePass.ts), which runs the same loop.
   */
  rowTerms(i: number): RowTerms {
    const b = this.bank;
    const subjects = b.menteeSubjects[i]!;
    const words = b.menteeStems[i]!;
    const formMask = this.settings.rules.form ? b.menteeForms[i]! : -1;
    const menteeExpRaw = b.menteeExperience[i]!;
    const w = this.weights;
    return {
      subjects,
      words,
      // Experience and category points, −∞ where the mentor-level rules or the form forbid.
      base: this.mentorTerms(Number.isNaN(menteeExpRaw) ? 0 : menteeExpRaw, formMask),
      fS: subjects.length > 0 ? w.subjects / subjects.length : 0,
      fR: words.length > 0 ? w.requests / words.length : 0,
      wO: w.organisation,
      org: b.menteeOrg[i]! === -1 ? -2 : b.menteeOrg[i]!, // −2 matches no mentor, not even one without
      yb: b.menteeYoung[i] === 1 ? w.youngSpecialist : 0,
    };
  }

  /** Whether some pair of mentee i is struck out by `pairRules`. */
  hasPairRules(i: number): boolean {
    return (
      this.settings.rules.organisationScope !== 'any' ||
      this.excludedMentees.has(i) ||
      this.bank.samePerson.has(i)
    );
  }

  /** The rules that depend on the pair itself (organisation scope, exclusions, same person): −∞ into `out`. */
  pairRules(i: number, out: Float64Array): void {
    const M = this.bank.mentors.length;
    if (this.settings.rules.organisationScope !== 'any')
      for (let p = 0; p < M; p++) if (!this.organisationOk(i, p)) out[p] = Number.NEGATIVE_INFINITY;
    if (this.excludedMentees.has(i))
      for (let p = 0; p < M; p++) if (this.excluded.has(i * M + p)) out[p] = Number.NEGATIVE_INFINITY;
    const self = this.bank.samePerson.get(i);
    if (self) for (const p of self) out[p] = Number.NEGATIVE_INFINITY;
  }

  /** The mentors in `mentor` order, for `scoreRow` on a prefix of it: posting lists renumbered by rank. */
  mentorOrder(mentor: Int32Array): MentorOrder {
    const rank = new Int32Array(mentor.length);
    mentor.forEach((p, k) => {
      rank[p] = k;
    });
    const renumber = (lists: Int32Array[]) => lists.map((l) => Int32Array.from(l, (p) => rank[p]!).sort());
    return {
      mentor,
      subjectRanks: renumber(this.bank.subjectMentors),
      stemRanks: renumber(this.bank.stemMentors),
    };
  }

  /**
   * Experience and category points of every mentor for a mentee with `menteeExp` years, computed as
   * `pairScore` does, and −∞ for mentors the mentor-level rules or the form rule (`formMask`) exclude.
   * Experience and forms take few distinct values, so each list is computed once and kept.
   */
  private mentorTerms(menteeExp: number, formMask: number): Float64Array {
    const key = `${menteeExp}|${formMask}`;
    let terms = this.termLists.get(key);
    if (terms) return terms;
    const mentorExp = this.bank.mentorExperience;
    const wE = this.weights.experience;
    terms = new Float64Array(mentorExp.length);
    for (let p = 0; p < mentorExp.length; p++) {
      const me = mentorExp[p]!;
      terms[p] =
        (this.mentorMask[p]! & formMask) === 0
          ? Number.NEGATIVE_INFINITY
          : wE * (Number.isNaN(me) ? 0 : Math.min(1, Math.max(0, (me - menteeExp) / 10))) +
            this.categoryTerm[p]!;
    }
    // Bounded: odd inputs with many distinct values must not hold a list per mentee.
    if (this.termLists.size < 256) this.termLists.set(key, terms);
    return terms;
  }

  /**
   * The mentors each of `mentees` may take by the hard rules (as `scoreRow`'s finite scores), restricted to
   * those `keep` accepts (mentors with places): mentees alike in form and (when it matters) organisation,
   * with no exclusions or namesakes of their own, share one list.
   */
  allowedMentors(mentees: readonly number[], keep: (p: number) => boolean): AllowedGraph {
    const b = this.bank;
    const M = b.mentors.length;
    const scope = this.settings.rules.organisationScope;
    const kinds = new Map<string, number>();
    const lists: Int32Array[] = [];
    const kindOf = new Int32Array(mentees.length);
    mentees.forEach((i, r) => {
      const plain = !b.samePerson.has(i) && !this.excludedMentees.has(i);
      const formMask = this.settings.rules.form ? b.menteeForms[i]! : -1;
      const key = !this.menteeOk(i)
        ? 'none'
        : plain
          ? `${formMask}|${scope === 'any' ? '' : b.menteeOrg[i]}`
          : null;
      const known = key === null ? undefined : kinds.get(key);
      if (known !== undefined) {
        kindOf[r] = known;
        return;
      }
      const list: number[] = [];
      if (key !== 'none')
        for (let p = 0; p < M; p++)
          if (
            (this.mentorMask[p]! & formMask) !== 0 &&
            keep(p) &&
            (scope === 'any' || this.organisationOk(i, p)) &&
            (plain || (!this.samePerson(i, p) && !this.isExcluded(i, p)))
          )
            list.push(p);
      kindOf[r] = lists.length;
      if (key !== null) kinds.set(key, lists.length);
      lists.push(Int32Array.from(list));
    });
    return { kindOf, lists };
  }

  /** The form a pair would run in. */
  pairForm(i: number, p: number): MentoringForm {
    const mentee = this.bank.mentees[i]!;
    const acceptable = this.bank.menteeForms[i]!;
    if (mentee.wantedForm && (acceptable & formBit(mentee.wantedForm)) !== 0) return mentee.wantedForm;
    const common = formsOfMask(acceptable & this.bank.mentorForms[p]!);
    return (
      common[0] ??
      formsOfMask(acceptable)[0] ??
      (mentee.role === 'student' ? 'teacher-student' : MENTORING_FORMS[0])
    );
  }

  /**
   * Score as the (t+1)-th mentee of mentor p, and the reasons that add up to it (most points first). With
   * `words` false the texts are just the criteria's names (cheap, for long lists of alternatives).
   */
  explain(i: number, p: number, t: number, words = true): { score: number; reasons: Reason[] } {
    const b = this.bank;
    const w = this.weights;
    const mentee = b.mentees[i]!;
    const mentor = b.mentors[p]!;
    const commonSubj = intersect(b.menteeSubjects[i]!, b.mentorSubjects[p]!);
    const commonStems = intersect(b.menteeStems[i]!, b.mentorStems[p]!);
    const score =
      this.pairScore(i, p, commonSubj.length, commonStems.length) + w.loadSpreading * Problem.loadValue(t);
    const reasons: Reason[] = [];
    // A reason is listed when it adds points; its words are made only when asked for (alternatives show the
    // criterion's label). No closures: explain runs once per pair and per alternative (55 000 times a region).
    const add = Problem.addReason;
    if (commonSubj.length > 0)
      add(
        reasons,
        'subjects',
        (w.subjects * commonSubj.length) / b.menteeSubjects[i]!.length,
        words ? S.reason.subjects(mentee.subjects.filter((s) => this.hasSubject(p, s))) : null,
      );
    if (commonStems.length > 0)
      add(
        reasons,
        'requests',
        (w.requests * commonStems.length) / b.menteeStems[i]!.length,
        words ? S.reason.requests(this.metRequests(i, p, new Set(commonStems))) : null,
      );
    const org = b.menteeOrg[i]!;
    if (org !== -1 && org === b.mentorOrg[p])
      add(reasons, 'organisation', w.organisation, words ? S.reason.organisation(mentor.organisation) : null);
    const exp = this.experienceValue(i, p);
    if (exp > 0)
      add(
        reasons,
        'experience',
        w.experience * exp,
        words ? S.reason.experience(mentor.experienceYears!, mentee.experienceYears) : null,
      );
    if (mentor.category && b.mentorCategory[p]! > 0)
      add(
        reasons,
        'category',
        w.category * b.mentorCategory[p]!,
        words ? S.reason.category(mentor.category) : null,
      );
    if (b.menteeYoung[i] === 1)
      add(reasons, 'youngSpecialist', w.youngSpecialist, words ? S.reason.youngSpecialist : null);
    add(
      reasons,
      'loadSpreading',
      w.loadSpreading * Problem.loadValue(t),
      words ? S.reason.loadSpreading(t + 1, mentor.capacity) : null,
    );
    reasons.sort((a, c) => c.points - a.points);
    return { score, reasons };
  }

  /** Lists a reason that adds points, in words or (text null) by its criterion's label. */
  private static addReason(
    reasons: Reason[],
    criterion: Criterion,
    points: number,
    text: string | null,
  ): void {
    if (points > 0)
      reasons.push({ criterion, points: round2(points), text: text ?? CRITERION_LABELS[criterion] });
  }

  private hasSubject(p: number, subject: string): boolean {
    const key = this.labelKeyOf(subject);
    return this.bank.mentors[p]!.subjects.some((s) => this.labelKeyOf(s) === key);
  }

  // Explanations look at the same texts again and again: their keys and stems are computed once.
  private readonly labelKeys = new Map<string, string>();
  private readonly textStems = new Map<string, number[]>();

  private labelKeyOf(text: string): string {
    let key = this.labelKeys.get(text);
    if (key === undefined) {
      key = labelKey(text);
      this.labelKeys.set(text, key);
    }
    return key;
  }

  /** The mentee's requests that share words with the mentor's competencies, each with the competency. */
  private metRequests(i: number, p: number, common: Set<number>): string[] {
    const b = this.bank;
    const wordsOf = (text: string) => this.stemIdsOf(text);
    const out: string[] = [];
    for (const request of b.mentees[i]!.requests) {
      const ids = wordsOf(request).filter((id) => common.has(id));
      if (ids.length === 0) continue;
      const competency = b.mentors[p]!.competencies.find((c) => wordsOf(c).some((id) => ids.includes(id)));
      out.push(S.reason.requestMet(request, competency ?? ''));
    }
    return out;
  }

  private stemIdsOf(text: string): number[] {
    const known = this.textStems.get(text);
    if (known) return known;
    const out: number[] = [];
    for (const w of stems(text)) {
      const id = this.bank.stemIndex.get(w);
      if (id !== undefined) out.push(id);
    }
    this.textStems.set(text, out);
    return out;
  }

  /** Why mentee i (not placed) has no mentor: the first hard rule that leaves no one, else capacity. */
  unmatchedReason(i: number): { code: UnmatchedCode; text: string } {
    const b = this.bank;
    const r = this.settings.rules;
    const mentee = b.mentees[i]!;
    const U = S.unmatched;
    if (!this.menteeConsents(i)) return { code: 'mentee-no-consent', text: U.menteeNoConsent };
    const held = b.menteeHeld.get(i);
    if (held) return { code: 'mentee-possible-repeat', text: U.menteeHeld(held) };
    if (b.menteeForms[i] === 0) return { code: 'pupil-teacher-form', text: U.pupilTeacherForm };
    const M = b.mentors.length;
    if (M === 0) return { code: 'no-mentors', text: U.noMentors };
    // In this order; the possible repeats last, so that «only held mentors would fit» is what it says.
    const steps: [boolean, (p: number) => boolean, UnmatchedCode, () => string][] = [
      [true, (p) => this.mentorConsents(p), 'no-consenting-mentor', () => U.noConsentingMentor],
      [r.activeMentor, (p) => this.mentorActive(p), 'no-active-mentor', () => U.noActiveMentor],
      [r.form, (p) => this.formOk(i, p), 'no-form', () => U.noForm(formsOfMask(b.menteeForms[i]!))],
      [
        r.organisationScope !== 'any',
        (p) => this.organisationOk(i, p),
        r.organisationScope === 'same' ? 'no-same-organisation' : 'no-other-organisation',
        () =>
          r.organisationScope === 'same' ? U.noSameOrganisation(mentee.organisation) : U.noOtherOrganisation,
      ],
      [true, (p) => !this.samePerson(i, p), 'only-self', () => U.onlySelf],
      [true, (p) => !this.isExcluded(i, p), 'all-excluded', () => U.allExcluded],
      [b.mentorHeld.size > 0, (p) => !b.mentorHeld.has(p), 'only-held-mentors', () => U.onlyHeldMentors],
    ];
    const active = steps.filter(([on]) => on);
    // Mentees alike in form and (when it matters) organisation, with no exclusions or namesakes of their own,
    // get the same answer: it is worked out once per kind of mentee, not once per mentee.
    const plain = !b.samePerson.has(i) && !this.excludedMentees.has(i);
    const key = plain ? `${b.menteeForms[i]}|${r.organisationScope === 'any' ? '' : b.menteeOrg[i]}` : '';
    let tally = plain ? this.reasonTally.get(key) : undefined;
    if (!tally) {
      tally = this.tallyRules(active.map(([, keep]) => keep));
      if (plain) this.reasonTally.set(key, tally);
    }
    const { furthest, mentorsLeft, withPlaces, places } = tally;
    if (furthest < active.length) {
      const [, , code, text] = active[furthest]!;
      return { code, text: text() };
    }
    if (withPlaces === 0) return { code: 'no-free-places', text: U.noFreePlaces(mentorsLeft) };
    return { code: 'places-taken', text: U.placesTaken(withPlaces, places) };
  }

  private readonly reasonTally = new Map<
    string,
    { furthest: number; mentorsLeft: number; withPlaces: number; places: number }
  >();

  /**
   * One pass over the mentors: how many rules in a row each passes. The first rule that leaves no one is the
   * rule after the furthest any mentor got; mentors passing all of them are counted for capacity.
   */
  private tallyRules(rules: ((p: number) => boolean)[]) {
    let furthest = 0;
    let mentorsLeft = 0;
    let withPlaces = 0;
    let places = 0;
    for (let p = 0; p < this.bank.mentors.length; p++) {
      let passed = 0;
      while (passed < rules.length && rules[passed]!(p)) passed++;
      if (passed > furthest) furthest = passed;
      if (passed < rules.length) continue;
      mentorsLeft++;
      if (this.freePlaces[p]! > 0) {
        withPlaces++;
        places += this.freePlaces[p]!;
      }
    }
    return { furthest, mentorsLeft, withPlaces, places };
  }

  /**
   * Which hard rules a pair breaks, in words naming the people (empty: the pair is allowed, capacity aside).
   * Locked pairs' warnings, the curator's picks kept across re-runs and acceptance (`checkPairs`) all use it.
   */
  brokenRules(i: number, p: number): string[] {
    const out: string[] = [];
    const b = this.bank;
    const mentee = b.mentees[i]!;
    const mentor = b.mentors[p]!;
    const B = S.broken;
    if (!this.menteeConsents(i)) out.push(B.menteeNoConsent(mentee.fullName));
    const menteeHeld = b.menteeHeld.get(i);
    if (menteeHeld) out.push(B.menteeHeld(mentee.fullName, menteeHeld));
    if (!this.mentorConsents(p)) out.push(B.mentorNoConsent(mentor.fullName));
    if (!this.mentorActive(p)) out.push(B.mentorInactive(mentor.fullName, mentor.status));
    const mentorHeld = b.mentorHeld.get(p);
    if (mentorHeld) out.push(B.mentorHeld(mentor.fullName, mentorHeld));
    if (b.menteeForms[i] === 0) out.push(B.pupilTeacherForm(mentee.fullName));
    else if (!this.formOk(i, p))
      out.push(
        b.mentorForms[p] === 0
          ? B.mentorNoForms(mentor.fullName)
          : B.noCommonForm(mentor.fullName, mentee.fullName, formsOfMask(b.menteeForms[i]!)),
      );
    if (!this.organisationOk(i, p))
      out.push(
        this.settings.rules.organisationScope === 'same'
          ? B.notSameOrganisation(mentor.fullName, mentee.organisation)
          : B.notOtherOrganisation(mentor.fullName),
      );
    if (this.samePerson(i, p)) out.push(B.self(mentee.fullName));
    if (this.isExcluded(i, p)) out.push(B.excluded);
    return out;
  }
}

function intersect(a: Int32Array, b: Int32Array): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length && y < b.length) {
    if (a[x]! < b[y]!) x++;
    else if (a[x]! > b[y]!) y++;
    else {
      out.push(a[x]!);
      x++;
      y++;
    }
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
