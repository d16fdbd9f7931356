/** The extension's options page: import packages (file, text, web app), the stored list, district merge, settings export/import, site corrections. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packageSizeProblem } from '../../shared/report';
import { ruDate } from '../../shared/text';
import { mergeSelected } from '../import/merge';
import {
  fetchPackage,
  type ImportResult,
  originPattern,
  packageUrl,
  parsePackageBytes,
  parsePackageText,
} from '../import/package';
import { packageTitle } from '../popup/Popup';
import {
  MAX_SETTINGS_BYTES,
  parseSettingsFile,
  type SettingsFile,
  type SettingsImportPlan,
  type SiteMapping,
  Store,
  type StoredPackage,
} from '../store/db';
import { strings } from '../strings';
import { Messages } from '../ui/Messages';

const t = strings();

export function Options() {
  const [store, setStore] = useState<Store | null>(null);
  // Until the store is open and read, the page says so to assistive technology (and tests wait for it).
  const [loaded, setLoaded] = useState(false);
  const [packages, setPackages] = useState<StoredPackage[]>([]);
  const [mappings, setMappings] = useState<SiteMapping[]>([]);
  const [paste, setPaste] = useState('');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  // What an import dropped (indicators this version does not know): shown, never silent.
  const [warnings, setWarnings] = useState<string[]>([]);
  // A settings file read and checked, waiting for the person's confirmation, with both ways to apply it.
  const [pending, setPending] = useState<{
    file: SettingsFile;
    merge: SettingsImportPlan;
    replace: SettingsImportPlan;
  } | null>(null);
  const [replaceAll, setReplaceAll] = useState(false);
  // District merge: ticked packages, the district's name, expected schools, the last merge report.
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [districtName, setDistrictName] = useState('');
  const [expected, setExpected] = useState('');
  const [mergeLines, setMergeLines] = useState<string[]>([]);

  async function refresh(s: Store): Promise<void> {
    setPackages(await s.listPackages());
    setMappings(await s.listMappings());
  }

  useEffect(() => {
    void (async () => {
      const s = await Store.open();
      setStore(s);
      const st = await s.getSettings();
      // What the person already typed while the store was opening wins over the saved address.
      setUrl((typed) => typed || st.syncUrl);
      setToken((typed) => typed || st.syncToken);
      await refresh(s);
      setLoaded(true);
    })();
  }, []);

  /** Stores a package only when it is valid; a refused import leaves the store as it was. */
  async function accept(res: ImportResult): Promise<void> {
    setMessage('');
    setError('');
    setWarnings([]);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    if (!store) return;
    const stored = await store.putPackage(res.pkg);
    await store.setSettings({ chosenPackageId: stored.id });
    setWarnings(res.warnings);
    setMessage(
      t.options.imported(
        res.pkg.organisation.name,
        res.pkg.period.label || `${ruDate(res.pkg.period.from)} – ${ruDate(res.pkg.period.to)}`,
      ),
    );
    await refresh(store);
  }

  async function remove(what: () => Promise<void> | undefined): Promise<void> {
    await what();
    if (store) await refresh(store);
  }

  async function onFile(e: Event): Promise<void> {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    // The size before reading the file into memory.
    const tooLarge = packageSizeProblem(file.size);
    await accept(
      tooLarge
        ? { ok: false, error: tooLarge }
        : parsePackageBytes(new Uint8Array(await file.arrayBuffer()), file.name),
    );
    (e.target as HTMLInputElement).value = '';
  }

  /**
   * The only network request the extension makes: to the address the person typed, with their permission.
   * The permission is requested straight from the click, with nothing awaited before it: Firefox refuses a
   * request that does not come from a user action (and Chrome answers `true` at once when it is granted).
   */
  function onUrl(): void {
    setMessage('');
    setError('');
    setWarnings([]);
    const u = packageUrl(url, token);
    if (!u) {
      setError(t.errors.badUrl);
      return;
    }
    let asked: Promise<boolean>;
    try {
      asked = browser.permissions.request({ origins: [originPattern(u)] });
    } catch {
      asked = Promise.reject(new Error('permissions.request'));
    }
    void asked.then(
      async (granted) => {
        if (!granted) {
          setError(t.errors.permission);
          return;
        }
        await store?.setSettings({ syncUrl: url, syncToken: token });
        await accept(await fetchPackage(url, token));
      },
      () => setError(t.errors.permissionFailed),
    );
  }

  function toggle(id: string, on: boolean): void {
    setPicked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** Sums the ticked school packages (shared/report mergePackages) and stores the district package. */
  async function mergeDistrict(): Promise<void> {
    setMessage('');
    setError('');
    setMergeLines([]);
    const chosen = packages.filter((p) => picked.has(p.id)).map((p) => p.pkg);
    const res = mergeSelected(chosen, { districtName, expected }, t);
    if (!res.ok) {
      setError(res.error);
      return;
    }
    if (!store) return;
    const stored = await store.putPackage(res.pkg);
    await store.setSettings({ chosenPackageId: stored.id });
    setMessage(t.merge.done(res.pkg.organisation.name, res.report.included.length));
    setMergeLines(res.lines);
    setPicked(new Set());
    await refresh(store);
  }

  async function exportSettings(): Promise<void> {
    if (!store) return;
    const blob = new Blob([JSON.stringify(await store.exportAll(), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'nastavnik-extension-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** Reads and checks a settings file, then asks: nothing is written until the person confirms. */
  async function importSettings(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !store) return;
    setMessage('');
    setError('');
    setWarnings([]);
    setPending(null);
    const res =
      file.size > MAX_SETTINGS_BYTES
        ? { ok: false as const, error: `${t.errors.settingsFile}: ${t.errors.settingsTooLarge}` }
        : parseSettingsFile(await file.text());
    if (!res.ok) {
      setError(res.error);
      return;
    }
    setWarnings(res.warnings);
    setReplaceAll(false);
    setPending({
      file: res.file,
      merge: await store.planImport(res.file),
      replace: await store.planImport(res.file, { replace: true }),
    });
  }

  async function applySettings(): Promise<void> {
    if (!store || !pending) return;
    const plan = await store.importAll(pending.file, { replace: replaceAll });
    setPending(null);
    setUrl(plan.settings.syncUrl);
    setToken(plan.settings.syncToken);
    setMessage(t.options.settingsDone(plan.added, plan.updated, plan.removed.length));
    await refresh(store);
  }

  function cancelSettings(): void {
    setPending(null);
    setWarnings([]);
    setMessage(t.options.settingsCancelled);
  }

  /** The confirmation's lines: what will be added, replaced or deleted, and the sync address. */
  function planLines(file: SettingsFile, plan: SettingsImportPlan): string[] {
    const o = t.options;
    return [
      replaceAll
        ? o.confirmReplacePackages(file.packages.length, plan.removed.length)
        : o.confirmPackages(file.packages.length, plan.added, plan.updated, plan.kept),
      o.confirmMappings(file.mappings.length, plan.removedMappings.length),
      plan.syncUrl ? o.confirmSyncUrl(plan.syncUrl.from, plan.syncUrl.to) : o.confirmSyncUrlSame,
      o.confirmKey,
    ];
  }

  return (
    <div aria-busy={!loaded}>
      <h1>{t.options.title}</h1>
      <Messages message={message} error={error} />
      {warnings.length > 0 && (
        <div class="err" id="warnings" style={{ whiteSpace: 'pre-line' }}>
          {[t.options.warnings, ...warnings.map((w) => `• ${w}`)].join('\n')}
        </div>
      )}
      <h2>{t.options.packages}</h2>
      {packages.length === 0 ? (
        <p class="muted">{t.options.noPackages}</p>
      ) : (
        <table id="packages">
          <tbody>
            {packages.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.pkg.kind === 'school' && (
                    <input
                      type="checkbox"
                      name="merge"
                      value={p.id}
                      aria-label={`${t.merge.select}: ${packageTitle(p)}`}
                      checked={picked.has(p.id)}
                      onChange={(e) => toggle(p.id, (e.target as HTMLInputElement).checked)}
                    />
                  )}
                </td>
                <td>{packageTitle(p)}</td>
                <td class="muted">
                  {t.options.generated} {ruDate(p.pkg.generatedAt)}
                </td>
                <td>
                  <button type="button" onClick={() => remove(() => store?.deletePackage(p.id))}>
                    {t.options.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {packages.some((p) => p.pkg.kind === 'school') && (
        <section id="merge">
          <h3>{t.merge.title}</h3>
          <p class="muted">{t.merge.hint}</p>
          <p>
            <label>
              {t.merge.districtName}:{' '}
              <input
                type="text"
                id="merge-district"
                value={districtName}
                onInput={(e) => setDistrictName((e.target as HTMLInputElement).value)}
              />
            </label>
          </p>
          <p>
            <label for="merge-expected">{t.merge.expected}</label>
            <textarea
              id="merge-expected"
              value={expected}
              onInput={(e) => setExpected((e.target as HTMLTextAreaElement).value)}
            />
          </p>
          <button type="button" id="merge-button" onClick={mergeDistrict}>
            {t.merge.button}
          </button>
          {mergeLines.length > 0 && (
            <div id="merge-report" class="msg" style={{ whiteSpace: 'pre-line' }}>
              {mergeLines.join('\n')}
            </div>
          )}
        </section>
      )}
      <h2>{t.options.importTitle}</h2>
      <p>
        <label>
          {t.options.importFile}:{' '}
          <input
            type="file"
            id="import-file"
            accept=".json,.csv,application/json,text/csv"
            onChange={onFile}
          />
        </label>
      </p>
      <p>
        <label for="import-text">{t.options.importPaste}</label>
        <textarea
          id="import-text"
          value={paste}
          onInput={(e) => setPaste((e.target as HTMLTextAreaElement).value)}
        />
        <button type="button" id="import-text-button" onClick={() => accept(parsePackageText(paste))}>
          {t.options.importPasteButton}
        </button>
      </p>
      <p>
        <label>
          {t.options.importUrl}:{' '}
          <input
            type="url"
            id="import-url"
            size={50}
            value={url}
            onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <label>
          {t.options.importToken}:{' '}
          <input
            type="password"
            id="import-token"
            value={token}
            onInput={(e) => setToken((e.target as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="button" id="import-url-button" onClick={onUrl}>
          {t.options.importUrlButton}
        </button>
      </p>
      <h2>{t.options.mappings}</h2>
      {mappings.length === 0 ? (
        <p class="muted">{t.options.noMappings}</p>
      ) : (
        <table id="mappings">
          <tbody>
            {mappings.map((m) => (
              <tr key={m.site}>
                <td>{m.site}</td>
                <td>{Object.keys(m.entries).length}</td>
                <td>
                  <button type="button" onClick={() => remove(() => store?.deleteMapping(m.site))}>
                    {t.options.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.options.settings}</h2>
      <button type="button" id="export-settings" onClick={exportSettings}>
        {t.options.exportSettings}
      </button>{' '}
      <label>
        {t.options.importSettings}:{' '}
        <input type="file" id="import-settings" accept=".json,application/json" onChange={importSettings} />
      </label>
      {pending && (
        <section id="settings-confirm" class="msg">
          <h3>{t.options.confirmTitle}</h3>
          <ul id="settings-plan">
            {planLines(pending.file, replaceAll ? pending.replace : pending.merge).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p>
            <label>
              <input
                type="checkbox"
                id="settings-replace"
                checked={replaceAll}
                onChange={(e) => setReplaceAll((e.target as HTMLInputElement).checked)}
              />{' '}
              {t.options.confirmReplace(pending.replace.removed.length)}
            </label>
          </p>
          <button type="button" id="settings-apply" onClick={applySettings}>
            {t.options.confirmApply}
          </button>{' '}
          <button type="button" id="settings-cancel" onClick={cancelSettings}>
            {t.options.confirmCancel}
          </button>
        </section>
      )}
    </div>
  );
}
