// The reading journal end to end (Chromium and Firefox ESR), with a persistent profile: read three of our own
// articles (one person quoted in two), close the browser and start it again, then the card says
// "Also quoted in 1 other article you read", the journal page lists the person with both
// statements (keyboard, both themes, axe), and erasing everything empties it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROMIUM_PATH, FIREFOX_PATH, LAUNCHERS, belowFloor, browserVersion } from './harness/browsers.mjs';
import { startServer } from './harness/server.mjs';
import { waitForPainted, pointOfText, offMachine } from './harness/page-state.mjs';
import { OUT } from './harness/each-browser.mjs';

const AXE_SOURCE = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGES = ['grain-talks.html', 'insurers.html', 'orchard.html'];
async function readArticle(b, server, file) {
  const page = await b.newPage();
  await page.goto(server.url(`/fixtures/journal/${file}`));
  await waitForPainted(page);
  await page.waitFor(() => !!document.documentElement.dataset.sourcelightJournal, undefined, 15000);
  const res = await page.evaluate(() => JSON.parse(document.documentElement.dataset.sourcelightJournal));
  return { page, res };
}

async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

const clickSel = (page, sel) => page.evaluate((s) => document.querySelector(s).click(), sel);
const textsOf = (page, sel) => page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim()), sel);

export function journalSuite(name) {
  const exe = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  const wanted = (process.env.SL_E2E_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  const version = existsSync(exe) && wanted.includes(name) ? browserVersion(name) : null;
  const skip = !existsSync(exe) ? `${exe} not installed` : !wanted.includes(name) ? 'not in SL_E2E_BROWSERS' : belowFloor(name, version);
  const launch = LAUNCHERS[name];
  let server;
  let profile;
  let browser;
  before(async () => {
    if (skip) return;
    await fs.mkdir(OUT, { recursive: true });
    server = await startServer();
    profile = await fs.mkdtemp(path.join(os.tmpdir(), `sl-journal-${name}-`));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (profile) await fs.rm(profile, { recursive: true, force: true });
  });

  test(`${name} ${version ?? ''}: the journal across a browser restart`.replace('  ', ' '), { skip, timeout: 240000 }, async (t) => {
  browser = await launch({ profile });
  for (const f of PAGES) {
    const { page, res } = await readArticle(browser, server, f);
    assert.equal(res?.recorded, true, `${f} recorded: ${JSON.stringify(res)}`);
    assert.deepEqual(offMachine(page.requests), []);
    await page.close();
  }
  await browser.close();

  // The same profile, a new browser process.
  browser = await launch({ profile });
  const { page } = await readArticle(browser, server, 'insurers.html');
  const pt = await pointOfText(page, 'no ship will be stopped');
  assert.ok(pt, 'the quote is on the page');
  await page.click(pt.x, pt.y);
  await page.waitFor(() => !!document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.also-title'), undefined, 10000);
  const card = await page.evaluate(() => {
    const root = document.querySelector('sourcelight-card').shadowRoot;
    return { name: root.querySelector('h2').textContent, also: root.querySelector('.also-title').textContent, latest: [...root.querySelectorAll('.also li')].map((l) => l.textContent) };
  });
  t.diagnostic(JSON.stringify(card));
  assert.equal(card.name, 'Vladimir Putin');
  assert.equal(card.also, 'Also quoted in 1 other article you read');
  // Dates by Intl in the browser's locale (en-US or en-GB here): no ISO dates in the interface.
  assert.match(card.latest[0], /the corridor can reopen within a month.*The Lantern Gazette, (12 May 2025|May 12, 2025)$/);
  await page.screenshot({ path: path.join(OUT, `${name}-journal-card.png`) });
  const cardViolations = await page.evaluate(async (src) => {
    if (!window.axe) (0, eval)(src);
    const r = await window.axe.run({ include: [['sourcelight-card']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }, AXE_SOURCE);
  assert.deepEqual(cardViolations, [], 'axe-core on the card with its journal line');

  // "See all in your journal" opens the person's page in a tab (checked where the driver sees new tabs).
  if (name === 'chromium') {
    const opened = browser.context.waitForEvent('page', { timeout: 10000 });
    await page.evaluate(() => document.querySelector('sourcelight-card').shadowRoot.querySelector('button.journal').click());
    const tab = await opened;
    await tab.waitForLoadState();
    assert.match(tab.url(), /\/journal\.html#person=p%3Avladimir%20putin$/);
    await tab.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length >= 2, null, { timeout: 10000 });
    await tab.close();
  }

  for (const theme of ['light', 'dark']) {
    const j = await browser.openExtensionPage(`journal.html?theme=${theme}`);
    await j.waitFor(() => document.querySelectorAll('[data-testid=person]').length > 0);
    const people = await textsOf(j, '[data-testid=person] .person-name');
    assert.equal(people[0], 'Vladimir Putin', `most quoted first: ${people}`);
    assert.equal(people.filter((p) => p === 'Vladimir Putin').length, 1);
    const bg = await j.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(Number(/^rgb\((\d+)/.exec(bg)?.[1]) < 100, theme === 'dark', `${theme} theme painted (${bg})`);
    await j.screenshot({ path: path.join(OUT, `${name}-journal-people-${theme}.png`) });
    const bad = (await axe(j)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], `axe people ${theme}`);

    // Keyboard only: Tab to the person, Enter opens their page.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await j.press('Tab');
      found = await j.evaluate(() => document.activeElement?.textContent === 'Vladimir Putin');
    }
    assert.ok(found, 'the person is reachable with Tab');
    await j.press('Enter');
    await j.waitFor(() => document.querySelectorAll('[data-testid=statement]').length >= 2);
    const statements = await textsOf(j, '[data-testid=statement]');
    t.diagnostic(statements.join(' | '));
    assert.equal(statements.length, 2);
    assert.match(statements[0], /the corridor can reopen.*The Lantern Gazette · (12 May 2025|May 12, 2025)/);
    assert.match(statements[1], /no ship will be stopped.*Harbour Review · (14 May 2025|May 14, 2025)/);
    assert.equal(await j.evaluate(() => document.activeElement?.id), 'h-main', 'focus moves to the new heading');
    await j.screenshot({ path: path.join(OUT, `${name}-journal-person-${theme}.png`) });
    assert.deepEqual((await axe(j)).filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], `axe person ${theme}`);

    // Search, and same quote view (none here: the two statements differ).
    await j.evaluate(() => { location.hash = ''; });
    await j.evaluate(() => document.querySelector('[data-testid=search]').focus());
    await j.raw.keyboard.type('insurance');
    await j.waitFor(() => document.querySelector('[data-testid=search-results] h2')?.textContent.startsWith('1 statement'));
    assert.deepEqual(j.errors, []);
    await j.close();
  }

  // Erase everything.
  const j = await browser.openExtensionPage('journal.html#view=privacy');
  await j.waitFor(() => !!document.querySelector('[data-testid=erase]'));
  await j.screenshot({ path: path.join(OUT, `${name}-journal-privacy-light.png`) });
  assert.deepEqual((await axe(j)).filter((v) => v.impact === 'serious' || v.impact === 'critical'), [], 'axe privacy');
  await clickSel(j, '[data-testid=erase]');
  await j.waitFor(() => !!document.querySelector('[data-testid=erase-confirm]'));
  await clickSel(j, '[data-testid=erase-confirm]');
  await j.waitFor(() => document.querySelector('[data-testid=notice]')?.textContent === 'The journal is empty.');
  await j.evaluate(() => { location.hash = ''; });
  await j.waitFor(() => !!document.querySelector('[data-testid=empty]'));
  assert.match(await j.evaluate(() => document.querySelector('[data-testid=counts]').textContent), /^0 articles · 0 statements · 0 sources/);
  await j.close();
});
}
