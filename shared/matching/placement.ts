/**
 * Most mentees placed, by the hard rules and the places alone (scores aside): a maximum b-matching of mentees
 * to mentors with capacities, grown from a given placement by augmenting paths over the whole bank.
 */

/**
 * Who may take whom: mentee row r may go to the mentors `lists[kindOf[r]]` (mentees alike share one list, so
 * the graph is held per kind, not per pair).
 */
export interface AllowedGraph {
  kindOf: Int32Array;
  lists: Int32Array[];
}

/**
 * Grows `mentorOf` (mentor of each row, −1 when unplaced; changed in place) to a placement of as many rows as
 * the graph and `capacity` allow, and returns how many rows it added. Each phase is one breadth-first search
 * from every unplaced row at once: a mentor with a free place ends an augmenting path, a full mentor leads on
 * to the rows it holds. A phase that finds no path proves the placement maximum (Berge). A mentor is reached
 * once per phase, so the rows of one kind share one position in their list: a phase costs at most
 * kinds × mentors + rows steps, not a step per allowed pair.
 */
export function maximumPlacement(graph: AllowedGraph, capacity: Int32Array, mentorOf: Int32Array): number {
  const { kindOf, lists } = graph;
  const n = mentorOf.length;
  const M = capacity.length;
  const load = new Int32Array(M);
  for (let r = 0; r < n; r++) if (mentorOf[r]! >= 0) load[mentorOf[r]!]!++;
  // Greedy first: each unplaced row takes the first mentor of its list with a free place (a kind's position
  // only moves past full mentors, which stay full).
  const at = new Int32Array(lists.length);
  let added = 0;
  for (let r = 0; r < n; r++) {
    if (mentorOf[r]! >= 0) continue;
    const k = kindOf[r]!;
    const list = lists[k]!;
    let q = at[k]!;
    while (q < list.length && load[list[q]!]! >= capacity[list[q]!]!) q++;
    at[k] = q;
    if (q < list.length) {
      mentorOf[r] = list[q]!;
      load[list[q]!]!++;
      added++;
    }
  }
  // Rows held by each mentor, as linked lists (a row is held by one mentor at a time).
  const head = new Int32Array(M).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const hold = (r: number, p: number) => {
    prev[r] = -1;
    next[r] = head[p]!;
    if (head[p]! >= 0) prev[head[p]!] = r;
    head[p] = r;
  };
  const release = (r: number, p: number) => {
    if (prev[r]! >= 0) next[prev[r]!] = next[r]!;
    else head[p] = next[r]!;
    if (next[r]! >= 0) prev[next[r]!] = prev[r]!;
  };
  for (let r = 0; r < n; r++) if (mentorOf[r]! >= 0) hold(r, mentorOf[r]!);

  const seenMentor = new Uint8Array(M);
  const seenRow = new Uint8Array(n);
  const moved = new Uint8Array(n);
  const reachedFrom = new Int32Array(M);
  const queue = new Int32Array(n);
  for (;;) {
    seenMentor.fill(0);
    seenRow.fill(0);
    moved.fill(0);
    at.fill(0);
    let tail = 0;
    for (let r = 0; r < n; r++)
      if (mentorOf[r] === -1 && lists[kindOf[r]!]!.length > 0) {
        queue[tail++] = r;
        seenRow[r] = 1;
      }
    if (tail === 0) break;
    let found = 0;
    for (let h = 0; h < tail; h++) {
      const r = queue[h]!;
      if (moved[r] === 1) continue;
      const k = kindOf[r]!;
      const list = lists[k]!;
      let q = at[k]!;
      while (q < list.length) {
        const p = list[q++]!;
        if (seenMentor[p] === 1) continue;
        seenMentor[p] = 1;
        reachedFrom[p] = r;
        if (load[p]! < capacity[p]!) {
          // An augmenting path, unless an earlier path of this phase moved a row on it (then the next phase
          // finds it again).
          let ok = true;
          for (let x = r; ; ) {
            if (moved[x] === 1) {
              ok = false;
              break;
            }
            const held = mentorOf[x]!;
            if (held < 0) break;
            x = reachedFrom[held]!;
          }
          if (!ok) continue;
          load[p]!++;
          let x = r;
          let to = p;
          for (;;) {
            moved[x] = 1;
            const from = mentorOf[x]!;
            if (from >= 0) release(x, from);
            mentorOf[x] = to;
            hold(x, to);
            if (from < 0) break;
            to = from;
            x = reachedFrom[from]!;
          }
          found++;
          break;
        }
        for (let y = head[p]!; y >= 0; y = next[y]!)
          if (seenRow[y] === 0) {
            seenRow[y] = 1;
            queue[tail++] = y;
          }
      }
      at[k] = q;
    }
    if (found === 0) break;
    added += found;
  }
  return added;
}
