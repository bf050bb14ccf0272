// Cue structures read for recall: subjects far from their verb, quantifier and plural-head
// subjects, time phrases between subject and verb, stance verbs, gerunds after prepositions,
// participles after a common noun. Invented sentences; false positives at the end.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

const has = (text: string, want: Record<string, unknown>) => expect(read(text)).toContainEqual(expect.objectContaining(want));

describe('the subject of a participle clause after a short main clause', () => {
  it('", telling …" and ", saying …" take the subject of the clause before', () => {
    has('The mayor spoke on Monday, saying that the bridge would reopen.', { source: 'The mayor', cue: 'saying', content: 'that the bridge would reopen' });
    has('She met the board, telling members that the budget was short.', { source: 'She', cue: 'telling', content: 'that the budget was short' });
  });
});

describe('subjects the word before the verb does not show', () => {
  it('a quantifier as a pronoun ("Most believe …", "Many in the town say …")', () => {
    has('Most believe that the harbor will flood again.', { source: 'Most', cue: 'believe', content: 'that the harbor will flood again' });
    has('But few think the ferry will ever turn a profit.', { source: 'few', cue: 'think' });
    has('Many in the town say the mill should stay open.', { source: 'Many in the town', cue: 'say', content: 'the mill should stay open' });
  });

  it('a plural head before a prepositional phrase ("Farmers in the valley say …")', () => {
    has('Farmers in the northern valley say the river is too low.', { source: 'Farmers in the northern valley', cue: 'say', content: 'the river is too low' });
    has('Records from the county office show that the permit lapsed.', { source: 'Records from the county office', cue: 'show' });
  });

  it('a singular head before a plural phrase, with an -s verb ("A survey of voters finds …")', () => {
    has('A survey of local anglers finds that the catch is down.', { source: 'A survey of local anglers', cue: 'finds', content: 'that the catch is down' });
  });

  it('a proportion ("Two in three said …")', () => {
    has('Two in three said they would ride the new tram.', { source: 'Two in three', cue: 'said', content: 'they would ride the new tram' });
  });

  it('a time phrase between subject and verb ("X on Tuesday said")', () => {
    has('The harbor master on Tuesday said that the pier was unsafe.', { source: 'The harbor master', cue: 'said', content: 'that the pier was unsafe' });
    has('The governor last week told reporters that taxes would rise.', { source: 'The governor', cue: 'told' });
  });

  it('a subject set off by an appositive or an aside', () => {
    has('A member of the rowing club, Ann Ortiz, said the regatta would go ahead.', {
      source: 'A member of the rowing club, Ann Ortiz', cue: 'said', content: 'the regatta would go ahead',
    });
    has('Residents of the east side — mostly renters and students — said the buses were late.', { cue: 'said', content: 'the buses were late' });
  });
});

describe('verbs of taking sides', () => {
  it('back, vote for, side with, go after', () => {
    has('Farmers back the new dam by a wide margin.', { source: 'Farmers', cue: 'back', content: 'the new dam by a wide margin' });
    has('The council member voted against the levy.', { source: 'The council member', cue: 'voted against', content: 'the levy' });
    has('Ortiz sided with the teachers.', { source: 'Ortiz', cue: 'sided with', content: 'the teachers' });
  });

  it('"spoke about" and "spoke of" report a topic; "spoke on condition" does not', () => {
    has('The mayor spoke about the flood on Tuesday.', { source: 'The mayor', cue: 'spoke about', content: 'the flood on Tuesday' });
    expect(read('The official spoke on the condition of anonymity.')).toEqual([]);
  });

  it('a plural noun before a noun-like verb with its particle ("Farmers point out that …")', () => {
    has('Farmers point out that the river is low.', { source: 'Farmers', cue: 'point out', content: 'that the river is low' });
  });

  it('"remain" as a verb of being before a stance adjective', () => {
    has('The engineers remain confident that the dam will hold.', { source: 'The engineers', cue: 'remain confident', content: 'that the dam will hold' });
  });

  it('"would like to" is a wish; a bare "like" is not', () => {
    has('The harbor board would like to sell the old pier.', { source: 'The harbor board', cue: 'would like', content: 'to sell the old pier' });
    expect(read('Most sailors like calm water.')).toEqual([]);
  });

  it('"seen as" in a passive without its holder', () => {
    has('The new harbor master is widely seen as a reformer.', { source: null, cue: 'is widely seen', content: ['The new harbor master', 'a reformer'] });
    expect(read('I have seen him before.')).toEqual([]);
  });

  it('"see" with an as-complement or a that-clause', () => {
    has('Anglers see the new quota as a threat to their trade.', { source: 'Anglers', cue: 'see', content: 'the new quota as a threat to their trade' });
    has('The captain saw that the storm was coming.', { source: 'The captain', cue: 'saw', content: 'that the storm was coming' });
  });
});

describe('gerunds and participles', () => {
  it('a gerund after a preposition takes the subject of its clause', () => {
    has('After saying the tunnel was safe, the engineer closed it.', { source: 'the engineer', cue: 'saying', content: 'the tunnel was safe' });
    has('Ortiz won the seat by denouncing the toll road.', { source: 'Ortiz', cue: 'denouncing', content: 'the toll road' });
    has('The mayor, before endorsing Lee, met the union.', { source: 'The mayor', cue: 'endorsing', content: 'Lee' });
  });

  it('a participle clause opening the sentence takes the subject after its comma', () => {
    has('Conceding that the vote was close, the mayor left the hall.', { source: 'the mayor', cue: 'Conceding', content: 'that the vote was close' });
    expect(read('Walking to the harbor, the mayor met the crew.')).toEqual([]);
  });

  it('a participle after a common noun makes the noun phrase its holder', () => {
    has('The fund gave money to a group backing the new stadium.', { source: 'a group', cue: 'backing', content: 'the new stadium' });
    has('There is new evidence suggesting that the lake is warming.', { source: 'new evidence', cue: 'suggesting', content: 'that the lake is warming' });
  });
});

describe('a cue verb in an infinitive of purpose', () => {
  it('after a verb that is no cue, the clause subject holds it', () => {
    has('The mayor went on the radio to defend the new tram.', { source: 'The mayor', cue: 'to defend', content: 'the new tram' });
  });

  it('after "the first … to", the noun phrase holds it; after "be", its subject (PolNeAR\'s convention)', () => {
    has('The first member of the council to endorse the levy spoke on Monday.', {
      source: 'The first member of the council', cue: 'to endorse',
    });
    has('Ortiz was the first member of the council to endorse the levy.', {
      source: 'Ortiz', cue: 'to endorse', content: 'the levy',
    });
  });

  it('not after adjectives, participles, nouns or verbs that govern the infinitive', () => {
    expect(read('It is hard to say whether the dam will hold.')).toEqual([]);
    expect(read('The staff were not authorized to discuss the case.')).toEqual([]);
    expect(read('The council made an effort to identify the owners.')).toEqual([]);
  });
});

describe('nouns of saying and judging without a possessive owner', () => {
  it('a plural noun with a that-clause has no source', () => {
    has('Despite complaints that the tram is slow, the city extended the line.', { source: null, cue: 'complaints', content: 'that the tram is slow' });
  });

  it('the owner after "from" or "by"', () => {
    has('The mayor faced criticism from residents that the park was neglected.', { source: 'residents', cue: 'criticism', content: 'that the park was neglected' });
  });

  it('after a preposition the content is the noun phrase', () => {
    has('His attacks on the harbor board have drawn a crowd.', { source: 'His', cue: 'attacks on', content: 'the harbor board' });
    // (with a light verb the noun is part of the verb's cue: light-verb-cue.ts)
    has('The group raised concerns about the new dam.', { source: 'The group', cue: 'raised concerns about', content: 'the new dam' });
    has('There were concerns about the new dam.', { source: null, cue: 'concerns about', content: 'the new dam' });
  });
});

describe('stance adjectives and stance nouns after "be"', () => {
  it('a that-clause without "that" after a that-adjective', () => {
    has('The skipper was sure the storm would pass.', { source: 'The skipper', cue: 'was sure', content: 'the storm would pass' });
  });

  it('a negated "be" before the adjective', () => {
    has("The owners weren't too concerned about the new rules.", { source: 'The owners', content: 'the new rules' });
  });

  it('"is a staunch opponent of", "has been an outspoken supporter of"', () => {
    has('The mayor has been an outspoken supporter of the tram.', { source: 'The mayor', content: 'the tram' });
    has('Ortiz is a staunch opponent of the toll road.', { source: 'Ortiz', cue: 'is a staunch opponent of', content: 'the toll road' });
  });

  it('"has gone after" (an irregular participle of a stance verb)', () => {
    has('Lately the mayor has gone after the harbor board.', { cue: 'has gone after', content: 'the harbor board' });
  });
});

describe('an evidential adverb without a verb of saying', () => {
  it('"reportedly" is the cue, the clause the content, no source', () => {
    has('The ferry company is reportedly selling two of its boats.', {
      source: null, cue: 'reportedly', content: ['The ferry company is', 'selling two of its boats'],
    });
  });

  it('before a verb of saying it belongs to that verb\'s cue', () => {
    has('The captain reportedly said the storm had passed.', { source: 'The captain', cue: 'reportedly said' });
    expect(read('The captain reportedly said the storm had passed.').filter((a) => a.cue === 'reportedly')).toEqual([]);
  });
});

describe('not attributions (recall rules)', () => {
  it('nouns that need an owner to report anything', () => {
    expect(read('The attack on the convoy killed three soldiers.')).toEqual([]);
    expect(read('Support for the levy grew over the summer.')).toEqual([]);
    expect(read('The plans to build a bridge were shelved.')).toEqual([]);
  });

  it('"back" and "see" in other senses', () => {
    expect(read('The crew came back to the harbor on Friday.')).toEqual([]);
    expect(read('The city pays back the loan in May.')).toEqual([]);
    expect(read('The rebels backed away from the border.')).toEqual([]);
    expect(read('I saw him at the market as I left.')).toEqual([]);
    expect(read('We saw the parade from the bridge.')).toEqual([]);
  });

  it('-ing nouns and time phrases are no holders', () => {
    expect(read('The team made a strong showing in the spring games.')).toEqual([]);
    expect(read('She spent hours reading the minutes.')).toEqual([]);
    expect(read('The town hired an engineering consulting firm.')).toEqual([]);
  });

  it('quantifiers after a determiner or preposition are no subjects', () => {
    expect(read('The most said word of the year was “tariff.”').filter((a) => a.cue === 'said')).toEqual([]);
  });
});

describe('a participle of saying after a quotation that closes on its comma', () => {
  it('", claiming …" after "“…,”" starts its own attribution and ends the one before', () => {
    const text = 'The race went on.\n\nSpeaking in Ohio, Ann Lee insisted that she has “won over the farmers,” claiming that she is the reason turnout rose.';
    has(text, { content: 'that she has “won over the farmers,”', cue: 'insisted', source: 'Ann Lee' });
    has(text, { content: 'that she is the reason turnout rose', cue: 'claiming', source: 'Ann Lee' });
  });
});

describe('a cue verb in a relative clause whose object is the antecedent', () => {
  it('"which", "whom": the relative pronoun is what the verb takes', () => {
    has('The levy, which farmers rejected in May, passed anyway.', { source: 'farmers', cue: 'rejected', content: 'which' });
  });

  it('no relative pronoun: the noun phrase before a pronoun subject, or before a subject of its own', () => {
    has('The ferry line is a plan she once criticized.', { source: 'she', cue: 'once criticized', content: 'a plan' });
    has('It was an offer the union rebuffed at the meeting.', { source: 'the union', cue: 'rebuffed', content: 'an offer' });
  });
});

describe('a verb of trying, beginning or going on before the cue’s infinitive', () => {
  it('is part of the cue, and its subject is the source ("tried to argue", "is trying to show")', () => {
    has('The mayor tried to argue that the bridge was safe.', { source: 'The mayor', cue: 'tried to argue', content: 'that the bridge was safe' });
    has('The council is trying to show the levy is fair.', { source: 'The council', cue: 'is trying to show', content: 'the levy is fair' });
    has('The union has continued to push for a shorter week.', { source: 'The union', cue: 'has continued to push for', content: 'a shorter week' });
  });

  it('not with a particle the verb does not take ("failed to show up")', () => {
    expect(read('The witness failed to show up at the hearing.').filter((a) => a.cue?.includes('show'))).toHaveLength(0);
  });
});
