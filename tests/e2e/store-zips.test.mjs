// The store packages themselves (dist/sourcelight-{chrome,firefox}-<version>.zip, not the test
// builds) install and start in Debian's Chromium and Firefox ESR: Firefox installs the zip as it
// is (WebDriver BiDi webExtension.install); Chromium loads the unpacked zip, as "Load unpacked"
// does. In each, the background starts, the manifest is the version of package.json, and the
// popup renders. Run: npm run build && node --test tests/e2e/store-zips.test.mjs
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH, FIREFOX_UUID, belowFloor, browserVersion } from './harness/browsers.mjs';
import { REPO } from './harness/server.mjs';

const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const zip = (b) => path.join(REPO, 'dist', `sourcelight-${b}-${version}.zip`);
const zipManifest = (b) => JSON.parse(execFileSync('unzip', ['-p', zip(b), 'manifest.json'], { encoding: 'utf8' }));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const wanted = (process.env.SL_E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

function skipFor(name, exe, b) {
  if (!wanted.includes(name)) return 'not in SL_E2E_BROWSERS';
  if (!existsSync(exe)) return `${exe} not installed`;
  if (!existsSync(zip(b))) return `${zip(b)} not built (npm run build)`;
  const floor = b === 'chrome' ? zipManifest(b).minimum_chrome_version : zipManifest(b).browser_specific_settings.gecko.strict_min_version;
  return belowFloor(name, browserVersion(name), floor);
}

describe(`store zip in chromium ${browserVersion('chromium') ?? ''}`.trim(), { skip: skipFor('chromium', CHROMIUM_PATH, 'chrome'), timeout: 60000 }, () => {
  test('loads, starts its service worker, reports its version, renders its popup', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-zip-chrome-'));
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-zip-profile-'));
    execFileSync('unzip', ['-q', zip('chrome'), '-d', dir]);
    const { chromium } = await import('playwright-core');
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH, headless: true,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--proxy-server=127.0.0.1:9'],
    });
    try {
      const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
      const m = await sw.evaluate(() => chrome.runtime.getManifest());
      assert.equal(m.version, version);
      assert.equal(m.name, 'Sourcelight'); // __MSG_extName__ resolved from _locales
      const page = await ctx.newPage();
      await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html`);
      await page.waitForSelector('[data-testid=empty-state], [data-testid=panel-sources]', { timeout: 10000 });
    } finally {
      await ctx.close();
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rm(profile, { recursive: true, force: true });
    }
  });
});

describe(`store zip in firefox ${browserVersion('firefox') ?? ''}`.trim(), { skip: skipFor('firefox', FIREFOX_PATH, 'firefox'), timeout: 60000 }, () => {
  test('installs the zip as it is, reports its version, renders its popup', async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    const gecko = zipManifest('firefox').browser_specific_settings.gecko.id;
    const browser = await puppeteer.launch({
      browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [gecko]: FIREFOX_UUID }),
        'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9, 'network.proxy.no_proxies_on': '127.0.0.1',
      },
    });
    try {
      assert.equal(await browser.installExtension(zip('firefox')), gecko);
      const page = await browser.newPage();
      page.goto(`moz-extension://${FIREFOX_UUID}/popup.html`, { timeout: 0 }).catch(() => {}); // never resolves for moz-extension:
      const until = Date.now() + 15000;
      let seen = null;
      while (!seen && Date.now() < until) {
        seen = await page.evaluate(() => document.querySelector('[data-testid=empty-state], [data-testid=panel-sources]') && browser.runtime.getManifest()).catch(() => null);
        if (!seen) await sleep(100);
      }
      assert.ok(seen, 'the popup rendered');
      assert.equal(seen.version, version);
    } finally {
      await browser.close();
    }
  });
});
