import { describe, expect, it } from 'vitest';
import { planFill } from '../../../extension/autofill';
import { domLibraryVisibility, loadFixture } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

describe('planFill with indicators that have no value', () => {
  it('an indicator whose null value arrived as undefined (chrome.scripting args) is skipped, not a crash', () => {
    const { document } = loadFixture('plain');
    const pkg = samplePackage();
    const best = pkg.indicators.find((i) => i.key === 'bestPractices')!;
    delete (best as { value?: unknown }).value;
    const plan = planFill(document, pkg, { isVisible: domLibraryVisibility });
    const field = plan.fields.find((f) => f.element.id === 'best')!;
    expect(field.action).toBe('skip');
    expect(plan.fields.some((f) => f.action === 'fill')).toBe(true);
  });
});
