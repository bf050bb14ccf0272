// How far a cue reaches: PolNeAR's cue is all of the predicate that is neither source nor
// content (auxiliaries, the preposition of a prepositional verb, a closing adjunct of manner,
// medium or time). Invented sentences.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('cue extent', () => {
  it('a closing adjunct after the verb belongs to the cue', () => {
    expect(read('“The pool opens in June,” Ruiz said with a grin.')[0]).toMatchObject({ source: 'Ruiz', cue: 'said with a grin' });
    expect(read('“We are not done yet,” the mayor said in a statement.')[0]).toMatchObject({ source: 'the mayor', cue: 'said in a statement' });
    expect(read('“The pool opens in June,” Ruiz wrote Tuesday.')[0]).toMatchObject({ cue: 'wrote Tuesday' });
    expect(read('“The pool opens in June,” Ruiz said sarcastically.')[0]).toMatchObject({ cue: 'said sarcastically' });
  });

  it('"said of X": the preposition naming the topic is the cue’s, the topic is not', () => {
    expect(read('“It is a fine plan,” Ruiz said of the bridge.')[0]).toMatchObject({ content: '“It is a fine plan,”', source: 'Ruiz', cue: 'said of' });
  });

  it('the adjunct stops at the clause end, and only an adjunct extends the cue', () => {
    expect(read('“The pool opens in June,” Ruiz said in Lyon, adding that the fee will drop.')[0]).toMatchObject({ cue: 'said in Lyon' });
    // a place or an occasion after "at" is left out
    expect(read('“The pool opens in June,” Ruiz said at a rally in Lyon.')[0]).toMatchObject({ source: 'Ruiz', cue: 'said' });
    expect(read('The pool opens in June, Ruiz said on Friday.')[0]).toMatchObject({ cue: 'said' });
    // content after the verb: the adjunct before it is left out
    expect(read('Ruiz said in a statement that the pool opens in June.')[0]).toMatchObject({ content: 'that the pool opens in June', cue: 'said' });
  });

  it('a day right after the verb, before the content, is the cue’s; a phrase with a preposition is not', () => {
    expect(read('Ruiz said Tuesday that the pool opens in June.')[0]).toMatchObject({ cue: 'said Tuesday', content: 'that the pool opens in June' });
    expect(read('The mayor announced Friday night that the fee will drop.')[0]).toMatchObject({ cue: 'announced Friday night', content: 'that the fee will drop' });
    expect(read('Ruiz said on Tuesday that the pool opens in June.')[0]).toMatchObject({ cue: 'said', content: 'that the pool opens in June' });
    expect(read('Ruiz told reporters Tuesday that the pool opens in June.')[0]).toMatchObject({ cue: 'told' });
    expect(read('The mayor praised Friday’s vote as a step forward.')[0]).toMatchObject({ cue: 'praised' }); // a day's possessive is the object's
  });

  it('prepositional verbs keep their preposition ("pointed to")', () => {
    expect(read('Ruiz pointed to the new pool as proof of progress.')[0]).toMatchObject({ source: 'Ruiz', cue: 'pointed to', content: 'the new pool as proof of progress' });
  });

  it('auxiliaries of a question put to someone and of an impression are the cue’s', () => {
    expect(read('Ruiz was asked whether the pool would open in June.')[0]).toMatchObject({ cue: 'was asked', content: 'whether the pool would open in June' });
    expect(read('The council has also been asked about the fee.')[0]).toMatchObject({ cue: 'has also been asked about' });
    expect(read('The council may seem to be divided on the fee.')[0]).toMatchObject({ cue: 'may seem' });
  });
});

describe('sources around time words and participles', () => {
  it('time words between the subject and its verb are skipped', () => {
    expect(read('Ruiz on Tuesday said the pool opens in June.')[0]).toMatchObject({ source: 'Ruiz', cue: 'said', content: 'the pool opens in June' });
    expect(read('The mayor last week warned that the fee will rise.')[0]).toMatchObject({ source: 'The mayor', cue: 'warned' });
    expect(read('Ruiz on Wednesday morning told reporters that the pool opens in June.')[0]).toMatchObject({ source: 'Ruiz', cue: 'told' });
  });

  it('a participle that is never a simple past is passive ("known as", "written by")', () => {
    const [a] = read('The council approved a plan known as the Harbor Deal.');
    expect(a).toMatchObject({ source: null, cue: 'known as' }); // (the "as" of a name is the cue's)
    // inside the subject of the verb that follows, it is no cue of its own
    expect(read('A memo written by the mayor says the pool opens in June.').map((x) => x.cue)).toEqual(['says']);
    expect(read('The mayor has written that the pool opens in June.')[0]).toMatchObject({ source: 'The mayor', cue: 'has written' });
  });

  it('an aside between the subject and its verb: the place in it is not the speaker', () => {
    expect(read('Ruiz, during a town hall in Lyon, France, said the pool opens in June.')[0]).toMatchObject({ source: 'Ruiz, during a town hall in Lyon, France', cue: 'said' });
    expect(read('Peter Cook, the mayor’s spokesman, said the pool opens in June.')[0]).toMatchObject({ source: 'Peter Cook, the mayor’s spokesman' });
  });

  it('after an inverted "said", a preposition or an adverb opens no speaker', () => {
    expect(read('“It is a fine plan,” Ana Ruiz, the mayor, said of the bridge.')[0]).toMatchObject({ source: 'Ana Ruiz, the mayor', cue: 'said of' });
    expect(read('“It is a fine plan,” Ana Ruiz, the mayor, said dryly.')[0]).toMatchObject({ source: 'Ana Ruiz, the mayor', cue: 'said dryly' });
  });

  it('a cue verb under "seem"/"appear": the subject is the source', () => {
    expect(read('The council seemed to acknowledge that the fee was too high.')[0]).toMatchObject({ source: 'The council', cue: 'seemed to acknowledge', content: 'that the fee was too high' });
    expect(read('Ruiz did not appear to recognize the risk.')[0]).toMatchObject({ source: 'Ruiz', cue: 'did not appear to recognize' });
    // with no cue verb after it, an impression without a source
    expect(read('The council seemed to be divided on the fee.')[0]).toMatchObject({ source: null });
  });

  it('"asked" after an apposition with the one asked as object is a finite verb', () => {
    expect(read('Ana Ruiz, a council member, asked the mayor whether the pool would open.')[0]).toMatchObject({ source: 'Ana Ruiz, a council member', cue: 'asked' });
    expect(read('Ruiz, asked about the pool, said it would open in June.').find((a) => a.cue === 'asked about')).toMatchObject({ source: null });
  });

  it('an expletive "it" is no source ("it is clear that …")', () => {
    expect(read('It is clear that the fee will rise.')[0]).toMatchObject({ source: null, cue: 'is clear', content: 'that the fee will rise' });
  });

  it('"according to a tally by X": the author is the source', () => {
    expect(read('The fee rose by a third, according to a tally by the city auditor.')[0]).toMatchObject({ source: 'the city auditor', cue: 'according to', content: 'The fee rose by a third' });
    expect(read('The fee rose by a third, according to the city auditor.')[0]).toMatchObject({ source: 'the city auditor' });
  });

  it('a participle after an owner’s noun cue goes with the clause subject', () => {
    const out = read('Ruiz renewed her attacks on the council, saying it had wasted the fund.');
    expect(out.find((a) => a.cue === 'saying')).toMatchObject({ source: 'Ruiz' });
  });

  it('content ends where a clause with its own holder of a judgement begins', () => {
    const out = read('Ruiz said the fee was fair, but the council members rejected the plan.');
    expect(out[0]).toMatchObject({ source: 'Ruiz', content: 'the fee was fair' });
    expect(out.find((a) => a.cue === 'rejected')).toMatchObject({ source: 'the council members', content: 'the plan' });
  });

  it('a description, then the name, before the verb ("the mayor’s spokesman, Ana Ruiz, said")', () => {
    expect(read('Diaz’s spokesman, Ana Ruiz, told reporters that the pool opens in June.')[0]).toMatchObject({
      source: 'Diaz’s spokesman, Ana Ruiz', cue: 'told', content: 'that the pool opens in June',
    });
    expect(read('“The pool opens in June,” the city’s chief engineer, Ana Ruiz, said.')[0]).toMatchObject({
      source: 'the city’s chief engineer, Ana Ruiz', cue: 'said',
    });
  });
});


describe('the predicate before an infinitive cue', () => {
  it('a short predicate between the subject and "to" is the cue’s', () => {
    expect(read('Ruiz went on to praise the new pool.').find((a) => a.source === 'Ruiz')).toMatchObject({ cue: 'went on to praise', content: 'the new pool' });
    expect(read('The council has done nothing to explain the fee.').find((a) => a.source === 'The council')).toMatchObject({ cue: 'has done nothing to explain' });
  });

  it('a long stretch before "to" stays out of the cue', () => {
    expect(read('Ruiz took the stage at the town hall on Friday night to defend the fee.')[0]).toMatchObject({ source: 'Ruiz', cue: 'to defend', content: 'the fee' });
  });
});

describe('the predicate before "by" and a gerund cue', () => {
  it('a short predicate of manner before "by" is the cue’s', () => {
    expect(read('Ruiz began by praising the new pool.').find((a) => a.source === 'Ruiz')).toMatchObject({ cue: 'began by praising', content: 'the new pool' });
    expect(read('The mayor followed up by asking whether the pool would open.').find((a) => a.source === 'The mayor')).toMatchObject({ cue: 'followed up by asking' });
  });

  it('a longer clause before "by" stays out', () => {
    expect(read('Ruiz won three straight council races in the city by denouncing the fee.').find((a) => a.source === 'Ruiz')).toMatchObject({ cue: 'denouncing' });
  });
});

describe('a participle with a time phrase before the verb of its subject', () => {
  it('"a poll released Monday showed …": the participle is the subject’s, the later verb the cue', () => {
    const out = read('A new poll released Monday showed that the fee is unpopular.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: 'A new poll released Monday', cue: 'showed', content: 'that the fee is unpopular' });
    expect(read('The audit published last week found that the fund was short.')[0]).toMatchObject({ source: 'The audit published last week', cue: 'found' });
  });

  it('a verb with its own clause after the day is still the cue', () => {
    expect(read('The mayor announced Friday that the fee will drop.')[0]).toMatchObject({ source: 'The mayor', cue: 'announced Friday' });
  });
});

describe('a document made public is never the one making it public', () => {
  it('"a poll released by the college in May found …": the participle phrase is the subject’s', () => {
    const out = read('A county poll released by the college in late May found that the fee is unpopular.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: 'A county poll released by the college in late May', cue: 'found', content: 'that the fee is unpopular' });
  });

  it('a participle after a document is no cue of its own', () => {
    const out = read('Ann Ortiz, in a statement released by the council on Thursday, said the port would stay open.');
    expect(out.map((a) => a.cue)).toEqual(['said']);
    expect(read('Her support in a county poll released Sunday is a record low.').filter((a) => a.cue?.startsWith('released'))).toHaveLength(0);
    expect(read('In a video posted on the town website, the mayor can be heard cheering.').filter((a) => a.cue === 'posted')).toHaveLength(0);
  });
});

describe('a month between the subject and its verb', () => {
  it('"The board in May said …": "in" and the month are a time phrase, and "May" no modal', () => {
    expect(read('The harbor board in May said that the fee would drop.')[0]).toMatchObject({ source: 'The harbor board', cue: 'said', content: 'that the fee would drop' });
    expect(read('The harbor board in early March warned that the fee would rise.')[0]).toMatchObject({ source: 'The harbor board', cue: 'warned' });
  });

  it('a headline capitalises its auxiliaries, which stay in the cue', () => {
    expect(read('Mayor Ortiz Is Now Calling The Fee A Mistake')[0]).toMatchObject({ cue: 'Is Now Calling' });
  });
});
