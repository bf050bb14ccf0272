// The kinds of issue 16, each on invented sentences with a fixed publication date: Wednesday
// 2025-03-12. Each kind is written from English grammar: what the words say, not a corpus's habits.
import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../src/core/time/find-timexes.ts';
import { splitSentences } from '../../../src/core/text/sentences.ts';

const PUB = '2025-03-12';
const find = (text: string, published: string | null = PUB) => findTimexes(text, published, splitSentences(text));
const pairs = (text: string) => find(text).map((t) => [t.text, t.value]);
const valueOf = (text: string, expr: string) => {
  const t = find(text).find((x) => x.text === expr);
  expect(t, `${expr} in ${text} → ${JSON.stringify(find(text))}`).toBeTruthy();
  return t!.value;
};

describe('1. ages are not time expressions', () => {
  it('gives no timex for an age', () => {
    expect(pairs('A 9-year-old girl was rescued from the river.')).toEqual([]);
    expect(pairs('The 57-year-old mayor resigned.')).toEqual([]);
    expect(pairs('Critics want to scrap the 40-year-old treaty.')).toEqual([]);
    expect(pairs('Two 16-year-olds were questioned.')).toEqual([]);
    expect(pairs('A nine-year-old boy and a 57-year old man were hurt.')).toEqual([]);
    expect(pairs('He died at the age of 83 years; his wife, aged 80 years, survives him.')).toEqual([]);
  });
  it('keeps adjectival durations that are times', () => {
    expect(pairs('He signed a two-year contract.')).toEqual([['two-year', 'P2Y']]);
    expect(pairs('Unions called a 24-hour strike.')).toEqual([['24-hour', 'PT24H']]);
  });
});

describe('5. decades and centuries', () => {
  it('reads "a decade ago" as the year ten years back', () => {
    expect(valueOf('The plant closed a decade ago.', 'a decade ago')).toBe('2015');
    expect(valueOf('The bridge was built two decades ago.', 'two decades ago')).toBe('2005');
  });
  it('writes decade and century durations in TimeML units', () => {
    expect(valueOf('The feud lasted a decade.', 'a decade')).toBe('P1E');
    expect(valueOf('The feud lasted three decades.', 'three decades')).toBe('P3E');
    expect(valueOf('The church stood for two centuries.', 'two centuries')).toBe('P2C');
    expect(valueOf('It was the worst drought in decades.', 'decades')).toBe('PXE');
  });
});

describe('4. now / soon / recent as plain adverbs and adjectives', () => {
  it('leaves out "now" as a state adverb before a predicate noun phrase', () => {
    expect(pairs('She is now the front-runner.')).toEqual([]);
    expect(pairs('Prices are rising now.')).toEqual([['now', 'PRESENT_REF']]);
    expect(pairs('Now the council must decide.')).toEqual([['Now', 'PRESENT_REF']]);
  });
  it('leaves out "soon" in a past narrative', () => {
    expect(pairs('The driver was soon released.')).toEqual([]);
    expect(pairs('The report will soon be published.')).toEqual([['soon', 'FUTURE_REF']]);
    expect(pairs('The rebels soon captured the town.')).toEqual([]);
    // the future of what was said is still ahead
    expect(pairs('He said he would soon resign.')).toEqual([['soon', 'FUTURE_REF']]);
  });
  it('leaves out the adjective "recent" before its noun', () => {
    expect(pairs('The recent law angered farmers.')).toEqual([]);
    expect(pairs('Sales have fallen in recent years.')).toEqual([['recent years', 'PXY']]);
  });
});

// Wednesday 2025-03-12: the coming Thursday is 03-13, the last one 03-06.
describe('2. weekdays in clauses that look ahead', () => {
  it('puts the object of a planning verb ahead', () => {
    expect(valueOf('The union has scheduled a vote Thursday.', 'Thursday')).toBe('2025-03-13');
    expect(valueOf('Organizers planned a march on Sunday.', 'Sunday')).toBe('2025-03-16');
    expect(valueOf('The hearing is scheduled for Friday.', 'Friday')).toBe('2025-03-14');
    // a plan that is over, and the plain past, stay behind
    expect(valueOf('The march went ahead on Sunday as previously planned.', 'Sunday')).toBe('2025-03-09');
    expect(valueOf('The rebels had planned the attack on Sunday.', 'Sunday')).toBe('2025-03-09');
  });
  it('reads an arrangement after "is" / "are" as ahead', () => {
    expect(valueOf('A verdict is expected Friday.', 'Friday')).toBe('2025-03-14');
    expect(valueOf('The results are due Monday.', 'Monday')).toBe('2025-03-17');
    expect(valueOf('A verdict was expected Friday but did not come.', 'Friday')).toBe('2025-03-07');
  });
  it('reads a timetable in the present as ahead', () => {
    expect(valueOf('The council meets Tuesday to discuss the budget.', 'Tuesday')).toBe('2025-03-18');
    expect(valueOf('The vote is Thursday.', 'Thursday')).toBe('2025-03-13');
    expect(valueOf('The funeral is on Saturday.', 'Saturday')).toBe('2025-03-15');
    expect(valueOf('Starting Monday, shops must close at nine.', 'Monday')).toBe('2025-03-17');
    // a past clause stays behind
    expect(valueOf('The council met Tuesday to discuss the budget.', 'Tuesday')).toBe('2025-03-11');
    expect(valueOf('Starting Monday, the rebels attacked three towns.', 'Monday')).toBe('2025-03-10');
  });
  it('reads earliest times and limits as ahead', () => {
    expect(valueOf('The convoy could arrive as early as Monday.', 'Monday')).toBe('2025-03-17');
    expect(valueOf('Talks were put off until Friday morning.', 'Friday morning')).toBe('2025-03-14TMO');
    expect(valueOf('The deadline was extended until noon Friday.', 'noon Friday')).toBe('2025-03-14T12:00');
    // a fronted limit in a past clause, and a past stay, are behind
    expect(valueOf('Until Thursday, the mayor had not commented.', 'Thursday')).toBe('2025-03-06');
    expect(valueOf('The guests stayed until Sunday.', 'Sunday')).toBe('2025-03-09');
  });
  it('lets the main verb of a sentence with a fronted weekday decide', () => {
    const text = 'On Friday, the committee, which met twice last month and heard from a dozen experts, plans to release its report.';
    expect(valueOf(text, 'Friday')).toBe('2025-03-14');
    expect(valueOf('On Friday, the committee, which will meet again in May, released its report.', 'Friday')).toBe('2025-03-07');
  });
  it('does not read "next to" as "next"', () => {
    expect(valueOf('A blast hit the bank next to the station Friday.', 'Friday')).toBe('2025-03-07');
  });
});

describe('3. story time after the story has dated its event', () => {
  it('reads "later that year" in the story\'s year', () => {
    expect(pairs('She left in March 1997 and returned later that year.')).toEqual([['March 1997', '1997-03'], ['later that year', '1997']]);
    expect(valueOf('The mill opened in 1962. That year the town doubled.', 'That year')).toBe('1962');
    expect(valueOf('The dam broke on April 2, 2019. Aid arrived later that week.', 'later that week')).toBe('2019-W14');
  });
  it('puts "that same day", "the next morning" and a bare clock time on the story\'s day', () => {
    const text = 'A fire broke out at the depot last Monday. Crews arrived at 3 a.m. and fought it for hours. ' +
      'That same day, the owner was questioned. The next morning, the road was still closed.';
    expect(pairs(text)).toEqual([
      ['last Monday', '2025-03-10'], ['3 a.m.', '2025-03-10T03:00'], ['hours', 'PTXH'],
      ['That same day', '2025-03-10'], ['The next morning', '2025-03-11TMO'],
    ]);
  });
  it('keeps a clock time of the present on the publication day', () => {
    expect(valueOf('The polls close at 8 p.m. tonight.', '8 p.m.')).toBe('2025-03-12T20:00');
    expect(valueOf('The minister will speak at 3 p.m.', '3 p.m.')).toBe('2025-03-12T15:00');
  });
  it('counts "the previous Friday", "the following Monday" from the story\'s day', () => {
    expect(valueOf('The strike began on Wednesday, March 5. Talks had failed the previous Friday.', 'the previous Friday')).toBe('2025-02-28');
    expect(valueOf('The strike began on Wednesday, March 5. Work resumed the following Monday.', 'the following Monday')).toBe('2025-03-10');
  });
  it('finds "the days before" an event', () => {
    expect(pairs('Turnout was high in the days before the vote.')).toEqual([['the days', 'PXD']]);
  });
});

describe('5. holidays, years in ranges and lists, and smaller gaps', () => {
  it('dates holidays by their rule, the clause and "last" / "next"', () => {
    expect(valueOf('The family met on Thanksgiving Day.', 'Thanksgiving Day')).toBe('2024-11-28');
    expect(valueOf('Sales fell last Christmas.', 'last Christmas')).toBe('2024-12-25');
    expect(valueOf('Stores will close on New Year\'s Day.', 'New Year\'s Day')).toBe('2026-01-01');
    expect(valueOf('Turnout was low on Election Day.', 'Election Day')).toBe('2024-11-05');
    expect(valueOf('The truce began on Christmas Eve 1914.', 'Christmas Eve 1914')).toBe('1914-12-24');
    expect(valueOf('The church was full at Easter.', 'Easter')).toBe('2024-03-31');
    // a holiday name before a noun modifies it
    expect(pairs('Christmas shopping began early.')).toEqual([]);
  });
  it('finds every year of a range or a list', () => {
    expect(pairs('He ran the firm from 1991 to 1997.')).toEqual([['1991', '1991'], ['1997', '1997']]);
    expect(pairs('The chapel dates back to 1862.')).toEqual([['1862', '1862']]);
    expect(pairs('Floods hit in 1994, 1995 and 1997.')).toEqual([['1994', '1994'], ['1995', '1995'], ['1997', '1997']]);
    // amounts stay amounts
    expect(pairs('Prices rose to 1,500, then to 2,000.')).toEqual([]);
  });
  it('reads midday, fractions, hyphenated months and day-long spans', () => {
    expect(pairs('The ceasefire starts at midday.')).toEqual([['midday', '2025-03-12T12:00']]);
    expect(pairs('The talks lasted 5 1/2 hours.')).toEqual([['5 1/2 hours', 'PT5H30M']]);
    expect(pairs('He served 2 1/2 years in prison.')).toEqual([['2 1/2 years', 'P2Y6M']]);
    expect(pairs('Prices peaked in late-November.')).toEqual([['late-November', '2024-11']]);
    expect(pairs('After a day-long meeting, they agreed.')).toEqual([['day-long', 'P1D']]);
  });
  it('leaves out titles that look like times', () => {
    expect(pairs('She starred in High Noon.')).toEqual([]);
    expect(pairs('He was interviewed on 60 Minutes last week.')).toEqual([['last week', '2025-W10']]);
    expect(pairs('The duel began at noon.')).toEqual([['noon', '2025-03-12T12:00']]);
    expect(pairs('Three days later, he left.')).toEqual([['Three days', 'P3D']]);
  });
});
