import { describe, expect, it } from 'vitest';
import type { PairingState } from '../../../../apps-script/src/pairing/pairingTypes';
import { formFromSaved, settingsOf, withPreset } from '../../../../apps-script/ui/sidebar/settingsForm';
import { parseMatchingSettings } from '../../../../shared/matching';

const state = (settings: PairingState['settings']) =>
  ({
    settings,
    presets: [
      { id: 'balanced', label: 'Сбалансированный', weights: { subjects: 3, requests: 4 } },
      { id: 'school', label: 'Школа', weights: { subjects: 4, requests: 4 } },
    ],
    criteria: [],
  }) as unknown as PairingState;

describe('sidebar settings form', () => {
  it('starts from the saved settings: the preset, with the curator’s own weights on top', () => {
    // Saved when consent was a checkbox: the old «off» is not read, nor sent back (consent is always on).
    const saved = { preset: 'school', weights: { requests: 9 }, rules: { consent: false } };
    const s = state(saved as PairingState['settings']);
    const f = formFromSaved(s);
    expect(f.preset).toBe('school');
    expect(f.weights).toEqual({ subjects: 4, requests: 9 });
    expect('consent' in f).toBe(false);
    expect(f.activeMentor).toBe(true);
    expect(JSON.stringify(settingsOf(s, f))).not.toContain('consent');
  });

  it('sends the preset plus only the weights that differ from it, in a shape the engine accepts', () => {
    const s = state({});
    const f = formFromSaved(s);
    const out = settingsOf(s, { ...f, weights: { ...f.weights, subjects: 7 }, organisationScope: 'same' });
    expect(out).toEqual({
      preset: 'balanced',
      weights: { subjects: 7 },
      rules: { activeMentor: true, form: true, organisationScope: 'same' },
      onlyUnpaired: true,
    });
    expect(parseMatchingSettings(out).ok).toBe(true);
  });

  it('choosing a preset resets the weights to it', () => {
    const s = state({ weights: { subjects: 1 } });
    expect(withPreset(s, formFromSaved(s), 'school').weights).toEqual({ subjects: 4, requests: 4 });
  });
});
