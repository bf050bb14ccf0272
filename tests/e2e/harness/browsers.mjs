// Launch Debian's Chromium (playwright-core, CDP) or Firefox ESR (puppeteer-core, WebDriver BiDi)
// with a test build of the extension, and drive both through one small page interface, so a test
// body is written once and run in both browsers. Recipes: ../shared/docs/browser-testing.md.
//
//   const b = await launchChromium();            // or launchFirefox()
//   const page = await b.newPage();              // SLPage (below)
//   await page.goto(server.url('/seed/seed-page.html'));
//   b.popupUrl(tabId)                            // chrome-extension://<id>/popup.html?tab=<tabId>
//   const popup = await b.openExtensionPage(`popup.html?tab=${tabId}`);
//   await b.sendToTab(tabId, { type: 'getReading' });
//   await b.evalInExtension(() => chrome.storage.local.get('settings'));   // any extension API
//   await b.close();
//
// Both launches route every non-loopback request to a dead proxy (127.0.0.1:9): nothing can leave
// the machine even by mistake. Tests still record requests (page.requests) to prove none was tried.
import fs from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO } from './server.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const CHROME_TEST_BUILD = path.resolve(REPO, 'dist/chrome-test');
export const FIREFOX_TEST_BUILD = path.resolve(REPO, 'dist/firefox-test');
/** Fixed moz-extension://<uuid>/ for the Firefox test build (pref extensions.webextensions.uuids). */
export const FIREFOX_UUID = '5e1f0c2a-7b3d-4c8e-9a61-2f4d8b0c7e15';
const VIEWPORT = { width: 1280, height: 900 };

/** The installed browser's version as it prints it ('156.0.8078.129', '140.12.0esr'), or null. */
export function browserVersion(name) {
  try {
    const out = execFileSync(name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH, ['--version'], { encoding: 'utf8', timeout: 20000, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, MOZ_HEADLESS: '1' } });
    return out.match(/(\d+\.\d+[\w.]*)/)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The oldest version the test build's manifest accepts ('140.0' / '105'), or null. */
export function manifestFloor(name) {
  try {
    const m = JSON.parse(readFileSync(name === 'chromium' ? path.join(CHROME_TEST_BUILD, 'manifest.json') : path.join(FIREFOX_TEST_BUILD, 'manifest.json'), 'utf8'));
    return (name === 'chromium' ? m.minimum_chrome_version : m.browser_specific_settings?.gecko?.strict_min_version) ?? null;
  } catch {
    return null;
  }
}

/**
 * A reason to skip when the installed browser is older than the manifest accepts (it would refuse
 * the add-on: that is no failure of Sourcelight), else false.
 */
export function belowFloor(name, version, floor = manifestFloor(name)) {
  if (!version || !floor) return false;
  const parts = (v) => String(v).split('.').map((x) => parseInt(x, 10) || 0);
  const [a, b] = [parts(version), parts(floor)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0 ? `${name} ${version} is older than the manifest's floor ${floor}` : false;
  }
  return false;
}

/**
 * Copy the build to a private temp dir and load that copy: a `npm run build` running meanwhile
 * (it empties dist/) cannot pull files from under a running browser.
 */
async function snapshotBuild(dir, waitMs = 90000) {
  const until = Date.now() + waitMs;
  for (;;) {
    const copy = await fs.mkdtemp(path.join(os.tmpdir(), `sl-${path.basename(dir)}-`));
    try {
      await fs.cp(dir, copy, { recursive: true });
      await checkBuild(copy);
      return copy;
    } catch (e) {
      await fs.rm(copy, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`${dir} is not a complete build (${e.message}): run \`npm run build\` first`);
      await new Promise((r) => setTimeout(r, 1000)); // a build may be under way: try again
    }
  }
}

/** The copy is whole: its manifest parses and the background it names (and what that imports) exist. */
async function checkBuild(dir) {
  const m = JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const bg = m.background?.service_worker ?? m.background?.scripts?.[0];
  if (!bg) throw new Error('no background in manifest');
  const loader = await fs.readFile(path.join(dir, bg), 'utf8');
  for (const [, rel] of loader.matchAll(/import\s+['"]\.\/([^'"]+)['"]/g)) await fs.access(path.join(dir, rel));
  await fs.access(path.join(dir, 'popup.html'));
  await fs.access(path.join(dir, 'src/extension/content/content-script.js'));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The background registers the content script for 127.0.0.1 asynchronously after start: a page
 * opened before that is never read. Wait until the registration is there.
 */
async function untilReadingEnabled(countRegistered, ms = 20000) {
  const until = Date.now() + ms;
  for (;;) {
    const n = await countRegistered().catch(() => 0);
    if (n > 0) return;
    if (Date.now() > until) throw new Error('the test build registered no content script for 127.0.0.1');
    await sleep(100);
  }
}

/**
 * The page interface shared by both drivers.
 * @typedef {object} SLPage
 * @property {any} raw             the driver's own page (playwright Page / puppeteer Page)
 * @property {string[]} errors     uncaught page errors and console errors, as text
 * @property {string[]} requests   every URL the page requested (documents, images, fetches)
 * @property {(url: string) => Promise<void>} goto
 * @property {<A, R>(fn: (arg: A) => R, arg?: A) => Promise<R>} evaluate   runs in the page's own world
 * @property {<A>(fn: (arg: A) => unknown, arg?: A, timeout?: number) => Promise<void>} waitFor
 * @property {(x: number, y: number) => Promise<void>} click             a real (trusted) mouse click
 * @property {(combo: string) => Promise<void>} press                    e.g. 'Escape', 'Alt+Shift+KeyQ'
 * @property {(opts: { path?: string, clip?: object, fullPage?: boolean }) => Promise<Buffer>} screenshot  clip in viewport coordinates
 * @property {(w: number, h: number) => Promise<void>} setViewport
 * @property {() => Promise<void>} close
 */

function recordPage(raw, page) {
  raw.on('pageerror', (e) => page.errors.push(`pageerror: ${e?.message ?? e}`));
  raw.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(`console.error: ${m.text()}`);
  });
  raw.on('request', (r) => page.requests.push(r.url()));
}

async function pressCombo(keyboard, combo) {
  const keys = combo.split('+');
  const last = keys.pop();
  for (const k of keys) await keyboard.down(k);
  await keyboard.press(last);
  for (const k of keys.reverse()) await keyboard.up(k);
}

/**
 * Chromium with dist/chrome-test (or `ext`). `profile`: a folder kept across launches (the browser
 * profile and the copy of the build, whose path fixes the extension's id and so its storage);
 * close() then leaves it for the next launch, the caller removes it.
 */
export async function launchChromium({ ext: build = CHROME_TEST_BUILD, headless = true, profile = null } = {}) {
  let ext;
  let userDataDir;
  if (profile) {
    ({ ext, userDataDir } = await persistentDirs(profile, build));
  } else {
    ext = await snapshotBuild(build);
    userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sl-chromium-'));
  }
  const { chromium } = await import('playwright-core');
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: VIEWPORT,
    args: [
      `--disable-extensions-except=${ext}`, // playwright adds --disable-extensions itself
      `--load-extension=${ext}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--proxy-server=127.0.0.1:9', // loopback bypasses proxies by default: only 127.0.0.1 works
    ],
  });
  let [sw] = ctx.serviceWorkers();
  sw ??= await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  const origin = `chrome-extension://${extensionId}`;

  /** @returns {SLPage} */
  const wrap = (raw) => {
    const page = {
      raw, errors: [], requests: [],
      goto: async (url) => { await raw.goto(url, { waitUntil: 'load' }); },
      evaluate: (fn, arg) => raw.evaluate(fn, arg),
      waitFor: async (fn, arg, timeout = 10000) => { await raw.waitForFunction(fn, arg, { timeout, polling: 50 }); },
      click: (x, y) => raw.mouse.click(x, y),
      press: (combo) => pressCombo(raw.keyboard, combo),
      screenshot: (o) => raw.screenshot(o),
      setViewport: (width, height) => raw.setViewportSize({ width, height }),
      close: () => raw.close(),
    };
    recordPage(raw, page);
    return page;
  };
  const worker = async () => ctx.serviceWorkers().at(-1) ?? ctx.waitForEvent('serviceworker', { timeout: 10000 });
  await untilReadingEnabled(async () => (await worker()).evaluate(() => chrome.scripting.getRegisteredContentScripts().then((r) => r.length)));

  return {
    name: 'chromium',
    version: ctx.browser()?.version() ?? '?',
    context: ctx,
    extensionId,
    extensionOrigin: origin,
    popupUrl: (tabId) => `${origin}/popup.html${tabId != null ? `?tab=${tabId}` : ''}`,
    newPage: async () => wrap(await ctx.newPage()),
    /** An extension page (e.g. `popup.html?tab=3`) opened as a tab. */
    openExtensionPage: async (rel) => {
      const page = wrap(await ctx.newPage());
      await page.goto(`${origin}/${rel}`);
      return page;
    },
    /** browser.tabs.sendMessage(tabId, message) from the extension (its service worker). */
    sendToTab: async (tabId, message) => (await worker()).evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg), [tabId, message]),
    /** Run fn(arg) in an extension context (the service worker): `chrome.*` is there. */
    evalInExtension: async (fn, arg) => (await worker()).evaluate(fn, arg),
    close: async () => {
      await ctx.close();
      if (profile) return;
      await fs.rm(userDataDir, { recursive: true, force: true });
      await fs.rm(ext, { recursive: true, force: true });
    },
  };
}

/** Keep a build copy and a browser profile in `profile` across launches (see launchChromium). */
async function persistentDirs(profile, build) {
  const ext = path.join(profile, 'ext');
  const userDataDir = path.join(profile, 'user-data');
  if (!(await fs.stat(ext).catch(() => null))) {
    const copy = await snapshotBuild(build);
    await fs.mkdir(profile, { recursive: true });
    await fs.rename(copy, ext).catch(async () => { await fs.cp(copy, ext, { recursive: true }); await fs.rm(copy, { recursive: true, force: true }); });
  }
  await fs.mkdir(userDataDir, { recursive: true });
  return { ext, userDataDir };
}

/**
 * Firefox ESR with dist/firefox-test (or `ext`), installed as a temporary add-on over BiDi.
 * `profile`: as in launchChromium; the add-on is installed again at each launch with the same id
 * and uuid, and Firefox is told to keep its storage when a temporary add-on goes away.
 */
export async function launchFirefox({ ext: build = FIREFOX_TEST_BUILD, headless = true, prefs = {}, profile = null } = {}) {
  const dirs = profile ? await persistentDirs(profile, build) : null;
  const ext = dirs ? dirs.ext : await snapshotBuild(build);
  const { default: puppeteer } = await import('puppeteer-core');
  const geckoId = JSON.parse(await fs.readFile(path.join(ext, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    defaultViewport: VIEWPORT,
    // without it BiDi refuses to navigate to moz-extension:// pages
    args: ['--remote-allow-system-access'],
    ...(dirs ? { userDataDir: dirs.userDataDir } : {}),
    extraPrefsFirefox: {
      ...(dirs ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true } : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      ...prefs, // e.g. 'layout.css.prefers-color-scheme.content-override' (ESR has no BiDi media emulation)
    },
  });
  let installed;
  try {
    installed = await browser.installExtension(ext);
  } catch (e) {
    await browser.close();
    await fs.rm(ext, { recursive: true, force: true });
    throw e;
  }
  const origin = `moz-extension://${FIREFOX_UUID}`;

  /** @returns {SLPage} */
  const wrap = (raw) => {
    const page = {
      raw, errors: [], requests: [],
      goto: async (url) => {
        if (url.startsWith('moz-extension:')) {
          // puppeteer's goto() to moz-extension:// never resolves (browser-testing.md §5.a)
          raw.goto(url, { timeout: 0 }).catch(() => {});
          // poll by hand: evaluating while the page is still navigating can throw; retry then
          const until = Date.now() + 15000;
          for (;;) {
            const ok = await raw.evaluate(() => document.readyState === 'complete' && location.protocol === 'moz-extension:').catch(() => false);
            if (ok) break;
            if (Date.now() > until) throw new Error(`extension page did not load: ${url}`);
            await sleep(100);
          }
        } else {
          await raw.goto(url, { waitUntil: 'load' });
        }
      },
      evaluate: (fn, arg) => raw.evaluate(fn, arg),
      // Polled from here with evaluate(): puppeteer's waitForFunction builds its predicate with
      // Function() inside the page, which an extension page's CSP blocks in Firefox ESR 140.
      waitFor: async (fn, arg, timeout = 10000) => {
        const until = Date.now() + timeout;
        let last;
        for (;;) {
          try {
            if (await raw.evaluate(fn, arg)) return;
          } catch (e) {
            last = e; // a page still navigating: try again
          }
          if (Date.now() > until) throw new Error(`waitFor timed out after ${timeout} ms${last ? ` (${last.message})` : ''}`);
          await sleep(50);
        }
      },
      click: (x, y) => raw.mouse.click(x, y),
      press: (combo) => pressCombo(raw.keyboard, combo),
      // clip in viewport coordinates, as in playwright (puppeteer's clip is in document coordinates)
      screenshot: async (o) => {
        if (!o?.clip) return raw.screenshot(o);
        const [sx, sy] = await raw.evaluate(() => [scrollX, scrollY]);
        return raw.screenshot({ ...o, clip: { ...o.clip, x: o.clip.x + sx, y: o.clip.y + sy } });
      },
      setViewport: async (width, height) => {
        try {
          await raw.setViewport({ width, height });
        } catch (e) {
          // puppeteer sends emulation.setScreenOrientationOverride with the viewport; Firefox ESR 140's
          // WebDriver BiDi does not know that command. The viewport command itself went through:
          // tolerate only that, and check the size really changed.
          if (!/setScreenOrientationOverride|unknown command/i.test(String(e?.message))) throw e;
          const until = Date.now() + 5000; // the new size reaches the page a moment later
          while (Math.abs((await raw.evaluate(() => window.innerWidth)) - width) > 20) {
            if (Date.now() > until) throw e;
            await sleep(50);
          }
        }
      },
      close: () => raw.close(),
    };
    recordPage(raw, page);
    return page;
  };
  let helper = null; // one extension page kept open for sendToTab
  const helperPage = async () => {
    helper ??= await (async () => {
      const page = wrap(await browser.newPage());
      await page.goto(`${origin}/popup.html?tab=-1`);
      return page;
    })();
    return helper;
  };
  await untilReadingEnabled(async () => (await helperPage()).evaluate(() => browser.scripting.getRegisteredContentScripts().then((r) => r.length)));
  return {
    name: 'firefox',
    version: await browser.version(),
    browser,
    extensionId: installed,
    extensionOrigin: origin,
    popupUrl: (tabId) => `${origin}/popup.html${tabId != null ? `?tab=${tabId}` : ''}`,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (rel) => {
      const page = wrap(await browser.newPage());
      await page.goto(`${origin}/${rel}`);
      return page;
    },
    sendToTab: async (tabId, message) => (await helperPage()).evaluate(([id, msg]) => browser.tabs.sendMessage(id, msg), [tabId, message]),
    /** Run fn(arg) in an extension context (an extension page kept open): `chrome.*`/`browser.*` are there. */
    evalInExtension: async (fn, arg) => (await helperPage()).evaluate(fn, arg),
    close: async () => {
      await browser.close();
      if (!dirs) await fs.rm(ext, { recursive: true, force: true });
    },
  };
}

/** Both launchers by name, for tests that loop over browsers. */
export const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox };
