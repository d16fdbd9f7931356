/**
 * Who is the same person: the one definition that the banks' repeat warnings, form filing, matching and the
 * report's counts all use.
 *
 * - The e-mail is the identity. Two records with the same e-mail are the same person, whatever their names
 *   (a typo in a name, a name changed on marriage).
 * - A name is not an identity: two teachers may share one, and anyone who knows a mentor's name can type it
 *   into a form. The same ФИО in the same organisation (or where either organisation is not given) only
 *   makes a *possible* repeat, for the curator to decide; nothing is ever merged or overwritten on a name.
 * - The same ФИО in two different organisations are two people (a district has namesakes).
 */
import { normalizeText } from '../text';

export interface PersonRef {
  fullName: string;
  email: string | null;
  organisation?: string;
}

/** `same`: one person (same e-mail); `possible`: a namesake the curator should look at; `different`. */
export type Sameness = 'same' | 'possible' | 'different';

export interface IdentityKeys {
  /** Lower-case, trimmed; null when there is no address. */
  email: string | null;
  /** ФИО with case, ё/е, spaces and punctuation ignored; '' when there is no name. */
  name: string;
  /** Organisation the same way; '' when not given. */
  organisation: string;
}

export function identityKeys(p: PersonRef): IdentityKeys {
  const email = (p.email ?? '').trim().toLowerCase();
  return {
    email: email === '' ? null : email,
    name: normalizeText(p.fullName ?? ''),
    organisation: normalizeText(p.organisation ?? ''),
  };
}

export function samenessOfKeys(a: IdentityKeys, b: IdentityKeys): Sameness {
  if (a.email !== null && a.email === b.email) return 'same';
  if (a.name === '' || a.name !== b.name) return 'different';
  if (a.organisation !== '' && b.organisation !== '' && a.organisation !== b.organisation) return 'different';
  return 'possible';
}

export function sameness(a: PersonRef, b: PersonRef): Sameness {
  return samenessOfKeys(identityKeys(a), identityKeys(b));
}

export interface IdentityMatch<T> {
  /** The record with the same e-mail, if any (the first one when a bank already repeats it). */
  same: T | undefined;
  /** Namesakes that may be this person; never to be merged without the curator. */
  possible: T[];
}

/** Looks a person up in a list: the one with the same e-mail, and the namesakes that may be them. */
export function findIdentity<T>(
  list: readonly T[],
  who: PersonRef,
  ref: (item: T) => PersonRef,
): IdentityMatch<T> {
  const keys = identityKeys(who);
  let same: T | undefined;
  const possible: T[] = [];
  for (const item of list) {
    const s = samenessOfKeys(keys, identityKeys(ref(item)));
    if (s === 'same') same ??= item;
    else if (s === 'possible') possible.push(item);
  }
  return { same, possible };
}

/**
 * Indexes a list for repeated look-ups (a bank against another bank, a bank against itself): by e-mail and
 * by name, then the rule above decides. Linear to build, near-constant per look-up.
 */
export class IdentityIndex<T> {
  private readonly byEmail = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly keys: IdentityKeys[];
  constructor(
    private readonly list: readonly T[],
    ref: (item: T) => PersonRef,
  ) {
    this.keys = list.map((item) => identityKeys(ref(item)));
    this.keys.forEach((k, i) => {
      if (k.email !== null) push(this.byEmail, k.email, i);
      if (k.name !== '') push(this.byName, k.name, i);
    });
  }
  /** Indexes (ascending) of the records that are `same` or `possible` for `who`, with which. */
  matches(who: PersonRef): { index: number; sameness: Exclude<Sameness, 'different'> }[] {
    return this.matchesOfKeys(identityKeys(who));
  }

  /** `matches` for the list's own record `index` (its keys are already known). */
  matchesOf(index: number): { index: number; sameness: Exclude<Sameness, 'different'> }[] {
    return this.matchesOfKeys(this.keys[index]!);
  }

  /** `matches` by keys already computed. */
  private matchesOfKeys(keys: IdentityKeys): { index: number; sameness: Exclude<Sameness, 'different'> }[] {
    // Both lists are ascending (indexes pushed in order): merged without a set, as this runs once a person.
    const a = keys.email !== null ? (this.byEmail.get(keys.email) ?? NONE) : NONE;
    const b = keys.name !== '' ? (this.byName.get(keys.name) ?? NONE) : NONE;
    const out: { index: number; sameness: Exclude<Sameness, 'different'> }[] = [];
    let x = 0;
    let y = 0;
    while (x < a.length || y < b.length) {
      const index = y >= b.length || (x < a.length && a[x]! <= b[y]!) ? a[x]! : b[y]!;
      while (x < a.length && a[x] === index) x++;
      while (y < b.length && b[y] === index) y++;
      const s = samenessOfKeys(keys, this.keys[index]!);
      if (s !== 'different') out.push({ index, sameness: s });
    }
    return out;
  }

  item(index: number): T {
    return this.list[index]!;
  }
}

const NONE: readonly number[] = [];

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** What the bank's «Возможный повтор» cell says: nothing, «нет» (the curator's word: another person), or IDs. */
export type RepeatMark = { kind: 'none' } | { kind: 'distinct' } | { kind: 'repeatOf'; ids: string[] };

/** Words a curator writes to say «this is another person» (the decision that releases the row). */
const DISTINCT_WORDS = new Set([
  'нет',
  'не повтор',
  'другой человек',
  'разные люди',
  'разные',
  'no',
  'not a repeat',
]);

export function readRepeatMark(text: string | null | undefined): RepeatMark {
  const t = normalizeText(text ?? '');
  if (t === '') return { kind: 'none' };
  if (DISTINCT_WORDS.has(t)) return { kind: 'distinct' };
  const ids = String(text)
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return { kind: 'repeatOf', ids };
}

export interface HeldRepeat {
  /** Index of the earlier record this one may repeat (-1 when the mark names an ID not in the list). */
  of: number;
  sameness: Exclude<Sameness, 'different'>;
}

/**
 * The records of one bank to keep out of pairing until the curator decides: a record that is the same person
 * as an earlier one, or a namesake of one, unless its «Возможный повтор» cell says «нет»; and any record the
 * add-on marked as a possible repeat that the curator has not released. «Earlier» is by ID (the add-on gives
 * IDs in the order people arrive), so sorting a sheet never moves the hold from one row to the other; records
 * without IDs go by their order in the list.
 */
export function heldRepeats<T>(
  list: readonly T[],
  ref: (item: T) => PersonRef & { id?: string; repeatOf?: string | null },
): Map<number, HeldRepeat> {
  const held = new Map<number, HeldRepeat>();
  const index = new IdentityIndex(list, ref);
  const byId = new Map<string, number>();
  const rank = new Map<number, number>();
  const order = list
    .map((item, i) => ({ i, id: ref(item).id ?? '' }))
    .sort((a, b) => ID_ORDER.compare(a.id, b.id) || a.i - b.i);
  for (let r = 0; r < order.length; r++) rank.set(order[r]!.i, r);
  list.forEach((item, i) => {
    const id = ref(item).id;
    if (id && !byId.has(id)) byId.set(id, i);
  });
  list.forEach((item, i) => {
    const r = ref(item);
    const mark = readRepeatMark(r.repeatOf);
    if (mark.kind === 'distinct') return;
    const earlier = index
      .matchesOf(i)
      .filter((m) => rank.get(m.index)! < rank.get(i)!)
      .sort((a, b) => rank.get(a.index)! - rank.get(b.index)!)[0];
    if (earlier) {
      held.set(i, { of: earlier.index, sameness: earlier.sameness });
      return;
    }
    if (mark.kind === 'repeatOf') {
      const of = mark.ids.map((id) => byId.get(id)).find((x) => x !== undefined && x !== i);
      held.set(i, { of: of ?? -1, sameness: 'possible' });
    }
  });
  return held;
}

/** IDs such as NS-0009 and NS-0010 in the order they were given (digits compared as numbers). */
const ID_ORDER = new Intl.Collator('en', { numeric: true });
