// French: invented agency-style articles (France, Belgium, Switzerland, Quebec, francophone Africa),
// several paragraphs each, read with the French pack. Each asserts the speaker of every quotation
// and, where the article sets a trap (two people, a hearer, a body, a vague source), that no wrong
// speaker is given.
import { describe, expect, test } from 'vitest';
import { read, said, type Read } from '../read.ts';

/** The speaker of the item that contains `needle` (null when found without one; undefined when not found). */
function speakerOf(items: Read[], needle: string): string | null | undefined {
  const q = said(items, needle);
  return q ? q.speaker : undefined;
}

describe('French articles', () => {
  test('an interior minister on a visit: M. X, a-t-il ajouté, a mayor before a colon, elle', () => {
    const text = [
      'Le ministre de l’Intérieur, Gérald Marchand, a annoncé mardi l’envoi de 500 gendarmes dans les départements touchés par les inondations.',
      '« Nous ne laisserons personne seul face à cette catastrophe », a déclaré M. Marchand lors d’un déplacement à Nîmes.',
      '« Les secours sont mobilisés jour et nuit. Chaque commune recevra une aide d’urgence », a-t-il ajouté.',
      'Le ministre a également promis une enveloppe de 30 millions d’euros.',
      'Sur place, la maire de la commune, Françoise Berthier, s’est montrée plus prudente : « Nous attendons de voir les premiers versements. »',
      '« Les habitants ont tout perdu », a-t-elle insisté.',
      'Selon Météo-France, de nouvelles pluies sont attendues jeudi sur le Gard.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'Nous ne laisserons personne')).toBe('Gérald Marchand');
    expect(speakerOf(items, 'Les secours sont mobilisés')).toBe('Gérald Marchand');
    expect(speakerOf(items, 'Nous attendons de voir')).toBe('Françoise Berthier');
    expect(speakerOf(items, 'Les habitants ont tout perdu')).toBe('Françoise Berthier');
    expect(said(items, 'de nouvelles pluies')?.source).toBe('Météo-France');
  });

  test('a union leader to the AFP, her words going on in the next paragraph; a manager named after his role', () => {
    const text = [
      '« C’est une victoire pour tous les salariés », a déclaré à l’AFP Sylvie Roux, secrétaire générale de la CGT de l’usine.',
      '« Pendant deux ans, nous avons tenu bon. Personne ne croyait à la reprise du site. »',
      'La direction du groupe se dit pour sa part « satisfaite de l’accord trouvé avec les représentants ».',
      '« Nous avons fait des concessions importantes », a reconnu le directeur des ressources humaines, Thomas Lefort, joint par téléphone.',
      'D’après le cabinet Syndex, l’accord pourrait sauver 240 emplois sur le site.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'une victoire pour tous')).toBe('Sylvie Roux');
    expect(speakerOf(items, 'Pendant deux ans')).toBe('Sylvie Roux');
    expect(speakerOf(items, 'satisfaite de l’accord')).not.toBe('Sylvie Roux');
    expect(speakerOf(items, 'des concessions importantes')).toBe('Thomas Lefort');
    expect(said(items, 'pourrait sauver 240 emplois')?.source).toBe('le cabinet Syndex');
  });

  test('a Belgian prime minister: Il a déclaré : « … », selon lui, a member of parliament, then le chef du gouvernement', () => {
    const text = [
      'Le Premier ministre belge, Pieter Claes, a défendu lundi sa réforme des pensions devant la Chambre. Il a déclaré : « Cette réforme est juste et nécessaire. »',
      'Selon lui, le texte permettra d’économiser deux milliards d’euros d’ici 2030.',
      '« Le gouvernement s’attaque aux plus faibles », a lancé le député socialiste Luc Dumont.',
      'Le chef du gouvernement a balayé les critiques. « Nous avons consulté les syndicats pendant des mois », a-t-il répondu.',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2023-05-15');
    expect(speakerOf(items, 'Cette réforme est juste')).toBe('Pieter Claes');
    expect(speakerOf(items, 'permettra d’économiser')).toBe('Pieter Claes');
    expect(speakerOf(items, 's’attaque aux plus faibles')).toBe('Luc Dumont');
    expect(speakerOf(items, 'consulté les syndicats')).not.toBe('Luc Dumont');
  });

  test('a Quebec mayor and a minister: la mairesse, estime-t-elle, a descriptive noun with a nationality adjective', () => {
    const text = [
      'La mairesse de Trois-Rivières, Nathalie Gagnon, réclame davantage de fonds à Québec pour le transport collectif.',
      '« On ne peut pas demander aux villes de tout payer seules », estime-t-elle.',
      'Le ministre des Transports, Michel Tremblay, a répondu jeudi que le budget était déjà fixé. « Les sommes sont là, il faut maintenant les dépenser correctement », a-t-il affirmé en point de presse.',
      '« Nous attendons toujours une réponse claire », a réagi la mairesse, qui rencontrera le ministre la semaine prochaine.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'tout payer seules')).toBe('Nathalie Gagnon');
    expect(speakerOf(items, 'Les sommes sont là')).toBe('Michel Tremblay');
    expect(speakerOf(items, 'une réponse claire')).toBe('Nathalie Gagnon');
  });

  test('francophone Africa: a government spokesman after a comma, a local official under anonymity, a security source', () => {
    const text = [
      'Au moins douze civils ont été tués dimanche dans l’attaque d’un village du centre du pays, a annoncé le porte-parole du gouvernement, Moussa Diarra.',
      '« Les assaillants sont arrivés à moto et ont ouvert le feu sur les habitants », a-t-il précisé dans un communiqué lu à la télévision nationale.',
      '« Nous avons enterré les corps ce matin. Les gens ont peur de rester », a confié à l’AFP un élu local sous couvert d’anonymat.',
      'Selon une source sécuritaire, les assaillants appartiennent à un groupe armé actif dans la région depuis 2015.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'Les assaillants sont arrivés')).toBe('Moussa Diarra');
    expect(speakerOf(items, 'enterré les corps')).not.toBe('Moussa Diarra');
    const v = said(items, 'appartiennent à un groupe armé');
    expect(v?.vague).toBe(true);
    expect(v?.speaker).not.toBe('Moussa Diarra');
  });

  test('a trial: Me X for the family, l’avocate, a-t-elle poursuivi; the prosecutor, then the accused', () => {
    const text = [
      'Le procès de l’ancien directeur de la clinique s’est ouvert lundi devant le tribunal correctionnel de Lyon.',
      '« Ma cliente attend des réponses depuis six ans », a déclaré à la presse Me Claire Duval, l’avocate de la famille.',
      '« Ce procès doit établir toutes les responsabilités », a-t-elle poursuivi.',
      'Le procureur, Antoine Besson, a requis trois ans de prison avec sursis. « Les alertes étaient connues de tous », a-t-il souligné à l’audience.',
      'Le prévenu, lui, conteste toute faute. « J’ai toujours agi dans l’intérêt des patients », a assuré le sexagénaire à la barre.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'Ma cliente attend')).toBe('Claire Duval');
    expect(speakerOf(items, 'toutes les responsabilités')).toBe('Claire Duval');
    expect(speakerOf(items, 'Les alertes étaient connues')).toBe('Antoine Besson');
    expect(speakerOf(items, 'dans l’intérêt des patients')).not.toBe('Antoine Besson');
  });

  test('a Swiss federal councillor: a fait valoir, the quote inside the tag, the next paragraph goes on', () => {
    const text = [
      'La conseillère fédérale Karin Keller a présenté mercredi à Berne le plan du gouvernement contre la pénurie d’électricité.',
      '« Il n’y a pas lieu de paniquer, a-t-elle assuré devant la presse. Mais chacun doit faire un effort cet hiver. »',
      '« Les entreprises seront sollicitées en premier. »',
      'Les cantons jugent le calendrier trop serré, a fait valoir leur président, Bernard Roulin, qui parle d’un « plan écrit à la hâte et sans concertation ».',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'pas lieu de paniquer')).toBe('Karin Keller');
    expect(speakerOf(items, 'Les entreprises seront sollicitées')).toBe('Karin Keller');
    expect(speakerOf(items, 'plan écrit à la hâte')).not.toBe('Karin Keller');
  });

  test('a chancellor without a country is not Germany’s: le chancelier autrichien, then le chancelier', () => {
    const text = [
      'Lundi, Markus Hofer, le chancelier autrichien, a mis en garde ses partenaires dans un entretien à un quotidien italien.',
      'Des règles plus strictes « éviteront de nouvelles crises de la dette », a fait valoir le chancelier.',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr', '2019-05-07');
    expect(speakerOf(items, 'éviteront de nouvelles crises')).toBe('Markus Hofer');
    expect(entities.map((e) => e.name)).not.toContain('Angela Merkel');
  });

  test('a subhead that quotes a later quotation takes its speaker, and does not go on with the one before', () => {
    const text = [
      '« Nous sommes prêts à discuter », a déclaré le ministre des Finances, Paul Girard.',
      '« Une réforme nécessaire pour les retraites »',
      'Les syndicats restent opposés au projet.',
      '« C’est une réforme nécessaire pour les retraites et pour les jeunes », a estimé la députée Anne Moreau.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'Nous sommes prêts')).toBe('Paul Girard');
    const head = items.find((i) => i.content === '« Une réforme nécessaire pour les retraites »');
    expect(head?.speaker ?? null).not.toBe('Paul Girard');
    expect(head?.speaker).toBe('Anne Moreau');
  });

  test('a subject before the first quotation of its sentence: « … », a-t-elle estimé; « … », indique-t-on à l’Élysée is no one’s', () => {
    const text = [
      'Depuis Genève, Christine Morel, directrice générale de l’organisation, a elle aussi jugé « indispensable » mardi que les tensions commerciales s’apaisent : « Elles représentent une menace pour l’économie mondiale », a-t-elle estimé.',
      '« Nous suivons la situation de très près », indique-t-on à l’Élysée.',
      '« Rien n’est décidé à ce stade », a-t-on appris de source diplomatique.',
      '« On ne lâchera rien », a lancé le chef de l’Etat lors d’un déplacement à Marseille.',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2023-03-20');
    expect(speakerOf(items, 'Elles représentent une menace')).toBe('Christine Morel');
    expect(speakerOf(items, 'Nous suivons la situation')).not.toBe('Christine Morel');
    expect(said(items, 'Nous suivons la situation')?.source).toBe('l’Élysée');
    expect(speakerOf(items, 'Rien n’est décidé')).not.toBe('Christine Morel');
    expect(said(items, 'Rien n’est décidé')?.vague).toBe(true);
    expect(speakerOf(items, 'On ne lâchera rien')).toBe('Emmanuel Macron');
  });

  test('a role with a name in apposition after « Pour », an age set off by commas, a colon after a long clause', () => {
    const text = [
      'Pour le président ivoirien, Kouassi Yao, « la paix est un combat de tous les jours ».',
      'Le maire de la ville, Jacques Perrin, 64 ans, a déclaré : « Nous reconstruirons l’école avant la rentrée. »',
      'Lundi, Markus Hofer, le chancelier autrichien, n’a pas hésité à critiquer la politique budgétaire de Rome, dans un entretien à la Stampa : « L’Italie risque de menacer toute la zone euro. »',
      'Paul Girard a longuement cité le général Jean Moulin devant les élèves : « La liberté se mérite chaque jour. »',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2019-05-07');
    expect(speakerOf(items, 'la paix est un combat')).toBe('Kouassi Yao');
    expect(speakerOf(items, 'Nous reconstruirons l’école')).toBe('Jacques Perrin');
    expect(speakerOf(items, 'menacer toute la zone euro')).toBe('Markus Hofer');
    expect(speakerOf(items, 'La liberté se mérite')).not.toBe('Paul Girard');
  });

  test('a second quotation with its own elle, a tag with de son côté, selon elle as a tag', () => {
    const text = [
      '« Nous n’avons reçu aucune consigne », affirme de son côté Hélène Vidal, directrice de l’école. Elle ajoute : « Les parents sont très inquiets. »',
      '« Ce n’est pas acceptable », selon elle.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'aucune consigne')).toBe('Hélène Vidal');
    expect(speakerOf(items, 'Les parents sont très inquiets')).toBe('Hélène Vidal');
    expect(speakerOf(items, 'Ce n’est pas acceptable')).toBe('Hélène Vidal');
  });

  test('a role far before the comma of its name (le juge en chef de la Cour supérieure, X,) is taken up later by le juge en chef', () => {
    const text = [
      'C’est le juge en chef de la Cour supérieure du district, Robert Lavoie, qui tranchera le dossier.',
      'Le juge en chef avait déclaré au quotidien local que « le tribunal ne pouvait pas accepter de telles pressions ».',
      'L’avocat de la défense, Martin Caron, a dénoncé une « décision précipitée et injuste ».',
      '« Nous ferons appel dès lundi », a assuré l’avocat.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'le tribunal ne pouvait pas')).toBe('Robert Lavoie');
    expect(speakerOf(items, 'Nous ferons appel')).toBe('Martin Caron');
  });

  test('a strike: Et d’ajouter, a plural tag, an adverb before the participle, an indefinite spokesman is not the one named', () => {
    const text = [
      '« Nous ne savons pas encore combien de temps durera la grève », a expliqué à l’AFP Jean-Marc Lebrun, porte-parole de l’intersyndicale. Et d’ajouter : « Les salariés sont déterminés. »',
      '« La direction n’a fait aucune proposition sérieuse », ont déclaré les représentants du personnel dans un communiqué commun.',
      'Le PDG du groupe, Arnaud Fabre, a affirmé au Figaro que « le dialogue reste ouvert ». Il a toutefois prévenu : « Nous ne céderons pas au chantage. »',
      '« Le site n’est pas menacé », a indiqué à l’AFP le parquet de Nanterre.',
      '« Il faut que ça s’arrête », confie un proche du dossier.',
      'Selon un porte-parole de la préfecture, aucun incident n’a été signalé dans la nuit.',
      'Le porte-parole de la mairie a pour sa part estimé que « la situation reste sous contrôle ».',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr');
    expect(speakerOf(items, 'combien de temps durera')).toBe('Jean-Marc Lebrun');
    expect(speakerOf(items, 'Les salariés sont déterminés')).toBe('Jean-Marc Lebrun');
    expect(speakerOf(items, 'aucune proposition sérieuse')).toBe(null);
    expect(speakerOf(items, 'le dialogue reste ouvert')).toBe('Arnaud Fabre');
    expect(speakerOf(items, 'céderons pas au chantage')).toBe('Arnaud Fabre');
    const parquet = said(items, 'Le site n’est pas menacé');
    expect(entities.find((e) => e.name === parquet?.speaker)?.type).toBe('organization');
    expect(said(items, 'Il faut que ça s’arrête')?.vague).toBe(true);
    expect(speakerOf(items, 'aucun incident')).not.toBe('Jean-Marc Lebrun');
    expect(speakerOf(items, 'reste sous contrôle')).not.toBe('Jean-Marc Lebrun');
  });

  test('a prosecutor named after her title: a-t-elle ajouté, avant de conclure; République de Lyon is no person', () => {
    const text = [
      '« Nous avons ouvert une enquête pour homicide involontaire », a déclaré le procureur de la République de Lyon, Nicole Berthet, lors d’une conférence de presse.',
      '« Les premiers éléments montrent une défaillance du système de freinage », a-t-elle ajouté, avant de conclure : « Il est trop tôt pour parler de responsabilités. »',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr');
    expect(speakerOf(items, 'ouvert une enquête')).toBe('Nicole Berthet');
    expect(speakerOf(items, 'défaillance du système')).toBe('Nicole Berthet');
    expect(speakerOf(items, 'trop tôt pour parler')).toBe('Nicole Berthet');
    expect(entities.map((e) => e.name)).not.toContain('République de Lyon');
  });

  test('tags past a medium and a time (sur France Inter, jeudi soir), s’est félicité, Mme X, le président Macron, a group of experts', () => {
    const text = [
      '« La France doit prendre sa part de l’effort », a déclaré mardi sur France Inter le ministre de l’Économie, Bruno Lemoine.',
      '« Nous avons gagné cette bataille », s’est félicité jeudi soir le président du club, Louis Garnier.',
      '« Je ne me représenterai pas », a annoncé Mme Duchêne, la voix tremblante, devant ses partisans.',
      'Le président Macron a estimé lundi que « l’Europe doit se réveiller ».',
      '« Les prix vont continuer d’augmenter », estiment les experts interrogés par l’AFP.',
      '« Le gouvernement a menti aux Français », a ironisé le patron des Républicains, Éric Caillaud, cité par l’agence Belga.',
      '“Nous ne voulons pas d’une guerre commerciale”, a affirmé le conseiller fédéral Guy Parmelin à Berne.',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2023-03-20');
    expect(speakerOf(items, 'prendre sa part')).toBe('Bruno Lemoine');
    expect(speakerOf(items, 'gagné cette bataille')).toBe('Louis Garnier');
    expect(speakerOf(items, 'représenterai pas')).toBe('Duchêne');
    expect(speakerOf(items, 'l’Europe doit se réveiller')).toBe('Emmanuel Macron');
    expect(said(items, 'continuer d’augmenter')?.vague).toBe(true);
    expect(speakerOf(items, 'menti aux Français')).toBe('Éric Caillaud');
    expect(speakerOf(items, 'guerre commerciale')).toBe('Guy Parmelin');
  });

  test('a quotation over two paragraphs (« on each, » at the end) has the tag after its last; a quote alone goes on with the one quoted', () => {
    const text = [
      'Le ministre de la Santé, François Braun, a présenté mercredi son plan pour l’hôpital.',
      '« Nous allons recruter 10 000 soignants d’ici la fin de l’année. Personne ne sera laissé de côté.',
      '« Les urgences seront la priorité absolue de ce quinquennat », a-t-il poursuivi.',
      'Les syndicats restent sceptiques. Pour Marie Leclerc, infirmière à Lille et déléguée syndicale, « ces annonces ne changent rien au quotidien des équipes ».',
      '« On manque de tout, de lits, de bras, de temps », résume-t-elle.',
      '« Le ministre ne connaît pas le terrain. »',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'recruter 10 000 soignants')).toBe('François Braun');
    expect(speakerOf(items, 'ces annonces ne changent rien')).toBe('Marie Leclerc');
    expect(speakerOf(items, 'On manque de tout')).toBe('Marie Leclerc');
    expect(speakerOf(items, 'ne connaît pas le terrain')).toBe('Marie Leclerc');
  });

  test('diplomacy: le chef de la diplomatie française, two leaders as one subject leave « il » unsure, a quotation of de Gaulle inside the minister’s', () => {
    const text = [
      'Le ministre des Affaires étrangères, Jean-Noël Barrot, a reçu mardi son homologue allemande, Annalena Weber, au Quai d’Orsay.',
      '« Nous partageons la même analyse de la situation », a déclaré le chef de la diplomatie française à l’issue de l’entretien.',
      'Annalena Weber a pour sa part insisté sur la nécessité de sanctions. « Il faut aller plus loin et plus vite », a-t-elle affirmé.',
      'Le Premier ministre hongrois, Viktor Orban, et le chancelier autrichien, Karl Nehammer, ont rencontré la veille les dirigeants slovaques. « Nous voulons la paix », a-t-il dit.',
      '« Comme l’a dit le général de Gaulle, la France ne peut être la France sans la grandeur », a rappelé M. Barrot.',
      'Selon lui, l’Union européenne doit rester unie.',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2024-03-05');
    expect(speakerOf(items, 'la même analyse')).toBe('Jean-Noël Barrot');
    expect(speakerOf(items, 'plus loin et plus vite')).toBe('Annalena Weber');
    expect(speakerOf(items, 'Nous voulons la paix')).toBe(null);
    expect(speakerOf(items, 'sans la grandeur')).toBe('Jean-Noël Barrot');
    expect(speakerOf(items, 'doit rester unie')).toBe('Jean-Noël Barrot');
  });

  test('according to: a newspaper, a note of the Cour des comptes, à en croire X, the figures of a ministry, a study of an institute', () => {
    const text = [
      'Selon le quotidien Le Monde, le gouvernement prépare un nouveau plan d’économies.',
      'Le déficit atteindrait 5,5 % du PIB cette année, selon une note de la Cour des comptes.',
      'À en croire le porte-parole du gouvernement, Prisca Thevenot, aucune hausse d’impôt n’est prévue.',
      'D’après les chiffres du ministère de l’Intérieur, les cambriolages ont baissé de 3 % en un an.',
      'Selon une étude de l’Inserm publiée jeudi, un adulte sur cinq dort moins de six heures par nuit.',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr', '2024-03-05');
    const org = (needle: string) => entities.find((e) => e.name === said(items, needle)?.speaker)?.type;
    expect(speakerOf(items, 'nouveau plan d’économies')).toBe('Le Monde');
    expect(speakerOf(items, 'Le déficit atteindrait')).toBe('Cour des comptes');
    expect(org('Le déficit atteindrait')).toBe('organization');
    expect(speakerOf(items, 'aucune hausse d’impôt')).toBe('Prisca Thevenot');
    expect(speakerOf(items, 'les cambriolages ont baissé')).toBe('ministère de l’Intérieur');
    expect(speakerOf(items, 'un adulte sur cinq')).toBe('Inserm');
  });

  test('a debate in tags of many verbs: a répliqué, accuse, reprend-il, concède-t-elle, a salué', () => {
    const text = [
      '« Ce budget est insincère », accuse le député Hugo Lefèvre.',
      '« Les chiffres sont publics et vérifiables », a répliqué la ministre des Comptes publics, Amélie Roche.',
      '« Nous avons tenu nos engagements. Mais l’effort doit continuer », concède-t-elle.',
      '« C’est un pas dans la bonne direction », a salué le président de la commission des Finances, Éric Vidal.',
      '« Il faudra aller plus loin », reprend-il.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'budget est insincère')).toBe('Hugo Lefèvre');
    expect(speakerOf(items, 'publics et vérifiables')).toBe('Amélie Roche');
    expect(speakerOf(items, 'tenu nos engagements')).toBe('Amélie Roche');
    expect(speakerOf(items, 'dans la bonne direction')).toBe('Éric Vidal');
    expect(speakerOf(items, 'aller plus loin')).toBe('Éric Vidal');
  });

  test('Montreal: an acronym and a city as bodies, an unnamed resident past « en entrevue à Radio-Canada », a Belgian mayor', () => {
    const text = [
      '« Aucun blessé n’est à déplorer », indique le SPVM dans un communiqué.',
      '« Les policiers sont intervenus rapidement », précise le porte-parole du SPVM, Jean-Pierre Brabant.',
      '« On a eu très peur », affirme en entrevue à Radio-Canada une résidente du quartier, qui a préféré taire son nom.',
      '« Nous allons revoir nos procédures », a fait savoir la Ville de Montréal.',
      '« Je n’ai pas l’intention de démissionner », a lancé le bourgmestre d’Anvers, Bart De Wever, lors du conseil communal.',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr');
    const type = (needle: string) => entities.find((e) => e.name === said(items, needle)?.speaker)?.type;
    expect(type('Aucun blessé')).toBe('organization');
    expect(speakerOf(items, 'intervenus rapidement')).toBe('Jean-Pierre Brabant');
    expect(speakerOf(items, 'On a eu très peur')).not.toBe('Jean-Pierre Brabant');
    expect(type('On a eu très peur')).toBe('anonymous');
    expect(type('revoir nos procédures')).toBe('organization');
    expect(speakerOf(items, 'intention de démissionner')).toBe('Bart De Wever');
  });

  test('an immigration bill: a minister, an opposition leader in « Pour », « La députée du Pas-de-Calais », a tag inside the quotation', () => {
    const text = [
      '« Ce texte est équilibré : il est ferme et humain », a déclaré le ministre de l’Intérieur, Gérald Darmanin, à l’issue du Conseil.',
      'Pour la présidente du groupe RN à l’Assemblée, Marine Le Pen, il s’agit d’une « régularisation massive qui ne dit pas son nom ».',
      'À gauche, le premier secrétaire du PS, Olivier Faure, a dénoncé « un texte qui stigmatise les étrangers ». « Nous déposerons des centaines d’amendements », a-t-il prévenu.',
      '« On va fabriquer des sans-papiers », estime Claire Rodier, juriste au Gisti.',
      'Le ministre a répondu aux critiques mercredi soir sur TF1 : « Je ne laisserai personne caricaturer ce projet. »',
      '« C’est un texte de compromis, a-t-il insisté. Il faudra du temps pour convaincre. »',
    ].join('\n\n');
    const { items } = read(text, 'fr', '2023-10-04');
    expect(speakerOf(items, 'ferme et humain')).toBe('Gérald Darmanin');
    expect(speakerOf(items, 'régularisation massive')).toBe('Marine Le Pen');
    expect(speakerOf(items, 'stigmatise les étrangers')).toBe('Olivier Faure');
    expect(speakerOf(items, 'centaines d’amendements')).toBe('Olivier Faure');
    expect(speakerOf(items, 'fabriquer des sans-papiers')).toBe('Claire Rodier');
    expect(speakerOf(items, 'caricaturer ce projet')).toBe('Gérald Darmanin');
    expect(speakerOf(items, 'texte de compromis')).toBe('Gérald Darmanin');
  });

  test('media with their article are bodies (écrit Le Figaro, le quotidien Le Parisien, l’agence Reuters); Le Pen is still Marine Le Pen', () => {
    const text = [
      '« Le gouvernement prépare un plan d’économies », écrit Le Figaro.',
      'Selon le quotidien Le Parisien, trois suspects ont été interpellés.',
      '« Les négociations sont rompues », a indiqué l’agence Reuters.',
      '« Nous gagnerons cette élection », a déclaré Marine Le Pen.',
      '« Nous irons jusqu’au bout », a ajouté Le Pen devant ses partisans.',
    ].join('\n\n');
    const { items, entities } = read(text, 'fr');
    const type = (needle: string) => entities.find((e) => e.name === said(items, needle)?.speaker)?.type;
    expect(speakerOf(items, 'plan d’économies')).toBe('Le Figaro');
    expect(type('plan d’économies')).toBe('organization');
    expect(speakerOf(items, 'trois suspects')).toBe('Le Parisien');
    expect(speakerOf(items, 'négociations sont rompues')).toBe('Reuters');
    expect(speakerOf(items, 'jusqu’au bout')).toBe('Marine Le Pen');
  });

  test('fragments after verbs that take them: a qualifié … de « … », a évoqué « … », a souhaité que « … »', () => {
    const text = [
      'Le ministre des Finances, Paul Girard, a qualifié la mesure de « mauvaise idée pour le pays ». Il a aussi évoqué « une situation très préoccupante ».',
      'La maire de Lille, Anne Moreau, a souhaité que « chacun prenne ses responsabilités ».',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'mauvaise idée pour le pays')).toBe('Paul Girard');
    expect(speakerOf(items, 'situation très préoccupante')).toBe('Paul Girard');
    expect(speakerOf(items, 'prenne ses responsabilités')).toBe('Anne Moreau');
  });

  test('ce dernier / cette dernière: the person named last (of that gender), not the sentence’s subject', () => {
    const text = [
      'Le juge a entendu mardi Paul Girard, ancien directeur de la clinique. « Je n’ai rien à me reprocher », a assuré ce dernier.',
      'La ministre Anne Moreau a reçu Luc Dumont. « Nous avons trouvé un accord », a déclaré cette dernière.',
      'Le commissaire Marc Leroy a interrogé le suspect. « Il a tout avoué », a précisé ce dernier.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'rien à me reprocher')).toBe('Paul Girard');
    expect(speakerOf(items, 'trouvé un accord')).toBe('Anne Moreau');
    expect(speakerOf(items, 'Il a tout avoué')).toBe(null);
  });

  test('a-t-il fait savoir, a fait remarquer X', () => {
    const text = [
      'Le préfet Marc Leroy était sur place. « Le chantier sera terminé en juin », a-t-il fait savoir.',
      '« Les délais sont tenus », a fait remarquer la directrice du chantier, Anne Moreau.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'terminé en juin')).toBe('Marc Leroy');
    expect(speakerOf(items, 'délais sont tenus')).toBe('Anne Moreau');
  });

  test('a court ruling (Le Figaro style): a lawyer named after her role with the courtesy title Me; a prosecutor', () => {
    const text = [
      'Le tribunal correctionnel de Lyon a condamné jeudi l’ancien adjoint au maire, Bernard Vasseur, à deux ans de prison avec sursis pour favoritisme.',
      '« C’est une décision sévère mais nous la respectons », a réagi son avocate, Me Claire Dufresne, à la sortie de l’audience.',
      'Le procureur, Jean-Michel Aubry, avait requis trois ans ferme.',
      'L’ancien élu, qui a toujours nié les faits, n’a fait aucune déclaration.',
      'Une source judiciaire a indiqué que le parquet envisageait lui aussi de faire appel.',
      '« Nous allons faire appel », a ajouté l’avocate.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'une décision sévère')).toBe('Claire Dufresne');
    expect(speakerOf(items, 'Nous allons faire appel')).not.toBe('Bernard Vasseur');
    expect(speakerOf(items, 'Nous allons faire appel')).not.toBe('Jean-Michel Aubry');
    expect(speakerOf(items, 'envisageait lui aussi')).not.toBe('Bernard Vasseur');
    expect(speakerOf(items, 'envisageait lui aussi')).not.toBe('Jean-Michel Aubry');
  });

  test('a central bank (Le Monde style): an economist "interrogé par Le Monde" speaks, the paper only asked', () => {
    const text = [
      'La Banque centrale européenne a relevé jeudi ses taux directeurs d’un quart de point, pour la dixième fois consécutive.',
      'Sa présidente, Christine Delorme, a justifié cette décision par une inflation « encore beaucoup trop élevée ».',
      '« Nous ne sommes pas encore arrivés au bout du chemin », a-t-elle déclaré lors d’une conférence de presse à Francfort.',
      'Pour l’économiste Marc Touati, interrogé par Le Monde, « la BCE prend le risque d’une récession ».',
      'Le ministre de l’Économie, Bruno Lemaire, s’est dit confiant. « L’économie française résiste », a-t-il assuré sur France Inter.',
      'Selon l’Insee, la croissance devrait atteindre 0,6 % cette année.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'encore beaucoup trop élevée')).toBe('Christine Delorme');
    expect(speakerOf(items, 'au bout du chemin')).toBe('Christine Delorme');
    expect(speakerOf(items, 'le risque d’une récession')).toBe('Marc Touati');
    expect(speakerOf(items, 'L’économie française résiste')).toBe('Bruno Lemaire');
    expect(said(items, 'devrait atteindre 0,6 %')?.source).toBe('l’Insee');
  });

  test('a Swiss vote (RTS style) and a Quebec wage offer (La Presse style): Mme X, son président, X', () => {
    const swiss = [
      'Les Suisses ont rejeté dimanche l’initiative pour une caisse maladie unique, par 61 % des voix.',
      'Le conseiller fédéral Alain Berset a pris acte du résultat. « Le peuple a tranché, il faut le respecter », a-t-il déclaré devant la presse à Berne.',
      'Les initiants, emmenés par la socialiste Ada Marra, se disent déçus.',
      '« Nous avons perdu une bataille, pas la guerre », a lancé Mme Marra.',
      'Pour le PLR, ce vote confirme l’attachement des Suisses à la concurrence. « C’est un signal clair », a commenté son président, Thierry Burkart.',
    ].join('\n\n');
    const a = read(swiss, 'fr').items;
    expect(speakerOf(a, 'Le peuple a tranché')).toBe('Alain Berset');
    expect(speakerOf(a, 'perdu une bataille')).toBe('Ada Marra');
    expect(speakerOf(a, 'un signal clair')).toBe('Thierry Burkart');
    const quebec = [
      'Le premier ministre François Legault a annoncé mercredi une hausse de 10 % du salaire des infirmières.',
      '« On veut que nos infirmières restent dans le réseau public », a-t-il affirmé en point de presse.',
      'La présidente de la FIQ, Julie Bouchard, a qualifié l’offre d’« insuffisante ».',
      '« Ça ne règle rien au temps supplémentaire obligatoire », a-t-elle dit.',
      'Le ministre de la Santé, Christian Dubé, a répliqué que les négociations se poursuivaient. « La porte reste ouverte », a-t-il indiqué.',
    ].join('\n\n');
    const b = read(quebec, 'fr').items;
    expect(speakerOf(b, 'nos infirmières restent')).toBe('François Legault');
    expect(speakerOf(b, 'Ça ne règle rien')).toBe('Julie Bouchard');
    expect(speakerOf(b, 'La porte reste ouverte')).toBe('Christian Dubé');
  });

  test('a culture interview (Le Soir style): a singer introduced by her trade, confie-t-elle; a producer, s’amuse-t-il', () => {
    const text = [
      'À 74 ans, la chanteuse Annie Verlaine publie un nouvel album, le premier depuis dix ans.',
      '« J’avais besoin de silence. Écrire, c’est long », confie-t-elle.',
      'Son producteur, Olivier Nant, raconte qu’elle a enregistré les douze titres en une semaine.',
      '« Elle arrive, elle chante, et c’est fini. Je n’ai jamais vu ça », s’amuse-t-il.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'besoin de silence')).toBe('Annie Verlaine');
    expect(speakerOf(items, 'Je n’ai jamais vu ça')).toBe('Olivier Nant');
  });

  test('a prosecutor in the pluperfect (avait-il estimé), a minister s’est-elle réjouie; a man named as object is not il', () => {
    const text = [
      'Le procureur, Jean-Michel Aubry, avait requis trois ans ferme contre l’ancien maire Paul Vidal. « Les faits sont d’une gravité exceptionnelle », avait-il estimé lors de son réquisitoire.',
      'La ministre de la Justice, Anne Roy, s’est félicitée de la décision. « C’est un signal fort », s’est-elle réjouie.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'gravité exceptionnelle')).toBe('Jean-Michel Aubry');
    expect(speakerOf(items, 'un signal fort')).toBe('Anne Roy');
  });

  test('a family’s lawyer opening the sentence with Me (L’avocat de la famille, Me X, a dénoncé « … »), then l’avocat', () => {
    const text = [
      'Le parquet de Marseille a classé sans suite la plainte de la famille de Karim Benali, mort lors d’une interpellation en 2021.',
      'L’avocat de la famille, Me Henri Leclerc, a dénoncé « une enquête bâclée ».',
      '« Nous demandons une contre-expertise », a ajouté l’avocat.',
      'Le procureur de la République, Nicolas Bessone, n’a pas souhaité réagir.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'une enquête bâclée')).toBe('Henri Leclerc');
    expect(speakerOf(items, 'une contre-expertise')).toBe('Henri Leclerc');
  });

  test('a lawyer of M. X (a client after a preposition and a courtesy title is no speaker), then l’avocate', () => {
    const text = [
      'Le tribunal de Nantes a relaxé vendredi l’ancien directeur de la clinique, Paul Vasseur.',
      '« C’est un soulagement immense », a réagi l’avocate de M. Vasseur, Me Claire Dufresne, à la sortie de l’audience.',
      '« Mon client a été traîné dans la boue pendant cinq ans », a ajouté l’avocate.',
    ].join('\n\n');
    const { items } = read(text, 'fr');
    expect(speakerOf(items, 'un soulagement immense')).toBe('Claire Dufresne');
    expect(speakerOf(items, 'traîné dans la boue')).toBe('Claire Dufresne');
  });
});
