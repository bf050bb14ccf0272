// The manifest of each build target, derived from the one source manifest (../manifest.json).
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import source from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

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

/**
 * The oldest browsers that have everything Sourcelight uses (docs/browser-support.md gives the
 * source of each need). Firefox desktop: the CSS Custom Highlight API (140) and the
 * data_collection_permissions key (140), which is the ESR 140 line; MV3 background scripts are
 * older (109). Firefox for Android reads data_collection_permissions from 142 on. Chrome: the CSS
 * Custom Highlight API (105); MV3 module service workers and scripting.registerContentScripts are older.
 */
export const FIREFOX_FLOOR = '140.0';
export const FIREFOX_ANDROID_FLOOR = '142.0';
export const CHROME_FLOOR = '105';

export function manifestFor(target: Target): ManifestV3Export {
  const m: Record<string, unknown> = structuredClone(source);
  // One version for both builds: package.json's (manifest.json has none of its own).
  m.version = pkg.version;
  if (target.browser === 'firefox') {
    const bg = (source.background as { service_worker: string }).service_worker;
    m.background = { scripts: [bg], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_FLOOR,
        // Sourcelight collects nothing (Firefox's data collection declaration).
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_FLOOR },
    };
    delete m.minimum_chrome_version;
  } else {
    m.minimum_chrome_version = CHROME_FLOOR;
  }
  if (target.test) {
    // Test builds only: read pages on the local test server without a user gesture. (The name is
    // "__MSG_extName__ (test build)": both browsers replace every __MSG_…__ inside a string.)
    m.name = `${source.name} (test build)`;
    m.host_permissions = ['http://127.0.0.1/*'];
  }
  return m as unknown as ManifestV3Export;
}
