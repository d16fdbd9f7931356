/** The settings form's model and its conversion to the matching engine's settings (what is saved). */
import type { MatchingSettingsInput } from '../../../shared/matching';
import type { PairingState } from '../../src/pairing/pairingTypes';

export type Scope = 'any' | 'same' | 'other';

export interface SettingsForm {
  preset: string;
  weights: Record<string, number>;
  activeMentor: boolean;
  form: boolean;
  organisationScope: Scope;
  onlyUnpaired: boolean;
}

const presetWeights = (state: PairingState, preset: string) =>
  state.presets.find((p) => p.id === preset)?.weights ?? state.presets[0]?.weights ?? {};

/** The form as the saved settings left it (the preset's weights, with the curator's own numbers on top). */
export function formFromSaved(state: PairingState): SettingsForm {
  const s = state.settings;
  const preset = s.preset ?? 'balanced';
  return {
    preset,
    weights: { ...presetWeights(state, preset), ...(s.weights as Record<string, number> | undefined) },
    activeMentor: s.rules?.activeMentor ?? true,
    form: s.rules?.form ?? true,
    organisationScope: s.rules?.organisationScope ?? 'any',
    onlyUnpaired: s.onlyUnpaired ?? true,
  };
}

/** Choosing a preset resets the weights to it. */
export function withPreset(state: PairingState, form: SettingsForm, preset: string): SettingsForm {
  return { ...form, preset, weights: { ...presetWeights(state, preset) } };
}

/** Settings for the engine: the preset plus only the weights that differ from it. */
export function settingsOf(state: PairingState, form: SettingsForm): MatchingSettingsInput {
  const base = presetWeights(state, form.preset);
  const weights: Record<string, number> = {};
  for (const [k, v] of Object.entries(form.weights)) if (base[k] !== v) weights[k] = v;
  return {
    preset: form.preset as MatchingSettingsInput['preset'],
    ...(Object.keys(weights).length > 0 ? { weights } : {}),
    // No consent setting: consent is always required (an old saved `consent: false` is not sent back).
    rules: {
      activeMentor: form.activeMentor,
      form: form.form,
      organisationScope: form.organisationScope,
    },
    onlyUnpaired: form.onlyUnpaired,
  };
}
