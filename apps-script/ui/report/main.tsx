/**
 * The district report dialog: settings (saved in the spreadsheet's document properties) and the export of
 * the package as JSON and CSV text to copy or download. Nothing here talks to the network: the file is
 * made in the page (Blob + <a download>).
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportExport } from '../../src/report/reportExport';
import type { ReportSettingsForm } from '../../src/report/reportSettings';
import { R } from '../../src/strings';
import { callServer } from '../shared/server';
import { T } from './strings';

type View = 'settings' | 'export';
const L = R.settingsFields;

function Field(props: { label: string; value: string; type?: string; onInput: (v: string) => void }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}

function Settings() {
  const [form, setForm] = useState<ReportSettingsForm | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    callServer('getReportSettings')
      .then(setForm)
      .catch(() => setErrors([T.failed]));
  }, []);
  if (!form) return <p class={errors.length ? 'error' : 'hint'}>{errors[0] ?? T.loading}</p>;
  // From the latest state: two fields changed before a re-render must both stay changed.
  const set = (k: keyof ReportSettingsForm) => (v: string) => setForm((f) => f && { ...f, [k]: v });
  const save = () => {
    setSaving(true);
    setMessage('');
    callServer('saveReportSettings', form)
      .then((r) => {
        if (r.ok) {
          setErrors([]);
          setMessage(r.message);
        } else setErrors(r.errors);
      })
      .catch(() => setErrors([T.failed]))
      .finally(() => setSaving(false));
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>{T.settings.organisation}</legend>
        <Field label={L['organisation.name']!} value={form.name} onInput={set('name')} />
        <Field label={L['organisation.district']!} value={form.district} onInput={set('district')} />
        <Field label={L['organisation.region']!} value={form.region} onInput={set('region')} />
        <Field label={L['organisation.inn']!} value={form.inn} onInput={set('inn')} />
      </fieldset>
      <fieldset>
        <legend>{T.settings.curator}</legend>
        <p class="hint">{T.settings.curatorHint}</p>
        <Field label={L.curatorName!} value={form.curatorName} onInput={set('curatorName')} />
        <Field label={L.curatorPosition!} value={form.curatorPosition} onInput={set('curatorPosition')} />
        <Field label={L.curatorEmail!} value={form.curatorEmail} onInput={set('curatorEmail')} />
        <Field label={L.curatorPhone!} type="tel" value={form.curatorPhone} onInput={set('curatorPhone')} />
      </fieldset>
      <fieldset>
        <legend>{T.settings.period}</legend>
        <p class="hint">{T.settings.periodHint}</p>
        <Field label={L['period.from']!} type="date" value={form.periodFrom} onInput={set('periodFrom')} />
        <Field label={L['period.to']!} type="date" value={form.periodTo} onInput={set('periodTo')} />
        <Field label={L['period.label']!} value={form.periodLabel} onInput={set('periodLabel')} />
      </fieldset>
      <fieldset>
        <legend>{T.settings.targets}</legend>
        <p class="hint">{T.settings.targetsHint}</p>
        <Field label={L.youngShareTarget!} value={form.youngShareTarget} onInput={set('youngShareTarget')} />
        <Field
          label={L.coverageShareTarget!}
          value={form.coverageShareTarget}
          onInput={set('coverageShareTarget')}
        />
        <p class="hint">{T.settings.totalsHint}</p>
        <Field label={L.teachersTotal!} value={form.teachersTotal} onInput={set('teachersTotal')} />
        <Field label={L.pupilsTotal!} value={form.pupilsTotal} onInput={set('pupilsTotal')} />
        <Field
          label={L.youngTeachersTotal!}
          value={form.youngTeachersTotal}
          onInput={set('youngTeachersTotal')}
        />
      </fieldset>
      <fieldset>
        <legend>{T.settings.practices}</legend>
        <textarea
          class="practices"
          aria-label={L.bestPractices}
          value={form.bestPractices}
          onInput={(e) => set('bestPractices')((e.target as HTMLTextAreaElement).value)}
        />
        <label>
          <input
            type="checkbox"
            name="webIncludeLists"
            checked={form.webIncludeLists}
            onChange={(e) => setForm({ ...form, webIncludeLists: (e.target as HTMLInputElement).checked })}
          />{' '}
          {L.webIncludeLists}
        </label>
        <p class="hint">{T.settings.webListsHint}</p>
      </fieldset>
      {errors.length > 0 && (
        <div class="error" role="alert">
          {T.settings.fixErrors}
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {message && <p class="done">{message}</p>}
      <div class="actions">
        <button type="submit" disabled={saving}>
          {saving ? T.settings.saving : T.settings.save}
        </button>
      </div>
    </form>
  );
}

/** A file made in the page: no network, no server round trip. */
function download(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Output(props: { title: string; text: string; onDownload: () => void; name: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const copy = () => {
    const el = box.current;
    if (!el) return;
    el.select();
    // execCommand works inside the Apps Script dialog's iframe, where the Clipboard API may be denied.
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (_e) {
      ok = false;
    }
    if (ok) return setNote(T.export.copied);
    const clip = navigator.clipboard;
    if (!clip) return setNote(T.export.copyFailed);
    clip.writeText(props.text).then(
      () => setNote(T.export.copied),
      () => setNote(T.export.copyFailed),
    );
  };
  return (
    <section>
      <h3>{props.title}</h3>
      <textarea ref={box} readOnly value={props.text} aria-label={props.title} data-output={props.name} />
      <div class="actions">
        <button type="button" data-download={props.name} onClick={props.onDownload}>
          {T.export.download}
        </button>
        <button type="button" data-copy={props.name} onClick={copy}>
          {T.export.copy}
        </button>
        <span class="hint">{note}</span>
      </div>
    </section>
  );
}

function Export() {
  const [includeLists, setIncludeLists] = useState(false);
  const [data, setData] = useState<ReportExport | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setData(null);
    callServer('reportExport', includeLists)
      .then(setData)
      .catch(() => setFailed(true));
  }, [includeLists]);
  return (
    <div>
      <label>
        <input
          type="checkbox"
          name="includeLists"
          checked={includeLists}
          onChange={(e) => setIncludeLists((e.target as HTMLInputElement).checked)}
        />{' '}
        {T.export.includeLists}
      </label>
      {includeLists ? (
        <p class="warning lists-warning" role="alert">
          {T.export.listsWarning}
        </p>
      ) : (
        <p class="hint">{T.export.aggregateNote}</p>
      )}
      {failed && <p class="error">{T.failed}</p>}
      {!data && !failed && <p class="hint">{T.loading}</p>}
      {data?.status === 'error' && <p class="error">{data.message}</p>}
      {data?.status === 'ok' && (
        <div>
          {data.issues.length > 0 && (
            <div class="warning">
              {T.export.issues(data.issues.length)}
              <ul>
                {data.issues.slice(0, 10).map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            </div>
          )}
          <Output
            name="json"
            title={T.export.json}
            text={data.json}
            onDownload={() => download(`${data.fileName}.json`, data.json, 'application/json')}
          />
          <Output
            name="csv"
            title={T.export.csv}
            text={data.csv}
            onDownload={() => download(`${data.fileName}.csv`, `\uFEFF${data.csv}`, 'text/csv;charset=utf-8')}
          />
          <p class="hint">{T.export.downloadHint}</p>
        </div>
      )}
    </div>
  );
}

function ReportDialog(props: { initial: View }) {
  const [view, setView] = useState<View>(props.initial);
  return (
    <div>
      <div class="tabs" role="tablist">
        {(['settings', 'export'] as const).map((v) => (
          <button
            type="button"
            role="tab"
            key={v}
            data-tab={v}
            aria-selected={view === v}
            class={view === v ? 'tab active' : 'tab'}
            onClick={() => setView(v)}
          >
            {T.tabs[v]}
          </button>
        ))}
      </div>
      {view === 'settings' ? <Settings /> : <Export />}
    </div>
  );
}

/** The server appends <div id="report-view" data-view="…"> after this script: wait for it. */
function start(): void {
  const marker = document.getElementById('report-view');
  const initial: View = marker?.getAttribute('data-view') === 'export' ? 'export' : 'settings';
  render(<ReportDialog initial={initial} />, document.getElementById('app')!);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
