import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('a question put to someone ("asked whether …")', () => {
  it('a reduced "Asked whether …" clause opening the sentence', () => {
    const as = read('Asked whether she would run for mayor, Ruiz said she had not decided.');
    expect(as).toContainEqual(expect.objectContaining({ content: 'whether she would run for mayor', source: null, cue: 'Asked' }));
    expect(as).toContainEqual(expect.objectContaining({ content: 'she had not decided', source: 'Ruiz', cue: 'said' }));
  });

  it('"when asked about …" after a closing cue', () => {
    const as = read('“The bridge is safe,” the engineer said when asked about the cracks.');
    expect(as).toContainEqual(expect.objectContaining({ content: 'the cracks', source: null, cue: 'asked about' }));
    expect(as).toContainEqual(expect.objectContaining({ content: '“The bridge is safe,”', source: 'the engineer' }));
  });

  it('a passive with the asker as source', () => {
    const [a] = read('The treasurer was asked by a council member what the bonds would cost.');
    expect(a).toMatchObject({ content: 'what the bonds would cost', source: 'a council member', cue: 'was asked' });
  });
});

describe('an impression without its holder ("seems to", "appeared")', () => {
  it('subject and complement are the content, no source', () => {
    const [a] = read('The harbor crew appeared exhausted after the storm.');
    expect(a).toMatchObject({ content: ['The harbor crew', 'exhausted after the storm'], source: null, cue: 'appeared' });
    const [b] = read('Voters in the valley seem to be losing patience.');
    expect(b).toMatchObject({ content: ['Voters in the valley', 'to be losing patience'], source: null, cue: 'seem' });
  });

  it('an aside between the subject and "seemed"', () => {
    const [a] = read('The old ferry, until last spring, seemed safe enough.');
    expect(a).toMatchObject({ content: ['The old ferry', 'safe enough'], source: null, cue: 'seemed' });
  });

  it('"look" and "sound" with an adjective or "like", not "look to" or "look at"', () => {
    const [a] = read('The new budget sounds reasonable to most members.');
    expect(a).toMatchObject({ content: ['The new budget', 'reasonable to most members'], source: null, cue: 'sounds' });
    const [b] = read('The harbor looked more peaceful than before.');
    expect(b).toMatchObject({ source: null, cue: 'looked' });
    expect(read('Ortiz looks to build on her lead.')).toEqual([]);
    expect(read('She looked at the map for a while.')).toEqual([]);
  });

  it('"it appears that …" keeps only the clause', () => {
    const [a] = read('It appears that the ferry will run again in May.');
    expect(a).toMatchObject({ content: 'the ferry will run again in May', source: null, cue: 'appears' });
  });
});

describe('a name ending in -ly is no adverb', () => {
  it('"“…,” Kelly said" keeps Kelly as the source', () => {
    const [a] = read('“The pier will reopen,” Kelly said on Monday.');
    expect(a).toMatchObject({ content: '“The pier will reopen,”', source: 'Kelly', cue: 'said' });
  });
});

describe('where a content ends', () => {
  it('"… but argues that …": the same speaker\'s next cue', () => {
    const as = read('The mayor says she admires the plan but argues that the city cannot pay for it.');
    expect(as).toContainEqual(expect.objectContaining({ content: 'she admires the plan', cue: 'says' }));
    expect(as).toContainEqual(expect.objectContaining({ content: 'that the city cannot pay for it', cue: 'argues' }));
  });

  it('an object-only verb takes a noun phrase up to its comma', () => {
    const [a] = read('Ruiz criticized the harbor board, with whom she clashed last year over the fees.');
    expect(a).toMatchObject({ content: 'the harbor board', source: 'Ruiz', cue: 'criticized' });
  });

  it('a dash before a participle cue ends the content', () => {
    const as = read('Ruiz said the fees were fair — adding that the board agreed.');
    expect(as[0]).toMatchObject({ content: 'the fees were fair', cue: 'said' });
  });
});

describe('a quotation after a clause and a colon', () => {
  it('the clause\'s subject speaks, its verb phrase is the cue', () => {
    const as = read('The rain stopped. The mayor then turned to the crowd again: “We will rebuild the pier.”');
    expect(as).toContainEqual(expect.objectContaining({ content: '“We will rebuild the pier.”', source: 'The mayor', cue: 'then turned to the crowd again:' }));
  });

  it('a bare name before the colon stays the speaker', () => {
    const [a] = read('Ruiz: “We will rebuild the pier.”');
    expect(a).toMatchObject({ source: 'Ruiz', cue: ':' });
  });
});

describe('verbs that are also nouns', () => {
  it('a plural subject with an object after the base form', () => {
    const [a] = read('Most farmers support the new dam.');
    expect(a).toMatchObject({ source: 'Most farmers', cue: 'support', content: 'the new dam' });
  });

  it('after "who", and with a quotation after the -s form', () => {
    expect(read('Residents who oppose the tower wrote to the council.')[0]).toMatchObject({ source: 'who', cue: 'oppose' });
    expect(read('The flyer claims “the tower is safe.”')[0]).toMatchObject({ source: 'The flyer', cue: 'claims' });
  });

  it('"support for …" and "support was …" stay nouns', () => {
    expect(read('Farmers support for the dam waned.')).toEqual([]);
  });
});

describe('a participle cue after its noun phrase', () => {
  it('"with 40 percent of residents saying …", "Mayor Ruiz calling …"', () => {
    expect(read('The plan is popular, with 40 percent of residents saying they would pay more.')).toContainEqual(
      expect.objectContaining({ source: '40 percent of residents', cue: 'saying', content: 'they would pay more' }));
    expect(read('The board met on Monday, with Mayor Ana Ruiz calling the fees unfair.')).toContainEqual(
      expect.objectContaining({ source: 'Mayor Ana Ruiz', cue: 'calling', content: 'the fees unfair' }));
  });

  it('not after an ordinary noun', () => {
    expect(read('She spent days calling the harbor office.')).toEqual([]);
  });
});

describe('a quotation that goes on after a long source', () => {
  it('abbreviations in the appositive do not end the sentence', () => {
    const as = read('“The pier is safe,” said Ana Ruiz Jr., an engineer based in Tampa, Fla., who inspected it. “We checked every beam, and none of them is cracked.”');
    expect(as).toHaveLength(1);
    expect(as[0]!.content).toEqual(['“The pier is safe,”', '“We checked every beam, and none of them is cracked.”']);
  });
});

describe('the subject of a participle cue', () => {
  it('stops before the verb of its clause', () => {
    const [a] = read('Ruiz changed her mind – saying the pier could wait.');
    expect(a).toMatchObject({ source: 'Ruiz', cue: 'saying', content: 'the pier could wait' });
  });
});

describe('a new clause about the speaker ends the content', () => {
  it('", and he railed against …"', () => {
    const as = read('Ruiz said the fees are fair, and she criticized the harbor board.');
    expect(as[0]).toMatchObject({ source: 'Ruiz', cue: 'said', content: 'the fees are fair' });
  });
});

describe('a finding "in" a poll or a survey', () => {
  it('the document is the source, the clause the content', () => {
    const [a] = read('In the latest harbor survey, Ruiz leads Diaz by nine points.');
    expect(a).toMatchObject({ source: 'the latest harbor survey', cue: 'In', content: 'Ruiz leads Diaz by nine points' });
    const [b] = read('Ruiz has a clear lead in two recent polls.');
    expect(b).toMatchObject({ source: 'two recent polls', cue: 'in', content: 'Ruiz has a clear lead' });
  });

  it('not "in" any other place', () => {
    expect(read('Ruiz lives in a big house near the pier.')).toEqual([]);
  });
});

describe('"one" before a noun', () => {
  it('"one resident said" keeps the whole noun phrase as source', () => {
    const [a] = read('“The pier is a disgrace,” one resident said.');
    expect(a).toMatchObject({ source: 'one resident', cue: 'said', content: '“The pier is a disgrace,”' });
  });
});

describe('the same speaker\'s next cue after auxiliaries or as a participle', () => {
  it('"… and has called for …", "… and vowing to …"', () => {
    const as = read('Ruiz often questions the fees and has called for an audit of the harbor board.');
    expect(as[0]).toMatchObject({ cue: 'often questions', content: 'the fees' });
    expect(as[1]).toMatchObject({ source: 'Ruiz', cue: 'has called for' });
    const bs = read('Ruiz criticized the fees and vowing to fight them was her plan.');
    expect(bs[0]).toMatchObject({ cue: 'criticized', content: 'the fees' });
  });
});

describe('a dateline before the sentence', () => {
  it('is not the subject of a participle cue', () => {
    const [a] = read('PORTVILLE (Harbor News) – Mayor Ana Ruiz has closed the pier, saying that the beams are cracked.');
    expect(a).toMatchObject({ source: 'Mayor Ana Ruiz', cue: 'saying', content: 'that the beams are cracked' });
  });
});
