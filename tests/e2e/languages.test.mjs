// Other languages in the browser, on our own invented pages: a German and a Polish report are read
// with their pack (the page's lang reaches the parser): the direct quote is painted and its card names
// the speaker; the popup lists the sources and the leader. A Dutch page (no pack) gets its quotations
// painted by their marks, no speaker, and the popup's calm note. Screenshots: e2e-out/<browser>-lang-*.png.
// Run: npm run build && node --test tests/e2e/languages.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { eachBrowser } from './harness/each-browser.mjs';
import { cardState, dump, pointOfText, waitForPainted } from './harness/page-state.mjs';

const PAGES = {
  de: { file: 'de-article.html', quote: 'Wir lassen niemanden', speaker: /Katrin Vogel/, leader: /Friedrich Merz/ },
  pl: { file: 'pl-article.html', quote: 'Nie zostawimy nikogo', speaker: /Anna Wiśniewska/, leader: /Donald Tusk/ },
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function tabIdOf(page) {
  return (await dump(page)).tabId;
}

async function openPopup(ctx, tabId) {
  const popup = await ctx.browser.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewport(400, 600);
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    const ok = await popup.evaluate(() => !!document.querySelector('[data-testid=panel-sources]')).catch(() => false);
    if (ok) return popup;
    await sleep(100);
  }
  throw new Error('the popup showed no sources panel');
}

eachBrowser('articles in other languages', (ctx) => {
  for (const [lang, p] of Object.entries(PAGES)) {
    test(`${lang}: read with its pack, the quote's card names ${p.speaker.source}, the popup lists the leader`, async () => {
      const page = await ctx.browser.newPage();
      try {
        await page.goto(ctx.server.url(`/fixtures/${p.file}`));
        await waitForPainted(page);
        const d = await dump(page);
        assert.equal(d.reading.language?.code, lang);
        assert.equal(d.reading.language?.supported, true);
        const direct = d.painted.filter((s) => s.kind === 'direct').map((s) => s.texts.join(' ')).join(' | ');
        assert.ok(direct.includes(p.quote), `direct quote painted: ${direct}`);
        const pt = await pointOfText(page, p.quote, { scope: 'article' });
        await page.click(pt.x, pt.y);
        await page.waitFor(() => !!document.querySelector('sourcelight-card'), undefined, 5000);
        const card = await cardState(page);
        assert.match(card.name ?? '', p.speaker);
        await ctx.shot(page, `lang-${lang}-card`);
        await page.press('Escape');
        const popup = await openPopup(ctx, await tabIdOf(page));
        try {
          const sources = await popup.evaluate(() => document.querySelector('[data-testid=panel-sources]')?.textContent ?? '');
          assert.match(sources, p.speaker);
          await ctx.shot(popup, `lang-${lang}-popup-sources`);
          await popup.evaluate(() => document.querySelector('[data-testid=tab-leaders]')?.click());
          await popup.waitFor(() => !!document.querySelector('[data-testid=panel-leaders]'), undefined, 5000);
          const leaders = await popup.evaluate(() => document.querySelector('[data-testid=panel-leaders]')?.textContent ?? '');
          assert.match(leaders, p.leader);
        } finally {
          await popup.close();
        }
        assert.deepEqual(page.errors, []);
      } finally {
        await page.close();
      }
    });
  }

  test('nl (no pack): quotations painted by their marks, no speaker guessed, the popup says so calmly', async () => {
    const page = await ctx.browser.newPage();
    try {
      await page.goto(ctx.server.url('/fixtures/nl-article.html'));
      await waitForPainted(page);
      const d = await dump(page);
      assert.equal(d.reading.language?.supported, false);
      assert.ok(d.painted.some((s) => s.kind === 'direct' && s.texts.join(' ').includes('We laten niemand')), 'the quotation is painted');
      assert.deepEqual(d.reading.attributions.filter((a) => a.speaker != null || a.source != null), [], 'no speaker and no source');
      const popup = await openPopup(ctx, await tabIdOf(page));
      try {
        const note = await popup.evaluate(() => document.body.textContent ?? '');
        assert.match(note, /no speaker is named|names speakers in/i);
        await ctx.shot(popup, 'lang-nl-popup');
      } finally {
        await popup.close();
      }
    } finally {
      await page.close();
    }
  });
});
