// The manifest of each build target, derived from the one source manifest (../manifest.json).
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import source from '../manifest.json' with { type: 'json' };

export interface Target {
  name: 'chrome' | 'firefox' | 'chrome-test' | 'firefox-test';
  browser: 'chrome' | 'firefox';
  test: boolean;
}

export function parseTarget(mode: string): Target {
  const name = (['chrome', 'firefox', 'chrome-test', 'firefox-test'] as const).find((t) => t === mode) ?? 'chrome';
  return { name, browser: name.startsWith('firefox') ? 'firefox' : 'chrome', test: name.endsWith('-test') };
}

export const GECKO_ID = 'sourcelight@sourcelight.example';

export function manifestFor(target: Target): ManifestV3Export {
  const m: Record<string, unknown> = structuredClone(source);
  if (target.browser === 'firefox') {
    const bg = (source.background as { service_worker: string }).service_worker;
    m.background = { scripts: [bg], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        // Sourcelight collects nothing (Firefox's data collection declaration).
        data_collection_permissions: { required: ['none'] },
      },
    };
    delete m.minimum_chrome_version;
  }
  if (target.test) {
    // Test builds only: read pages on the local test server without a user gesture. (The name is
    // "__MSG_extName__ (test build)": both browsers replace every __MSG_…__ inside a string.)
    m.name = `${source.name} (test build)`;
    m.host_permissions = ['http://127.0.0.1/*'];
  }
  return m as unknown as ManifestV3Export;
}
