// Words and numbers that look like time expressions and are not (fixed reference date).
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const find = (text: string) => findTimexes(text, '2024-05-16', splitSentences(text));

describe('not time expressions', () => {
  it.each([
    ['the modal may', 'The court may rule against the plan.'],
    ['May at a sentence start, the modal', 'May the best team win.'],
    ['a surname May', 'Theresa May met the press.'],
    ['march the verb', 'Protesters march to the square every weekend they can.'.replace(' every weekend they can', '')],
    ['March the verb at a sentence start', 'March with us, the leaders urged.'],
    ['"000 a" in money', 'He earns $40,000 a share of the profits.'],
    ['counts in the 2000s', 'The army sent 2000 troops and 2050 vehicles.'],
    ['money and percentages', 'The bill costs $1999 and rose 2001% in value.'],
    ['ages', 'The driver, 37 years old, was unhurt.'],
    ['an ordinal "second"', 'A second group of officials arrived.'],
    ['a fraction "quarter of"', 'They own a quarter of the company.'],
    ['a newspaper called Daily', 'The story ran in the People’s Daily, a state paper.'],
    ['a programme called This Week', 'He said on ABC’s "This Week With Anna" that talks failed.'],
    ['fall and spring as verbs', 'Prices fall as rivers spring from the hills.'],
    ['a version number', 'Install version 2019 of the tool.'],
    ['letters and digits in a link', 'See pic.twitter.com/P2qpm3h3Pm for the clip.'],
    ['a word that only contains a month', 'The Mayor of Marchmont and the Augustinian friars met.'],
    ['"constructor" and other words of an object', 'The constructor toString hasOwnProperty valueOf.'],
  ])('%s', (_name, text) => {
    expect(find(text).map((t) => t.text)).toEqual([]);
  });
  it('takes "Second World War" as no date and "march" as no month', () => {
    expect(find('Veterans of the Second World War march in the parade.').map((t) => t.value)).toEqual([]);
  });
  it('reads "following" alone as a preposition, not "the following Monday"', () => {
    const t = find('Following Monday’s debate, the senator left.');
    expect(t.map((x) => [x.text, x.value])).toEqual([['Monday', '2024-05-13']]);
  });
  it('is calm on bad input', () => {
    expect(findTimexes('', '2024-05-16', [])).toEqual([]);
    expect(findTimexes('Monday', null, [])).toHaveLength(1);
    expect(() => findTimexes('\u0000\uffff“”«» 12:99 p.m. 31/31/31 9999-99-99', '2024-05-16', [])).not.toThrow();
    expect(() => findTimexes('日本語のテキスト 2024年5月16日', '2024-05-16', [])).not.toThrow();
    // 180,000 words: linear, and fast (CPU time, so a busy machine does not fail the test)
    const big = 'On Monday the index rose 2% from last week. '.repeat(20000);
    const sentences = splitSentences(big);
    const c0 = process.cpuUsage();
    const all = findTimexes(big, '2024-05-16', sentences);
    const used = process.cpuUsage(c0);
    expect(all.length).toBe(40000);
    expect((used.user + used.system) / 1000).toBeLessThan(4000);
  });
});
