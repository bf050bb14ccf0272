// Runs one node:test suite per browser (Chromium, then Firefox ESR) against the test builds,
// with a shared static server. Set SL_E2E_BROWSERS=chromium (or firefox) to run one only.
//
//   eachBrowser('seed page', (ctx) => {
//     test('…', async () => { const page = await ctx.browser.newPage(); … });
//   });
//
// ctx.browser is the launched browser (browsers.mjs), ctx.server the static server (server.mjs),
// ctx.out the screenshot folder (e2e-out/, or $E2E_OUT), ctx.shot(page, name) saves one there.
import { after, before, describe } from 'node:test';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, FIREFOX_PATH, LAUNCHERS, browserVersion, belowFloor } from './browsers.mjs';
import { REPO, startServer } from './server.mjs';

export const OUT = path.resolve(REPO, process.env.E2E_OUT ?? 'e2e-out');
const wanted = (process.env.SL_E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

export function eachBrowser(title, body) {
  for (const name of ['chromium', 'firefox']) {
    const exe = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
    const installed = wanted.includes(name) && existsSync(exe);
    const version = installed ? browserVersion(name) : null;
    const skip = !wanted.includes(name) ? 'not in SL_E2E_BROWSERS' : !installed ? `${exe} not installed` : belowFloor(name, version);
    // the version is in the suite's name, so every run says which browsers it tested
    describe(`${name} ${version ?? ''}: ${title}`.replace('  ', ' '), { skip }, () => {
      const ctx = { name, browser: null, server: null, out: OUT };
      ctx.shot = async (page, file, opts = {}) => {
        const p = path.join(OUT, `${name}-${file}.png`);
        await page.screenshot({ path: p, ...opts });
        return p;
      };
      before(async () => {
        await fs.mkdir(OUT, { recursive: true });
        ctx.server = await startServer();
        ctx.browser = await LAUNCHERS[name]();
      });
      after(async () => {
        await ctx.browser?.close();
        await ctx.server?.close();
      });
      body(ctx);
    });
  }
}
