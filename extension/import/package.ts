/** Reading a report package into the extension (JSON, CSV, a file's bytes, the web app's URL with its key), validated by shared/report. */
import { decodeCsvBytes } from '../../shared/csv';
import type { ReportPackage } from '../../shared/model';
import {
  MAX_PACKAGE_BYTES,
  packageFromCsv,
  packageSizeProblem,
  packageTextSizeProblem,
  readWebAppAnswer,
  type ValidationResult,
  validateReportPackage,
} from '../../shared/report';
import { strings } from '../strings';

/** A package read and checked; `warnings` (indicators this version does not know, dropped) must be shown. */
export type ImportResult =
  | { ok: true; pkg: ReportPackage; warnings: string[] }
  | { ok: false; error: string };

const t = strings().errors;

/** The one validator and CSV reader of packages live in shared/report; the extension only adapts results. */
function adapt(res: ValidationResult<ReportPackage>, prefix = ''): ImportResult {
  return res.ok
    ? { ok: true, pkg: res.value, warnings: res.warnings.map((w) => prefix + w) }
    : { ok: false, error: prefix + res.error };
}

/** Validates an object as a report package; the first problem is named by its field. */
export function validatePackage(data: unknown): ImportResult {
  return adapt(validateReportPackage(data));
}

export function parsePackageJson(text: string): ImportResult {
  const tooLarge = packageTextSizeProblem(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t.notJson };
  }
  return validatePackage(data);
}

/** The CSV form of a package, as the add-on exports it (shared/report/csv.ts describes the layout). */
export function parsePackageCsv(text: string): ImportResult {
  return adapt(packageFromCsv(text), 'CSV, ');
}

/** Pasted text: JSON if it looks like JSON, CSV otherwise. */
export function parsePackageText(text: string): ImportResult {
  const s = text.replace(/^\uFEFF/, '').trim();
  if (!s) return { ok: false, error: t.empty };
  return s.startsWith('{') ? parsePackageJson(s) : parsePackageCsv(s);
}

/** A file's bytes: JSON (UTF-8) or CSV (UTF-8 or Windows-1251, as Excel saves it). */
export function parsePackageBytes(bytes: Uint8Array, fileName = ''): ImportResult {
  if (!bytes.length) return { ok: false, error: t.empty };
  // Before decoding: a wrong large file is refused at once instead of freezing the page.
  const tooLarge = packageSizeProblem(bytes.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/\.json$/i.test(fileName) || head.startsWith('{'))
    return parsePackageJson(new TextDecoder('utf-8').decode(bytes));
  return parsePackageCsv(decodeCsvBytes(bytes).text);
}

/** The permission pattern for the address's host (any port: a subset of the manifest's optional hosts). */
export function originPattern(u: URL): string {
  return `${u.protocol}//${u.hostname}/*`;
}

/** The add-on's web-app URL with its token: `…/exec?token=…`. Only https (or a local test server). */
export function packageUrl(url: string, token: string): URL | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  const local = u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
  if (u.protocol !== 'https:' && !local) return null;
  if (token.trim()) u.searchParams.set('token', token.trim());
  return u;
}

export async function fetchPackage(
  url: string,
  token: string,
  fetchFn: typeof fetch = fetch,
): Promise<ImportResult> {
  const u = packageUrl(url, token);
  if (!u) return { ok: false, error: t.badUrl };
  let res: Response;
  try {
    res = await fetchFn(u.toString(), { credentials: 'omit', cache: 'no-store' });
  } catch {
    // The browser's own text («Failed to fetch») says nothing a person can act on.
    return { ok: false, error: t.network };
  }
  if (!res.ok) return { ok: false, error: t.httpStatus(res.status) };
  const body = await readLimited(res, MAX_PACKAGE_BYTES);
  if (!body.ok) return body;
  const text = new TextDecoder('utf-8').decode(body.bytes);
  return readAnswer(text);
}

/**
 * The response body, refused as soon as it is over `max` bytes: by its Content-Length before reading, and
 * while reading when the server sends none (or a wrong one), so a huge answer is never held whole.
 */
async function readLimited(
  res: Response,
  max: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  const declared = Number(res.headers.get('content-length') ?? '');
  const early = Number.isFinite(declared) ? packageSizeProblem(declared, max) : null;
  if (early) {
    await res.body?.cancel();
    return { ok: false, error: early };
  }
  if (!res.body) return { ok: true, bytes: new Uint8Array(await res.arrayBuffer()) };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return { ok: false, error: packageSizeProblem(size, max) ?? '' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes };
}

/**
 * The web app's answer (shared/report's WebAppAnswer): a refusal shows its reason, a package is checked by the
 * one validator. A body that is not JSON (a sign-in page, a CSV pasted behind a link) is read as any pasted text.
 */
function readAnswer(text: string): ImportResult {
  const tooLarge = packageTextSizeProblem(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return parsePackageText(text);
  }
  const answer = readWebAppAnswer(data);
  return answer.kind === 'refused' ? { ok: false, error: t.refused(answer.error) } : adapt(answer);
}
