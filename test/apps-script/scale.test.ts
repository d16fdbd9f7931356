import { describe, expect, it } from 'vitest';
import { measure } from './scale';

describe('batched sheet I/O', () => {
  it('setup, import and refresh make the same service calls for 50 and 1,500 rows', async () => {
    const small = await measure(50);
    const large = await measure(1500);
    expect(large.calls.setup).toEqual(small.calls.setup);
    expect(large.calls.refresh).toEqual(small.calls.refresh);
    // Growing the sheet past its 1,000 rows is the one extra call a large import makes.
    const { 'Sheet.insertRowsAfter': grew, ...rest } = large.calls.import;
    expect(grew).toBe(1);
    expect(rest).toEqual(small.calls.import);
    expect(large.calls.import['Range.setValues']).toBeLessThanOrEqual(3);
  });
});
