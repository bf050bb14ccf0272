// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchPage } from '../../../src/extension/content/watch-page.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(ours?: Element, quietMs = 30, maxWaitMs = 120) {
  const ac = new AbortController();
  const onChange = vi.fn();
  const onNavigate = vi.fn();
  watchPage(document, { signal: ac.signal, isOurs: (n) => !!ours && (n === ours || ours.contains(n)), onChange, onNavigate, quietMs, maxWaitMs });
  return { ac, onChange, onNavigate };
}

afterEach(() => { document.body.innerHTML = ''; });

describe('watchPage', () => {
  test('a burst of changes is read once, after a quiet moment', async () => {
    document.body.innerHTML = '<article id="a"><p>One.</p></article>';
    const { ac, onChange } = setup(undefined, 150, 5000);
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `Lazy paragraph ${i}.`;
      document.getElementById('a')!.append(p);
      await tick(5);
    }
    expect(onChange).not.toHaveBeenCalled();
    await tick(400);
    expect(onChange).toHaveBeenCalledTimes(1);
    ac.abort();
  });

  test('our own card, scripts, images and comments are not the page changing', async () => {
    const card = document.createElement('sourcelight-card');
    const { ac, onChange } = setup(card);
    document.documentElement.append(card);
    card.append(document.createElement('div'));
    document.body.append(document.createElement('script'), document.createElement('img'), document.createComment('x'));
    document.head.append(document.createElement('style'));
    await tick(80);
    expect(onChange).not.toHaveBeenCalled();
    card.remove();
    ac.abort();
  });

  test('a page that never stops changing is still read (ceiling)', async () => {
    const { ac, onChange } = setup();
    const stop = Date.now() + 200;
    while (Date.now() < stop) {
      document.body.append(document.createElement('p'));
      document.body.lastElementChild!.textContent = 'tick';
      await tick(10);
    }
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(1);
    ac.abort();
  });

  test('history navigation is reported; abort stops everything', async () => {
    const { ac, onChange, onNavigate } = setup();
    history.pushState({}, '', '/story-2');
    document.body.append(document.createElement('p'));
    await tick(80);
    expect(onNavigate).toHaveBeenCalledWith(expect.stringContaining('/story-2'));
    expect(onChange).toHaveBeenCalled();
    ac.abort();
    onChange.mockClear();
    document.body.append(document.createElement('p'));
    await tick(80);
    expect(onChange).not.toHaveBeenCalled();
  });
});
