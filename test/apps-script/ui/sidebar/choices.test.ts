import { describe, expect, it } from 'vitest';
import { sidebarView } from '../../../../apps-script/src/pairing/sidebarView';
import { choicesAfter, pick, picksOf, placesNow, without } from '../../../../apps-script/ui/sidebar/choices';
import { suggestPairsFromInput } from '../../../../shared/matching';
import { mentee, mentor, TODAY } from '../../../shared/matching/helpers';

const run = (fixed: { mentorId: string; menteeId: string }[] = [], excluded: typeof fixed = []) => {
  const r = suggestPairsFromInput(
    [mentor('A', { capacity: 1 }), mentor('B', { capacity: 1 }), mentor('C', { capacity: 2 })],
    [mentee('X'), mentee('Y'), mentee('Z')],
    {},
    { today: TODAY, fixed, excluded, locked: [{ mentorId: 'C', menteeId: 'Z' }] },
  );
  if (!r.ok) throw new Error(r.errors.join());
  return sidebarView(r);
};

describe('the curator’s decisions on the cards across a re-run', () => {
  it('a pick goes to the server and comes back kept; ticks stay; a dropped pick comes back unticked', () => {
    const first = run();
    const start = choicesAfter(first, {});
    const x = first.pairs.find((p) => p.menteeId === 'X')!;
    const other = x.alternatives[0]!.mentorId;
    const y = first.pairs.find((p) => p.menteeId === 'Y')!;
    const mine = { ...start, X: pick(x, start.X!, other), Y: { ...start.Y!, accepted: false } };
    expect(picksOf(mine)).toEqual([{ mentorId: other, menteeId: 'X' }]);
    const again = run(picksOf(mine), [{ mentorId: y.mentorId, menteeId: 'Y' }]);
    const kept = choicesAfter(again, mine);
    expect(kept.X).toEqual({ mentorId: other, accepted: true, picked: true });
    expect(kept.Y?.accepted).toBe(false);
    // The pick excluded by the engine (here: the pair is excluded) comes back unticked, not picked.
    const dropped = choicesAfter(run(picksOf(mine), [{ mentorId: other, menteeId: 'X' }]), mine);
    expect(dropped.X?.picked).toBe(false);
    expect(dropped.X?.accepted).toBe(false);
    expect(without(kept, ['X']).X).toBeUndefined();
  });

  it('choosing the engine’s own mentor again is not a pick', () => {
    const r = run();
    const c = choicesAfter(r, {});
    const x = r.pairs.find((p) => p.menteeId === 'X')!;
    expect(pick(x, c.X!, x.mentorId).picked).toBe(false);
  });

  it('places count locked pairs and ticked cards with the mentor each card has now', () => {
    const r = run();
    const c = choicesAfter(r, {});
    const { capacity, taken } = placesNow(r, c);
    expect(capacity.get('C')).toBe(2);
    expect(taken.get('C')).toBe(
      r.locked.filter((p) => p.mentorId === 'C').length + r.suggested.filter(([, m]) => m === 'C').length,
    );
    const x = r.pairs.find((p) => p.menteeId === 'X')!;
    const unticked = placesNow(r, { ...c, X: { ...c.X!, accepted: false } });
    expect(unticked.taken.get(x.mentorId) ?? 0).toBe((taken.get(x.mentorId) ?? 0) - 1);
  });
});

describe('the sidebar’s reply', () => {
  it('carries every suggestion in a compact list and only the first page of cards in full', () => {
    const ms = Array.from({ length: 40 }, (_, p) =>
      mentor(`M${String(p).padStart(2, '0')}`, { capacity: 3 }),
    );
    const es = Array.from({ length: 120 }, (_, i) => mentee(`E${String(i).padStart(3, '0')}`));
    const full = suggestPairsFromInput(ms, es, {}, { today: TODAY });
    if (!full.ok) throw new Error(full.errors.join());
    const view = sidebarView(full);
    expect(view.suggested).toHaveLength(120);
    expect(view.pairs).toHaveLength(50);
    expect(view.pairs).toEqual(full.pairs.slice(0, 50));
    expect(view.suggested.map(([menteeId, mentorId]) => `${menteeId}>${mentorId}`)).toEqual(
      full.pairs.map((p) => `${p.menteeId}>${p.mentorId}`),
    );
    expect(JSON.stringify(view).length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});
