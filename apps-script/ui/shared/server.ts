/**
 * The one typed bridge from an HTML UI to the server: `callServer('getAddonInfo')` returns a Promise
 * of what the server function returns. Types come from apps-script/src/clientApi.ts.
 * google.script.run carries JSON only (no Dates): dates travel as ISO strings.
 */
import type { ClientApi } from '../../src/clientApi';

type Runner = {
  withSuccessHandler(f: (value: unknown) => void): Runner;
  withFailureHandler(f: (error: Error) => void): Runner;
} & Record<string, (...args: unknown[]) => void>;

declare const google: { script: { run: Runner; host: { close(): void } } };

export function callServer<K extends keyof ClientApi>(
  name: K,
  ...args: Parameters<ClientApi[K]>
): Promise<ReturnType<ClientApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as ReturnType<ClientApi[K]>))
      .withFailureHandler(reject);
    runner[name]!(...args);
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
