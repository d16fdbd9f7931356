/** The extension's IndexedDB store (idb): packages, per-site corrections and settings, and the settings file's schema. */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';
import { ReportPackage } from '../../shared/model';
import {
  formatPath,
  type IndicatorKey,
  IndicatorMappingEntries,
  validateReportPackage,
} from '../../shared/report';
import { ru } from '../strings';

/** One stored package, keyed by organisation, kind and period (a newer import of the same replaces it). */
export interface StoredPackage {
  id: string;
  pkg: ReportPackage;
  importedAt: string;
}

/** Corrections a person made on one site: field signature → indicator key, or null for «do not fill». */
export interface SiteMapping {
  site: string;
  entries: Record<string, IndicatorKey | null>;
}

export interface Settings {
  chosenPackageId: string | null;
  syncUrl: string;
  syncToken: string;
  overwrite: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  chosenPackageId: null,
  syncUrl: '',
  syncToken: '',
  overwrite: false,
};

interface Schema extends DBSchema {
  packages: { key: string; value: StoredPackage };
  mappings: { key: string; value: SiteMapping };
  settings: { key: string; value: { key: string; value: Settings } };
}

export const DB_NAME = 'nastavnik-extension';

export function packageId(pkg: ReportPackage): string {
  return [pkg.kind, pkg.organisation.name, pkg.period.from, pkg.period.to].join('|');
}

/** The site a mapping belongs to: the page's origin and path, without query. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return u.origin + u.pathname;
  } catch {
    return url;
  }
}

/**
 * The settings file. The web-app key is never written into it (a file gets mailed and copied; the key opens
 * the school's package): `syncTokenIncluded: false` and `note` say so to whoever opens it. Files written
 * before that may still carry `syncToken`; it is read only when this browser has no key of its own.
 */
export const SettingsFile = z.object({
  format: z.literal('nastavnik-extension-settings'),
  version: z.literal(1),
  note: z.string().optional(),
  syncTokenIncluded: z.boolean().optional(),
  packages: z.array(z.object({ id: z.string(), pkg: ReportPackage, importedAt: z.string() })),
  mappings: z.array(z.object({ site: z.string(), entries: IndicatorMappingEntries })),
  settings: z.object({
    chosenPackageId: z.string().nullable(),
    syncUrl: z.string(),
    syncToken: z.string().optional(),
    overwrite: z.boolean(),
  }),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

/**
 * The largest settings file read, in bytes: it holds every stored package (11–35 KB each, see
 * MAX_PACKAGE_BYTES), so 50 MB is well over a thousand packages, yet a wrong file is refused before parsing.
 */
export const MAX_SETTINGS_BYTES = 50 * 1024 * 1024;

/** A settings file read back: validated whole (each package as strictly as a package import), or refused with the field that is wrong. */
export function parseSettingsFile(
  text: string,
): { ok: true; file: SettingsFile; warnings: string[] } | { ok: false; error: string } {
  const refuse = (detail: string) => ({ ok: false as const, error: `${ru.errors.settingsFile}: ${detail}` });
  if (text.length > MAX_SETTINGS_BYTES) return refuse(ru.errors.settingsTooLarge);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('не JSON.');
  }
  const res = SettingsFile.safeParse(data);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    return refuse(ru.errors.field(issue.path.map(String).join('.'), issue.message));
  }
  // The same catalog checks as any package import (counts, shares, units); unknown indicators dropped, shown.
  const warnings: string[] = [];
  const packages: StoredPackage[] = [];
  for (const [i, stored] of res.data.packages.entries()) {
    const checked = validateReportPackage(stored.pkg);
    if (!checked.ok) return refuse(ru.errors.field(`packages.${i}.pkg`, checked.error));
    warnings.push(...checked.warnings.map((w) => `${formatPath(['packages', i, 'pkg'])}: ${w}`));
    packages.push({ ...stored, pkg: checked.value });
  }
  return { ok: true, file: { ...res.data, packages }, warnings };
}

/** What importing a settings file will do, worked out before anything is written (the page asks first). */
export interface SettingsImportPlan {
  /** Every package after the import. */
  packages: StoredPackage[];
  /** Stored packages the import deletes (only when asked to replace). */
  removed: string[];
  /** Packages of the file that are new here. */
  added: number;
  /** Stored packages the file's newer copy replaces. */
  updated: number;
  /** Stored packages that stay as they are. */
  kept: number;
  mappings: SiteMapping[];
  /** Sites whose corrections are deleted (only when asked to replace). */
  removedMappings: string[];
  settings: Settings;
  /** The sync address, when the import changes it. */
  syncUrl: { from: string; to: string } | null;
}

export interface StoreContents {
  packages: readonly StoredPackage[];
  mappings: readonly SiteMapping[];
  settings: Settings;
}

/**
 * Merges by default: stored packages stay; a package of the file is added, or replaces the stored one of the
 * same school and period only when it was generated later; corrections are added per site, the stored ones
 * winning. `replace` makes the store exactly the file's packages and corrections. The web-app key here always
 * stays; the sync address is the file's when it has one.
 */
export function planSettingsImport(
  current: StoreContents,
  file: SettingsFile,
  options: { replace?: boolean } = {},
): SettingsImportPlan {
  const replace = options.replace ?? false;
  const byId = new Map(replace ? [] : current.packages.map((p) => [p.id, p] as const));
  let added = 0;
  let updated = 0;
  for (const p of file.packages) {
    const here = byId.get(p.id);
    if (!here) added++;
    else if (p.pkg.generatedAt > here.pkg.generatedAt) updated++;
    else continue;
    byId.set(p.id, p);
  }
  const fileIds = new Set(file.packages.map((p) => p.id));
  const removed = replace ? current.packages.filter((p) => !fileIds.has(p.id)).map((p) => p.id) : [];
  const mappingsBySite = new Map(replace ? [] : current.mappings.map((m) => [m.site, m] as const));
  for (const m of file.mappings) {
    const here = mappingsBySite.get(m.site);
    mappingsBySite.set(m.site, { site: m.site, entries: { ...m.entries, ...(here?.entries ?? {}) } });
  }
  const fileSites = new Set(file.mappings.map((m) => m.site));
  const removedMappings = replace
    ? current.mappings.filter((m) => !fileSites.has(m.site)).map((m) => m.site)
    : [];
  const syncUrl = file.settings.syncUrl.trim() !== '' ? file.settings.syncUrl : current.settings.syncUrl;
  const chosen = [file.settings.chosenPackageId, current.settings.chosenPackageId].find(
    (id) => id !== null && byId.has(id),
  );
  return {
    packages: [...byId.values()],
    removed,
    added,
    updated,
    kept: replace ? 0 : current.packages.length - updated,
    mappings: [...mappingsBySite.values()],
    removedMappings,
    settings: {
      chosenPackageId: chosen ?? null,
      syncUrl,
      syncToken: current.settings.syncToken || (file.settings.syncToken ?? ''),
      overwrite: file.settings.overwrite,
    },
    syncUrl: syncUrl !== current.settings.syncUrl ? { from: current.settings.syncUrl, to: syncUrl } : null,
  };
}

/** The extension's store in IndexedDB, opened in the extension's own pages (never in a content script). */
export class Store {
  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(): Promise<Store> {
    const db = await openDB<Schema>(DB_NAME, 1, {
      upgrade(d) {
        d.createObjectStore('packages', { keyPath: 'id' });
        d.createObjectStore('mappings', { keyPath: 'site' });
        d.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    return new Store(db);
  }

  close(): void {
    this.db.close();
  }

  async putPackage(pkg: ReportPackage, now = new Date().toISOString()): Promise<StoredPackage> {
    const stored = { id: packageId(pkg), pkg, importedAt: now };
    await this.db.put('packages', stored);
    return stored;
  }

  /** Sorted by school, then period (newest first). */
  async listPackages(): Promise<StoredPackage[]> {
    const all = await this.db.getAll('packages');
    return all.sort(
      (a, b) =>
        a.pkg.organisation.name.localeCompare(b.pkg.organisation.name, 'ru') ||
        b.pkg.period.from.localeCompare(a.pkg.period.from),
    );
  }

  async getPackage(id: string): Promise<StoredPackage | undefined> {
    return this.db.get('packages', id);
  }

  async deletePackage(id: string): Promise<void> {
    await this.db.delete('packages', id);
  }

  async getMapping(site: string): Promise<SiteMapping> {
    return (await this.db.get('mappings', site)) ?? { site, entries: {} };
  }

  async listMappings(): Promise<SiteMapping[]> {
    return this.db.getAll('mappings');
  }

  async setMapping(site: string, signature: string, key: IndicatorKey | null): Promise<void> {
    const m = await this.getMapping(site);
    m.entries[signature] = key;
    await this.db.put('mappings', m);
  }

  async deleteMapping(site: string): Promise<void> {
    await this.db.delete('mappings', site);
  }

  async getSettings(): Promise<Settings> {
    return { ...DEFAULT_SETTINGS, ...((await this.db.get('settings', 'settings'))?.value ?? {}) };
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.getSettings()), ...patch };
    await this.db.put('settings', { key: 'settings', value: next });
    return next;
  }

  /** Everything but the web-app key (see SettingsFile). */
  async exportAll(): Promise<SettingsFile> {
    const { syncToken: _key, ...settings } = await this.getSettings();
    return {
      format: 'nastavnik-extension-settings',
      version: 1,
      note: ru.options.exportNote,
      syncTokenIncluded: false,
      packages: await this.listPackages(),
      mappings: await this.listMappings(),
      settings,
    };
  }

  async contents(): Promise<StoreContents> {
    return {
      packages: await this.listPackages(),
      mappings: await this.listMappings(),
      settings: await this.getSettings(),
    };
  }

  /** What importAll would do now (for the page's confirmation). */
  async planImport(file: SettingsFile, options: { replace?: boolean } = {}): Promise<SettingsImportPlan> {
    return planSettingsImport(await this.contents(), file, options);
  }

  /** Imports a validated settings file as planSettingsImport says, in one transaction: all or nothing. */
  async importAll(file: SettingsFile, options: { replace?: boolean } = {}): Promise<SettingsImportPlan> {
    const tx = this.db.transaction(['packages', 'mappings', 'settings'], 'readwrite');
    const packages = tx.objectStore('packages');
    const mappings = tx.objectStore('mappings');
    const settings = tx.objectStore('settings');
    // Planned inside the transaction, from what it reads, so nothing written in between is lost.
    const plan = planSettingsImport(
      {
        packages: await packages.getAll(),
        mappings: await mappings.getAll(),
        settings: { ...DEFAULT_SETTINGS, ...((await settings.get('settings'))?.value ?? {}) },
      },
      file,
      options,
    );
    for (const id of plan.removed) await packages.delete(id);
    for (const site of plan.removedMappings) await mappings.delete(site);
    for (const p of plan.packages) await packages.put(p);
    for (const m of plan.mappings) await mappings.put(m);
    await settings.put({ key: 'settings', value: plan.settings });
    await tx.done;
    return plan;
  }
}
