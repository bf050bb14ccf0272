// Sources read for issue #4: who holds what a text says, headline polls. Invented sentences;
// false positives at the end.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const has = (text: string, want: Record<string, unknown>) => expect(read(text)).toContainEqual(expect.objectContaining(want));

describe('the sender of a text whose participle reports it', () => {
  it('"X issued a statement saying …": the holder is X, not the verb phrase', () => {
    // (the document issued and the participle are one cue: issuing-verb.ts)
    has('Hours later, the union issued a statement calling on the mayor to resign.', { source: 'the union', cue: 'issued a statement calling on' });
    has('Recently, however, it issued a short paper welcoming the plans of the state.', { source: 'it', cue: 'issued a short paper welcoming' });
  });

});

describe('a headline poll', () => {
  it('"Poll: …" is the source of what follows the colon', () => {
    has('Poll: Farmers in the valley back the new dam by a wide margin.', { source: 'Poll', cue: ':' });
  });
});

describe('words between the subject and its verb', () => {
  it('a year or an "… ago" phrase is no subject', () => {
    has('The council in 2001 found that the port was unsafe.', { source: 'The council', cue: 'found' });
    has('The mayor two weeks ago said the budget was balanced.', { source: 'The mayor', cue: 'said' });
    has('The mayor just three days ago said the budget was balanced.', { source: 'The mayor', cue: 'said' });
  });

  it('an adverb outside the cue ("which together vowed", ", perhaps recognizing")', () => {
    has('The two unions, which together vowed to strike, met on Monday.', { source: 'which', cue: 'vowed' });
    has("The mayor's aides were also upbeat, perhaps recognizing that the vote was close.", { source: "The mayor's aides", cue: 'recognizing' });
  });
});

describe('the subject of a participle or a verb further back', () => {
  it('", and she …, shouting …": the pronoun of the joined clause', () => {
    has('The camera is facing the ground, and she becomes upset, shouting that he must stop.', { source: 'she', cue: 'shouting' });
  });
  it('"Protesters marching through the streets chanted": the noun before the participle phrase', () => {
    has('Protesters marching through the streets chanted slogans about the mayor.', { source: 'Protesters', cue: 'chanted' });
  });
});

describe('a long introductory phrase', () => {
  it('"In the back room after the vote, the aides …, perhaps recognizing …"', () => {
    has("In the back room after the long vote, the mayor's aides were calm, perhaps recognizing that the count was close.", { source: "the mayor's aides", cue: 'recognizing' });
  });
});

describe('an appositive subject opening the sentence', () => {
  it('"X, who …, said the NP …" is X saying, not an inverted "…, said the official"', () => {
    has('Donna Reed, who watched the parade from a porch, said the event brought back memories.', { source: 'Donna Reed, who watched the parade from a porch', cue: 'said', content: 'the event brought back memories' });
  });
  it('an inverted cue after a clause still names the one after the verb', () => {
    has('The economy is weak, said the official.', { source: 'the official', cue: 'said' });
  });
});

describe('a participle after a relative clause', () => {
  it('"with X — who has called for … — lambasting …": X, not "who"', () => {
    has("It became an issue, with Mary Lane — who has called for new taxes on the rich — lambasting the mayor's plan.", { source: 'Mary Lane', cue: 'lambasting' });
  });
});

describe('"As X put it:"', () => {
  it('the one between "as" and "put it" speaks, not "it"', () => {
    has('Or, as Tom Reed, a former judge of the county, put it: "The gates are open now."', { source: 'Tom Reed, a former judge of the county', cue: 'put it:' });
    has('As Professor Lane put it: "We do a better job than most."', { source: 'Professor Lane', cue: 'put it:' });
  });
});

describe('negative cases', () => {
  it('an adverb ending in -s is no holder of a participle ("perhaps recognizing")', () => {
    expect(read('It was quiet, perhaps recognizing the mood of the room.').map((a) => a.source)).not.toContain('perhaps');
  });
  it('a pronoun that is no clause opener does not take the participle', () => {
    has('The mayor thanked her and the board, saying the vote was fair.', { source: 'The mayor', cue: 'saying' });
  });
  it('"it" before a colon with no "as" is left as it was', () => {
    expect(read('Critics put it bluntly: "The plan is dead."').map((a) => a.source)).not.toContain('Critics put');
  });
  it('a verb that puts out no text does not make its subject the holder', () => {
    expect(read('Members formed a group backing the governor on the levy.').map((a) => a.source)).not.toContain('Members');
  });
  it('a colon after a section label is no attribution', () => {
    expect(read('Update: The bridge will reopen on Monday after the repairs.').filter((a) => a.source === 'Update')).toEqual([]);
  });
  it('a noun after "of" keeps the whole phrase as its holder', () => {
    expect(read('Leaders of a coalition backing the mayor met on Friday.').map((a) => a.source)).not.toContain('Leaders');
  });
});

describe('adverbials inside the verb group belong to the cue', () => {
  it('"have in particular noted", "has nevertheless called", "seldom speaks of"', () => {
    has('The farmers have in particular noted that the river is low.', { source: 'The farmers', cue: 'have in particular noted' });
    has('The old baker seldom speaks of the fire that closed his shop.', { source: 'The old baker', cue: 'seldom speaks of' });
    has('The mayor has nevertheless called the vote a victory for the town.', { source: 'The mayor', cue: 'has nevertheless called' });
    has('The old baker has in the past described the bakery as his home.', { source: 'The old baker', cue: 'has in the past described' });
  });
  it('a floating quantifier after a coordinated subject ("Ruiz and Bell both denounced")', () => {
    has('Ana Ruiz and Tom Bell both denounced the plan to close the port.', { source: 'Ana Ruiz and Tom Bell', cue: 'both denounced' });
  });
  it('a time phrase after a name with its party and state, or after an apposition', () => {
    has('Rep. Ann Ortiz (D-Ore.) last month said the dam would be rebuilt.', { source: 'Rep. Ann Ortiz (D-Ore.)', cue: 'said' });
    has('Tom Bell, the port director, this past week announced that the docks would close.', { source: 'Tom Bell, the port director', cue: 'announced' });
    has('Governor Ann Ortiz earlier in the day touted the new bridge.', { source: 'Governor Ann Ortiz', cue: 'touted' });
  });
  it('a quantifier that is the subject stays the source', () => {
    has('Both said the bridge would be rebuilt.', { source: 'Both', cue: 'said' });
    has('The farmers all said the river was low.', { source: 'The farmers', cue: 'all said' });
  });
});

describe('a verb joined by "and" to the clause right before it', () => {
  it('a relative clause set off by a comma: "…, who make up most of the buyers and see …"', () => {
    has('Most visas go to farmers from the north, who make up half of the buyers and see the program as a way in.', { source: 'who', cue: 'see' });
  });
  it('a subordinate clause with its own subject: "… after she attacked X and blamed …"', () => {
    has('Governor Tom Bell called the mayor a disgrace after she attacked the police and blamed the riots on the unions.', { source: 'she', cue: 'blamed' });
  });
  it('a clause after a semicolon: "…; he helped broker a truce and decided …"', () => {
    has('The vote ushered in a thaw; he helped broker a truce and decided to visit the capital first.', { source: 'he', cue: 'decided' });
  });
  it('not the subject of what someone said: "X said he had … and called …"', () => {
    has('Ed Rendell said he had fought off three bouts of flu and called it a common illness.', { source: 'Ed Rendell', cue: 'called' });
  });
  it('not a restrictive relative inside the object: "… mothers who have lost children and said …"', () => {
    has('Her campaign announced support from mothers who have lost children to violence and said the women would travel.', { source: 'Her campaign', cue: 'said' });
  });
});

describe('a noun of saying that is the object of the clause’s verb', () => {
  it('the owner is the verb’s subject, and the verb group belongs to the cue', () => {
    has('The mayor is doubling down on his support for the new bridge.', { source: 'The mayor', cue: 'is doubling down on his support for' });
    has('Tom Bell has toned down his criticism of the port authority.', { source: 'Tom Bell', cue: 'has toned down his criticism of' });
    has('He made the observation that the river was low.', { source: 'He', cue: 'made the observation' });
  });
  it('an owner in the subject or after an infinitive keeps the noun’s own owner', () => {
    has('His criticism of the port authority has found support.', { source: 'His', cue: 'criticism of' });
    has('The rally gave the mayor a chance to renew her call for a new bridge.', { source: 'her', cue: 'call for' });
  });
});

describe('the doer of an infinitive that is not the clause’s subject', () => {
  it('the object of a verb of causing or allowing, or the noun after "for"', () => {
    has('The results will force Tom Bell to acknowledge that the race is over.', { source: 'Tom Bell', cue: 'to acknowledge' });
    has('The storm created an opening for the mayor to announce a new plan for the port.', { source: 'the mayor', cue: 'to announce' });
  });
  it('the subject of "be" before a rank', () => {
    has('Ann Ortiz was the first member of the council to endorse the new plan.', { source: 'Ann Ortiz', cue: 'to endorse' });
  });
  it('a control verb that reports on its own keeps the infinitive off its object', () => {
    const r = read('Two senators urged the mayor to release the report on the port.');
    expect(r.some((a) => a.source === 'the mayor')).toBe(false);
  });
});

describe('a participle after a clause that follows an introductory phrase', () => {
  it('goes with the main clause’s subject, not a noun of the introduction', () => {
    has('In a letter to the council released Monday, Ann Ortiz attacked the plan, arguing that the port would close.', { source: 'Ann Ortiz', cue: 'arguing' });
  });
});

describe('owners and doers further from the cue', () => {
  it('a time phrase between the subject and the verb whose object is a noun of saying', () => {
    has('The city council on Friday made a strong condemnation of the new port tax.', { source: 'The city council', cue: 'made a strong condemnation of' });
  });
  it('a long object before the infinitive ("prompted NATO at its July summit in Warsaw to order")', () => {
    has('The threats prompted the council at its July meeting in Salem to order a review of the port.', { source: 'the council at its July meeting in Salem', cue: 'to order' });
  });
});

describe('an infinitive of purpose in a subordinate clause', () => {
  it('"… after the senator spoke at a rally to discuss …": the subordinate clause’s subject', () => {
    has('His remarks came moments after the senator spoke at a rally to discuss the new port tax.', { source: 'the senator', cue: 'to discuss' });
  });
});

describe('an introductory phrase that goes on past its comma', () => {
  it('"At an event in Ames, Iowa, on Sunday, Ruiz …, saying …"', () => {
    has('At a town hall in Salem, Oregon, on Sunday, Ann Ortiz defended the plan, saying the port would reopen.', { source: 'Ann Ortiz', cue: 'saying' });
  });
});

describe('a participle after the object of a finite verb', () => {
  it('"The council approved a resolution condemning …": the verb’s subject holds it', () => {
    has('The city council on Wednesday approved a resolution condemning the new port tax.', { source: 'The city council', cue: 'approved a resolution condemning' });
  });
});

describe('a sentence adverb set off by commas between the subject and its verb', () => {
  it('is no part of the source ("The mayor, however, denied …")', () => {
    const out = read('The mayor, however, denied the report. Clinton, for her part, praised the plan.');
    expect(out.find((a) => a.cue === 'denied')?.source).toBe('The mayor');
    expect(out.find((a) => a.cue === 'praised')?.source).toBe('Clinton');
  });

  it('is no inverted speech tag ("… and, once again, denied the report.")', () => {
    const out = read('The mayor stood up and, once again, denied the report.');
    expect(out.find((a) => a.source === 'the report')).toBeUndefined();
  });
});

describe('a source after "according to" with an adjective complement', () => {
  it('keeps "familiar with …" in the source, not in the content', () => {
    has('The Eldoria plant will close next year, according to people familiar with the matter.', {
      content: 'The Eldoria plant will close next year',
      source: 'people familiar with the matter',
      cue: 'according to',
    });
  });
  it('does not swallow a following preposition after an ordinary noun', () => {
    const out = read('The plant will close, according to Ruiz on Monday.');
    expect(out.find((a) => a.source === 'Ruiz on Monday')).toBeUndefined();
    expect(out.find((a) => a.cue === 'according to')?.content).toBe('The plant will close');
  });
});

describe('the rest of a closing "according to" phrase', () => {
  it('still describes the source, and is no content of its own', () => {
    has('The mayor saw the port as a threat, according to someone in attendance.', {
      content: 'The mayor saw the port as a threat', source: 'someone in attendance', cue: 'according to',
    });
    has('The plant will close in May, according to an account she gave to the Eldoria Times.', {
      content: 'The plant will close in May', source: 'an account she gave to the Eldoria Times', cue: 'according to',
    });
  });
  it('after a comma, what follows is content again ("…, according to X, B")', () => {
    has('The plant, according to the union, will close in May.', { source: 'the union', cue: 'according to', content: ['The plant', 'will close in May'] });
  });
});

describe('a cue after a relative clause has closed ("X, who …, praised …")', () => {
  it('goes with the antecedent and its clause, not with "who"', () => {
    const out = read('Mayor Lee, who runs the city, is no fan of the plan but praised the council for its work.');
    expect(out.find((a) => a.cue === 'praised')?.source).toBe('Mayor Lee, who runs the city');
    const officials = read('City officials, who granted the firm tax breaks, are furious and want the money back.');
    expect(officials.find((a) => a.cue === 'want')?.source).toBe('City officials, who granted the firm tax breaks');
    const mayor = read('The mayor, who was not at the meeting, has softened his tone, admitting that the plan could work.');
    expect(mayor.find((a) => a.cue === 'admitting')?.source).toBe('The mayor, who was not at the meeting');
  });

  it('leaves "who" to a cue inside the clause', () => {
    const out = read('Mayor Lee, who endorsed the plan in May and said it would pass, did not attend.');
    expect(out.find((a) => a.cue === 'said')?.source).toBe('who');
    const named = read('Ann Ortiz, who backed Lee, D-Ohio, and opposed the tax, left early.');
    expect(named.find((a) => a.cue === 'opposed')?.source).toBe('who');
  });
});

describe('the "it" of an extraposed clause ("It\'s hard to imagine …")', () => {
  it('is no source', () => {
    expect(read('It is important to note that the council never voted.')[0]).toMatchObject({ source: null, content: 'that the council never voted' });
    expect(read("It's no exaggeration to call this plan reckless.")[0]?.source).toBeNull();
  });

  it('stays the source before a verb of its own, a progressive or a passive', () => {
    expect(read('It said the plan was reckless.')[0]?.source).toBe('It');
    expect(read('It is also pointing the city to a new budget.')[0]?.source).toBe('It');
  });
});

describe('the subject of a participle clause after the main clause (", arguing …")', () => {
  it('is the main clause subject alone, not its verb and object', () => {
    expect(read('Lee quickly pivoted to the budget, arguing that the clinic would stay open.')[0]?.source).toBe('Lee');
    expect(read('Chastened by the loss, the mayor changed course, promising that the clinic would stay open.')[0]?.source).toBe('the mayor');
  });
});

describe('the owner of a stance noun that is the object of a verb after an aside', () => {
  it('is the subject before the aside ("Lee, who …, has toned down his criticism of …")', () => {
    expect(read('Lee, who was not at the rally, has toned down his criticism of the mayor.')[0]).toMatchObject({
      source: 'Lee, who was not at the rally', cue: 'has toned down his criticism of',
    });
    expect(read('Ann Ortiz, the council chair, rescinded her endorsement of the mayor.')[0]?.source).toBe('Ann Ortiz, the council chair');
  });
});

describe('a noun of hoping or believing in an adjunct ("in the hope that …")', () => {
  it('is held by the subject of its clause', () => {
    expect(read('Some workers took the cut in the belief that it would save their jobs.')[0]).toMatchObject({
      source: 'Some workers', cue: 'belief', content: 'that it would save their jobs',
    });
    expect(read('The nurses clung to the hope that the council would listen.')[0]?.source).toBe('The nurses');
    expect(read('Lee has avoided attacks on Ortiz in hopes that her voters will come over.').find((a) => a.cue === 'hopes')?.source).toBe('Lee');
  });

  it('gives no holder to an impersonal clause', () => {
    expect(read('There is hope that the council will listen.').find((a) => a.source === 'There')).toBeUndefined();
  });
});
