/** The sidebar's matching settings: preset, the criteria weights and the rules, with the «Подобрать пары» button. */
import type { PairingState } from '../../src/pairing/pairingTypes';
import { type Scope, type SettingsForm, withPreset } from './settingsForm';
import { T } from './strings';

interface Props {
  state: PairingState;
  form: SettingsForm;
  busy: boolean;
  onChange: (form: SettingsForm) => void;
  onSuggest: () => void;
}

export function SettingsPanel({ state, form, busy, onChange, onSuggest }: Props) {
  const set = (patch: Partial<SettingsForm>) => onChange({ ...form, ...patch });
  const check = (key: 'activeMentor' | 'form' | 'onlyUnpaired', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        checked={form[key]}
        onChange={(e) => set({ [key]: (e.target as HTMLInputElement).checked })}
      />
      {label}
    </label>
  );
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{T.settingsTitle}</h2>
      <label class="field">
        {T.preset}
        <select
          name="preset"
          value={form.preset}
          onChange={(e) => onChange(withPreset(state, form, (e.target as HTMLSelectElement).value))}
        >
          {state.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <details>
        <summary>{T.weights}</summary>
        {state.criteria.map((c) => (
          <label class="weight" key={c.id}>
            <span>{c.label}</span>
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              name={`weight-${c.id}`}
              value={form.weights[c.id] ?? 0}
              onInput={(e) => {
                const n = Number((e.target as HTMLInputElement).value);
                set({ weights: { ...form.weights, [c.id]: Number.isFinite(n) ? n : 0 } });
              }}
            />
          </label>
        ))}
      </details>
      <fieldset>
        <legend>{T.rules}</legend>
        <p class="muted">{T.consentAlways}</p>
        {check('activeMentor', T.ruleActive)}
        {check('form', T.ruleForm)}
        {check('onlyUnpaired', T.onlyUnpaired)}
        <label class="field">
          {T.scope}
          <select
            name="scope"
            value={form.organisationScope}
            onChange={(e) => set({ organisationScope: (e.target as HTMLSelectElement).value as Scope })}
          >
            <option value="any">{T.scopeAny}</option>
            <option value="same">{T.scopeSame}</option>
            <option value="other">{T.scopeOther}</option>
          </select>
        </label>
      </fieldset>
      <button type="button" class="action" disabled={busy} onClick={onSuggest}>
        {busy ? T.suggesting : T.suggest}
      </button>
    </section>
  );
}
