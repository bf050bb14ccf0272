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

  test('gestures and moods around a tag: an apposition before a colon, a mood set off by commas, puis reprend, enrage', () => {
    const text = [
      'Le syndicaliste Karim Haddad, délégué CGT de l\'usine, lève les yeux au ciel : « On nous prend pour des imbéciles. »',
      '« C\'est un désastre », lâche, amer, le syndicaliste.',
      'La maire, Sylvie Laurent, a visité le site. « Nous avions tout prévu », enrage Sylvie Laurent.',
      'Sylvie Laurent marque une pause, puis reprend : « Il faudra reconstruire. »',
    ].join('\n\n');
    expect(speakerOf(text, 'des imbéciles')).toBe('Karim Haddad');
    expect(speakerOf(text, 'un désastre')).toBe('Karim Haddad');
    expect(speakerOf(text, 'tout prévu')).toBe('Sylvie Laurent');
    expect(speakerOf(text, 'Il faudra reconstruire')).toBe('Sylvie Laurent');
  });

  test('a hearer after the description (a lancé le préfet au maire) is no part of the speaker; l\'adjoint au maire is one role', () => {
    const text = [
      'Le maire de Brest, Paul Girard, a reçu le préfet. « Nous serons prêts », a lancé le préfet au maire de Brest.',
      'L\'adjoint au maire, Yves Le Bihan, était présent. « Le calendrier sera tenu », a assuré l\'adjoint au maire.',
      'Son frère, Julien, ne comprend pas. « Il n\'avait aucun ennemi », insiste-t-il.',
    ].join('\n\n');
    expect(speakerOf(text, 'Nous serons prêts')).not.toBe('Paul Girard');
    expect(speakerOf(text, 'Le calendrier sera tenu')).toBe('Yves Le Bihan');
    expect(speakerOf(text, 'aucun ennemi')).toBe('Julien');
  });

  test('a name in apposition after the verb is the object\'s, not the subject\'s (Le juge a interrogé le témoin, X.)', () => {
    const text = 'Le juge a interrogé le témoin, Marc Lefèvre. « Étiez-vous sur place ce soir-là ? » « Oui, je suis arrivé vers 22 heures », a répondu le témoin.';
    expect(speakerOf(text, 'Étiez-vous sur place')).not.toBe('Marc Lefèvre');
    expect(speakerOf(text, 'je suis arrivé vers 22 heures')).toBe('Marc Lefèvre');
  });

  test('a subject right before words that go on its sentence (la mairie « condamne … »); elle after a body is not the woman quoted before', () => {
    const text = [
      'Dans un communiqué, la mairie de Marseille « condamne fermement ces violences ».',
      'Interrogée par Le Monde, l\'économiste Esther Duflo juge la mesure « mal calibrée ». « Elle touche d\'abord les plus modestes », estime-t-elle.',
      'La fédération a publié un communiqué lundi. Elle y dénonce « une décision arbitraire et injuste ».',
      'Le texte prévoit que la loi « entre en vigueur dès janvier ».',
    ].join('\n\n');
    expect(speakerOf(text, 'condamne fermement')).toBe('mairie de Marseille');
    expect(speakerOf(text, 'une décision arbitraire')).not.toBe('Esther Duflo');
    expect(speakerOf(text, 'entre en vigueur')).not.toBe('loi');
  });

  test('a quotation alone does not go on past a sentence about someone described anew (Le principal adjoint …)', () => {
    const text = [
      'Pour Karima Ait, mère de deux élèves, la situation est intenable.',
      '« Mes enfants ont peur d\'aller en classe. »',
      'Le principal adjoint a préféré ne pas s\'exprimer. « Je n\'ai pas le droit de parler à la presse. »',
    ].join('\n\n');
    expect(speakerOf(text, 'Mes enfants ont peur')).toBe('Karima Ait');
    expect(speakerOf(text, 'parler à la presse')).not.toBe('Karima Ait');
  });
});
