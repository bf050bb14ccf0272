// English from outside the US (UK, Ireland, Canada, Australia, New Zealand, India, South Africa):
// invented articles in their house styles — single quotation marks, "told the BBC", titles such as
// Taoiseach and First Minister, "Mr"/"Ms" without a dot, a quotation that goes on in a paragraph
// of its own.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('English outside the US', () => {
  test('a UK political story: "…," he said; X told the BBC: "…"; single quotation marks; Mr without a dot', () => {
    const text = [
      'Speaking to reporters in Downing Street on Monday, Rishi Sunak said the government was taking a pragmatic approach. "We will get to net zero, but we will do it in a way that brings people with us," he said.',
      "Labour's shadow energy secretary, Ed Miliband, said the government had lost its way. He told the BBC: \"This is a government that has given up on the future.\"",
      "Friends of the Earth campaigner Mike Childs said the plans were misguided. 'We are already seeing the effects of climate change in this country,' he said.",
      'Meanwhile, the Scottish First Minister Humza Yousaf accused Westminster of backsliding. "Scotland will not follow the UK government down this path," Mr Yousaf said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2023-09-20');
    expect(said(items, 'get to net zero')?.speaker).toBe('Rishi Sunak');
    expect(said(items, 'given up on the future')?.speaker).toBe('Ed Miliband');
    expect(said(items, 'effects of climate change')?.speaker).toBe('Mike Childs');
    expect(said(items, 'follow the UK government')?.speaker).toBe('Humza Yousaf');
  });

  test('an Irish story: Ms McDonald told RTÉ; "…," she added, in a paragraph of its own', () => {
    const text = [
      'Sinn Féin leader Mary Lou McDonald accused the Government of running scared. "People are crying out for change and this Government is out of ideas," Ms McDonald told RTÉ\'s Morning Ireland.',
      '"The housing crisis is the defining issue of this generation," she added.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-05-14');
    expect(said(items, 'crying out for change')?.speaker).toBe('Mary Lou McDonald');
    expect(said(items, 'defining issue')?.speaker).toBe('Mary Lou McDonald');
  });

  test('a quotation with no tag after another of the article\'s speakers is named in between gets no speaker (unsure), not the last one quoted', () => {
    const text = [
      '"We found eleven whales on the beach this morning," said ranger Tom Hadley, who leads the rescue team.',
      'For Aroha Ngata and her whānau, who have lived beside the harbour for generations, the deaths are deeply personal.',
      '"It is very emotional. Our grandparents taught us that the sea is speaking to us, and we need to listen."',
      'The iwi wants the bones returned to the community. "They belong here, with us," says Ngata.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2023-03-20');
    expect(said(items, 'eleven whales')?.speaker).toBe('Tom Hadley');
    const q = said(items, 'very emotional');
    expect(q?.speaker ?? null).not.toBe('Tom Hadley');
  });

  test('a quotation with no tag goes on with the speaker quoted just before when no one else is named', () => {
    const text = [
      '"Interest rates have probably peaked," the Reserve Bank governor, Adrian Orr, told reporters in Wellington.',
      'The bank left its cash rate unchanged at 5.5 per cent.',
      '"But we are not yet confident that inflation is falling fast enough to cut."',
    ].join('\n\n');
    const { items } = read(text, 'en', '2023-11-29');
    expect(said(items, 'probably peaked')?.speaker).toBe('Adrian Orr');
    expect(said(items, 'not yet confident')?.speaker).toBe('Adrian Orr');
  });

  test('a Commonwealth title with its portfolio set off by commas: "The Minister for Housing, X," is "the minister" later', () => {
    const text = [
      "The Minister for Housing, Darragh O'Brien, rejected the criticism on Tuesday.",
      '"The numbers speak for themselves," said the minister. "We are turning the corner."',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-05-14');
    expect(said(items, 'speak for themselves')?.speaker).toBe("Darragh O'Brien");
  });

  test('an office held for a place is the one who speaks, not the place: "The Labour MP for Bolton said"; the MP named after a comma', () => {
    const text = [
      "The Labour MP for Bolton said the decision was 'a betrayal of the north'.",
      "The MP for Hartlepool, Jill Mortimer, said: 'This is fantastic news for the town.'",
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-05-14');
    expect(said(items, 'betrayal of the north')?.speaker).toBe('Labour MP for Bolton');
    expect(said(items, 'fantastic news')?.speaker).toBe('Jill Mortimer');
  });
});

describe('a pronoun after a quotation that names someone', () => {
  test('"…, Market Forward for Dunmore, …," she said: the one named before the quotation, not a name inside it', () => {
    const text = [
      'Traders in the old market have been waiting for repairs since the storm. In the opinion of Priya Raman, who chairs the traders\' association, the delay has cost them a season.',
      '"Every winter we were promised that the council\'s scheme, Market Forward for Dunmore, would fix the roof. Nothing has happened," she said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-02-11');
    expect(said(items, 'Every winter we were promised')?.speaker).toBe('Priya Raman');
  });
});

describe('a named person "from" a body', () => {
  test('"Dr X from the University of Y said" and "As X from Y pointed out, …": the person, not the body', () => {
    const text = [
      'Water levels in the lake have fallen for a third summer. Dr Aoife Brennan from the University of Galway said the shoreline "has not looked like this in living memory".',
      'The council has promised a study. As Professor Declan Moore from the Marine Institute pointed out, the eels "have almost nowhere left to breed".',
      'Critics from both parties said the study "comes far too late".',
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-08-20');
    expect(said(items, 'living memory')?.speaker).toBe('Aoife Brennan');
    expect(said(items, 'nowhere left to breed')?.speaker).toBe('Declan Moore');
    expect(said(items, 'far too late')?.speaker).not.toMatch(/parties/);
  });
});
