/** The toolbar popup: pick a package, plan the active tab, preview, answer the engine's questions, fill and undo. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { INDICATORS, isIndicatorKey } from '../../shared/report';
import { ruDate, shownValue } from '../../shared/text';
import { choicesElsewhere } from '../autofill/remembered';
import type { PlanSummary } from '../autofill/summary';
import { type Settings, Store, type StoredPackage, siteKey } from '../store/db';
import { strings } from '../strings';
import { diagnoseTab } from '../tab/access';
import type { PageAnswer, PageCommand } from '../tab/protocol';
import { runInTab, targetTabId } from '../tab/run';
import { Messages } from '../ui/Messages';

const t = strings();

/** The toolbar badge on that tab: how many fields the package can fill there (cleared with null). */
async function showBadge(tabId: number, count: number | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (count) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f6f43' });
      await browser.action.setTitle({ tabId, title: t.popup.badge(count) });
    } else await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
  } catch {
    // A closed tab has no badge to show; nothing to tell the person.
  }
}

export function packageTitle(p: StoredPackage): string {
  const kind = p.pkg.kind === 'district' ? ` (${t.options.district})` : '';
  return `${p.pkg.organisation.name}${kind} — ${p.pkg.period.label || `${ruDate(p.pkg.period.from)} – ${ruDate(p.pkg.period.to)}`}`;
}

export function Popup() {
  const [store, setStore] = useState<Store | null>(null);
  const [packages, setPackages] = useState<StoredPackage[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [plan, setPlan] = useState<PlanSummary | null>(null);
  const [answer, setAnswer] = useState<PageAnswer | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void (async () => {
      const s = await Store.open();
      setStore(s);
      const list = await s.listPackages();
      setPackages(list);
      const st = await s.getSettings();
      if (!st.chosenPackageId || !list.some((p) => p.id === st.chosenPackageId))
        st.chosenPackageId = list[0]?.id ?? null;
      setSettings(st);
      setTabId(await targetTabId());
    })();
  }, []);

  const chosen = packages.find((p) => p.id === settings?.chosenPackageId) ?? null;

  async function run(type: PageCommand['type']): Promise<void> {
    setError('');
    setMessage('');
    if (!store || tabId === null) {
      setError(t.popup.noTab);
      return;
    }
    try {
      let cmd: PageCommand;
      if (type === 'preview' || type === 'fill') {
        if (!chosen || !settings) return;
        const hello = await runInTab(tabId, { type: 'hello' });
        const site = siteKey(hello.url);
        const mapping = await store.getMapping(site);
        // Choices made on other sites are offered first for similar labels here (the engine never fills by them).
        const elsewhere = choicesElsewhere(await store.listMappings(), site);
        cmd = {
          type,
          report: chosen.pkg,
          mappings: mapping.entries,
          elsewhere,
          overwrite: settings.overwrite,
        };
      } else cmd = { type } as PageCommand;
      const res = await runInTab(tabId, cmd);
      setAnswer(res);
      if (res.plan) setPlan(res.plan);
      if (type === 'preview' && res.plan) {
        const fill = res.plan.fields.filter((f) => f.action === 'fill').length;
        setMessage(
          res.plan.fields.length ? t.popup.previewDone(fill, res.plan.fields.length) : t.popup.noFields,
        );
      }
      if (type === 'fill')
        setMessage(t.popup.filled(res.filled ?? 0) + (res.failed ? ` ${t.popup.failed(res.failed)}` : ''));
      if (type === 'undo') setMessage(t.popup.undone(res.undone ?? 0));
      if (type === 'clear') setPlan(null);
      if (res.plan && (type === 'preview' || type === 'fill'))
        void showBadge(tabId, res.plan.fields.filter((f) => f.action === 'fill').length);
      if (type === 'clear' || type === 'undo') void showBadge(tabId, null);
    } catch (e) {
      // The browser's own error text is English and technical: the tab's address tells what to say instead.
      console.warn(e);
      setError(t.popup.problem[await diagnoseTab(tabId)]);
    }
  }

  async function choose(id: string): Promise<void> {
    if (!store) return;
    setSettings(await store.setSettings({ chosenPackageId: id }));
    setPlan(null);
  }

  async function correct(signature: string, key: string): Promise<void> {
    if (!store || !answer) return;
    // The choices are the catalog's keys and «do not fill» (''); anything else is no choice.
    if (key !== '' && !isIndicatorKey(key)) return;
    await store.setMapping(siteKey(answer.url), signature, key === '' ? null : key);
    await run('preview');
    setMessage(t.popup.mappingSaved);
  }

  if (!settings) return <div class="muted">…</div>;
  return (
    <div>
      <h1>{t.appName}</h1>
      {packages.length === 0 ? (
        <p>{t.popup.noPackages}</p>
      ) : (
        <label>
          {t.popup.package}:{' '}
          <select
            id="package"
            value={chosen?.id ?? ''}
            onChange={(e) => choose((e.target as HTMLSelectElement).value)}
          >
            {packages.map((p) => (
              <option key={p.id} value={p.id}>
                {packageTitle(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div>
        <button type="button" id="preview" disabled={!chosen} onClick={() => run('preview')}>
          {t.popup.preview}
        </button>
        <button type="button" id="fill" disabled={!chosen} onClick={() => run('fill')}>
          {t.popup.fill}
        </button>
        <button type="button" id="undo" onClick={() => run('undo')}>
          {t.popup.undo}
        </button>
        <button type="button" id="clear" onClick={() => run('clear')}>
          {t.popup.clear}
        </button>
      </div>
      <label>
        <input
          type="checkbox"
          id="overwrite"
          checked={settings.overwrite}
          onChange={async (e) =>
            store &&
            setSettings(await store.setSettings({ overwrite: (e.target as HTMLInputElement).checked }))
          }
        />{' '}
        {t.popup.overwrite}
      </label>
      <Messages message={message} error={error} />
      {answer?.link && (
        <div id="prefilled">
          <h2>{t.popup.prefilledLink}</h2>
          <a class="link" href={answer.link.url} target="_blank" rel="noreferrer noopener">
            {answer.link.url}
          </a>
          <div>
            <button type="button" onClick={() => navigator.clipboard.writeText(answer.link!.url)}>
              {t.popup.copyLink}
            </button>
          </div>
        </div>
      )}
      {plan && (
        <div>
          <h2>{t.popup.fieldsTitle}</h2>
          <table id="fields">
            <tbody>
              {plan.fields
                .filter((f) => f.reason !== 'hidden')
                .map((f) => (
                  <tr key={f.index} data-index={f.index} class={f.action}>
                    <td>
                      {f.label}
                      {f.choices[0]?.site && (
                        <div class="elsewhere muted">
                          {f.choices[0].label}: {t.popup.choseOn(f.choices[0].site)}
                        </div>
                      )}
                    </td>
                    <td>
                      <select
                        aria-label={f.label}
                        value={f.reason === 'ask' ? '' : (f.indicator ?? '')}
                        onChange={(e) => correct(f.signature, (e.target as HTMLSelectElement).value)}
                      >
                        <option value="">{t.popup.ignore}</option>
                        {/* Below the bar the engine asks: its best guesses come first, then every indicator. */}
                        {f.choices.length > 0 && (
                          <optgroup label={t.popup.likely} class="choices">
                            {f.choices.map((c) => (
                              <option key={`c-${c.key}`} value={c.key}>
                                {c.site ? `${c.label} — ${t.popup.choseOn(c.site)}` : c.label}
                              </option>
                            ))}
                          </optgroup>
                        )}
                        <optgroup label={t.popup.allIndicators}>
                          {INDICATORS.map((d) => (
                            <option key={d.key} value={d.key}>
                              {d.label}
                            </option>
                          ))}
                        </optgroup>
                      </select>
                    </td>
                    <td class="confidence">
                      {f.indicator && f.confidence > 0
                        ? t.popup.confidence(Math.round(f.confidence * 100))
                        : ''}
                    </td>
                    <td>{f.action === 'fill' ? shownValue(f.value) : (t.reasons[f.reason] ?? f.reason)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {plan.missing.length > 0 && (
            <div>
              <h2>{t.popup.missingTitle}</h2>
              <ul id="missing">
                {plan.missing.map((m) => (
                  <li key={m.key}>{m.label}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {t.popup.openOptions}
        </a>
      </p>
    </div>
  );
}
