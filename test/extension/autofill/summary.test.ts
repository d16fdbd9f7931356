// What the popup receives for a field the engine is not sure of: its confidence and its best indicators.
import { describe, expect, it } from 'vitest';
import { planFill } from '../../../extension/autofill/plan';
import { summarizePlan } from '../../../extension/autofill/summary';
import { page } from '../helpers/byHand';
import { domLibraryVisibility } from '../helpers/fixtures';
import { samplePackage } from '../helpers/samplePackage';

describe('the plan the popup shows', () => {
  it('a field below the bar is not filled and carries its best indicators to choose from', () => {
    // «Пары» alone could be pairs, pairs and groups, pairs by order: with the bar raised it is asked.
    const doc = page(
      '<p><label for="a">Количество наставников</label><input id="a"></p><p><label for="p">Пары</label><input id="p"></p>',
    );
    const plan = planFill(doc, samplePackage(), { isVisible: domLibraryVisibility, minConfidence: 0.9 });
    const summary = summarizePlan(plan);
    const asked = summary.fields.filter((f) => f.reason === 'ask');
    expect(asked.map((f) => f.label)).toEqual(['Пары']);
    expect(summary.fields.find((f) => f.label === 'Количество наставников')).toMatchObject({
      action: 'fill',
      choices: [],
    });
    for (const f of asked) {
      expect(f.action).not.toBe('fill');
      expect(f.choices.length).toBeGreaterThan(1);
      expect(f.choices[0]!.label).not.toBe('');
    }
  });
});
