// Invented French news articles, round 4: genres the earlier batches did not use (a debate in the
// Assemblée where deputies answer each other, an obituary, a business story with a company, its
// CEO, an analyst and a union). Names, events and words are invented. Each quotation is listed with
// the speaker a careful reader gives it, or null where the text does not say.
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'a debate in the Assemblée (Le Monde style): a minister, two deputies answering each other, a lancé, a rétorqué',
    batch: 1,
    text: `Les échanges ont été vifs, mardi, lors des questions au gouvernement. Interpellée sur la fermeture des maternités rurales, la ministre de la Santé, Hélène Marchal, a défendu sa réforme.

« Nous ne fermons pas des maternités, nous garantissons la sécurité des accouchements », a-t-elle déclaré sous les huées d'une partie de l'hémicycle.

Le député socialiste de la Creuse, Julien Perrot, ne l'entend pas ainsi. « Dites-le aux femmes qui font désormais une heure de route pour accoucher ! », a lancé l'élu.

La ministre a promis des moyens supplémentaires pour les transports sanitaires. « Chaque territoire aura une solution d'ici à la fin de l'année. »

Côté Rassemblement national, Marc Delorme a dénoncé « un abandon organisé des campagnes ». « Vous découvrez la ruralité à chaque élection », lui a rétorqué Julien Perrot, provoquant un nouveau tumulte.

« Un peu de calme, s'il vous plaît », a demandé la présidente de séance.`,
    expect: [
      ['Nous ne fermons pas des maternités', 'Hélène Marchal'],
      ['Dites-le aux femmes', 'Julien Perrot'],
      ['Chaque territoire aura une solution', 'Hélène Marchal'],
      ['un abandon organisé des campagnes', 'Marc Delorme'],
      ['Vous découvrez la ruralité', 'Julien Perrot'],
      ['Un peu de calme', null],
    ],
    // (first run: « Un peu de calme », a demandé la présidente de séance — someone new, unnamed — was given the
    // minister named "ministre de la Santé")
    open: ['Chaque territoire aura une solution', 'Un peu de calme'],
  },
  {
    title: 'an obituary (Le Soir style): the deceased quoted from an old interview, his son, a minister-president, a former partner',
    batch: 1,
    text: `BRUXELLES - Le chanteur Jean-Pierre Lambert s'est éteint dimanche à Liège, à l'âge de 84 ans. Il laisse derrière lui une trentaine d'albums et des chansons que des générations de Belges connaissent par cœur.

« Je n'ai jamais écrit pour plaire, j'ai écrit pour ne pas devenir fou », confiait-il au Soir en 2009.

Son fils Olivier a annoncé la nouvelle sur les réseaux sociaux. « Papa est parti paisiblement, entouré des siens. Merci pour tout l'amour que vous lui avez donné », a-t-il écrit.

Le ministre-président wallon, Pierre-Yves Dumont, a salué « un immense artiste, qui a chanté nos villes et nos gens ».

Sa partenaire de scène pendant vingt ans, la chanteuse Nadia Colin, se dit « dévastée ». « Il était exigeant, parfois dur, mais d'une générosité folle », a-t-elle réagi auprès de l'agence Belga.

« Il me disait toujours qu'une chanson réussie, c'est une chanson qu'on peut siffler », a-t-elle ajouté.`,
    expect: [
      ["Je n'ai jamais écrit pour plaire", 'Jean-Pierre Lambert'],
      ['Papa est parti paisiblement', 'Olivier'],
      ['un immense artiste', 'Pierre-Yves Dumont'],
      ["Il était exigeant, parfois dur", 'Nadia Colin'],
      ["Il me disait toujours", 'Nadia Colin'],
    ],
    // (first run: "a-t-il écrit" after "Son fils Olivier" was given the singer; now unsure)
    open: ['Papa est parti paisiblement'],
  },
  {
    title: 'business (Les Échos style): the company by its communiqué, the CEO, an analyst, a union delegate, a réagi, tacle',
    batch: 1,
    text: `Le groupe de distribution Primavera a annoncé jeudi la fermeture de 42 magasins en France d'ici à 2027, entraînant la suppression de 1.800 postes.

« Cette décision difficile est indispensable pour assurer la pérennité de l'entreprise », indique la direction dans un communiqué.

Le PDG, François Mercier, a justifié le plan devant les investisseurs. « Nos clients achètent de plus en plus en ligne, nous devons suivre ce mouvement », a-t-il expliqué.

Pour Claire Dubreuil, analyste chez un courtier parisien, la réaction de la Bourse est logique. « Le marché attendait ce plan depuis deux ans », estime-t-elle.

Les syndicats, eux, sont vent debout. « On nous annonce 1.800 licenciements avec le sourire, c'est indécent », tacle Karim Benali, délégué CGT. « Nous irons jusqu'au bout pour sauver les emplois », a prévenu le syndicaliste.

Selon la direction, des reclassements seront proposés à tous les salariés concernés.`,
    expect: [
      ['Cette décision difficile', 'direction'],
      ['Nos clients achètent de plus en plus', 'François Mercier'],
      ['Le marché attendait ce plan', 'Claire Dubreuil'],
      ["On nous annonce 1.800 licenciements", 'Karim Benali'],
      ['Nous irons jusqu', 'Karim Benali'],
      ['des reclassements seront proposés', 'direction'],
    ],
  },
];
