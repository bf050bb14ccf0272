// Time expressions on invented sentences, with a fixed publication date: Thursday 2024-05-16.
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const PUB = '2024-05-16';
const find = (text: string, published: string | null = PUB) => findTimexes(text, published, splitSentences(text));
const one = (text: string, published: string | null = PUB) => {
  const all = find(text, published);
  expect(all, `${text} → ${JSON.stringify(all)}`).toHaveLength(1);
  return all[0]!;
};
const tv = (text: string, published: string | null = PUB) => {
  const t = one(text, published);
  return [t.text, t.type, t.value];
};

describe('absolute dates', () => {
  it('reads stated calendar dates with TimeML values', () => {
    expect(tv('The fair opened on March 3, 2021, in Lyon.')).toEqual(['March 3, 2021', 'DATE', '2021-03-03']);
    expect(tv('The pact was signed in February 2019.')).toEqual(['February 2019', 'DATE', '2019-02']);
    expect(tv('It was founded in 1987 by two brothers.')).toEqual(['1987', 'DATE', '1987']);
    expect(tv('The deadline is 19.03.2025 for all bids.')).toEqual(['19.03.2025', 'DATE', '2025-03-19']);
    expect(tv('Prices peaked in the 1970s.')).toEqual(['the 1970s', 'DATE', '197']);
    expect(tv('The vote is set for Oct. 4 in the capital.')).toEqual(['Oct. 4', 'DATE', '2024-10-04']);
  });
  it('reads quarters, halves, seasons and fiscal years', () => {
    expect(tv('Profit rose in the third quarter of 2023.')).toEqual(['the third quarter of 2023', 'DATE', '2023-Q3']);
    // a quarter that has not begun is last year's, unless the clause looks ahead
    expect(tv('Third-quarter sales fell sharply.')).toEqual(['Third-quarter', 'DATE', '2023-Q3']);
    expect(tv('Third-quarter sales will rise.')).toEqual(['Third-quarter', 'DATE', '2024-Q3']);
    expect(tv('First-quarter sales fell sharply.')).toEqual(['First-quarter', 'DATE', '2024-Q1']);
    expect(tv('The bridge will reopen this summer.')).toEqual(['this summer', 'DATE', '2024-SU']);
    expect(tv('Results for fiscal 2022 were weak.')).toEqual(['fiscal 2022', 'DATE', '2022']);
    expect(tv('Growth slowed in the first half.')).toEqual(['the first half', 'DATE', '2024-H1']);
  });
});

describe('relative dates, anchored on the publication date', () => {
  it('resolves deictic days, weeks, months and years', () => {
    expect(tv('The minister resigned yesterday.')).toEqual(['yesterday', 'DATE', '2024-05-15']);
    expect(tv('The court will rule tomorrow.')).toEqual(['tomorrow', 'DATE', '2024-05-17']);
    expect(tv('Talks resumed last week in Geneva.')).toEqual(['last week', 'DATE', '2024-W19']);
    expect(tv('The team meets this week.')).toEqual(['this week', 'DATE', '2024-W20']);
    expect(tv('Inflation eased last month.')).toEqual(['last month', 'DATE', '2024-04']);
    expect(tv('Elections are due next year.')).toEqual(['next year', 'DATE', '2025']);
    expect(tv('Sales rose earlier this year.')).toEqual(['earlier this year', 'DATE', '2024']);
    expect(tv('The plant closed two years ago.')).toEqual(['two years ago', 'DATE', '2022']);
    expect(tv('The merger should close early next year.')).toEqual(['early next year', 'DATE', '2025']);
    expect(tv('The port was busy over the weekend.')).toEqual(['the weekend', 'DATE', '2024-W19-WE']);
  });
  it('takes the most recent weekday on or before publication, unless the clause looks ahead', () => {
    expect(tv('The mayor spoke on Monday.')).toEqual(['Monday', 'DATE', '2024-05-13']);
    expect(tv('The mayor spoke on Thursday.')).toEqual(['Thursday', 'DATE', '2024-05-16']);
    expect(tv('The mayor will speak on Monday.')).toEqual(['Monday', 'DATE', '2024-05-20']);
    expect(tv("She'll fly to Oslo on Saturday.")).toEqual(['Saturday', 'DATE', '2024-05-18']);
    expect(tv('The rover is due to land on Tuesday.')).toEqual(['Tuesday', 'DATE', '2024-05-21']);
    expect(tv('The board is scheduled to vote Friday.')).toEqual(['Friday', 'DATE', '2024-05-17']);
    expect(tv('Next Monday the strike begins.')).toEqual(['Next Monday', 'DATE', '2024-05-20']);
    expect(tv('Last Thursday the strike ended.')).toEqual(['Last Thursday', 'DATE', '2024-05-09']);
  });
  it('does not let a "would" in a reported clause move the weekday forward', () => {
    expect(tv('Lawyers said they would appeal on Wednesday.')).toEqual(['Wednesday', 'DATE', '2024-05-15']);
  });
  it('gives a weekday named before a noun the date of its earlier mention', () => {
    const all = find('The envoy will arrive on Monday. Officials confirmed the Monday arrival on Tuesday.');
    expect(all.map((t) => t.value)).toEqual(['2024-05-20', '2024-05-20', '2024-05-14']);
  });
  it('dates "the eve of" an event the text has dated', () => {
    const all = find('The president will begin a visit to Spain on Monday. On the eve of the visit, he gave an interview.');
    expect(all.map((t) => [t.text, t.value])).toEqual([['Monday', '2024-05-20'], ['the eve of the visit', '2024-05-19']]);
  });
  it('puts a month without a year nearest the publication date, moved by tense', () => {
    expect(one('Exports fell in March.').value).toBe('2024-03');
    expect(one('The law takes effect in August.').value).toBe('2024-08');
    expect(one('The factory was opened in November.').value).toBe('2023-11');
    expect(one('A payment is due to be made Jan. 2 to holders.').value).toBe('2025-01-02');
    expect(one('A payment was made Jan. 2 to holders.').value).toBe('2024-01-02');
  });
});

describe('present, past and future references, durations, sets, times', () => {
  it('follows TimeML conventions', () => {
    expect(tv('Prices are now falling.')).toEqual(['now', 'DATE', 'PRESENT_REF']);
    expect(tv('The firm recently hired a chief.')).toEqual(['recently', 'DATE', 'PAST_REF']);
    expect(tv('They hope to meet in the near future.')).toEqual(['the near future', 'DATE', 'FUTURE_REF']);
    expect(tv('Output grew for the past three years.')).toEqual(['the past three years', 'DURATION', 'P3Y']);
    expect(tv('The strike lasted three weeks.')).toEqual(['three weeks', 'DURATION', 'P3W']);
    expect(tv('He signed a two-year contract.')).toEqual(['two-year', 'DURATION', 'P2Y']);
    expect(tv('It issued a 10-year bond.')).toEqual(['10-year', 'DURATION', 'P10Y']);
    expect(tv('The talks took nearly two months.')).toEqual(['nearly two months', 'DURATION', 'P2M']);
    expect(tv('The ferry leaves every Monday.')).toEqual(['every Monday', 'SET', 'XXXX-WXX-1']);
    expect(tv('The polls close at 8 p.m. on election day.')).toEqual(['8 p.m.', 'TIME', '2024-05-16T20:00']);
    expect(tv('The blast was heard this morning.')).toEqual(['this morning', 'TIME', '2024-05-16TMO']);
  });
  it('takes the quarter in context for "a year earlier" in a quarterly report', () => {
    const all = find('Net income rose in the first quarter. Sales were flat compared with a year earlier.');
    expect(all.map((t) => t.value)).toEqual(['2024-Q1', '2023-Q1']);
  });
});

describe('without a publication date', () => {
  it('keeps relative expressions relative and absolute dates absolute', () => {
    expect(one('The mayor spoke on Monday.', null).value).toBe('XXXX-WXX-1');
    expect(one('The minister resigned yesterday.', null).value).toBe('XXXX-XX-XX');
    expect(one('Talks resumed last week.', null).value).toBe('XXXX-WXX');
    expect(one('Exports fell in March.', null).value).toBe('XXXX-03');
    expect(one('The pact was signed in February 2019.', null).value).toBe('2019-02');
    expect(one('Profit rose in the third quarter.', null).value).toBe('XXXX-Q3');
    for (const t of find('Yesterday, last week and next month, on Monday.', null)) expect(t.value).not.toMatch(/^\d/);
  });
  it('treats an unusable publication date as none', () => {
    expect(one('The mayor spoke on Monday.', 'not a date').value).toBe('XXXX-WXX-1');
  });
});
