// French, round 6: the kinds of the round's rules, each on a short invented passage, with its refusal.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

const speakerOf = (text: string, needle: string) => {
  const it = said(read(text, 'fr').items, needle);
  return it ? it.speaker ?? null : 'NOT FOUND';
};

describe('French, round 6 rules', () => {
  test('« … », peut-on y lire: the statement the sentence before names, its issuer; a body between two quotations stops the first speaker', () => {
    const text = [
      'Le ministère de la Santé a diffusé un communiqué dimanche. « Aucun cas n\'a été signalé dans la région », précise le ministère.',
      'La direction de l\'hôpital a publié une note interne. « Les congés sont suspendus jusqu\'à nouvel ordre », peut-on y lire.',
      'La direction de la clinique a publié une note à son tour. « Nos équipes sont mobilisées. »',
    ].join('\n\n');
    expect(speakerOf(text, 'Les congés sont suspendus')).toBe('direction de l\'hôpital');
    // (the clinic's, by news convention; at least not the hospital's, quoted before)
    expect(speakerOf(text, 'Nos équipes sont mobilisées')).not.toBe('direction de l\'hôpital');
  });

  test('one or two words in small letters after a close verb of saying are the speaker\'s; a capitalised one is a title', () => {
    const text = 'La maire, Anne Le Strat, dénonce une décision « brutale ». Elle a lu « Germinal » au conseil municipal, et le projet, baptisé « horizon », avance.';
    expect(speakerOf(text, 'brutale')).toBe('Anne Le Strat');
    expect(speakerOf(text, 'Germinal')).toBe('NOT FOUND');
    expect(speakerOf(text, 'horizon')).toBe('NOT FOUND');
  });

  test('a question ends its sentence: the subject after it is no tag of the quotation', () => {
    const text = 'Sa présidente de groupe, Sophie Daniélou, a interpellé Loïc Tanguy en séance : « Où s\'arrêtera-t-on ? » Le président lui a répondu que « rien n\'est figé » pour la suite.';
    expect(speakerOf(text, 'Où s\'arrêtera-t-on')).toBe('Sophie Daniélou');
  });

  test('a name after a weekday is someone named (le prévenu takes him up), not a place', () => {
    const text = [
      'Le Tribunal de police a condamné jeudi Marc Vuilleumier, 58 ans, à trois ans de prison avec sursis.',
      'À l\'audience, le prévenu a reconnu les faits. « J\'ai cru que je pourrais tout rembourser », a-t-il déclaré au président du tribunal.',
    ].join('\n\n');
    expect(speakerOf(text, 'tout rembourser')).toBe('Marc Vuilleumier');
  });
});
