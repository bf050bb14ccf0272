// German: the round-6 invented articles (tests/locales/de/articles-6.cases.ts), each quotation's speaker.
import { describe, expect, test } from 'vitest';
import { failures } from '../article-cases.ts';
import { read, said } from '../read.ts';
import { BATCH6, BATCH6B } from './articles-6.cases.ts';

/** Articles whose reading still gives a wrong speaker (a test that fails until it is fixed, then must be moved back):
 * "Der ZSC-Trainer kritisierte … «…», schimpfte der Kanadier" is read as someone new, not the coach named before. */
const KNOWN_WRONG = new Set(['ice hockey play-off with both coaches (Swiss sports desk)']);

describe('German articles (6)', () => {
  for (const c of [...BATCH6, ...BATCH6B]) {
    if (KNOWN_WRONG.has(c.title)) test.fails(c.title, () => expect(failures(c, 'de')).toEqual([]));
    else test(c.title, () => expect(failures(c, 'de')).toEqual([]));
  }
});

describe('German: who is new in a sentence (round 6)', () => {
  test('a description of the other gender opening the sentence before is someone new, not the man quoted before', () => {
    const { items } = read('„Wir haben keine Alternative“, sagte Bürgermeister Hans Müller.\n\nDie Oppositionsführerin widersprach. „Das ist ein Fehler, den wir teuer bezahlen werden.“', 'de');
    expect(said(items, 'keine Alternative')?.speaker).toBe('Hans Müller');
    expect(said(items, 'teuer bezahlen')?.speaker).not.toBe('Hans Müller');
  });
  test('"sie" passes over a man described in between: the prosecutor, not the accused', () => {
    const { items } = read('Staatsanwältin Katharina Pichler sieht das anders. Der Angeklagte habe „ein System der Gefälligkeiten“ aufgebaut, sagte sie.', 'de');
    expect(said(items, 'System der Gefälligkeiten')?.speaker).toBe('Katharina Pichler');
  });
  test('a name in apposition after the role that opens the sentence is its subject, not the object after the verb', () => {
    const { items } = read('Die Polizei nahm den Mann fest.\n\nDer Anwalt des Mannes, Peter Groß, kündigte Beschwerde an. „Das ist völlig überzogen.“', 'de');
    expect(said(items, 'völlig überzogen')?.speaker).toBe('Peter Groß');
    expect(items.some((i) => i.speaker === 'Beschwerde')).toBe(false);
  });
  test('"der ZSC-Trainer" is not the one named "SCB-Trainer"', () => {
    const { items } = read('SCB-Trainer Jussi Tapola lobte die Defensive. Sein Gegenüber Marc Crawford war unzufrieden.\n\n„Zwei dieser Strafen waren ein Witz“, sagte der ZSC-Trainer.', 'de');
    expect(said(items, 'ein Witz')?.speaker).not.toBe('Jussi Tapola');
  });
  test('a verb after "und" shares the subject of the sentence\'s first: „…“ after "kam auf die Bühne und sagte:"', () => {
    const { items } = read('Die Ministerin Anna Berg kam auf die Bühne und sagte: „Wir werden das schaffen, daran habe ich keinen Zweifel.“', 'de');
    expect(said(items, 'keinen Zweifel')?.speaker).toBe('Anna Berg');
  });
});
