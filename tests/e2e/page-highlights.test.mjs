// The in-page layer on our own page (tests/fixtures/e2e/article.html), with an analysis the test
// controls (the test build's hook paints it instead of the parser's), in Chromium and Firefox ESR:
// exact painted text per kind, real clicks, the card's keyboard use and focus, later content read
// again without duplicates, a single-page app's navigation, hiding kinds, teardown, a dark page.
// Run after `npm run build`:  node --test tests/e2e/page-highlights.test.mjs
import { test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { eachBrowser } from './harness/each-browser.mjs';
import { cardState, dump, offMachine, overlaps, pointOfText, rectsOfPainted, registry, setAnalysis, waitForPainted } from './harness/page-state.mjs';

/** An analysis of the fixture's text, found by text search in what the extractor read. */
function fixtureAnalysis(text) {
  const at = (s, from = 0) => {
    const i = text.indexOf(s, from);
    assert.ok(i >= 0, `extracted text lacks: ${s}`);
    return { start: i, end: i + s.length };
  };
  const second = text.indexOf('“This line');
  return {
    attributions: [
      { content: at('the first crossing would leave in May'), source: at('Mayor Maria Lindqvist'), cue: at('said the first'), speaker: 'lindqvist', kind: 'indirect', vague: false },
      { content: at('“This line joins two towns that have waited thirty years for each other,”'), source: at('Lindqvist said', second), cue: at('said after', second), speaker: 'lindqvist', kind: 'direct', vague: false },
      { content: at('the budget was “tight but fair”'), source: at('Council member Tomas Berg'), cue: at('told reporters'), speaker: 'berg', kind: 'mixed', vague: false },
      { content: [at('“We will watch every krone of it,”'), at('“and we will report to the town every quarter.”')], source: at('Berg added'), cue: at('added'), speaker: 'berg', kind: 'direct', vague: false },
    ],
    entities: [
      { id: 'lindqvist', name: 'Maria Lindqvist', type: 'person', role: 'Mayor of Eastport', country: null, leader: true, mentions: [at('Maria Lindqvist'), at('Lindqvist', second)] },
      { id: 'berg', name: 'Tomas Berg', type: 'person', role: 'Council member', country: null, leader: false, mentions: [at('Tomas Berg')] },
    ],
    timexes: [],
    timeline: [],
  };
}

const EXPECTED = {
  'sourcelight-direct': ['“This line joins two towns that have waited thirty years for each other,”', '“We will watch every krone of it,”', '“and we will report to the town every quarter.”'],
  'sourcelight-partial': ['the budget was “tight but fair”'],
  'sourcelight-indirect': ['the first crossing would leave in May'],
  'sourcelight-source': ['Mayor Maria Lindqvist', 'Lindqvist said', 'Council member Tomas Berg', 'Berg added'],
  'sourcelight-cue': ['said the first', 'said after', 'told reporters', 'added'],
  'sourcelight-leader': ['Maria Lindqvist', 'Lindqvist'],
};

const texts = (reg) => Object.fromEntries(Object.entries(reg).filter(([k]) => k !== 'sourcelight-flash').map(([k, v]) => [k, v.map((r) => r.text).sort()]));
const sortedExpected = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, [...v].sort()]));
const readings = (page) => page.evaluate(() => Number(document.documentElement.dataset.sourcelightReadings ?? 0));

eachBrowser('own fixture page, test-controlled analysis', (ctx) => {
  let page;
  let tabId;

  test('paints exactly the given spans, per kind, and nothing outside the article', async () => {
    page = await ctx.browser.newPage();
    await page.goto(ctx.server.url('/fixtures/article.html'));
    await waitForPainted(page);
    const first = await dump(page);
    tabId = first.tabId;
    assert.equal(typeof tabId, 'number', 'the content script knows its tab');
    await setAnalysis(page, fixtureAnalysis(first.reading.text));
    await waitForPainted(page, 2);
    const reg = await registry(page, '#body');
    assert.deepEqual(texts(reg), sortedExpected);
    assert.deepEqual(Object.values(reg).flat().filter((r) => !r.inside), []);
    const d = await dump(page);
    assert.deepEqual(d.reading.painted, { direct: 3, partial: 1, indirect: 1, source: 4, cue: 4, leader: 2 });
    assert.equal(d.theme, 'light');
  });

  test('a real click opens the card; next/previous, quote list, Esc', async () => {
    const pt = await pointOfText(page, 'This line joins two towns', { scope: '#body' });
    await page.click(pt.x, pt.y);
    await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
    let card = await cardState(page);
    assert.equal(card.name, 'Maria Lindqvist');
    assert.equal(card.badge, 'leader'); // the popup's word; the card capitalises it with CSS
    assert.match(card.meta, /Mayor of Eastport/);
    assert.match(card.meta, /Cue: said after/);
    assert.match(card.meta, /In this article: 1 direct quote · 1 reported statement/); // the popup's words and count
    assert.deepEqual(card.quotes, ['the first crossing would leave in May', '“This line joins two towns that have waited thirty years for each other,”']);
    assert.equal(card.position, 'Quote 2 of 4');
    const quote = await rectsOfPainted(page, 'sourcelight-direct', 'This line');
    for (const r of quote) assert.ok(!overlaps(card.rect, r), 'card clear of its quote');
    await ctx.shot(page, 'fixture-card');
    // accessibility of the card (axe-core, inside its shadow root)
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations = await page.evaluate(async (src) => {
      if (!window.axe) (0, eval)(src);
      const r = await window.axe.run({ include: [['sourcelight-card']] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    }, axeSource);
    assert.deepEqual(violations, []);

    // Next (button, a real click inside the shadow root)
    const next = await page.evaluate(() => {
      const b = document.querySelector('sourcelight-card').shadowRoot.querySelector('.next').getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.click(next.x, next.y);
    await page.waitFor(() => document.querySelector('sourcelight-card')?.shadowRoot.querySelector('h2')?.textContent === 'Tomas Berg', undefined, 3000);
    card = await cardState(page);
    assert.equal(card.position, 'Quote 3 of 4');
    assert.equal(card.badge, 'person');
    // arrow keys step while the card has focus
    await page.press('ArrowRight');
    await page.waitFor(() => document.querySelector('sourcelight-card')?.shadowRoot.querySelector('.pos')?.textContent === 'Quote 4 of 4', undefined, 3000);
    await page.press('ArrowLeft');
    await page.waitFor(() => document.querySelector('sourcelight-card')?.shadowRoot.querySelector('.pos')?.textContent === 'Quote 3 of 4', undefined, 3000);
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('sourcelight-card'), undefined, 3000);
  });

  test('keyboard: Alt+Shift+Q steps to a quote, Esc closes, focus returns where it was', async () => {
    await page.evaluate(() => document.querySelector('sourcelight-card') && dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));
    await page.evaluate(() => { scrollTo(0, 0); document.getElementById('focus-me').focus(); });
    await page.press('Alt+Shift+KeyQ');
    await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
    const card = await cardState(page);
    assert.equal(card.position, 'Quote 1 of 4');
    assert.ok(card.focusInside);
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('sourcelight-card'), undefined, 3000);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'focus-me');
  });

  test('a click on a leader\'s name opens their card; a click elsewhere closes it', async () => {
    const pt = await pointOfText(page, 'Maria Lindqvist said the first', { scope: '#body' });
    await page.click(pt.x, pt.y);
    await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
    const card = await cardState(page);
    assert.equal(card.name, 'Maria Lindqvist');
    assert.equal(card.quotes.length, 2);
    const plain = await pointOfText(page, 'The ferry operator expects', { scope: '#body' });
    await page.click(plain.x, plain.y);
    await page.waitFor(() => !document.querySelector('sourcelight-card'), undefined, 3000);
  });

  test('hiding and showing kinds (setHighlights), scrollToSpan', async () => {
    await ctx.browser.sendToTab(tabId, { type: 'setHighlights', kinds: { direct: false, cue: false } });
    let reg = await registry(page);
    assert.ok(!reg['sourcelight-direct'] && !reg['sourcelight-cue'], 'hidden kinds are not registered');
    assert.ok(reg['sourcelight-source']?.length, 'other kinds stay');
    await ctx.browser.sendToTab(tabId, { type: 'setHighlights', kinds: { direct: true, cue: true } });
    reg = await registry(page);
    assert.deepEqual(texts(reg), sortedExpected);
    const d = await dump(page);
    const i = d.reading.text.indexOf('Residents of Westvik');
    const where = () => page.evaluate(() => {
      const t = [...document.querySelectorAll('#body p')].find((p) => p.textContent.startsWith('Residents')).firstChild;
      const r = document.createRange();
      r.setStart(t, 0);
      r.setEnd(t, 20);
      const b = r.getBoundingClientRect();
      return b.top >= 0 && b.bottom <= innerHeight;
    });
    await page.setViewport(1280, 400);
    await page.evaluate(() => scrollTo(0, 0));
    assert.equal(await where(), false, 'the span starts out of view');
    assert.equal(await ctx.browser.sendToTab(tabId, { type: 'scrollToSpan', start: i, end: i + 20 }), true);
    assert.equal(await where(), true, 'scrolled into view');
    await page.setViewport(1280, 900);
  });

  test('the legend\'s switches in the settings are followed live', async () => {
    const set = (kinds) => ctx.browser.evalInExtension((k) => chrome.storage.local.get('settings').then((g) =>
      chrome.storage.local.set({ settings: { ...(g.settings ?? {}), kinds: { ...(g.settings?.kinds ?? {}), ...k } } })), kinds);
    await set({ leader: false });
    await page.waitFor(() => !CSS.highlights.has('sourcelight-leader'), undefined, 3000);
    await set({ leader: true });
    await page.waitFor(() => CSS.highlights.get('sourcelight-leader')?.size === 2, undefined, 3000);
  });

  test('content that arrives later is read again, without duplicate highlights', async () => {
    const n = await readings(page);
    await page.evaluate(() => window.addLazyParagraph());
    await page.waitFor((n) => Number(document.documentElement.dataset.sourcelightReadings) > n, n, 8000);
    const d = await dump(page);
    assert.match(d.reading.text, /minutes of the meeting/);
    assert.deepEqual(texts(await registry(page, '#body')), sortedExpected);
    // back to the parser's own reading: still no duplicate spans or ranges
    await setAnalysis(page, null);
    await page.waitFor((n) => Number(document.documentElement.dataset.sourcelightReadings) > n + 1, n, 8000);
    const p = await dump(page);
    const keys = p.painted.map((s) => `${s.kind}:${s.start}:${s.end}`);
    assert.equal(new Set(keys).size, keys.length, 'no span painted twice');
    const reg = await registry(page);
    const total = Object.entries(reg).filter(([k]) => k !== 'sourcelight-flash').reduce((s, [, v]) => s + v.length, 0);
    assert.equal(total, p.painted.reduce((s, x) => s + x.texts.length, 0), 'registry holds exactly the painted ranges');
  });

  test('a single-page app\'s navigation: the new story is read, the old one\'s highlights are gone', async () => {
    const n = await readings(page);
    await page.evaluate(() => window.spaNavigate());
    await page.waitFor((n) => Number(document.documentElement.dataset.sourcelightReadings) > n, n, 8000);
    const d = await dump(page);
    assert.match(d.reading.url, /story=2/);
    assert.match(d.reading.text, /Westvik school|leaking roof/);
    assert.doesNotMatch(d.reading.text, /ferry route/);
    const reg = await registry(page);
    for (const r of Object.values(reg).flat()) assert.doesNotMatch(r.text, /Lindqvist|Berg|ferry/);
  });

  test('teardown removes every highlight, the card and the listeners', async () => {
    await page.press('Alt+Shift+KeyQ'); // a card open (if the parser found a quote), to be removed too
    await ctx.browser.sendToTab(tabId, { type: 'teardown' });
    await page.waitFor(() => document.documentElement.dataset.sourcelight === 'torn-down', undefined, 3000);
    const reg = await registry(page);
    assert.deepEqual(Object.keys(reg), []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length), 0);
    // listeners are gone: a click or the shortcut opens nothing
    await page.press('Alt+Shift+KeyQ');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(() => document.querySelectorAll('sourcelight-card').length), 0);
  });

  test('no page errors, no request off the machine', async () => {
    assert.deepEqual(page.errors, []);
    assert.deepEqual(offMachine(page.requests), []);
    await page.close();
  });

  test('a dark page gets the dark palette and a dark card', async () => {
    const dark = await ctx.browser.newPage();
    await dark.goto(ctx.server.url('/fixtures/article.html?theme=dark'));
    await waitForPainted(dark);
    const first = await dump(dark);
    assert.equal(first.theme, 'dark');
    await setAnalysis(dark, fixtureAnalysis(first.reading.text));
    await waitForPainted(dark, 2);
    const pt = await pointOfText(dark, '“We will watch every krone', { scope: '#body' });
    await dark.click(pt.x, pt.y);
    await dark.waitFor(() => document.querySelector('sourcelight-card')?.dataset.theme === 'dark', undefined, 5000);
    await ctx.shot(dark, 'fixture-dark-card');
    const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const violations = await dark.evaluate(async (src) => {
      if (!window.axe) (0, eval)(src);
      const r = await window.axe.run({ include: [['sourcelight-card']] }, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    }, axeSource);
    assert.deepEqual(violations, [], 'axe-core on the dark card');
    assert.deepEqual(dark.errors, []);
    await dark.close();
  });
});
