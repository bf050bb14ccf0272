// French: invented sentences, read with the French pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('French', () => {
  test('« … », a déclaré le président de la République: the officeholder of the day', () => {
    const { items } = read('« Nous devons agir maintenant pour protéger les côtes », a déclaré le président de la République lors d’une visite à Brest.', 'fr');
    const q = said(items, 'Nous devons agir');
    expect(q?.speaker).toBe('Emmanuel Macron');
    expect(q?.source).toBe('le président de la République');
  });

  test('écrit-il: the inverted pronoun is the person spoken of just before', () => {
    const { items } = read('La juge Claire Martin estime que l’enquête est suffisante. « Je ne connaissais pas ces faits », écrit-elle.', 'fr');
    expect(said(items, 'Je ne connaissais pas')?.speaker).toBe('Claire Martin');
  });

  test('a name set off by commas before its verb, and a colon quote', () => {
    const { items } = read('Le ministre des Transports, Paul Girard, a estimé que le chantier prendrait deux ans. Paul Girard a ajouté : « Nous ne lâcherons rien. »', 'fr');
    expect(said(items, 'le chantier prendrait deux ans')?.speaker).toBe('Paul Girard');
    expect(said(items, 'Nous ne lâcherons rien')?.speaker).toBe('Paul Girard');
  });

  test('selon X and d’après X; des sources are vague', () => {
    const { items } = read('Selon le ministère de la Santé, trois patients sont encore hospitalisés. La situation reste tendue dans le port, selon des sources proches du dossier.', 'fr');
    expect(said(items, 'trois patients sont encore hospitalisés')?.source).toBe('le ministère de la Santé');
    const v = said(items, 'La situation reste tendue');
    expect(v?.vague).toBe(true);
  });

  test('selon for a manner is no attribution', () => {
    const { items } = read('Les salaires sont calculés selon une grille fixée chaque année par la direction.', 'fr');
    expect(items.filter((i) => i.rule === 'according-to')).toEqual([]);
  });

  test('past the hearer: « … », a déclaré à l’AFP le ministre X', () => {
    const { items } = read('« Les travaux commenceront en juin », a déclaré à l’AFP le ministre des Transports, Paul Girard.', 'fr');
    expect(said(items, 'Les travaux commenceront')?.speaker).toBe('Paul Girard');
  });

  test('comme l’a souligné X, … and a sentence-opening "Pour X," with a name', () => {
    const { items } = read('Comme l’a souligné le ministre Paul Girard, la dette reste élevée cette année. Pour Paul Girard, la croissance sera faible. Pour réussir, il faut du temps et beaucoup de patience.', 'fr');
    expect(said(items, 'la dette reste élevée')?.speaker).toBe('Paul Girard');
    expect(said(items, 'la croissance sera faible')?.speaker).toBe('Paul Girard');
    expect(said(items, 'il faut du temps')).toBeUndefined();
  });

  test('reflexive verbs of feeling, « … », selon X as a tag, and a name before a relative clause', () => {
    const text = '« La situation devient intenable pour les familles », s’inquiète Marie Dubois, présidente de l’association. « Nous n’avons plus de place », selon le directeur de l’école, Paul Girard. Claire Martin, qui dirige le centre depuis dix ans, a déclaré que « rien ne changera avant l’été ».';
    const { items } = read(text, 'fr');
    expect(said(items, 'La situation devient intenable')?.speaker).toBe('Marie Dubois');
    expect(said(items, 'Nous n’avons plus de place')?.speaker).toBe('Paul Girard');
    expect(said(items, 'rien ne changera')?.speaker).toBe('Claire Martin');
  });

  test('a-t-il déclaré: the pronoun on the auxiliary; le responsable takes up the minister; un haut fonctionnaire does not', () => {
    const text = 'Le commissaire aux Affaires économiques, Paolo Gentiloni, a présenté les chiffres jeudi.\n\n« L’économie européenne fait face à des vents contraires », a-t-il déclaré lors d’une conférence de presse.\n\nLe ministre allemand des Finances, Olaf Scholz, s’est montré plus optimiste. « Nous avons les moyens de réagir », a affirmé le responsable social-démocrate. « Il n’y a pas de risque de récession immédiate », assure un haut fonctionnaire européen.';
    const { items } = read(text, 'fr', '2019-11-07');
    expect(said(items, 'vents contraires')?.speaker).toBe('Paolo Gentiloni');
    expect(said(items, 'les moyens de réagir')?.speaker).toBe('Olaf Scholz');
    expect(said(items, 'pas de risque de récession')?.speaker).not.toBe('Olaf Scholz');
  });

  test('a-t-elle after a man is quoted gives no speaker', () => {
    const text = 'Le ministre Paul Girard a présenté le budget. « Les comptes sont tenus », a-t-elle déclaré.';
    const { items } = read(text, 'fr');
    expect(said(items, 'Les comptes sont tenus')?.speaker ?? null).toBe(null);
  });

  test('institution words make an organisation: selon l’Institut national …, a déclaré le ministère de l’Intérieur', () => {
    const { items, entities } = read('Selon l’Institut national de la statistique, le chômage a baissé au premier trimestre. « Nous avons reçu les résultats hier », a déclaré le ministère de l’Intérieur dans un communiqué.', 'fr');
    const a = said(items, 'le chômage a baissé');
    expect(a?.source).toBe('l’Institut national de la statistique');
    expect(entities.find((e) => e.name === a?.speaker)?.type).toBe('organization');
    const b = said(items, 'reçu les résultats');
    expect(b?.source).toBe('le ministère de l’Intérieur');
    expect(entities.find((e) => e.name === b?.speaker)?.type).toBe('organization');
  });

  test('a named subject before a colon with no verb of saying: « Le syndicaliste Luc Bernard a été clair : … »; not when another person is named in the clause', () => {
    const { items } = read('Le syndicaliste Luc Bernard a été clair : « Nous ne céderons pas sur les salaires. » Paul Girard a rencontré Marie Dubois hier soir : « Rien ne bouge. »', 'fr');
    expect(said(items, 'Nous ne céderons pas')?.speaker).toBe('Luc Bernard');
    expect(said(items, 'Rien ne bouge')?.speaker ?? null).toBe(null);
  });

  test('a-t-il indiqué à l’AFP after a prefect is named: the pronoun is the prefect', () => {
    const { items } = read('Le préfet Marc Leroy était sur place. « Le chantier sera terminé en juin », a-t-il indiqué à l’AFP.', 'fr');
    expect(said(items, 'Le chantier sera terminé')?.speaker).toBe('Marc Leroy');
  });

  test('selon un communiqué du ministère de la Santé: the ministry speaks', () => {
    const { items, entities } = read('Selon un communiqué du ministère de la Santé, trois patients sont encore hospitalisés.', 'fr');
    const q = said(items, 'trois patients');
    expect(q?.source).toBe('ministère de la Santé');
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });

  test('the tag set inside the quotation: « A, poursuit l’élu. B » takes up the mayor', () => {
    const { items } = read('Le maire Jean Petit a visité la zone. « Nous allons tout reconstruire, poursuit l’élu. Personne ne sera oublié. »', 'fr');
    expect(said(items, 'tout reconstruire')?.speaker).toBe('Jean Petit');
  });

  test('le président du club, le Premier ministre québécois, l’ancien président: no officeholder of France', () => {
    const { entities } = read('« Nous allons recruter », a déclaré le président du club. « Le budget est prêt », a déclaré le Premier ministre québécois. « Je ne regrette rien », a déclaré l’ancien président.', 'fr', '2023-03-20');
    const names = entities.map((e) => e.name);
    expect(names).not.toContain('Emmanuel Macron');
    expect(names).not.toContain('Élisabeth Borne');
  });

  test('a description of someone unnamed opens the sentence: a later « elle » is not the woman quoted before', () => {
    const text = 'Pour l’économiste Sophie Lambert, le montant est insuffisant. « Il faudrait au moins le double », explique-t-elle.\n\nInterrogée par l’AFP, une source proche du dossier assure que le gouvernement pourrait revoir sa copie. « Rien n’est encore figé », confie-t-elle.';
    const { items } = read(text, 'fr');
    expect(said(items, 'au moins le double')?.speaker).toBe('Sophie Lambert');
    expect(said(items, 'Rien n’est encore figé')?.speaker ?? null).not.toBe('Sophie Lambert');
  });

  test('a quotation whose own sentence names another person after it does not go on with the one quoted before', () => {
    const text = 'Claire Fontaine a répondu aux critiques mercredi : « Ce plan est un début, pas une fin. »\n\n« C’est une bonne nouvelle pour les exploitants », a salué avec prudence Marc Duval, président de la fédération locale.';
    const { items } = read(text, 'fr');
    expect(said(items, 'une bonne nouvelle')?.speaker ?? null).not.toBe('Claire Fontaine');
  });

  test('selon nos informations is the outlet’s own reporting: no source', () => {
    const { items } = read('Selon nos informations, le ministre va démissionner dans les prochains jours.', 'fr');
    expect(said(items, 'le ministre va démissionner')?.source ?? null).toBe(null);
  });
});
