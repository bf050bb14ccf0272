// English from outside the US, invented articles (court, sport, local news, interview) whose traps
// ask the reader to refuse rather than guess: a possessive ("Whitby's barrister") is not the one it
// names, a "she" after an unnamed speaker does not reach back to a named person, and a quotation
// with no tag after a newly introduced person is not the last speaker's.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('English outside the US: refuse rather than guess', () => {
  test('a Guardian-style court report: the defendant\'s barrister is not the defendant; a "she" after "the daughter of one resident said" is not the defendant', () => {
    const text = [
      'A former care home manager has been jailed for six years after a jury at Leeds crown court found her guilty of neglecting residents.',
      'Sentencing Karen Whitby, 54, Judge Simon Pickles said she had shown "a callous disregard" for the people in her care.',
      'The prosecutor, Amelia Hart KC, told the court that staff had been ordered to falsify records. "This was not a lapse. It was a system," she said.',
      "Whitby's barrister said his client was remorseful.",
      '"She accepts that she failed these families and she will carry that for the rest of her life."',
      'Outside court, the daughter of one resident said the sentence was too lenient.',
      '"Six years is nothing. My mother died in that place," she said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-05-14');
    expect(said(items, 'not a lapse')?.speaker).toBe('Amelia Hart KC');
    for (const needle of ['remorseful', 'failed these families', 'Six years is nothing']) {
      expect(said(items, needle)?.speaker ?? '').not.toMatch(/Whitby$/);
      expect(said(items, needle)?.speaker ?? '').not.toMatch(/Hart|Pickles/);
    }
  });

  test('an Irish Examiner-style match report: the solicitor\'s client, the manager\'s assistant', () => {
    const text = [
      "Cork manager Pat Ryan said his side had been second best for long periods. \"We didn't turn up in the first half and you can't do that in Thurles,\" Ryan said.",
      "Ryan's assistant said the squad would regroup over the winter.",
      '"There is a lot of hurt in that dressing room," the assistant added.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-06-10');
    expect(said(items, 'turn up in the first half')?.speaker).toBe('Pat Ryan');
    expect(said(items, 'regroup over the winter')?.speaker ?? '').not.toBe('Pat Ryan');
  });

  test('a BBC-style sport story: a quotation with no tag after a player is introduced is not the coach\'s', () => {
    const text = [
      'Ireland head coach Andy Farrell insisted his side could cope without their captain for the Six Nations opener in Paris.',
      '"We have a squad that is used to adapting," Farrell said on Tuesday. "Nobody is bigger than the group."',
      'Centre Garry Ringrose, who missed the autumn series with a shoulder injury, is fit again.',
      '"I feel great. The medical team have been brilliant and I am itching to get going."',
      'France coach Fabien Galthié was less forthcoming when asked about his own selection.',
      '"You will see on Thursday," he told reporters.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-01-30');
    expect(said(items, 'used to adapting')?.speaker).toBe('Andy Farrell');
    expect(said(items, 'itching to get going')?.speaker ?? null).not.toBe('Andy Farrell');
  });

  test('an RNZ-style local story: speakers tagged by pronoun and a quotation that goes on with no one new named', () => {
    const text = [
      'Residents of a Christchurch street say they have been left in the dark about plans to close their local library.',
      'Pensioner Margaret Ellis, who has lived on Harewood Road for forty years, said the library was a lifeline.',
      '"For a lot of us it is the only place we go to talk to someone," she said.',
      "The city council's head of community facilities, Ben Tautahi, said no decision had been made.",
      '"We are consulting, and we will listen to what people tell us."',
      'Local MP Duncan Webb said the process had been handled badly.',
      '"People found out from a flyer. That is not good enough," he said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-05-14');
    expect(said(items, 'only place we go')?.speaker).toBe('Margaret Ellis');
    expect(said(items, 'We are consulting')?.speaker).toBe('Ben Tautahi');
    expect(said(items, 'found out from a flyer')?.speaker).toBe('Duncan Webb');
  });

  test('an Irish Times-style interview: "she says" and a paragraph that goes on with the interviewee', () => {
    const text = [
      'Sally Rooney does not like talking about herself. "I find it quite uncomfortable, to be honest," she says, when we meet in a Dublin cafe.',
      'Her new novel, her fourth, follows two brothers after the death of their father.',
      '"I wanted to write about grief without making it a spectacle."',
      'Rooney laughs at that. "Editors always say that," she says.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-09-20');
    expect(said(items, 'quite uncomfortable')?.speaker).toBe('Sally Rooney');
    expect(said(items, 'without making it a spectacle')?.speaker).toBe('Sally Rooney');
    expect(said(items, 'Editors always say')?.speaker).toBe('Sally Rooney');
  });

  test('an ABC-style economy story: "Dr Chalmers said", a quotation that goes on after "But X said"', () => {
    const text = [
      'The Reserve Bank has kept the cash rate on hold at 4.35 per cent for a fifth straight meeting.',
      'Governor Michele Bullock said inflation was still too high. "The board remains resolute," she said.',
      '"Australians are doing it tough, and today\'s decision will be a relief for many families," Treasurer Jim Chalmers said.',
      'But Opposition Leader Peter Dutton said the government had lost control of spending.',
      '"Labor\'s spending is adding to inflation. That is the simple truth."',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-11-05');
    expect(said(items, 'remains resolute')?.speaker).toBe('Michele Bullock');
    expect(said(items, 'doing it tough')?.speaker).toBe('Jim Chalmers');
    expect(said(items, 'simple truth')?.speaker).toBe('Peter Dutton');
  });

  test('a News24-style rugby story: a "he said" after another coach opens the sentence before is not the last speaker\'s', () => {
    const text = [
      "Springboks coach Rassie Erasmus has named an unchanged side for Saturday's Test against the All Blacks.",
      'Erasmus told a media briefing in Cape Town that the players had earned the right to go again.',
      'All Blacks coach Scott Robertson, meanwhile, made four changes.',
      '"We know what is coming," he said. "They will be physical, and we have to match that."',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-09-05');
    expect(said(items, 'earned the right')?.speaker).toBe('Rassie Erasmus');
    expect(said(items, 'know what is coming')?.speaker ?? null).not.toBe('Rassie Erasmus');
  });

  test('a "he said" that goes on with the last speaker when he is named again in the sentence before', () => {
    const text = [
      'Springboks coach Rassie Erasmus has named an unchanged side.',
      'Erasmus told reporters the players had earned the right to go again.',
      '"They deserve it," he said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2024-09-05');
    expect(said(items, 'They deserve it')?.speaker).toBe('Rassie Erasmus');
  });
  test('a Dáil exchange: a name that opens the source is the speaker, not the one he answers; a spokeswoman for a minister is not the minister', () => {
    const text = [
      'Sinn Féin leader Mary Lou McDonald accused the Taoiseach of complacency in the Dáil on Tuesday.',
      '"You have had fourteen years and the crisis is worse than ever," Ms McDonald told Mr Martin.',
      'Mr Martin, responding to Ms McDonald, said: "Your party would bankrupt the country within a year."',
      '"We will look at all options," said a spokeswoman for Ms Collins.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-10-07');
    expect(said(items, 'fourteen years')?.speaker).toBe('Mary Lou McDonald');
    expect(said(items, 'bankrupt the country')?.speaker).toBe('Martin');
    expect(said(items, 'look at all options')?.speaker).toMatch(/spokeswoman/);
  });

  test('a sentence after the quotation names its speaker ("The warning came from X"); a manager praising his player speaks of him', () => {
    const text = [
      "Tom Walsh, the Kerry manager, praised his full-back Paul Murphy, who kept Seán O'Shea scoreless.",
      '"He was immense today. I thought he was the best player on the pitch," he said.',
      '"That\'s what we need from everyone, every single day." The warning came from Cork manager John Cleary, whose side face Kerry next month.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-06-02');
    expect(said(items, 'immense today')?.speaker).toBe('Tom Walsh');
    expect(said(items, 'need from everyone')?.speaker).toBe('John Cleary');
  });
  test('a quotation followed in its paragraph by a new person\'s sentence of saying is no one\'s, not the last speaker\'s', () => {
    const text = [
      'The club\'s manager, Liam Byrne, said the players had been "magnificent" all season.',
      '"We are delighted for everyone involved. It has been a long road." Club chairman Joe Bloggs said the board would now look at upgrading the stadium.',
      '"The fans deserve a proper home," Mr Byrne said.',
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-05-12');
    expect(said(items, 'delighted for everyone')?.speaker ?? null).toBeNull();
    expect(said(items, 'proper home')?.speaker).toBe('Liam Byrne');
  });
  test('an age no one was introduced with takes up the one person named in its paragraph, a possessive aside', () => {
    const text = [
      "Fine Gael's Paschal Donohoe met Labour's Ged Nash on Tuesday. Mr Nash said the meeting was \"constructive\".",
      "Former captain Rory Best, now a pundit, was critical of Ireland coach Andy Farrell's selection. \"I would have started Prendergast,\" the 42-year-old told Virgin Media.",
    ].join('\n\n');
    const { items } = read(text, 'en', '2025-02-03');
    expect(said(items, 'started Prendergast')?.speaker).toMatch(/^Rory/);
  });
});
