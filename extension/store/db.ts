import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';
import { ReportPackage } from '../../shared/model/report';
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
  entries: Record<string, string | null>;
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

export const SettingsFile = z.object({
  format: z.literal('nastavnik-extension-settings'),
  version: z.literal(1),
  packages: z.array(z.object({ id: z.string(), pkg: ReportPackage, importedAt: z.string() })),
  mappings: z.array(z.object({ site: z.string(), entries: z.record(z.string(), z.string().nullable()) })),
  settings: z.object({
    chosenPackageId: z.string().nullable(),
    syncUrl: z.string(),
    syncToken: z.string(),
    overwrite: z.boolean(),
  }),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

/** A settings file read back: validated whole, or refused with the field that is wrong. */
export function parseSettingsFile(
  text: string,
): { ok: true; file: SettingsFile } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: `${ru.errors.settingsFile}: не JSON.` };
  }
  const res = SettingsFile.safeParse(data);
  if (res.success) return { ok: true, file: res.data };
  const issue = res.error.issues[0]!;
  return {
    ok: false,
    error: `${ru.errors.settingsFile}: ${ru.errors.field(issue.path.map(String).join('.'), issue.message)}`,
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

  async setMapping(site: string, signature: string, key: string | null): Promise<void> {
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

  async exportAll(): Promise<SettingsFile> {
    return {
      format: 'nastavnik-extension-settings',
      version: 1,
      packages: await this.listPackages(),
      mappings: await this.listMappings(),
      settings: await this.getSettings(),
    };
  }

  /** Replaces everything with a validated settings file, in one transaction: all or nothing. */
  async importAll(file: SettingsFile): Promise<void> {
    const tx = this.db.transaction(['packages', 'mappings', 'settings'], 'readwrite');
    await tx.objectStore('packages').clear();
    await tx.objectStore('mappings').clear();
    for (const p of file.packages) await tx.objectStore('packages').put(p);
    for (const m of file.mappings) await tx.objectStore('mappings').put(m);
    await tx.objectStore('settings').put({ key: 'settings', value: file.settings });
    await tx.done;
  }
}
