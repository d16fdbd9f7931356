import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { mode: string; browser: string }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestFn;

describe('manifest', () => {
  it('ships with activeTab and scripting only, and no host permissions', () => {
    const m = manifest({ mode: 'production', browser: 'chrome' });
    expect(m['permissions']).toEqual(['activeTab', 'scripting']);
    expect(m['host_permissions']).toBeUndefined();
  });

  it('asks for a host only on a click, and only the hosts the web-app import accepts', () => {
    const m = manifest({ mode: 'production', browser: 'chrome' });
    expect(m['optional_host_permissions']).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });

  it('gives the e2e build, and only it, access to 127.0.0.1', () => {
    expect(manifest({ mode: 'e2e', browser: 'chrome' })['host_permissions']).toEqual(['http://127.0.0.1/*']);
    expect(manifest({ mode: 'production', browser: 'firefox' })['host_permissions']).toBeUndefined();
  });
});
