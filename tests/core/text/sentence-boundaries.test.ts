// Sentence boundaries after abbreviations (invented sentences).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.ts';
import { read } from '../attribution/helpers.ts';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('an abbreviation at the end of a sentence', () => {
  it('does not end the sentence before a name or a noun', () => {
    expect(sentences('Sen. Ada Cole spoke in the U.S. Senate at 9 a.m. Friday.')).toHaveLength(1);
    expect(sentences('The polls close at 8 p.m. Eastern time.')).toHaveLength(1);
  });

  it('ends it before a subject pronoun, which no abbreviation stands before', () => {
    expect(sentences('The doors open at 8 a.m. She will speak first.')).toEqual(['The doors open at 8 a.m.', 'She will speak first.']);
    expect(sentences('Jobs are moving back to the U.S. They say wages are up.')).toEqual(['Jobs are moving back to the U.S.', 'They say wages are up.']);
    expect(sentences('The plant is in Tampa, Fla. It employs 400 people.')).toHaveLength(2);
  });

  it('so a second "He says" after it is an attribution of its own', () => {
    const out = read('Mayor Dale Ruiz says the vote will be counted by 9 p.m. He says “the lines were shorter than anyone had feared.”');
    expect(out.find((a) => a.cue === 'says' && a.source === 'He')?.content).toBe('“the lines were shorter than anyone had feared.”');
    expect(out.find((a) => a.source === 'Mayor Dale Ruiz')?.content).toBe('the vote will be counted by 9 p.m.');
  });
});

describe('a no-break space after a sentence’s period', () => {
  it('is a sentence boundary like a plain space', () => {
    expect(sentences('The checks were done.\u00a0A friend said he was kind.')).toEqual(['The checks were done.', 'A friend said he was kind.']);
  });

  it('so a cue in the next sentence is read on its own', () => {
    const out = read('He had passed every check, the airline added.\u00a0A friend called him “the kindest man I ever met.”');
    expect(out.find((a) => a.cue === 'called')?.source).toBe('A friend');
  });
});

describe('two sentences run together with no space', () => {
  it('split at the mark between a lower-case word and a capitalised one', () => {
    expect(sentences('The votes were counted.The outcome showed a tie.')).toEqual(['The votes were counted.', 'The outcome showed a tie.']);
    expect(sentences('“We will win,” she said.Ruiz left early.')).toHaveLength(2);
  });

  it('but not after an abbreviation, a single letter or inside a name', () => {
    expect(sentences('Sen.Ann Lee spoke in the U.S.Senate about e.g.Medicare.')).toHaveLength(1);
    expect(sentences('She wrote on Politico.com about it.')).toHaveLength(1);
  });
});
