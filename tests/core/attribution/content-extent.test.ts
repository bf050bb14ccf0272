// Where the content after a cue starts and ends (content-start.ts and the content rules of
// find-attributions.ts). PolNeAR's content is what was said, thought or judged: the topic of
// "spoke about", "learned of", "ruled against", not the adjuncts of time, place and medium.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const byCue = (text: string, cue: string) => read(text).find((a) => a.cue === cue);

describe('a topic after adjuncts is the content', () => {
  it('"about", "against" and "of" after time words name what was said', () => {
    expect(byCue('Ruiz spoke out Tuesday about the closing of the pool in Lyon, Ohio, arguing that it was unfair.', 'spoke out')).toMatchObject({
      source: 'Ruiz',
      content: 'the closing of the pool in Lyon, Ohio',
    });
    expect(byCue('A county court ruled Friday against the city’s plan for charging fees at the pool, dealing a blow to the mayor.', 'ruled')).toMatchObject({
      content: 'the city’s plan for charging fees at the pool',
    });
    expect(byCue('The aides only learned on Monday of the deal with Ortiz, Bell and Marsh.', 'only learned')).toMatchObject({
      content: 'the deal with Ortiz, Bell and Marsh',
    });
  });

  it('the topic’s phrase runs past a possessive and a quoted title', () => {
    expect(byCue('The board has questions about the mayor’s spending in his last two budgets.', 'has questions about')).toMatchObject({
      content: 'the mayor’s spending in his last two budgets',
    });
    expect(byCue('Ann Ruiz talks to Bell about the history of the river in “Low Water.”', 'talks')).toMatchObject({
      content: 'the history of the river in “Low Water.”',
    });
  });

  it('a clause or a quotation after the topic is still the content', () => {
    expect(read('Ruiz said of the bridge that it was too costly.')[0]).toMatchObject({ cue: 'said', content: 'that it was too costly' });
    expect(read('Ruiz said of the bridge, “It is too costly.”')[0]).toMatchObject({ cue: 'said', content: '“It is too costly.”' });
    expect(read('Ruiz said in a statement on Friday that the fee will drop.')[0]).toMatchObject({ content: 'that the fee will drop' });
  });
});

describe('adjuncts that are no topic', () => {
  it('"about" before a number is an amount, a time adjunct alone is no content', () => {
    expect(read('The two mayors spoke for about ten minutes.')).toEqual([]);
    expect(read('The two mayors spoke on Friday in Lyon.')).toEqual([]);
  });

  it('"of" after a noun-like form names no topic', () => {
    expect(read('The plan requires patience and some sense of timing.')).toEqual([]);
    expect(read('Ruiz said at a meeting of the council.')).toEqual([]);
  });
});

describe('a noun that is also a cue verb, inside an adjunct', () => {
  it('closing the sentence, is no content: what came before the speaker is', () => {
    expect(byCue('The bridge will stay shut, Mayor Ana Ruiz said after the attacks.', 'said')).toMatchObject({
      source: 'Mayor Ana Ruiz',
      content: 'The bridge will stay shut',
    });
  });

  it('before a that-clause or a quotation, is skipped with its adjunct', () => {
    expect(byCue('Ruiz said in her remarks that the bridge will stay shut.', 'said')?.content).toBe('that the bridge will stay shut');
    expect(byCue('Ruiz wrote in an email: “The bridge will stay shut.”', 'wrote')?.content).toBe('“The bridge will stay shut.”');
  });
});

describe('a quotation content that closes on a comma before a clause of time', () => {
  it('ends with the quotation: the clause after it is no part of what was said', () => {
    expect(byCue('Ruiz had said, “We will see,” when asked whether she would run again.', 'had said')?.content).toBe('“We will see,”');
    expect(byCue('Ruiz warned “let us not get ahead of ourselves,” before predicting a close vote.', 'warned')?.content).toBe('“let us not get ahead of ourselves,”');
    // (without the comma the clause goes on with the quotation)
    expect(byCue('Ruiz said “we will see” when the votes are in.', 'said')?.content).toBe('“we will see” when the votes are in');
  });
});

describe('an introductory phrase before "X said, “…”"', () => {
  it('sets the scene: the quotation after the comma is the content', () => {
    expect(byCue('When asked about the budget, Ruiz said, “We will not raise taxes” before the election.', 'said')?.content).toBe('“We will not raise taxes” before the election');
    expect(byCue('On Friday, Ruiz said, “We will not raise taxes.”', 'said')?.content).toBe('“We will not raise taxes.”');
  });

  it('but a clause before the comma is content too ("The plan, Ruiz said, “…”")', () => {
    expect(byCue('The plan is sound, Ruiz said, “and we will not raise taxes.”', 'said')?.content).toEqual(['The plan is sound', '“and we will not raise taxes.”']);
  });
});

describe('the speaker’s next verb is a verb of taking sides', () => {
  it('"… and encouraged voters to …" ends the content before it and is an attribution of its own', () => {
    const out = read('Ruiz wrote that the mayor was “a fraud” and encouraged voters to “read the audit” before the vote.');
    expect(out.find((a) => a.cue === 'wrote')?.content).toBe('that the mayor was “a fraud”');
    expect(out.find((a) => a.cue === 'encouraged')?.source).toBe('Ruiz');
  });
});

describe('a relative clause with its own pronoun subject and cue verb', () => {
  it('", which she called “…”" ends the content before it and is an attribution of its own', () => {
    const out = read('Ruiz said the council had backed a plan to close the pier, which she called “a gift to the developers.”');
    expect(out.find((a) => a.cue === 'said')?.content).toBe('the council had backed a plan to close the pier');
    expect(out.find((a) => a.cue === 'called')).toMatchObject({ source: 'she', content: '“a gift to the developers.”' });
  });

  it('but a relative clause about someone else goes on with the content', () => {
    expect(byCue('Ruiz said the council had backed the plan, which the mayor opposed.', 'said')?.content).toBe('the council had backed the plan, which the mayor opposed');
  });
});

describe('a phrase content ends before the speaker’s next verb', () => {
  it('"…, but she has also sharpened …": a new clause about the speaker, after auxiliaries, and after a quotation’s comma', () => {
    expect(byCue('Ruiz is promising lower rents and “jobs, jobs, jobs,” but she has also sharpened her attacks on the council.', 'is promising')?.content).toBe('lower rents and “jobs, jobs, jobs,”');
    expect(byCue('Ruiz backed the plan for the pier, and she has since criticized the council.', 'backed')?.content).toBe('the plan for the pier');
  });

  it('an object, a topic or an infinitive stops at "and"/"but" with a verb of its own', () => {
    expect(byCue('Ruiz thanked the volunteers and went back to the podium.', 'thanked')).toMatchObject({ content: 'the volunteers' });
    expect(byCue('The mayor criticized the budget twice but later voted for it.', 'criticized')).toMatchObject({ content: 'the budget twice' });
    expect(byCue('The two senators urged him to drop out and tried to unite the party.', 'urged')).toMatchObject({ content: 'to drop out' });
  });

  it('a clause of reason or concession is not what was said', () => {
    expect(byCue('Bell is backing Ruiz because he worries about the fee.', 'is backing')).toMatchObject({ content: 'Ruiz' });
  });

  it('a reported clause goes on over its own joined verbs', () => {
    expect(read('Two workers said the manager shouted at them and locked the doors.')[0]).toMatchObject({
      content: 'the manager shouted at them and locked the doors',
    });
    expect(byCue('Ruiz criticized the plan and the fees it set.', 'criticized')).toMatchObject({ content: 'the plan and the fees it set' });
  });
});

describe('the hearer of "tell" and "assure"', () => {
  it('a nominative pronoun after the verb is the reported clause’s subject, not the hearer', () => {
    expect(read('Ruiz tells she may lose the vote.')[0]).toMatchObject({ cue: 'tells', content: 'she may lose the vote' });
    expect(read('Ruiz assured he will stay.')[0]).toMatchObject({ cue: 'assured', content: 'he will stay' });
  });

  it('a verb that takes an object too: a phrase with only a conjunction or the end after it is what was promised', () => {
    expect(byCue('The mayor is promising lower taxes and new jobs.', 'is promising')?.content).toBe('lower taxes and new jobs');
    // (a hearer with more after it is still skipped)
    expect(byCue('The mayor promised the voters that the bridge would open.', 'promised')?.content).toBe('that the bridge would open');
  });
});

describe('"as" clauses and clauses after the comma', () => {
  it('an "as" clause whose verb has its own object reports that object, not the clause before', () => {
    expect(byCue('The vote was close, as the unions criticized the mayor for the fee.', 'criticized')).toMatchObject({
      source: 'the unions',
      content: 'the mayor for the fee',
    });
    // the parenthetical "as X noted" still reports what came before
    expect(byCue('The vote was close, as the paper noted.', 'noted')).toMatchObject({ content: 'The vote was close' });
  });

  it('a clause of time or reason after "said Friday," is no content', () => {
    const out = read('The fee is too high, council members said Friday, as they bristled at the plan.');
    expect(out.find((a) => a.cue === 'said Friday')).toMatchObject({ content: 'The fee is too high' });
  });
});

describe('"this", "last" and "next" after the verb', () => {
  it('open the reported clause unless a time noun follows them', () => {
    expect(byCue('Farmers believe this helps the river in a dry year.', 'believe')?.content).toBe('this helps the river in a dry year');
    expect(byCue('The mayor says this bridge will open in May.', 'says')?.content).toBe('this bridge will open in May');
  });

  it('open a time adjunct before a time noun', () => {
    expect(byCue('The mayor said this week the bridge will open in May.', 'said')?.content).toBe('the bridge will open in May');
    expect(byCue('The mayor said last Friday that the bridge will open.', 'said')?.content).toBe('that the bridge will open');
    expect(byCue('The mayor said this past weekend that the bridge will open.', 'said')?.content).toBe('that the bridge will open');
  });
});

describe('a semicolon right after the verb', () => {
  it('closes the verb’s clause: the content is the clause before it', () => {
    const a = byCue('The ferry will need a new engine, the mechanics say; in May the old one failed twice.', 'say');
    expect(a?.content).toBe('The ferry will need a new engine');
    expect(a?.source).toBe('the mechanics');
  });
});

describe('a second verb of the speaker after "but did not" / "and did"', () => {
  it('ends the first content and starts an attribution of its own', () => {
    const out = read('The mayor said that the bridge would open in May but did not suggest it would carry trucks.');
    expect(out.find((a) => a.cue === 'said')?.content).toBe('that the bridge would open in May');
    expect(out.find((a) => a.cue === 'did not suggest')?.content).toBe('it would carry trucks');
  });

  it('a modal after "and" goes on with the reported clause', () => {
    expect(byCue('The mayor said the town had found the plans and would release them.', 'said')?.content).toBe('the town had found the plans and would release them');
  });
});

describe('a plural subject with a verb of saying after "while" or "but"', () => {
  it('starts the other group’s attribution ("…, while only 40 percent of anglers say …")', () => {
    const out = read('Most farmers say the river is too low, while only 40 percent of anglers say the same of the lake.');
    expect(out.find((a) => a.source === 'Most farmers')?.content).toBe('the river is too low');
    expect(out.find((a) => a.source === 'only 40 percent of anglers')?.content).toBe('the same of the lake');
  });

  it('not a verb with a preposition after it ("while police shout at him")', () => {
    expect(byCue('The film shows a guard waving a flag while police shout at him to stop.', 'shows')?.content).toBe('a guard waving a flag while police shout at him to stop');
  });
});

describe('"on", "at", "over" or "for" right after a verb’s particle', () => {
  it('names the topic ("weighed in on …", "lashed out at …")', () => {
    expect(byCue('At the fair, farmers weighed in on the new water rules.', 'weighed in')?.content).toBe('the new water rules');
    expect(byCue('The mayor lashed out at critics of the bridge.', 'lashed out')?.content).toBe('critics of the bridge');
  });

  it('not a medium before a participle of saying ("chimed in on Twitter, saying …")', () => {
    const out = read('The mayor chimed in on Twitter, saying that the bridge would open.');
    expect(out.find((a) => a.content === 'Twitter')).toBeUndefined();
  });
});

describe('a joined clause with a subject and a verb of saying of its own', () => {
  it('ends the content before it ("…, and one in four said …", "… and they say …")', () => {
    const out = read('One in three said the ferry was too slow, and one in four said the fares were too high.');
    expect(out.find((a) => a.source === 'One in three')?.content).toBe('the ferry was too slow');
    expect(out.find((a) => a.source === 'one in four')?.content).toBe('the fares were too high');
    const out2 = read('The farmers say that the river is low, and they say that the wells are dry.');
    expect(out2.find((a) => a.source === 'The farmers')?.content).toBe('that the river is low');
  });

  it('not a list of nouns or a second phrase ("between hikers and rangers and said …", "and as a …")', () => {
    expect(byCue('The mayor praised her skill as a builder and as a careful planner of roads.', 'praised')?.content).toBe('her skill as a builder and as a careful planner of roads');
  });
});
