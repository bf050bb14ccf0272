import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('direct quotes', () => {
  it('source after the quote', () => {
    expect(read('“We will build the bridge by spring,” Mayor Ana Ruiz said.')).toEqual([
      { content: '“We will build the bridge by spring,”', source: 'Mayor Ana Ruiz', cue: 'said', speaker: 'id:Mayor Ana Ruiz', kind: 'direct', vague: false },
    ]);
  });

  it('inverted source ("said Ruiz")', () => {
    const [a] = read('“The budget is balanced at last,” said Ruiz, the city treasurer.');
    expect(a).toMatchObject({ content: '“The budget is balanced at last,”', source: 'Ruiz', cue: 'said', kind: 'direct' });
  });

  it('source before the quote, with a colon or a comma', () => {
    expect(read('Ruiz told reporters: “The budget is balanced.”')[0]).toMatchObject({ content: '“The budget is balanced.”', source: 'Ruiz', cue: 'told' });
    expect(read('Ruiz said, “The budget is balanced.”')[0]).toMatchObject({ content: '“The budget is balanced.”', source: 'Ruiz', cue: 'said' });
  });

  it('interrupted quote gives two content spans', () => {
    const [a] = read('“The river is rising,” the engineer said, “and the levee will not hold much longer.”');
    expect(a!.content).toEqual(['“The river is rising,”', '“and the levee will not hold much longer.”']);
    expect(a!.source).toBe('the engineer');
    expect(a!.kind).toBe('direct');
  });

  it('a quote of several sentences before the source', () => {
    const [a] = read('“We tried. We failed. We will try again,” Ruiz said.');
    expect(a!.content).toBe('“We tried. We failed. We will try again,”');
    expect(a!.source).toBe('Ruiz');
  });

  it('a quote running over several paragraphs', () => {
    const text = 'Ruiz said:\n\n“The first phase is done.\n\n“The second phase starts in May and ends in June.”\n\nThe council adjourned.';
    const [a] = read(text);
    expect(a!.content).toBe('“The first phase is done.\n\n“The second phase starts in May and ends in June.”');
    expect(a!.source).toBe('Ruiz');
  });

  it('a quotation that goes on after the attribution keeps its speaker', () => {
    const out = read('“We are ready,” Ruiz said on Friday. “The trucks are loaded and the roads are clear.”');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toEqual(['“We are ready,”', '“The trucks are loaded and the roads are clear.”']);
  });

  it('a question quoted before its own sentence ("“…?” Ruiz asked.")', () => {
    expect(read('“Who will pay for the bridge?” Ruiz asked. The council was silent.')[0]).toMatchObject({
      content: '“Who will pay for the bridge?”', source: 'Ruiz', cue: 'asked', kind: 'direct',
    });
  });

  it('straight and two-apostrophe quote marks', () => {
    expect(read('"We are ready," Ruiz said.')[0]).toMatchObject({ content: '"We are ready,"', source: 'Ruiz' });
    expect(read("''We are ready,'' Ruiz said.")[0]).toMatchObject({ content: "''We are ready,''", source: 'Ruiz' });
    expect(read('« Nous sommes prêts », a dit Ruiz. “We are ready,” Ruiz said.').some((a) => a.source === 'Ruiz')).toBe(true);
  });
});

describe('reported speech', () => {
  it('X said that …', () => {
    expect(read('The minister said that the border would reopen next week.')[0]).toEqual({
      content: 'that the border would reopen next week', source: 'The minister', cue: 'said', speaker: 'id:The minister', kind: 'indirect', vague: false,
    });
  });

  it('zero that, adjuncts between verb and content', () => {
    expect(read('Ruiz said in a statement on Friday the border would reopen.')[0]).toMatchObject({ content: 'the border would reopen', source: 'Ruiz' });
  });

  it('told reporters that …', () => {
    expect(read('Ruiz told reporters that the border would reopen.')[0]).toMatchObject({ content: 'that the border would reopen', cue: 'told', source: 'Ruiz' });
  });

  it('content first, then the source', () => {
    expect(read('The border will reopen next week, the minister said on Friday.')[0]).toMatchObject({
      content: 'The border will reopen next week', source: 'the minister', cue: 'said',
    });
  });

  it('according to X, before and after', () => {
    expect(read('According to the ministry, the border will reopen.')[0]).toMatchObject({ content: 'the border will reopen', source: 'the ministry', cue: 'According to' });
    expect(read('The border will reopen, according to the ministry.')[0]).toMatchObject({ content: 'The border will reopen', source: 'the ministry' });
  });

  it('passive: was confirmed by X', () => {
    expect(read('The visit was confirmed by the Foreign Ministry on Friday.')[0]).toMatchObject({
      content: 'The visit', source: 'the Foreign Ministry', cue: 'was confirmed',
    });
  });

  it('beliefs and intentions count', () => {
    expect(read('Many economists believe inflation has peaked.')[0]).toMatchObject({ content: 'inflation has peaked', cue: 'believe', vague: true });
    expect(read('Ruiz plans to run for governor.')[0]).toMatchObject({ content: 'to run for governor', cue: 'plans' });
  });

  it('auxiliaries and adverbs belong to the cue', () => {
    expect(read('Ruiz has also warned that the dam is weak.')[0]).toMatchObject({ cue: 'has also warned', content: 'that the dam is weak' });
  });

  it('appositive and relative-clause sources', () => {
    expect(read('Ana Ruiz, the city treasurer, said the budget is balanced.')[0]).toMatchObject({ source: 'Ana Ruiz, the city treasurer' });
    const out = read('The mayor said the treasurer, who called the plan “a gamble”, would resign.');
    expect(out.map((a) => a.cue)).toEqual(['said', 'called']);
    expect(out[1]).toMatchObject({ content: 'the plan “a gamble”', source: 'who', kind: 'partial' });
  });

  it('a participle clause shares the subject: …, adding that …', () => {
    const out = read('Ruiz praised the plan, adding that it would save money.');
    expect(out.at(-1)).toMatchObject({ content: 'that it would save money', cue: 'adding', source: 'Ruiz' });
  });

  it('content stops before another speaker', () => {
    const out = read('The rebels claimed the town, but officials said the army still held it.');
    expect(out.map((a) => [a.source, a.content])).toEqual([
      ['The rebels', 'the town'],
      ['officials', 'the army still held it'],
    ]);
  });

  it('stance adjectives and nouns of saying', () => {
    expect(read('Ruiz is confident that the plan will pass.')[0]).toMatchObject({ cue: 'is confident', content: 'that the plan will pass' });
    expect(read('Ruiz’s claim that the plan will pass, made on Monday, surprised few.')[0]).toMatchObject({ source: 'Ruiz', content: 'that the plan will pass' });
  });

  it('a cue closing the sentence owns what comes before it', () => {
    const out = read('Ruiz plans to sell the stadium to a developer, the newspaper reported on Sunday.');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ source: 'the newspaper', cue: 'reported', content: 'Ruiz plans to sell the stadium to a developer' });
  });
});

describe('kinds, vagueness and speakers', () => {
  it('partial and mixed quotes', () => {
    expect(read('Ruiz said the plan was “a disaster in the making” for the town.')[0]!.kind).toBe('partial');
    expect(read('Ruiz said that “the plan was a disaster in the making and nobody listened.”')[0]!.kind).toBe('mixed');
  });

  it('unnamed and unspecific sources are vague, named groups are not', () => {
    expect(read('Officials said the plant would close.')[0]!.vague).toBe(true);
    expect(read('Sources familiar with the talks said a deal was near.')[0]).toMatchObject({ source: 'Sources familiar with the talks', vague: true });
    expect(read('Critics argue the law is too broad.')[0]!.vague).toBe(true);
    expect(read('Pentagon officials said the plant would close.')[0]!.vague).toBe(false);
  });

  it('a pronoun source is resolved with the last speaker', () => {
    const out = read('Ruiz said the plan would pass. She added that the vote was set for May.');
    expect(out[1]).toMatchObject({ source: 'She', speaker: 'id:Ruiz' });
  });
});

describe('robustness', () => {
  it('empty, tiny and odd input', () => {
    expect(read('')).toEqual([]);
    expect(read('said')).toEqual([]);
    expect(read('“')).toEqual([]);
    expect(() => read('„“«»‹›「」"\'‘’‚'.repeat(200))).not.toThrow();
  });

  it('an unclosed quote does not swallow the article', () => {
    const text = '“This never closes, Ruiz said.\n\nThe council met on Tuesday. It approved the budget.\n\nThe mayor said the vote was fair.';
    const out = read(text);
    expect(out.every((a) => [a.content].flat().every((c) => !c.includes('council met')))).toBe(true);
    expect(out.at(-1)).toMatchObject({ source: 'The mayor', content: 'the vote was fair' });
  });

  it('other languages: no crash, nothing invented', () => {
    expect(read('Der Minister sagte, dass die Grenze nächste Woche öffnet.')).toEqual([]);
  });
});

describe('more constructions', () => {
  it('an agentless reporting passive has no source', () => {
    expect(read('The senator is expected to announce her run on Monday.')[0]).toMatchObject({
      content: ['The senator', 'to announce her run on Monday'], source: null, cue: 'is expected',
    });
  });

  it('adverbs inside a passive, and "he’s said" is not a passive', () => {
    expect(read('The plan is widely expected to fail.')[0]).toMatchObject({ content: ['The plan', 'to fail'], source: null, cue: 'is widely expected' });
    expect(read('He’s said that the plan will fail.')[0]).toMatchObject({ source: 'He', content: 'that the plan will fail' });
  });

  it('a name and a colon introduce a quotation', () => {
    const out = read('The statement from Ruiz was short.\n\nRuiz:\n\n“We will not give up. The fight goes on.”');
    expect(out.at(-1)).toMatchObject({ source: 'Ruiz', cue: ':', kind: 'direct' });
  });

  it('a headline "Name: statement"', () => {
    expect(read('Ruiz: Budget Cuts Will Hurt the Schools\n\nThe council met.')[0]).toMatchObject({ source: 'Ruiz', content: 'Budget Cuts Will Hurt the Schools' });
    expect(read('Update: the council met again on Monday.')).toEqual([]);
  });

  it('a column label before the colon is no speaker ("The Latest: …", "Contributing: …")', () => {
    const out = read('The Latest: Mayor Lee tells voters the bridge will open.');
    expect(out.find((a) => a.source === 'The Latest')).toBeUndefined();
    expect(out.find((a) => a.cue === 'tells')?.source).toBe('Mayor Lee');
    expect(read('Contributing: Ann Ortiz and Ben Lee in Toledo.')).toEqual([]);
  });

  it('contracted pronoun and auxiliary', () => {
    expect(read('He’s hoping the endorsement will help.')[0]).toMatchObject({ source: 'He', cue: '’s hoping', content: 'the endorsement will help' });
  });
});
