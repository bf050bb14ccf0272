// Verbs of accusation and warning with their complements, and numbers that keep their commas.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';
import { tokenize } from '../../../src/core/text/tokens.ts';

describe('complements of accusation and warning', () => {
  it('"accused X of Y": the one accused and the charge are the content', () => {
    expect(read('Ruiz accused the mayor of hiding the pool budget.')[0]).toMatchObject({ source: 'Ruiz', cue: 'accused', content: 'the mayor of hiding the pool budget' });
    expect(read('The council has repeatedly accused Lyon of delaying the vote.')[0]).toMatchObject({ cue: 'has repeatedly accused', content: 'Lyon of delaying the vote' });
  });

  it('after its particle a verb skips no hearer ("warned of a flood")', () => {
    expect(read('The mayor warned of a long fight over the pool.')[0]).toMatchObject({ cue: 'warned of', content: 'a long fight over the pool' });
    expect(read('Ruiz warned of the dangers of “cheap concrete” in the bridge.')[0]).toMatchObject({ cue: 'warned of', content: 'the dangers of “cheap concrete” in the bridge' });
    // a hearer is still skipped without a particle
    expect(read('Ruiz warned the council that the fee will rise.')[0]).toMatchObject({ cue: 'warned', content: 'that the fee will rise' });
  });
});

describe('thousands separators', () => {
  it('a comma between digit groups is part of the number', () => {
    const t = tokenize('about 1,100 names and 25,000,000 dollars, 1,10 and 12, 345', 0, 1000);
    expect(t.raw).toEqual(['about', '1,100', 'names', 'and', '25,000,000', 'dollars', ',', '1', ',', '10', 'and', '12', ',', '345']);
  });

  it('so it does not set off a closing cue', () => {
    expect(read('The paper reported that roughly 1,100 donor names were not disclosed.')[0]).toMatchObject({
      source: 'The paper', cue: 'reported', content: 'that roughly 1,100 donor names were not disclosed',
    });
  });
});

describe('verbs of criticism and reference', () => {
  it('likening, grilling, alluding, balking and bristling report a stance', () => {
    expect(read('Ruiz likened the new fee to a tax on children.')[0]).toMatchObject({ source: 'Ruiz', cue: 'likened', content: 'the new fee to a tax on children' });
    expect(read('The senators grilled the banker about the fees.')[0]).toMatchObject({ source: 'The senators', cue: 'grilled' });
    expect(read('The mayor alluded to the pool scandal.')[0]).toMatchObject({ cue: 'alluded to', content: 'the pool scandal' });
    expect(read('The council balked at the cost of the bridge.')[0]).toMatchObject({ cue: 'balked at', content: 'the cost of the bridge' });
    expect(read('Ruiz bristles at the suggestion that the pool is late.')[0]).toMatchObject({ cue: 'bristles at' });
    expect(read('The mayor regretted the remark.')[0]).toMatchObject({ cue: 'regretted', content: 'the remark' });
  });

  it('without their particle, balk and bristle are no cue', () => {
    expect(read('The horse balked and the rider fell.')).toEqual([]);
  });
});

describe('subjects across commas and time words', () => {
  it('a list of verbs goes on with the first one’s subject', () => {
    const r = read('Ruiz defended the fee, mocked the council, and praised the mayor.');
    expect(r.map((a) => [a.source, a.cue, a.content])).toEqual([
      ['Ruiz', 'defended', 'the fee'],
      ['Ruiz', 'mocked', 'the council'],
      ['Ruiz', 'praised', 'the mayor'],
    ]);
  });

  it('a time phrase after an apposition ("Ruiz, the mayor, on Tuesday called …")', () => {
    expect(read('Ruiz, the mayor, on Tuesday called the fee unfair.')[0]).toMatchObject({ source: 'Ruiz, the mayor', cue: 'called', content: 'the fee unfair' });
    expect(read('Ruiz, the mayor, last week said the pool opens in June.')[0]).toMatchObject({ source: 'Ruiz, the mayor', cue: 'said' });
  });
});

describe('subjects that only grammar shows', () => {
  it('a noun-like -s verb after a singular noun, with a clause opening right after it', () => {
    expect(read('For instance, the paper notes the council spent too much.')[0]).toMatchObject({ source: 'the paper', cue: 'notes', content: 'the council spent too much' });
  });

  it('a participle after a plural head ends the subject ("those surveyed say")', () => {
    expect(read('Those surveyed say the pool should open in June.')[0]).toMatchObject({ source: 'Those surveyed', cue: 'say', content: 'the pool should open in June' });
    expect(read('Voters polled believe the race is close.')[0]).toMatchObject({ source: 'Voters polled', cue: 'believe' });
  });

  it('but a noun before a noun is no verb', () => {
    expect(read('The paper notes were lost in the flood.')).toEqual([]);
  });
});

describe('a document issued is part of the cue', () => {
  it('verb of issuing, the document and the participle that opens what it says', () => {
    expect(read('The council released a statement Wednesday saying the pool will open in June.')[0]).toMatchObject({
      source: 'The council', cue: 'released a statement Wednesday saying', content: 'the pool will open in June',
    });
    expect(read('Her office put out a statement saying the fee is fair.')[0]).toMatchObject({ cue: 'put out a statement saying', content: 'the fee is fair' });
    expect(read('The club issued a statement that the pool stays closed.')[0]).toMatchObject({ cue: 'issued a statement', content: 'that the pool stays closed' });
    expect(read('Ruiz released the following statement: “We are proud of the pool.”')[0]).toMatchObject({ cue: 'released the following statement:', content: '“We are proud of the pool.”' });
    expect(read('Ruiz posted a message on Facebook reading “Thank you, Lyon” after the vote.')[0]).toMatchObject({ cue: 'posted a message on Facebook reading' });
  });

  it('issuing something that is no document, or a document that says nothing here, is no attribution', () => {
    expect(read('The court issued a ruling on Monday.')).toEqual([]);
    expect(read('Firefighters put out the fire before noon.')).toEqual([]);
    expect(read('The mayor sent out a letter to the donors.')).toEqual([]);
  });
});

describe('a light verb with a noun of saying or stance is one cue', () => {
  it('up to the word that opens the complement', () => {
    expect(read('The mayor will make the case that the pool pays for itself.')[0]).toMatchObject({ source: 'The mayor', cue: 'will make the case', content: 'that the pool pays for itself' });
    expect(read('Ruiz launched a sharp attack on the council.')[0]).toMatchObject({ cue: 'launched a sharp attack on', content: 'the council' });
    expect(read('Ruiz also took a swipe at the council.')[0]).toMatchObject({ cue: 'also took a swipe at', content: 'the council' });
    expect(read('Parents have expressed deep concern about the fee.')[0]).toMatchObject({ source: 'Parents', cue: 'have expressed deep concern about', content: 'the fee' });
    expect(read('The council raised questions about the budget.')[0]).toMatchObject({ cue: 'raised questions about', content: 'the budget' });
    expect(read('Ruiz made an apology to the swimmers.')[0]).toMatchObject({ cue: 'made an apology to', content: 'the swimmers' });
  });

  it('a light verb without such a noun, or a noun without its complement, is no cue', () => {
    expect(read('The club made a profit last year.')).toEqual([]);
    expect(read('She made a call to her mother.')).toEqual([]);
    expect(read('The team took the case to a higher court.')).toEqual([]);
    expect(read('Ruiz gave a speech.')).toEqual([]);
  });

  it('"at" after a pledge names a place, not a target', () => {
    expect(read('Ruiz made the pledge at a rally in Lyon.')).toEqual([]);
  });
});

describe('the preposition "about" of a topic joins the cue', () => {
  it('"wrote about X": "about" is the cue’s, X the content', () => {
    expect(read('The board has questions about the fee.')[0]).toMatchObject({ cue: 'has questions about', content: 'the fee' });
    expect(read('The paper wrote about the new pool in Lyon.')[0]).toMatchObject({ source: 'The paper', cue: 'wrote about', content: 'the new pool in Lyon' });
  });

  it('not after a hearer ("told reporters about")', () => {
    expect(read('Ruiz told reporters about the fee.')[0]).toMatchObject({ cue: 'told' });
  });
});

describe('"agreed to" with an infinitive', () => {
  it('the "to" of an infinitive is the content’s, the "to" before a noun phrase the verb’s', () => {
    expect(read('The club agreed to pay the fine.')[0]).toMatchObject({ cue: 'agreed', content: 'to pay the fine' });
    expect(read('The mayor agreed to the deal.')[0]).toMatchObject({ cue: 'agreed to', content: 'the deal' });
  });
});

describe('"known as": the "as" of a name is the cue’s', () => {
  it('but after a verb of judging "as" opens the judgement', () => {
    expect(read('The plan is widely known as the Harbor Deal.')[0]).toMatchObject({ cue: 'is widely known as', content: ['The plan', 'the Harbor Deal'] });
    expect(read('The plan is widely seen as a mistake.')[0]).toMatchObject({ cue: 'is widely seen' });
  });
});

describe('verbs that show or put forward a stance, with its noun', () => {
  it('the verb, its noun and the preposition are the cue; the complement is the content', () => {
    expect(read('The mayor showed no sign of backing down.')[0]).toMatchObject({ source: 'The mayor', cue: 'showed no sign of', content: 'backing down' });
    expect(read('Ruiz expressed an interest in running for mayor.')[0]).toMatchObject({ cue: 'expressed an interest in', content: 'running for mayor' });
    expect(read('The union signaled its support for the new contract.')[0]).toMatchObject({ cue: 'signaled its support for', content: 'the new contract' });
    expect(read('Most council members cast their votes for the levy.')[0]).toMatchObject({ cue: 'cast their votes for', content: 'the levy' });
    expect(read('The rebels claimed responsibility for the blast.')[0]).toMatchObject({ cue: 'claimed responsibility for', content: 'the blast' });
  });

  it('a thing shown is no stance', () => {
    const out = read('The channel showed the speech of the mayor.');
    expect(out.map((a) => a.cue)).not.toContain('showed the speech of');
  });
});

describe('a document and what it says', () => {
  it('a relative clause whose verb says what the document says ends the cue', () => {
    expect(read('The club released a video that accuses the mayor of lying.')[0]).toMatchObject({ source: 'The club', cue: 'released a video that accuses', content: 'the mayor of lying' });
    expect(read('The club released a letter from its lawyer on Friday that says the pool is safe.')[0]).toMatchObject({ cue: 'released a letter from its lawyer on Friday that says', content: 'the pool is safe' });
  });

  it('"wrote a letter … asking", "published a story about": the document is the cue’s', () => {
    expect(read('Ruiz wrote a letter asking the council to reopen the pool.')[0]).toMatchObject({ source: 'Ruiz', cue: 'wrote a letter asking', content: 'the council to reopen the pool' });
    expect(read('The paper published a story about the closed pool.')[0]).toMatchObject({ cue: 'published a story about', content: 'the closed pool' });
  });
});
