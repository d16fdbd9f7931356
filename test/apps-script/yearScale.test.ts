import { describe, expect, it } from 'vitest';
import { measureYear } from './yearScale';

describe('the pairs’ year at scale', () => {
  it('filing a meeting report, its edit, the daily recompute, the weekly digest, «Панель», accepting a pair and editing «Пары» or «Планы пар» make the same service calls for 50 and 2,000 pairs', async () => {
    const small = await measureYear(50);
    const large = await measureYear(2000);
    expect(large.calls.filing).toEqual(small.calls.filing);
    expect(large.calls.refiling).toEqual(small.calls.refiling);
    expect(large.calls.daily).toEqual(small.calls.daily);
    expect(large.calls.digest).toEqual(small.calls.digest);
    expect(large.calls.dashboard).toEqual(small.calls.dashboard);
    // «Состояние» at once: the same calls whatever the number of pairs, one write of the column.
    expect(large.calls.accept).toEqual(small.calls.accept);
    expect(large.calls.pairsEdit).toEqual(small.calls.pairsEdit);
    expect(large.calls.planEdit).toEqual(small.calls.planEdit);
    // Four charts rebuilt: removed and inserted once each, never a second copy.
    expect(small.calls.dashboard['Sheet.insertChart']).toBe(4);
    expect(small.calls.dashboard['Sheet.removeChart']).toBe(4);
    expect(small.calls.filing['Range.setValues']).toBeLessThanOrEqual(3);
  }, 300_000);
});
