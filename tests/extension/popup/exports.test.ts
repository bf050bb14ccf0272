// Copy as Markdown and download as JSON.
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, readingToMarkdown } from '../../../src/extension/popup/model/reading-to-markdown.ts';
import { JSON_FORMAT, jsonFileName, readingToJson } from '../../../src/extension/popup/model/reading-to-json.ts';
import { fixtureReading, fixtureReadingNoDate } from './reading-fixture.ts';
import { useTestLocale } from '../test-localizer.ts';

useTestLocale('en');

describe('readingToMarkdown', () => {
  const md = readingToMarkdown(fixtureReading());
  test('has the header, every section and the vague warning', () => {
    expect(md.startsWith('# Harbour City approves new tram line\n')).toBe(true);
    expect(md).toContain('Harbour Daily · by Ana Reyes · published 10 May 2024 · 1 min read');
    expect(md).toContain('## Sources (5)');
    expect(md).toContain('4 named, 1 unnamed; 6 statements, 17% direct quotes.');
    expect(md).toContain('**Vague attributions (1):**\n- Some experts believe: “the budget is too small”');
    expect(md).toContain('### Lena Ortiz — Mayor of Harbour City (person, leader)');
    expect(md).toContain('### The Harbour Gazette (media)');
    expect(md).toContain('- direct quote (told): “This line will change');
    expect(md).toContain('## Timeline (4)');
    expect(md).toContain('## Leaders (2)');
  });
  test('the timeline is in date order, with the relative date marked', () => {
    const tl = md.slice(md.indexOf('## Timeline'), md.indexOf('## Leaders'));
    const order = ['March 2023', '7 May 2024', 'June 2024', '2026'].map((d) => tl.indexOf(`**${d}**`));
    expect(order.every((x) => x >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(tl).toContain('**7 May 2024** (from the publication date)');
  });
  test('no date: says so, and lists the relative entry as written', () => {
    const m = readingToMarkdown(fixtureReadingNoDate());
    expect(m).toContain('date unknown');
    expect(m).toContain('**on Tuesday** (date unknown)');
    expect(m).not.toContain('May 2024');
  });
  test('page text cannot inject links, HTML or emphasis', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img src=x> *a* _b_')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x\\> \\*a\\* \\_b\\_');
    const m = readingToMarkdown(fixtureReading({ title: '<script>alert(1)</script> [link](http://evil)' }));
    expect(m).not.toContain('<script>');
    expect(m).not.toContain('[link](');
  });
  test('no article: a short note', () => {
    expect(readingToMarkdown(fixtureReading({ found: false, text: '', attributions: [], entities: [], timeline: [] }))).toContain('No article was found');
  });
});

describe('readingToJson', () => {
  test('keeps spans and adds the text they cover', () => {
    const j = JSON.parse(readingToJson(fixtureReading()));
    expect(j.format).toBe(JSON_FORMAT);
    expect(j.attributions).toHaveLength(6);
    expect(j.attributions[2]).toMatchObject({ kind: 'indirect', speaker: 'e2', cue: { text: 'reported' }, source: { text: 'The Harbour Gazette' }, content: [{ text: 'construction could begin in June 2024' }] });
    expect(j.entities[0].mentions[0].text).toBe('Lena Ortiz');
    expect(j.timeline[0].timex.text).toBe('on Tuesday');
    expect(typeof j.text).toBe('string');
  });
  test('file names are slugs of the title', () => {
    expect(jsonFileName('China – Russia. Xi Jinping visits Russia!')).toBe('sourcelight-china-russia-xi-jinping-visits-russia.json');
    expect(jsonFileName('')).toBe('sourcelight-reading.json');
    expect(jsonFileName('Ça va? Écoute')).toBe('sourcelight-ca-va-ecoute.json');
  });
});
