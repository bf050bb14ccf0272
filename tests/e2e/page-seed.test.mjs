// Acceptance (issue 6), in Chromium and Firefox ESR with the test builds, on the seed article
// (../shared/seed/seed-page.html) served from 127.0.0.1: the painted ranges are the parser's
// spans; the Putin quote, Xi Jinping and Qin Gang are highlighted and nothing outside the article
// is; a real click on the quote opens its card naming Vladimir Putin; no page errors; no request
// leaves the machine. Run after `npm run build`:  node --test tests/e2e/page-seed.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { PNG } from 'pngjs';
import path from 'node:path';
import { eachBrowser } from './harness/each-browser.mjs';
import { SHARED } from './harness/server.mjs';
import { cardState, dump, offMachine, overlaps, pointOfText, rectsOfPainted, registry, waitForPainted } from './harness/page-state.mjs';

const hasSeed = existsSync(path.join(SHARED, 'seed/seed-page.html'));
const ARTICLE_BODY = '.td-post-content';
const squash = (s) => s.replace(/\s+/g, '');

/** The spans the parser found, as the painter must paint them (see src/page/highlight/highlight-plan.ts). */
function parserSpans(reading) {
  const out = [];
  const ok = (s) => s && s.end > s.start && s.start >= 0 && s.end <= reading.text.length;
  const contentKind = (k) => (k === 'direct' ? 'direct' : k === 'indirect' ? 'indirect' : 'partial');
  for (const a of reading.attributions) {
    for (const c of Array.isArray(a.content) ? a.content : [a.content]) if (ok(c)) out.push(`${contentKind(a.kind)}:${c.start}:${c.end}`);
    if (ok(a.source)) out.push(`source:${a.source.start}:${a.source.end}`);
    if (ok(a.cue)) out.push(`cue:${a.cue.start}:${a.cue.end}`);
  }
  for (const e of reading.entities) if (e.leader) for (const m of e.mentions) if (ok(m)) out.push(`leader:${m.start}:${m.end}`);
  return [...new Set(out)].sort(); // the same span twice is painted once
}

const countBy = (xs) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map());

eachBrowser('seed article', (ctx) => {
  let page;
  let state;

  test('reads and paints the seed article', { skip: !hasSeed && 'no ../shared/seed' }, async () => {
    page = await ctx.browser.newPage();
    await page.goto(ctx.server.url('/seed/seed-page.html'));
    await waitForPainted(page);
    state = await dump(page);
    assert.ok(state.reading.found, 'article found');
    assert.match(state.reading.text, /This groundbreaking event confirms/);
  });

  test('the painted ranges are exactly the spans the parser found', { skip: !hasSeed }, async () => {
    const { reading, painted } = state;
    // every parser span painted, nothing else
    assert.deepEqual(painted.map((p) => `${p.kind}:${p.start}:${p.end}`).sort(), parserSpans(reading));
    // and each painted span's ranges hold that span's text (whitespace aside: the page has its own)
    for (const p of painted) assert.equal(squash(p.texts.join('')), squash(reading.text.slice(p.start, p.end)), `${p.kind} ${p.start}-${p.end}`);
    // what the browser's highlight registry really holds (read from the page's world) is the same
    const reg = await registry(page, ARTICLE_BODY);
    for (const kind of ['direct', 'partial', 'indirect', 'source', 'cue', 'leader']) {
      const want = countBy(painted.filter((p) => p.kind === kind).flatMap((p) => p.texts));
      const got = countBy((reg[`sourcelight-${kind}`] ?? []).map((r) => r.text));
      assert.deepEqual(got, want, `registry sourcelight-${kind}`);
    }
  });

  test('the Putin quote, Xi Jinping and Qin Gang are highlighted, nothing outside the article', { skip: !hasSeed }, async () => {
    const reg = await registry(page, ARTICLE_BODY);
    const all = Object.values(reg).flat();
    assert.ok(all.length > 0, 'something is painted');
    assert.deepEqual(all.filter((r) => !r.inside).map((r) => r.text), [], 'ranges outside the article body');
    const quote = (reg['sourcelight-direct'] ?? []).map((r) => r.text).join(' ');
    assert.match(quote, /This groundbreaking event confirms the special nature/, 'Putin quote painted as a direct quote');
    assert.match(quote, /cordial relations/, 'the whole Putin quote');
    assert.ok(all.some((r) => r.text.includes('Xi Jinping')), 'Xi Jinping highlighted');
    assert.ok(all.some((r) => r.text.includes('Qin Gang')), 'Qin Gang highlighted');
  });

  test('the quote is really painted (pixels of the direct-quote tint on screen)', { skip: !hasSeed }, async () => {
    const pt = await pointOfText(page, 'This groundbreaking event', { scope: ARTICLE_BODY });
    assert.ok(pt);
    const line = (await rectsOfPainted(page, 'sourcelight-direct', 'groundbreaking'))
      .find((r) => r.top <= pt.y && r.bottom >= pt.y);
    assert.ok(line, 'a painted line under the quote text');
    const png = PNG.sync.read(await page.screenshot({ clip: { x: line.left, y: line.top, width: line.right - line.left, height: line.bottom - line.top } }));
    let tinted = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (r > 200 && g > 170 && b < 200 && r - b > 60) tinted++; // the amber tint over a light page
    }
    const share = tinted / (png.width * png.height);
    assert.ok(share > 0.3, `direct-quote tint on ${(share * 100).toFixed(0)}% of the line`);
  });

  test('a real click on the quote opens its card naming Vladimir Putin, clear of the quote', { skip: !hasSeed }, async () => {
    const pt = await pointOfText(page, 'We have high expectations for the upcoming talks', { scope: ARTICLE_BODY });
    assert.ok(pt, 'quote text on the page');
    const before = await page.evaluate(() => [...document.querySelectorAll('.td-post-content p')].map((p) => p.getBoundingClientRect().top));
    await page.click(pt.x, pt.y);
    await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
    const card = await cardState(page);
    assert.equal(card.shadowMode, 'open');
    assert.match(card.name, /Vladimir Putin/);
    assert.ok(card.focusInside, 'focus moved into the card');
    // inside the viewport, and not over the quote it explains
    assert.ok(card.rect.left >= 0 && card.rect.top >= 0 && card.rect.right <= card.viewport.width && card.rect.bottom <= card.viewport.height, `card inside viewport ${JSON.stringify(card.rect)}`);
    const quoteRects = await rectsOfPainted(page, 'sourcelight-direct', 'groundbreaking');
    const visible = quoteRects.filter((r) => r.bottom > 0 && r.top < card.viewport.height);
    for (const r of visible) assert.ok(!overlaps(card.rect, r), `card covers the quote: ${JSON.stringify({ card: card.rect, r })}`);
    // the page's layout did not move
    const after = await page.evaluate(() => [...document.querySelectorAll('.td-post-content p')].map((p) => p.getBoundingClientRect().top));
    assert.deepEqual(after, before);
    await ctx.shot(page, 'seed-card');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('sourcelight-card'), undefined, 3000);
  });

  test('no page errors, and no request left the machine', { skip: !hasSeed }, async () => {
    assert.deepEqual(page.errors, []);
    assert.deepEqual(offMachine(page.requests), []);
    assert.ok(page.requests.some((u) => u.endsWith('/seed/seed-page.html')), 'requests are being recorded');
    await page.close();
  });
});
