// False positives: words of saying that attribute nothing, quote marks that are not speech.
import { describe, expect, it } from 'vitest';
import { read } from './helpers.ts';

describe('not attributions', () => {
  it('"said" and "says" in non-attributive uses', () => {
    expect(read('That said, the council approved the budget.')).toEqual([]);
    expect(read('The aforesaid property was sold in 1990.')).toEqual([]);
    expect(read('Easier said than done.')).toEqual([]);
  });

  it('nouns that look like cue verbs', () => {
    expect(read('His claims about the vote drew criticism.')).toEqual([]);
    expect(read('The senator’s remarks were short.')).toEqual([]);
    expect(read('Clinton won the state by 18 points on Tuesday.')).toEqual([]);
    expect(read('The United States signed the treaty.')).toEqual([]);
    expect(read('The report is due in March.')).toEqual([]);
  });

  it('scare quotes and titles of works are not quotations', () => {
    const out = read('The so-called “reform” passed, and the film “The Long Road Home” opened on Friday.');
    expect(out).toEqual([]);
  });

  it('apostrophes do not open quotations', () => {
    expect(read('It’s the players’ union that won’t sign, not the owners’.')).toEqual([]);
    expect(read("Rock 'n' roll isn't dead in the '90s revival.")).toEqual([]);
  });

  it('an infinitive governed by another verb is not a cue', () => {
    expect(read('Ruiz drove to the station to say goodbye.')).toEqual([]);
  });

  it('an introductory phrase is not content', () => {
    const out = read('In a statement, the ministry said that talks would resume.');
    expect(out).toHaveLength(1);
    expect(out[0]!.content).toBe('that talks would resume');
  });

  it('a quoted speaker’s own words do not start new attributions', () => {
    const out = read('“I think they said no,” Ruiz said.');
    expect(out).toHaveLength(1);
    expect(out[0]!.source).toBe('Ruiz');
  });

  it('what follows a quotation and its cue is not content unless set off by a comma', () => {
    const out = read('“We are done,” Ruiz said sarcastically.');
    expect(out[0]!.content).toBe('“We are done,”');
  });
});

describe('bad input stays calm and fast', () => {
  it('a huge run-on sentence full of cues', () => {
    const text = 'Ruiz said the plan, officials said the vote, and aides said the deal '.repeat(4000);
    const t0 = performance.now();
    const out = read(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(out.length).toBeGreaterThan(0);
  });

  it('random punctuation and quote marks', () => {
    const text = Array.from({ length: 20000 }, (_, i) => '“”"\'‘’«»„,.:;— said told aX'[(i * 7919) % 30]).join('');
    expect(() => read(text)).not.toThrow();
  });
});

describe('appear as showing up, ask with its subject', () => {
  it('"appeared on/at/before …" is no impression', () => {
    expect(read('The mayor appeared on the morning show on Tuesday.')).toEqual([]);
    expect(read('Ruiz appeared before the committee twice.')).toEqual([]);
    expect(read('The comet appeared again last week.')).toEqual([]);
  });
});

describe('a programme title in quotation marks is not speech', () => {
  it('after a possessive or a preposition', () => {
    const as = read('On Channel 5’s “Harbor Today,” Mayor Ana Ruiz said the pier will reopen.');
    expect(as).toHaveLength(1);
    expect(as[0]).toMatchObject({ content: 'the pier will reopen', source: 'Mayor Ana Ruiz' });
    const bs = read('The pier will reopen, Ruiz said on “Harbor Today.”');
    expect(bs[0]).toMatchObject({ content: 'The pier will reopen', source: 'Ruiz' });
  });
});

describe('a Title Case quotation is a name, not speech', () => {
  it('a show or a committee named in quotation marks', () => {
    expect(read('Ruiz spoke at length. She now hosts “The Late Harbor Show With Ana Ruiz.”')).toEqual([]);
  });
});

describe('a scare-quoted term is not a quotation for the cue after it', () => {
  it('the “Harbor First” campaign continues', () => {
    const as = read('The “Harbor First” campaign continues to grow.');
    expect(as.some((a) => a.content === '“Harbor First”')).toBe(false);
  });

  it('a participle going on with what someone believes is no new attribution', () => {
    const as = read('Many analysts think that the port is on the union’s side, supporting it quietly and openly.');
    expect(as).toHaveLength(1);
    expect(as[0]).toMatchObject({ source: 'Many analysts', cue: 'think', content: 'that the port is on the union’s side, supporting it quietly and openly' });
    // a participle of saying still starts its own
    const said = read('Ruiz believes that the port will close, adding that the union agrees.');
    expect(said.map((a) => a.cue)).toEqual(['believes', 'adding']);
  });
});

describe('a verb that only introduces quotations, used as an aspect verb', () => {
  it('“continued to …” and “began …ing” report no speech', () => {
    expect(read('Small groups of marchers continued to call for a “fair” inquiry into the fire.').some((a) => a.cue === 'continued')).toBe(false);
    expect(read('The host began taking calls about his “Harbor Hour” program.').some((a) => a.cue === 'began')).toBe(false);
    // as a tag it still is one
    expect(read('“We will not stop until the inquiry is open,” she continued.').some((a) => a.cue === 'continued')).toBe(true);
  });
});

describe('an introductory phrase alone is not content', () => {
  it('a scene-setting phrase before the subject, with nothing said after the verb', () => {
    expect(read('In a changing city, young renters still believe.')).toEqual([]);
    expect(read('As the count went on, the crowd cheered.')).toEqual([]);
    expect(read('In a speech last July, Ruiz said.')).toEqual([]);
  });
  it('but a clause after the phrase is what was said', () => {
    expect(read('In 2008, Ruiz won the county, Bell said.')[0]).toMatchObject({ content: 'In 2008, Ruiz won the county', cue: 'said' });
    expect(read('The pool opens in June, Bell said.')[0]).toMatchObject({ content: 'The pool opens in June' });
  });
});

describe('a quoted title or name is not speech for the words after it', () => {
  const quoting = (text: string) => read(text).filter((a) => (Array.isArray(a.content) ? a.content : [a.content]).some((c) => /^[“"]/.test(c)));

  it('a title after a possessive: “…,” and the verb after it are the sentence’s own', () => {
    expect(quoting('Dale Ortiz, host of WKRP’s “The Hot Seat,” suggested the mayor’s silence could cost her the race.')).toEqual([]);
    expect(quoting('Friday on Channel 5’s “Up Late,” Ann Lee said the bridge would open in May.')).toEqual([]);
  });

  it('a name after "titled" or "called": the verb after it is the sentence’s own', () => {
    expect(quoting('The new ad, titled “Broken,” features a report from the county on the state of the bridges.')).toEqual([]);
    expect(quoting('Her first film, called “Long Night,” opened at the Rex on a Friday in May.')).toEqual([]);
  });

  it('a relative clause after a quoted name is no speech tag', () => {
    expect(quoting('Bo Reyes, a contestant on the quiz show “Big Money,” who went on to run for mayor, said little.')).toEqual([]);
  });

  it('an inverted verb whose subject goes on with a verb of its own is no speech tag', () => {
    expect(quoting('Lee, who calls the plan a “disaster,” said he doubts the council will vote for it.')).toEqual([]);
  });

  it('but an inverted tag that ends with the speaker still tags the quotation', () => {
    const out = read('The vote was close.\n\n“We counted every ballot,” said Ann Lee. “None was lost.”');
    expect(out.find((a) => a.source === 'Ann Lee')?.cue).toBe('said');
  });
});

describe('not an object relative clause', () => {
  it('a noun that looks like a verb ending its sentence ("their old shows.")', () => {
    const out = read('For studios that own their old shows. The rest rent them.');
    expect(out.filter((a) => a.cue === 'shows')).toHaveLength(0);
  });

  it('"that" opening the clause of a noun of saying ("no doubt that he would endorse in …")', () => {
    const out = read('Lee left no doubt that he would endorse in the spring.');
    expect(out.filter((a) => a.content === 'Lee left no doubt')).toHaveLength(0);
  });
});

describe('a verb form that is also a plural noun after a count', () => {
  it('is the noun ("the four states that cast votes")', () => {
    expect(read('Turnout in the four states that cast votes last Saturday was low.').filter((a) => a.cue === 'states')).toHaveLength(0);
  });
});

describe('a participle between a count and a plural noun', () => {
  it('is an adjective ("the 412 pledged delegates", "three proposed changes")', () => {
    expect(read('She now holds 412 pledged delegates in the race, far ahead of her rival.')).toHaveLength(0);
    expect(read('Only three proposed changes to the tax code passed last week.')).toHaveLength(0);
  });
  it('leaves a count as the subject of a verb of saying ("43 said the same")', () => {
    const found = read('Of those polled, 57 backed the plan and 43 said the council should wait.');
    expect(found.some((a) => a.cue === 'said' && a.content === 'the council should wait')).toBe(true);
  });
});

describe('a particle or a reflexive object that makes another verb', () => {
  it('"showed up", "called off", "added up" are no verbs of saying or showing', () => {
    expect(read('About 300 people showed up at the rally in the park on Sunday.')).toHaveLength(0);
    expect(read('The two firms called off the merger after the new rules were published.')).toHaveLength(0);
    expect(read('The cuts add up to more than a billion over ten years.')).toHaveLength(0);
  });
  it('"found herself in trouble" is no finding', () => {
    expect(read('The mayor found herself in trouble after the vote on the harbor.')).toHaveLength(0);
  });
  it('a particle the verb takes still belongs to its cue ("pointed out that …")', () => {
    expect(read('The mayor pointed out that the harbor had flooded twice.')[0]).toMatchObject({ cue: 'pointed out', content: 'that the harbor had flooded twice' });
  });
});

describe('"be supposed to"', () => {
  it('is duty or plan, not a reported belief ("the bridge was supposed to open in May")', () => {
    expect(read('The bridge was supposed to open in May. Tolls are supposed to pay for repairs.')).toHaveLength(0);
  });
  it('leaves "it is supposed that" a passive report', () => {
    expect(read('It is supposed that the bridge will open in May.').some((a) => a.cue === 'is supposed')).toBe(true);
  });
});

describe('"in the polls" on its own', () => {
  it('is where a candidate stands, not a document reporting ("she slid in the polls")', () => {
    expect(read('After the debate the mayor slid in the polls. Her rival now leads in polling.')).toHaveLength(0);
  });
  it('leaves a poll that is one document a source ("in the latest poll")', () => {
    expect(read('The mayor leads by five points in the latest poll.')[0]).toMatchObject({ cue: 'in', source: 'the latest poll' });
  });
});

describe('"called" giving a name', () => {
  it('after an object noun with "a" is a participle ("runs a group called Harbor Watch")', () => {
    expect(read('Lee now runs a group called Harbor Watch.')).toHaveLength(0);
    expect(read('She founded a program called “Safe Streets” in 2010.')).toHaveLength(0);
  });
  it('leaves a subject that calls someone something ("and an aide called Lee a liar")', () => {
    expect(read('The vote failed, and an aide called Lee a liar.').some((a) => a.cue === 'called' && a.source === 'an aide')).toBe(true);
  });
});

describe('a verb after "do" and its subject in a question', () => {
  it('asks about a stance and reports none ("Do you support Lee?", "What do you think of …?")', () => {
    expect(read('Lee spoke at length. Do you support Lee? Tell us below.')).toHaveLength(0);
    expect(read('What do you think of the plan? Write to us.')).toHaveLength(0);
  });
  it('leaves an emphatic "do" in a statement ("Voters do support the plan.")', () => {
    expect(read('Voters do support the plan.').some((a) => a.cue === 'do support')).toBe(true);
  });
});

describe('a heading and a colon over a list of names', () => {
  it('says nothing ("Ohio: Ann Lee, Bo Diaz, Cy Park.")', () => {
    expect(read('The panel met twice. Ohio: Ann Lee, Bo Diaz, Cy Park. Iowa: Tim Albrecht, Brad Anderson and Rob Barron.')).toHaveLength(0);
  });
  it('leaves a headline with a name and a claim ("McCain: Populist Anger Appeals to …")', () => {
    expect(read('McCain: Populist Anger Appeals to Bad Angels')[0]).toMatchObject({ cue: ':', source: 'McCain' });
  });
});

describe('"regarding" without an "as"', () => {
  it('is the preposition of a topic, not a verb of holding a view', () => {
    expect(read('The mayor is not forthcoming with voters regarding the flood risk.')).toHaveLength(0);
    expect(read('The board met with residents, particularly regarding the new tax.')).toHaveLength(0);
  });
});
