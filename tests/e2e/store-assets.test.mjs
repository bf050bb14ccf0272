// Store listing assets, made from real screenshots of the built extension in Chromium (both stores
// take 1280×800): the article with its highlights and an open card, and the popup's Sources,
// Timeline and Leaders tabs in the light and the dark theme, each shown over the page it reads,
// where a toolbar popup opens. Plus the 128 px icon. Written to e2e-out/store/ (not committed;
// `npm run build && node --test tests/e2e/store-assets.test.mjs` remakes them).
// The page is the seed article where ../shared is there, else our own invented article.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { CHROMIUM_PATH, launchChromium } from './harness/browsers.mjs';
import { REPO, SHARED, startServer } from './harness/server.mjs';
import { cardState, dump, pointOfText, waitForPainted } from './harness/page-state.mjs';

const OUT = path.resolve(REPO, process.env.E2E_OUT ?? 'e2e-out', 'store');
const SIZE = { width: 1280, height: 800 };
const POPUP = { width: 400, height: 600 };
const hasSeed = existsSync(path.join(SHARED, 'seed/seed-page.html'));
const ARTICLE = hasSeed
  ? { path: '/seed/seed-page.html', quote: 'We have high expectations for the upcoming talks', scope: '.td-post-content' }
  : { path: '/fixtures/article.html', quote: 'This line joins two towns', scope: 'article' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Paste `top` onto `base` at (x, y) with a 1 px frame and a soft shadow, as a popup looks. */
function compose(base, top, x, y) {
  const out = PNG.sync.read(PNG.sync.write(base));
  const put = (px, py, [r, g, b], a = 1) => {
    if (px < 0 || py < 0 || px >= out.width || py >= out.height) return;
    const i = (py * out.width + px) * 4;
    out.data[i] = Math.round(out.data[i] * (1 - a) + r * a);
    out.data[i + 1] = Math.round(out.data[i + 1] * (1 - a) + g * a);
    out.data[i + 2] = Math.round(out.data[i + 2] * (1 - a) + b * a);
    out.data[i + 3] = 255;
  };
  for (let s = 8; s >= 1; s--) { // shadow
    for (let py = y - s; py < y + top.height + s; py++) for (let px = x - s; px < x + top.width + s; px++) put(px, py + 3, [0, 0, 0], 0.025);
  }
  for (let py = 0; py < top.height; py++) {
    for (let px = 0; px < top.width; px++) {
      const i = (py * top.width + px) * 4;
      put(x + px, y + py, [top.data[i], top.data[i + 1], top.data[i + 2]]);
    }
  }
  for (let px = x - 1; px <= x + top.width; px++) { put(px, y - 1, [128, 128, 128]); put(px, y + top.height, [128, 128, 128]); }
  for (let py = y - 1; py <= y + top.height; py++) { put(x - 1, py, [128, 128, 128]); put(x + top.width, py, [128, 128, 128]); }
  return out;
}

/** Share of pixels that differ from the first one: a blank or failed shot has almost none. */
function busy(png) {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (Math.abs(png.data[i] - png.data[0]) + Math.abs(png.data[i + 1] - png.data[1]) + Math.abs(png.data[i + 2] - png.data[2]) > 30) n++;
  return n / (png.width * png.height);
}

describe('store listing assets (Chromium)', { skip: !existsSync(CHROMIUM_PATH) && `${CHROMIUM_PATH} not installed`, timeout: 180000 }, () => {
  let browser, server, page, tabId;
  before(async () => {
    await fs.mkdir(OUT, { recursive: true });
    server = await startServer();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport(SIZE.width, SIZE.height);
    await page.goto(server.url(ARTICLE.path));
    await waitForPainted(page);
    tabId = (await dump(page)).tabId;
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the article with its highlights and the card of a quote, 1280×800', async () => {
    await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), ARTICLE.scope);
    const quote = await page.evaluate(([needle, scope]) => {
      const root = document.querySelector(scope) ?? document.body;
      const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.includes(needle)) { n.parentElement.scrollIntoView({ block: 'center' }); return true; }
      return false;
    }, [ARTICLE.quote, ARTICLE.scope]);
    assert.ok(quote, 'the quote is on the page');
    await sleep(200);
    const pt = await pointOfText(page, ARTICLE.quote, { scope: ARTICLE.scope });
    await page.click(pt.x, pt.y);
    await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
    assert.ok((await cardState(page)).name, 'the card names the speaker');
    const png = PNG.sync.read(await page.screenshot({ path: path.join(OUT, 'listing-1-page-card.png') }));
    assert.deepEqual([png.width, png.height], [SIZE.width, SIZE.height]);
    assert.ok(busy(png) > 0.05, 'the page shot shows something');
    await page.press('Escape');
  });

  for (const scheme of ['light', 'dark']) {
    for (const [n, tab] of [[2, 'sources'], [3, 'timeline'], [4, 'leaders']]) {
      test(`the popup's ${tab} tab, ${scheme} theme, over the page, 1280×800`, async () => {
        const backdrop = PNG.sync.read(await page.screenshot({}));
        const popup = await browser.newPage();
        try {
          await popup.setViewport(POPUP.width, POPUP.height);
          await popup.goto(browser.popupUrl(tabId));
          // the popup's own theme setting (the one a reader picks in its settings)
          await popup.evaluate((s) => localStorage.setItem('sourcelight-theme', s), scheme);
          await popup.goto(`${browser.popupUrl(tabId)}&shot=${scheme}`);
          await popup.waitFor(() => !!document.querySelector('[data-testid=panel-sources]'), undefined, 10000);
          await popup.evaluate((id) => document.querySelector(`[data-testid=tab-${id}]`)?.click(), tab);
          await popup.waitFor((id) => !!document.querySelector(`[data-testid=panel-${id}]`), tab, 5000);
          const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
          assert.equal(Number(/^rgb\((\d+)/.exec(bg)?.[1]) < 100, scheme === 'dark', `${scheme} theme (${bg})`);
          const shot = PNG.sync.read(await popup.screenshot({}));
          assert.ok(busy(shot) > 0.02, 'the popup shows something');
          const out = compose(backdrop, shot, SIZE.width - POPUP.width - 24, 8);
          await fs.writeFile(path.join(OUT, `listing-${n}-popup-${tab}-${scheme}.png`), PNG.sync.write(out));
          assert.deepEqual([out.width, out.height], [SIZE.width, SIZE.height]);
        } finally {
          await popup.close();
        }
      });
    }
  }

  test('the 128 px icon', async () => {
    const icon = PNG.sync.read(await fs.readFile(path.join(REPO, 'public/icons/icon-128.png')));
    assert.deepEqual([icon.width, icon.height], [128, 128]);
    await fs.copyFile(path.join(REPO, 'public/icons/icon-128.png'), path.join(OUT, 'icon-128.png'));
  });
});
