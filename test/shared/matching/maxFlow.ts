/** The most mentees a bank can place, by a plain maximum flow over the hard rules written out independently (tests and the matching bench). */
import type { MenteeRow, MentorRow } from './helpers';

const PUPIL_FORMS = ['teacher-student', 'student-student', 'university-student'];

/** The hard rules written out plainly (default settings: consent, active mentor, form; any organisation). */
export function allowed(a: MentorRow, e: MenteeRow): boolean {
  if (a.consent !== true || e.consent !== true || (a.status ?? 'active') !== 'active') return false;
  const forms = (a.forms ?? []) as string[];
  if (e.role === 'student') {
    if (e.wantedForm === 'teacher-teacher') return false;
    return e.wantedForm ? forms.includes(e.wantedForm) : forms.some((f) => PUPIL_FORMS.includes(f));
  }
  return forms.includes(e.wantedForm ?? 'teacher-teacher');
}

/**
 * The most mentees that can be placed: a plain maximum flow (source → mentee → mentor → sink, Edmonds–Karp).
 * People whose rule-relevant fields agree are one node carrying their count (or places), which gives the
 * same maximum with far fewer edges at region size.
 */
export function maxPlaced(ms: MentorRow[], es: MenteeRow[]): number {
  const key = (x: object, fields: string[]) =>
    JSON.stringify(fields.map((f) => (x as Record<string, unknown>)[f] ?? null));
  const group = <T extends object>(xs: T[], fields: string[], weight: (x: T) => number) => {
    const m = new Map<string, { rep: T; w: number }>();
    for (const x of xs) {
      const k = key(x, fields);
      const g = m.get(k) ?? { rep: x, w: 0 };
      g.w += weight(x);
      m.set(k, g);
    }
    return [...m.values()];
  };
  const A = group(ms, ['consent', 'status', 'forms'], (a) => a.capacity as number);
  const E = group(es, ['consent', 'role', 'wantedForm'], () => 1);
  // Nodes: 0 source, 1…|E| mentee groups, then mentor groups, then the sink.
  const n = 2 + E.length + A.length;
  const sink = n - 1;
  const cap = new Map<number, number>();
  const adj: number[][] = Array.from({ length: n }, () => []);
  const edge = (u: number, v: number, c: number) => {
    adj[u]!.push(v);
    adj[v]!.push(u);
    cap.set(u * n + v, (cap.get(u * n + v) ?? 0) + c);
    if (!cap.has(v * n + u)) cap.set(v * n + u, 0);
  };
  E.forEach((e, x) => {
    edge(0, 1 + x, e.w);
    A.forEach((a, y) => {
      if (allowed(a.rep, e.rep)) edge(1 + x, 1 + E.length + y, Number.POSITIVE_INFINITY);
    });
  });
  A.forEach((a, y) => {
    edge(1 + E.length + y, sink, a.w);
  });
  let flow = 0;
  for (;;) {
    const from = new Array<number>(n).fill(-1);
    from[0] = 0;
    const queue = [0];
    for (let q = 0; q < queue.length && from[sink] === -1; q++)
      for (const v of adj[queue[q]!]!)
        if (from[v] === -1 && cap.get(queue[q]! * n + v)! > 0) {
          from[v] = queue[q]!;
          queue.push(v);
        }
    if (from[sink] === -1) return flow;
    let push = Number.POSITIVE_INFINITY;
    for (let v = sink; v !== 0; v = from[v]!) push = Math.min(push, cap.get(from[v]! * n + v)!);
    for (let v = sink; v !== 0; v = from[v]!) {
      cap.set(from[v]! * n + v, cap.get(from[v]! * n + v)! - push);
      cap.set(v * n + from[v]!, cap.get(v * n + from[v]!)! + push);
    }
    flow += push;
  }
}
