// Launching Debian's Chromium for the benches (playwright-core, no browser download).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isLocal } from './server.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A plain headless browser (no extension). Requests off the machine are aborted. */
export async function launchPlain({ javaScriptEnabled = true } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const context = await browser.newContext({ javaScriptEnabled });
  await context.route((u) => !isLocal(u.href), (route) => route.abort());
  return { browser, context, close: () => browser.close() };
}

/** A persistent context with an unpacked extension loaded (e.g. dist/chrome-test). */
export async function launchWithExtension(extDir) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sl-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true,
    args: ['--no-sandbox', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  await context.route((u) => !isLocal(u.href), (route) => route.abort());
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context, serviceWorker: sw, extensionId,
    close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); },
  };
}
