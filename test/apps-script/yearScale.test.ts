import { describe, expect, it } from 'vitest';
import { measureYear } from './yearScale';

describe('the pairs’ year at scale', () => {
  it('filing a meeting report, its edit and the daily recompute make the same service calls for 50 and 2,000 pairs', async () => {
    const small = await measureYear(50);
    const large = await measureYear(2000);
    expect(large.calls.filing).toEqual(small.calls.filing);
    expect(large.calls.refiling).toEqual(small.calls.refiling);
    expect(large.calls.daily).toEqual(small.calls.daily);
    expect(small.calls.filing['Range.setValues']).toBeLessThanOrEqual(3);
  }, 300_000);
});
