// Quotations that no cue verb claimed: who said them, read off the sentence around them
// (invented sentences).
import { describe, expect, it } from 'vitest';
import { read, type Shown } from './helpers.ts';

const holding = (out: Shown[], words: string) =>
  out.find((a) => (Array.isArray(a.content) ? a.content : [a.content]).some((c) => c.includes(words)));

describe('a speech tag after the quotation', () => {
  it('an inverted tag with a numeral speaker: "“…,” said one party official."', () => {
    const out = read('The meeting ran late.\n\n“If the mayor does win the district, it will be by a margin as thin as last time,” said one party official.');
    const a = holding(out, 'margin as thin');
    expect(a?.source).toBe('one party official');
    expect(a?.cue).toBe('said');
  });

  it('an inverted tag whose speaker has a relative clause', () => {
    const out = read('The data was thin.\n\n“It is going to be hard to do it in such a quick turnaround,” said a longtime data expert who has worked for a rival.');
    expect(holding(out, 'quick turnaround')?.source).toBe('a longtime data expert');
  });

  it('a prepositional phrase between the speaker and the verb, and a verb the phrase ran over', () => {
    const out = read('The ad ran on Monday.\n\n“They know she is the only one strong enough to stop the abuses,” a voice-over in the ad states. “She will stand up to them.”');
    expect(holding(out, 'strong enough')?.source).toBe('a voice-over');
    const out2 = read('The paper came out.\n\n"Today, the kingdom is one of the leading nations in fighting crime," the ministers state in the white paper, which was shared on Thursday.');
    expect(holding(out2, 'leading nations')?.source).toBe('the ministers');
  });

  it('a hearer after the tag verb, and "went on"', () => {
    const out = read('The pair stood together.\n\n“We each have our own opinion, but we are friends,” Jim Benton, 57, told a voter passing by.');
    expect(holding(out, 'our own opinion')?.source).toMatch(/^Jim Benton/);
    const out2 = read('The interview ran long.\n\n"We ought to start it up again this morning and get going with it all,” he went on.');
    expect(holding(out2, 'start it up again')?.source).toBe('he');
  });

  it('a quotation that ends inside a nested one keeps its tag', () => {
    const out = read('She has worked in the state.\n\n“When this came about, her response has been, ‘Let’s see what’s going on, and what can we do to help?’” Rentas told reporters on a call.');
    expect(holding(out, 'what can we do')?.source).toBe('Rentas');
  });

  it('a thing that speaks and a verb the word classes do not list: "“…,” the letter read."', () => {
    const out = read('Nothing had changed by Friday.\n\n“The fact that it is already autumn and the council has failed to act is shameful,” the letter read.');
    expect(holding(out, 'already autumn')?.source).toBe('the letter');
  });

  it('a short quotation with its own tag is speech however short', () => {
    const out = read('The hall was quiet.\n\n“Never again,” wondered a delegate near the stage.');
    expect(holding(out, 'Never again')?.source).toMatch(/^a delegate/);
  });

  it('a speaker with a long apposition before the verb', () => {
    const out = read(
      'The plans “will not end the shortage, but they are steps in the right direction,” Maria Ortiz, deputy director for housing, schools, and transport, said on the same call.',
    );
    expect(holding(out, 'steps in the right')?.source).toBe('Maria Ortiz');
  });

  it('a credit after a dash names the speaker', () => {
    const out = read('Readers wrote in.\n\n“The candidate does not understand our towns or the people who live in them.” ― Paula Reyes\n“I cannot believe a man with no record could be the nominee of a party.” — Jack Lee, 34, Ohio');
    expect(holding(out, 'our towns')?.source).toBe('Paula Reyes');
    expect(holding(out, 'no record')?.source).toBe('Jack Lee');
  });

  it('an outer report after the tag keeps the quotation (PolNeAR: "…,” X said, according to Y")', () => {
    const out = read('The meeting was tense.\n\n“Delegates are and should be able to vote the way they see fit,” Walden said, according to a wire service account.');
    expect(holding(out, 'vote the way')?.source).toBe('a wire service account');
  });

  it('a quotation with a tag inside the content of another cue goes to its tag', () => {
    const out = read('The budget was late.\n\n“We will cut any program that does not work for families,” Greene said, drawing cheers. “I mean it now and I will mean it later.”');
    const a = holding(out, 'cut any program');
    expect(a?.source).toBe('Greene');
    expect(holding(out, 'mean it later')?.source).toBe('Greene');
  });
});

describe('the sentence the quotation sits in', () => {
  it('its subject after introductory phrases', () => {
    const out = read('Moreover, as part of the exchange with the panel, Dorsey referenced an audit that found “less than one percent of the records were ever kept.”');
    expect(holding(out, 'less than one percent')?.source).toBe('Dorsey');
  });

  it('"as X put it, “…”" after an introductory phrase', () => {
    const out = read('But at the time, as the prosecutor Marc Dupont put it, "apart from the wrong crowd and some jogging, there was not much to complain about."');
    expect(holding(out, 'wrong crowd')?.source).toMatch(/Marc Dupont/);
  });

  it('"As X puts it, “…”"', () => {
    const out = read('As the columnist Dana Mills puts it, “Senators are unmoved, and the activists are uninspired by all of it.”');
    expect(holding(out, 'Senators are unmoved')?.source).toMatch(/Dana Mills/);
  });

  it('a clause before a colon: its subject speaks', () => {
    const out = read('The campaign had gone quiet for a week.\n\nHer business manager, Armstrong Wills, stated: “When I spoke with her about this yesterday she was very sad about it all.”');
    expect(holding(out, 'very sad')?.source).toMatch(/Armstrong Wills|Her business manager/);
  });

  it('a verb the word classes do not know: "The email went on to say, “…”"', () => {
    const out = read('The group wound down in May.\n\nThe email went on to say, “Today, because we have built a community far beyond our events, fewer people show up.”');
    expect(holding(out, 'fewer people show up')?.source).toBe('The email');
  });

  it('a short sentence of saying before the quotation in its paragraph', () => {
    const out = read('The poll came out on Monday.\n\nState University\'s Dana Byrd agreed. "Mainstream candidates are running out of time to find an alternative to the front-runner."');
    expect(holding(out, 'running out of time')?.source).toBe("State University's Dana Byrd");
    // a longer sentence of another kind is no speech tag
    const out2 = read('The poll came out on Monday.\n\nThe results surprised the whole state party. "Mainstream candidates are running out of time to find an alternative to the front-runner."');
    expect(holding(out2, 'running out of time')?.source).not.toBe('The results');
  });

  it('"Said X, “…”": the verb first', () => {
    const out = read('The report came out on Monday. Said Comey, “The thought that an error on our part is connected to this is very painful to us.”');
    expect(holding(out, 'very painful')?.source).toBe('Comey');
  });
});

describe('a second verb of saying in the tag sentence, before a colon', () => {
  it('takes the quotation after the colon, with its own subject', () => {
    const out = read('The hall was loud.\n\n“There is a young man here who is having some trouble,” Ruiz said as the heckler yelled: “Resign now!”');
    expect(holding(out, 'Resign now')).toMatchObject({ source: 'the heckler', cue: 'yelled:' });
    expect(holding(out, 'young man')?.content).toBe('“There is a young man here who is having some trouble,”');
  });

  it('or with the tag’s speaker when it has none ("… before adding: “…”")', () => {
    const out = read('The hall was loud.\n\n“If the council picks the judges, there is nothing you can do,” Ruiz said before adding: “Though the voters, maybe they can.”');
    expect(holding(out, 'maybe they can')).toMatchObject({ source: 'Ruiz', cue: 'adding:' });
  });
});

describe('a quotation after a negated cue', () => {
  it('does not go on with what someone did not say, but with the quoted speaker before it', () => {
    const out = read('The bridge stays shut.\n\n“We have had problems with that bridge for years,” Mayor Ruiz said after the vote. She did not promise repairs. “Our goal is to find the money first, and then to fix it right.”');
    const a = holding(out, 'Our goal');
    expect(a?.source).toBe('Mayor Ruiz');
    expect(a?.content).toHaveLength(2);
    expect(out.find((x) => x.cue === 'did not promise')?.content).toBe('repairs');
  });
});

describe('a quotation introduced by a colon after a clause of its own', () => {
  it('goes to that clause’s subject, past a long opening phrase, not to a cue inside the phrase', () => {
    const out = read('With aides worried about the closing of the mill, Mayor Ana Ruiz is rolling out a new message: “The mill will stay open.”');
    expect(holding(out, 'stay open')?.source).toBe('Mayor Ana Ruiz');
    expect(out.find((a) => a.cue === 'worried about')?.content).toBe('the closing of the mill');
  });

  it('but a colon clause with no speaker of its own leaves the quotation with the attribution before', () => {
    const out = read('If the bridge has never been closed before, Ruiz said, there is a simple reason: “No mayor has been this careless.”');
    expect(holding(out, 'this careless')?.source).toBe('Ruiz');
  });
});

describe('not speech tags', () => {
  it('a conjunction after a quotation is no tag', () => {
    const out = read('The band played “We Shall Overcome Someday Soon,” and the crowd went home.');
    expect(out.filter((a) => a.source)).toEqual([]);
  });

  it('a title with its byline is no speech', () => {
    const out = read('SHORT READS:\n\n—"A subway artist gets a gallery show of her own downtown," by the Daily Ledger\'s Ann Carter.');
    expect(out).toEqual([]);
  });

  it('a dash and prose after a quotation is no credit', () => {
    const out = read('The slogan was “Everyone is tired of the same old lines from the same people” - and voters in the north who watched the debate agreed with it.');
    expect(out.every((a) => a.source !== 'and voters')).toBe(true);
  });

  it('odd input stays calm', () => {
    expect(() => read('“,” said')).not.toThrow();
    expect(() => read('”―\n“a b c d e f g h.” ―')).not.toThrow();
    expect(() => read('"' + 'word, '.repeat(3000) + '" said one')).not.toThrow();
  });
});

describe('credits and signatures on their own line', () => {
  it('a dash credit on the next line', () => {
    const out = read('The forum ended early.\n\n"I will look into it. I do not know the status, but I will certainly look into it."\n\n- Maria Alvarez.\n\nThe next question was about trade.');
    expect(holding(out, 'certainly look into it')?.source).toBe('Maria Alvarez');
  });

  it('a pull quote signed before its closing mark', () => {
    const out = read('The debate went on.\n\n"The reality is, if she loses the first two states, that could create real problems for her here.\nS.C. Rep. Jim Rowe."\n\nFor voters it was hard.');
    const a = holding(out, 'real problems');
    expect(a?.source).toBe('S.C. Rep. Jim Rowe');
    expect(a?.cue).toBe('"');
  });

  it('a long line after an unclosed quotation is no signature', () => {
    const out = read('"The reality is, if she loses the first two states, that could create real problems for her here.\nVoters in the state were not sure what to make of the whole thing that week."');
    expect(out.every((a) => !a.source?.startsWith('Voters'))).toBe(true);
  });
});

describe('short quotations introduced by a comma or a colon', () => {
  it('are speech when the clause before names who says them', () => {
    const out = read('Hall replied with a question. Minnie Ross then writes back, “You look tired.”');
    expect(holding(out, 'You look tired')?.source).toBe('Minnie Ross');
    const out2 = read('The rally was loud. Near the front, the heckler yelled: “You lie!”');
    expect(holding(out2, 'You lie')?.source).toMatch(/heckler/);
  });

  it('are left alone when nothing before names a speaker', () => {
    const out = read('In the kitchen on the second floor, “Soup.”');
    expect(holding(out, 'Soup')).toBeUndefined();
  });
});

describe('a quotation after a speech tag with a modifier of its own', () => {
  it('goes on with the quoted speaker, not the participle or relative clause of the tag', () => {
    const out = read('The vote was close.\n\n“We counted every ballot twice,” said Ann Lee, speaking of the recount. “Nothing was missed, and no box was left unopened on the night.”');
    const a = holding(out, 'every ballot');
    expect(a?.source).toBe('Ann Lee');
    expect(a?.content).toEqual(['“We counted every ballot twice,”', '“Nothing was missed, and no box was left unopened on the night.”']);
    expect(holding(out, 'the recount')?.content).toBe('the recount');
    const out2 = read('The mill closed.\n\n"It was a hard winter," said Bo Reyes, a clerk who has been challenging the owners for years. "We will open again in the spring, with all of the same crew."');
    expect(holding(out2, 'open again')?.source).toBe('Bo Reyes');
    expect(holding(out2, "the owners")?.content).not.toContain('"We will open again in the spring, with all of the same crew."');
  });

  it('and so does a third quotation after the second', () => {
    const out = read('The vote was close.\n\n“We counted every ballot twice,” said Ann Lee, speaking of the recount. “Nothing was missed, and no box was left unopened on the night.” “We will certify the count on Friday, as the law asks of us.”');
    expect(holding(out, 'every ballot')?.content).toHaveLength(3);
  });

  it('a quoted title that closes the tag sentence still lets the next quotation go on', () => {
    const out = read('The host pressed him.\n\n"It is more of a worry than it was last year," Dale Ortiz said in an interview on "Meet the Voters." "You do not have to be the perfect candidate to win."');
    const a = holding(out, 'more of a worry');
    expect(a?.source).toBe('Dale Ortiz');
    expect(a?.content).toHaveLength(2);
  });

  it('a party-and-state abbreviation between the speaker and the verb is no sentence end', () => {
    const out = read('Lawmakers met on Monday to talk about the bill.\n\n“Our guess is that the veto will be overridden by the end of the week,” Senate leader Tom Bell, R-Ky., said Tuesday.');
    expect(holding(out, 'Our guess')?.source).toBe('Senate leader Tom Bell');
    const out2 = read('Lawmakers met.\n\n“Our guess is that the veto will be overridden by the end of the week,” Tom Bell, D-N.Y., said Tuesday.');
    expect(holding(out2, 'Our guess')?.cue).toBe('said');
  });

  it('a new sentence between them does not give the quotation to the participle: it goes on with the quoted speaker', () => {
    const out = read('The vote was close.\n\n“We counted every ballot twice,” said Ann Lee, speaking of the recount. She left early. “Nothing was missed, and no box was left unopened on the night.”');
    const a = holding(out, 'every ballot');
    expect(a?.content).toEqual(['“We counted every ballot twice,”', '“Nothing was missed, and no box was left unopened on the night.”']);
    expect(holding(out, 'the recount')?.content).toBe('the recount');
  });
});

describe('a quotation opening the paragraph after a speech tag', () => {
  it('goes on with the quotation the tag closed', () => {
    const out = read('The board met on Monday.\n\n“We looked at every one of the bids,” Ana Ruiz said after the meeting in the town hall.\n\n“None of them came in under the limit the council set for the bridge.”');
    const a = holding(out, 'every one of the bids');
    expect(a?.source).toBe('Ana Ruiz');
    expect(a?.content).toEqual(['“We looked at every one of the bids,”', '“None of them came in under the limit the council set for the bridge.”']);
    expect(out.filter((x) => x.source === null)).toHaveLength(0);
  });

  it('not after a paragraph that goes on past the tag', () => {
    const out2 = read('“We looked at every one of the bids,” Ana Ruiz said. The council left early.\n\n“None of them came in under the limit the council set for the bridge.”');
    expect(holding(out2, 'every one of the bids')?.content).toBe('“We looked at every one of the bids,”');
  });

  it('not past a sentence that follows a short place name ending the tag’s own sentence', () => {
    // "Iowa." is a word, not an abbreviation like "Fla.": the sentence ends there
    const out = read('“We looked at every one of the bids,” Ana Ruiz said as she toured a farm near Ames, Iowa. The council left early.\n\n“None of them came in under the limit the council set for the bridge.”');
    expect(holding(out, 'every one of the bids')?.content).toBe('“We looked at every one of the bids,”');
  });
});

describe('a quotation with no cue, later in the paragraph of a quoted speaker', () => {
  it('goes on with that speaker’s attribution, past a sentence of narration', () => {
    const out = read('The board met on Monday.\n\n“We looked at every one of the bids,” Ana Ruiz said outside the hall. But “none of them came in under the limit the council set for the bridge.”');
    const a = holding(out, 'every one of the bids');
    expect(a?.source).toBe('Ana Ruiz');
    expect(a?.content).toEqual(['“We looked at every one of the bids,”', '“none of them came in under the limit the council set for the bridge.”']);
    expect(out).toHaveLength(1);
  });

  it('not in the next paragraph after narration', () => {
    const out = read('“We looked at every one of the bids,” Ana Ruiz said. The council left early.\n\nThe rain went on all week. “None of them came in under the limit the council set for the bridge.”');
    expect(holding(out, 'every one of the bids')?.content).toBe('“We looked at every one of the bids,”');
  });
});

describe('a quotation that closes its own sentence', () => {
  it('does not go on over the next sentence to a later quotation', () => {
    const out = read('At the hall, Ana Ruiz smiled and said, “We will not close the bridge.” The crowd grew so loud that the mayor had to answer: “We will open it again in the spring.”');
    const a = holding(out, 'not close the bridge');
    expect(a?.source).toBe('Ana Ruiz');
    expect(a?.content).toContain('“We will not close the bridge.”');
    expect((Array.isArray(a?.content) ? a.content : [a?.content]).some((c) => c?.includes('open it again'))).toBe(false);
  });
});

