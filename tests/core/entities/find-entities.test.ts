// One fixture per behaviour of the entity finder (own invented sentences, fixed dates).
import { describe, expect, it } from 'vitest';
import { byName, entitiesOf, mentionsOf, spanOf } from './helpers.ts';

describe('people with titles and names', () => {
  it('title + known name: a leader with the office of the article', () => {
    const t = 'German Chancellor Olaf Scholz arrived in Paris on Tuesday. Scholz said the talks went well.';
    const idx = entitiesOf(t, '2023-05-02');
    const e = byName(idx, 'Olaf Scholz');
    expect(e?.leader).toBe(true);
    expect(e?.role).toBe('Chancellor of Germany');
    expect(e?.country).toBe('Germany');
    expect(mentionsOf(t, e)).toEqual(['Olaf Scholz', 'Scholz']);
  });

  it('title + unknown name: a person with a role, not a leader without a country', () => {
    const t = 'Senator Maria Hollenbeck told reporters the bill would pass. Hollenbeck added that she was confident.';
    const idx = entitiesOf(t);
    const e = byName(idx, 'Maria Hollenbeck');
    expect(e?.type).toBe('person');
    expect(e?.role).toBe('Senator');
    expect(e?.leader).toBe(false);
    expect(mentionsOf(t, e)).toEqual(['Maria Hollenbeck', 'Hollenbeck']);
  });

  it('an unknown minister with a country is a leader: "the Estonian Defence Minister Karl Tamm"', () => {
    const t = 'The Estonian Defence Minister Karl Tamm visited the base.';
    const e = byName(entitiesOf(t), 'Karl Tamm');
    expect(e?.role).toBe('Defence Minister of Estonia');
    expect(e?.leader).toBe(true);
  });

  it('"President of <country> <name>" and "<country>\'s president <name>"', () => {
    const t = 'The talks with the President of Ukraine Volodymyr Zelensky ended. Argentina’s president Javier Milei was absent.';
    const idx = entitiesOf(t, '2024-06-01');
    expect(byName(idx, 'Volodymyr Zelensky')?.role).toBe('President of Ukraine');
    expect(byName(idx, 'Javier Milei')?.role).toBe('President of Argentina');
  });

  it('"the head of the <country> Foreign Ministry <name>" is the foreign minister; "his <demonym> counterpart" takes the office', () => {
    const t = 'On Monday, the head of the Norwegian Foreign Ministry Ola Brekke spoke with his Danish counterpart Lars Holm.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'Ola Brekke')?.role).toBe('Foreign Minister of Norway');
    expect(byName(idx, 'Ola Brekke')?.leader).toBe(true);
    expect(byName(idx, 'Lars Holm')?.role).toBe('Foreign Minister of Denmark');
    expect(byName(idx, 'Norwegian Foreign Ministry')?.type).toBe('organization');
  });

  it('a title of a body: "Speaker of the House Newt Gingrich", "Secretary-General of the United Nations António Guterres"', () => {
    const t = 'Speaker of the House Newt Gingrich spoke. Secretary-General of the United Nations António Guterres replied.';
    const idx = entitiesOf(t, '2020-01-01');
    expect(byName(idx, 'Newt Gingrich')).toMatchObject({ role: 'Speaker of the House of Representatives', country: 'United States', leader: false });
    expect(byName(idx, 'António Guterres')).toMatchObject({ role: 'Secretary-General of the United Nations', leader: true });
  });

  it('"Mr. King" after "Charlie King" is the same person', () => {
    const t = 'Charlie King, a prominent organizer, spoke first. Mr. King then left.';
    expect(mentionsOf(t, byName(entitiesOf(t), 'Charlie King'))).toEqual(['Charlie King', 'King']);
  });

  it('occupations before a name are roles, not part of it: "Reporter Jomana Karadsheh", "Said Dorothy Poynter"', () => {
    const t = 'Reporter Jomana Karadsheh said it. Author Roger Stone agreed. “No,” Said Dorothy Poynter.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'Jomana Karadsheh')?.role).toBe('Reporter');
    expect(byName(idx, 'Roger Stone')?.role).toBe('Author');
    expect(byName(idx, 'Dorothy Poynter')?.type).toBe('person');
  });

  it('an appositive gives the role: "Ana Ruiz, the Chilean foreign minister,"', () => {
    const t = 'Ana Ruiz, the Chilean foreign minister, said the border was calm.';
    const e = byName(entitiesOf(t), 'Ana Ruiz');
    expect(e?.role).toBe('Foreign Minister of Chile');
    expect(e?.leader).toBe(true);
  });

  it('a surname later, and a possessive, link to the full name', () => {
    const t = 'Clara Voss opened the meeting. Later, Voss’s deputy read a statement, and Voss left.';
    const e = byName(entitiesOf(t), 'Clara Voss');
    expect(mentionsOf(t, e)).toEqual(['Clara Voss', 'Voss', 'Voss']);
  });

  it('family name first (Chinese names): "Xi" links to Xi Jinping', () => {
    const t = 'Xi Jinping met the delegation. Xi’s aides said the visit was useful. Later Xi spoke to the press.';
    const e = byName(entitiesOf(t), 'Xi Jinping');
    expect(mentionsOf(t, e)).toEqual(['Xi Jinping', 'Xi', 'Xi']);
    expect(e?.role).toBe('President of China');
  });

  it('a known leader\'s short name alone is recognized ("Macron said")', () => {
    const t = 'Macron said France would send more aid.';
    const e = byName(entitiesOf(t, '2022-10-01'), 'Emmanuel Macron');
    expect(e?.leader).toBe(true);
    expect(e?.role).toBe('President of France');
  });
});

describe('roles from built-in knowledge, with and without a date', () => {
  const t = 'Boris Johnson spoke in London.';
  it('in office on the publication date: a leader', () => {
    const e = byName(entitiesOf(t, '2021-03-01'), 'Boris Johnson');
    expect(e?.role).toBe('Prime Minister of the United Kingdom');
    expect(e?.leader).toBe(true);
  });
  it('out of office on the publication date: former, not a leader', () => {
    const e = byName(entitiesOf(t, '2024-01-10'), 'Boris Johnson');
    expect(e?.role).toBe('Former Prime Minister of the United Kingdom');
    expect(e?.leader).toBe(false);
  });
  it('no date: the most recent office', () => {
    const e = byName(entitiesOf(t), 'Boris Johnson');
    expect(e?.role).toBe('Prime Minister of the United Kingdom');
  });
});

describe('descriptions', () => {
  it('"the Russian leader" → the Russian president named in the article', () => {
    const t = 'Vladimir Putin met the envoy. The Kremlin said the Russian leader was pleased.';
    const idx = entitiesOf(t, '2023-03-19');
    const e = byName(idx, 'Vladimir Putin');
    expect(mentionsOf(t, e)).toEqual(['Vladimir Putin', 'the Russian leader']);
    expect(byName(idx, 'Kremlin')?.leader).toBe(false);
  });

  it('"the British prime minister" with no name → the officeholder of the day', () => {
    const t = 'The British prime minister said the deal was fair.';
    const e = byName(entitiesOf(t, '2017-06-01'), 'Theresa May');
    expect(e?.leader).toBe(true);
    expect(mentionsOf(t, e)).toEqual(['The British prime minister']);
  });

  it('descriptions by country, seat and body: "the U.S. president", "the Kremlin chief", "the UN chief"', () => {
    const t = 'The U.S. president spoke. Sergei Lavrov listened. The Kremlin chief was silent. The UN chief left.';
    const idx = entitiesOf(t, '2023-05-01');
    expect(mentionsOf(t, byName(idx, 'Joe Biden'))).toEqual(['The U.S. president']);
    expect(mentionsOf(t, byName(idx, 'Vladimir Putin'))).toEqual(['The Kremlin chief']);
    expect(mentionsOf(t, byName(idx, 'António Guterres'))).toEqual(['The UN chief']);
    expect(mentionsOf(t, byName(idx, 'Sergei Lavrov'))).toEqual(['Sergei Lavrov']);
  });

  it('"the Indian foreign minister" → the officeholder of the day', () => {
    const t = 'The Indian foreign minister arrived.';
    const e = byName(entitiesOf(t, '2023-01-01'), 'Subrahmanyam Jaishankar');
    expect(e?.role).toBe('External Affairs Minister of India');
  });
});

describe('organizations, outlets and groups', () => {
  it('a capital standing for its government', () => {
    const t = 'However, Beijing expressed opposition to the plan, and Tokyo has repeatedly denied the report.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'Beijing')).toMatchObject({ type: 'organization', country: 'China' });
    expect(byName(idx, 'Tokyo')).toMatchObject({ type: 'organization', country: 'Japan' });
  });

  it('a country named as an actor ("North Korea said") stands for its government too', () => {
    const t = 'The latest test, North Korea said, was its biggest. South Korea accused the North.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'North Korea')).toMatchObject({ type: 'organization', country: 'North Korea' });
    expect(byName(idx, 'South Korea')).toMatchObject({ type: 'organization', country: 'South Korea' });
  });

  it('a full name in a title-case headline, saying something, is kept', () => {
    const idx = entitiesOf('Clean Energy Deal Possible, Lindsey Graham Says\n\nThe vote was delayed.');
    expect(byName(idx, 'Lindsey Graham')?.type).toBe('person');
  });

  it('a capital as a place is not an entity', () => {
    const idx = entitiesOf('The delegation flew to Beijing on Friday.');
    expect(byName(idx, 'Beijing')).toBeUndefined();
  });

  it('news outlets, with or without "The"', () => {
    const t = 'The Wall Street Journal reported the deal; according to Reuters, it was signed. Kyiv Post editors agreed.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'Wall Street Journal')?.type).toBe('media');
    expect(mentionsOf(t, byName(idx, 'Wall Street Journal'))).toEqual(['The Wall Street Journal']);
    expect(byName(idx, 'Reuters')?.type).toBe('media');
    expect(byName(idx, 'Kyiv Post')?.type).toBe('media');
  });

  it('ministries under two names are one organization', () => {
    const t = 'The Brazilian Ministry of Foreign Affairs confirmed the visit. The Brazilian Foreign Ministry later added details.';
    const idx = entitiesOf(t);
    const orgs = idx.list.filter((e) => e.type === 'organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.mentions).toHaveLength(2);
  });

  it('groups of a country: "US authorities", "China\'s communist authorities" = "the Chinese authorities"', () => {
    const t = 'The US authorities believe the claim. China’s communist authorities denied it. The Chinese authorities also said more.';
    const idx = entitiesOf(t);
    expect(byName(idx, 'US authorities')?.type).toBe('group');
    expect(mentionsOf(t, byName(idx, 'Chinese authorities'))).toHaveLength(2);
  });
});

describe('resolve()', () => {
  const t =
    'Kenyan President William Ruto arrived on Monday. He said the summit mattered. Many experts believe the plan will fail. ' +
    'The Kenyan communiqué said little. The Associated Press reported the visit. The ministry declined to comment. Local officials said nothing.';
  it('a name already found → its entity', () => {
    const idx = entitiesOf(t, '2023-09-01');
    const id = idx.resolve(spanOf(t, 'Kenyan President William Ruto'));
    expect(idx.get(id)?.name).toBe('William Ruto');
    expect(idx.get(id)?.leader).toBe(true);
  });
  it('"He" → the last fitting speaker, else the person before it', () => {
    const idx = entitiesOf(t, '2023-09-01');
    const ruto = idx.resolve(spanOf(t, 'William Ruto'));
    expect(idx.resolve(spanOf(t, 'He'), { lastSpeaker: ruto })).toBe(ruto);
    expect(idx.resolve(spanOf(t, 'He'), { lastSpeaker: null })).toBe(ruto);
    expect(mentionsOf(t, idx.get(ruto))).toContain('He');
  });
  it('"he" skips a group as last speaker and a woman before it', () => {
    const s = 'Paul Brandt met Anna Lindqvist. US officials said talks were over. He said they were not.';
    const idx = entitiesOf(s);
    idx.resolve(spanOf(s, 'US officials'));
    const group = idx.resolve(spanOf(s, 'US officials'));
    expect(idx.get(idx.resolve(spanOf(s, 'He'), { lastSpeaker: group }))?.name).toBe('Paul Brandt');
  });
  it('"she" skips a man named later than the woman (given names carry a gender)', () => {
    const s = 'Anna Lindqvist met Paul Brandt on Friday. She said the talks would go on.';
    const idx = entitiesOf(s);
    expect(idx.get(idx.resolve(spanOf(s, 'She')))?.name).toBe('Anna Lindqvist');
    const t2 = 'Paul Brandt met Anna Lindqvist on Friday. She said the talks would go on.';
    const idx2 = entitiesOf(t2);
    expect(idx2.get(idx2.resolve(spanOf(t2, 'She')))?.name).toBe('Anna Lindqvist');
  });
  it('"she" prefers a subject to a name that only qualifies a noun ("Clinton spokeswoman Jennifer Palmieri")', () => {
    const t = 'Hillary Clinton spoke in Ohio. Clinton communication director Jennifer Palmieri said Trump was wrong. “This is dangerous,” she said.';
    const idx = entitiesOf(t);
    expect(idx.get(idx.resolve(spanOf(t, 'she')))?.name).toBe('Jennifer Palmieri');
  });
  it('unnamed sources become anonymous entities, appended to the list', () => {
    const idx = entitiesOf(t);
    const n = idx.list.length;
    const id = idx.resolve(spanOf(t, 'Many experts'));
    expect(idx.get(id)).toMatchObject({ type: 'anonymous', name: 'Many experts' });
    expect(idx.list.length).toBe(n + 1);
    expect(idx.resolve(spanOf(t, 'Many experts'))).toBe(id);
    expect(idx.get(idx.resolve(spanOf(t, 'Local officials')))?.type).toBe('anonymous');
  });
  it('a country\'s document, an outlet, a definite description', () => {
    const idx = entitiesOf(t);
    expect(idx.get(idx.resolve(spanOf(t, 'The Kenyan communiqué')))).toMatchObject({ type: 'organization', country: 'Kenya' });
    expect(idx.get(idx.resolve(spanOf(t, 'The Associated Press')))).toMatchObject({ type: 'media', name: 'Associated Press' });
    expect(idx.get(idx.resolve(spanOf(t, 'The ministry')))?.type).toBeDefined();
  });
  it('a new name span creates a person; a pronoun with nobody before it is null', () => {
    const idx = entitiesOf('She said it was over. Then Tomas Ek agreed.');
    expect(idx.resolve({ start: 0, end: 3 })).toBeNull();
    const s = 'Then Tomas Ek agreed.';
    const idx2 = entitiesOf(s);
    expect(idx2.get(idx2.resolve(spanOf(s, 'Tomas Ek')))?.type).toBe('person');
  });
  it('"The Post" → the outlet named before; "Mr. King" → Charlie King', () => {
    const s = 'The New York Post reported the story. Charlie King, a local activist, disagreed. The Post said more, and Mr. King left.';
    const idx = entitiesOf(s);
    expect(idx.get(idx.resolve(spanOf(s, 'The Post')))?.name).toBe('New York Post');
    expect(idx.get(idx.resolve(spanOf(s, 'Mr. King')))?.name).toBe('Charlie King');
  });
  it('a capital or country written as a source → its government', () => {
    const s = 'Moscow has not answered.';
    const idx = entitiesOf(s);
    expect(idx.get(idx.resolve(spanOf(s, 'Moscow')))).toMatchObject({ type: 'organization', country: 'Russia' });
  });
});
