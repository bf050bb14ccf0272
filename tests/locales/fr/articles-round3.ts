// Invented French news articles (France, Belgium, Switzerland, Quebec, francophone Africa), round 3:
// a match report, a company's results, a culture interview in questions and answers, a storm, a
// sailing race, … Names, events and words are invented. Each quotation or statement is listed with
// the speaker a careful reader gives it, or null where the text does not say.
// Batch 1 was written before the rules it led to; batch 2 after them, and read first without any
// change to the rules (its figures before the fixes are the held-out measure of the round).

export interface Article {
  title: string;
  batch: 1 | 2;
  published?: string;
  text: string;
  /** [a piece of the quotation or statement, its speaker's entity name or null for none]. */
  expect: [string, string | null][];
  /** Pieces whose speaker the reader does not find yet: no speaker is accepted for them, a wrong one is not. */
  open?: string[];
}

export const ARTICLES: Article[] = [
  {
    title: 'football (L’Équipe style): le joueur au micro de Canal+, l’entraîneur, a-t-il, the other coach, a demonym',
    batch: 1,
    text: `Le Stade rennais s’est imposé 2-1 face à l’OGC Nice samedi soir au Roazhon Park, grâce à un doublé de Karim Benali. Entré en jeu à la mi-temps, l’attaquant a renversé la rencontre en dix minutes.

« On savait qu’on pouvait les faire souffrir dans la profondeur. Le coach m’a demandé de rester haut et ça a payé », a expliqué le joueur au micro de Canal+ après la rencontre.

L’entraîneur rennais, Bruno Cartier, a salué la réaction de son équipe. « La première période n’était pas à la hauteur, je l’ai dit aux joueurs à la pause. Ils ont répondu présent », a-t-il déclaré en conférence de presse.

Côté niçois, la frustration dominait. « On prend deux buts sur deux erreurs individuelles, c’est inacceptable à ce niveau », a pesté le capitaine Dante Morel, auteur de l’ouverture du score.

Le technicien niçois, Francesco Ricci, a refusé d’accabler ses joueurs. « Je prends mes responsabilités, c’est moi qui ai fait les choix. »

Benali, lui, n’a pas caché son émotion. « Ce doublé, je le dédie à ma fille qui est née mardi », a confié le Franco-Algérien, qui n’avait plus marqué depuis octobre.

Avec ce succès, Rennes remonte à la cinquième place. Selon le club, près de 28 000 spectateurs ont assisté à la rencontre.`,
    expect: [
      ['On savait qu’on pouvait', 'Karim Benali'],
      ['La première période', 'Bruno Cartier'],
      ['deux erreurs individuelles', 'Dante Morel'],
      ['Je prends mes responsabilités', 'Francesco Ricci'],
      ['je le dédie à ma fille', 'Karim Benali'],
      ['28 000 spectateurs', 'club'],
    ],
  },
  {
    title: 'company results (Les Échos style): indique le communiqué, the CEO, an analyst, a union, selon la direction',
    batch: 1,
    text: `Le groupe agroalimentaire Vallorance a publié jeudi des résultats annuels en net recul, plombés par la hausse des coûts de l’énergie. Son bénéfice net a chuté de 38 % à 214 millions d’euros.

« L’exercice a été marqué par un environnement inflationniste sans précédent, qui a pesé sur nos marges », indique le communiqué publié avant l’ouverture de la Bourse.

Le directeur général, Hervé Lacombe, se veut pourtant rassurant. « Nous avons traversé le plus dur. Nos volumes repartent depuis janvier et nous maintenons nos investissements en France », a-t-il assuré lors d’une conférence téléphonique avec les analystes.

Le patron de Vallorance a aussi confirmé la fermeture du site de Saint-Brieuc, qui emploie 180 salariés. « C’est une décision difficile, mais l’usine n’est plus rentable depuis cinq ans », a justifié le dirigeant.

Du côté des syndicats, la colère monte. « On nous annonce des dividendes en hausse et une fermeture d’usine le même jour. C’est indécent », a réagi Sandrine Ollivier, déléguée CFDT du site, jointe par téléphone.

Pour Marc Dufresne, analyste chez Oddo BHF, « le marché attendait pire ». « La trajectoire de désendettement est crédible », juge-t-il.

Selon la direction, les salariés concernés se verront proposer un reclassement au sein du groupe.`,
    expect: [
      ['environnement inflationniste sans précédent', 'Vallorance'],
      ['Nous avons traversé le plus dur', 'Hervé Lacombe'],
      ['C’est une décision difficile', 'Hervé Lacombe'],
      ['dividendes en hausse', 'Sandrine Ollivier'],
      ['le marché attendait pire', 'Marc Dufresne'],
      ['La trajectoire de désendettement', 'Marc Dufresne'],
      ['se verront proposer un reclassement', 'la direction'],
    ],
    open: ['environnement inflationniste sans précédent'],
  },
  {
    title: 'culture interview in questions and answers (Le Soir style): the answers are the novelist’s',
    batch: 1,
    text: `Avec « Les Marées basses », son quatrième roman, la Liégeoise Camille Deprez signe le livre le plus personnel de sa carrière. Nous l’avons rencontrée à Bruxelles, à la veille de la Foire du livre.

Pourquoi revenir sur votre enfance à Ostende ?

« Parce que je l’avais toujours évitée. Pendant vingt ans, j’ai écrit sur les autres pour ne pas écrire sur moi. À cinquante ans, il était temps. »

Votre mère est très présente dans le livre. L’a-t-elle lu ?

« Elle l’a lu d’une traite, en une nuit. Le lendemain, elle m’a simplement dit : c’est vrai, tout est vrai. Je n’attendais rien d’autre. »

La critique parle d’un livre sombre. Vous êtes d’accord ?

« Pas du tout. C’est un livre sur la lumière du Nord, sur ce qui reste quand tout s’en va. »

Son éditeur, Laurent Wathelet, se réjouit déjà du succès en librairie. « Nous en sommes au troisième tirage en deux semaines, ce qui est rarissime pour un roman belge », a-t-il indiqué.`,
    expect: [
      ['Parce que je l’avais toujours évitée', 'Camille Deprez'],
      ['Elle l’a lu d’une traite', 'Camille Deprez'],
      ['C’est un livre sur la lumière du Nord', 'Camille Deprez'],
      ['troisième tirage', 'Laurent Wathelet'],
    ],
  },
  {
    title: 'a storm in Brittany (Ouest-France style): the prefect, le maire, l’édile, Météo-France, an unnamed resident',
    batch: 1,
    text: `La tempête Orlane a balayé la Bretagne dans la nuit de mercredi à jeudi, avec des rafales mesurées à 170 km/h à la pointe du Raz. Plus de 200 000 foyers étaient privés d’électricité jeudi matin, selon Enedis.

Le préfet du Finistère, Philippe Marchetti, a appelé la population à la plus grande prudence. « Ne prenez pas la route si ce n’est pas indispensable. Les arbres tombés rendent de nombreux axes dangereux », a-t-il déclaré lors d’un point presse à Quimper.

À Douarnenez, le port a subi d’importants dégâts. « Je n’avais jamais vu ça en trente ans de mandat. Des bateaux ont été projetés sur les quais », raconte le maire, Jean-Yves Le Gall.

L’édile a demandé la reconnaissance de l’état de catastrophe naturelle. « Les pêcheurs ne pourront pas reprendre la mer avant des semaines », a-t-il souligné.

Une habitante du quartier du Rosmeur a passé la nuit chez des voisins. « Le toit s’est envolé vers trois heures du matin. On a eu très peur pour les enfants », témoigne-t-elle.

D’après Météo-France, le vent devrait faiblir dans l’après-midi, mais de fortes pluies sont attendues vendredi sur le Morbihan.

« Nous avons mobilisé toutes nos équipes, y compris des renforts venus d’autres régions », a précisé un porte-parole d’Enedis.`,
    expect: [
      ['Ne prenez pas la route', 'Philippe Marchetti'],
      ['Je n’avais jamais vu ça', 'Jean-Yves Le Gall'],
      ['Les pêcheurs ne pourront pas', 'Jean-Yves Le Gall'],
      ['Le toit s’est envolé', 'Une habitante du quartier du Rosmeur'],
      ['le vent devrait faiblir', 'Météo-France'],
      ['Nous avons mobilisé toutes nos équipes', 'un porte-parole d’Enedis'],
    ],
  },
  {
    title: 'a sailing race (Le Télégramme style): le Néo-Zélandais, la skippeuse, an incise inside the marks, a quotation alone in a new paragraph',
    batch: 1,
    text: `Le navigateur néo-zélandais Tom Hale a remporté dimanche la Transat des Alizés en solitaire, après 11 jours, 4 heures et 32 minutes de course. Il devance de six heures la Française Élodie Marzin.

« C’est la course la plus dure de ma vie. Je n’ai presque pas dormi pendant les trois derniers jours », a lâché le Néo-Zélandais à son arrivée à Pointe-à-Pitre, épuisé mais souriant.

Il avait pris la tête au large des Canaries et ne l’avait plus lâchée. « Le bateau a été parfait, a reconnu Tom Hale. Moi, j’ai fait quelques erreurs, mais la mer a été généreuse. »

« Maintenant, je veux juste une bière et un lit. »

Deuxième, Élodie Marzin ne cachait pas sa fierté. « Six heures d’écart après onze jours, c’est presque rien. Je reviendrai pour gagner », a promis la skippeuse bretonne.

La Lorientaise a dû affronter une avarie de safran à mi-parcours. « J’ai réparé en pleine nuit avec une lampe frontale, j’ai cru que ma course était finie », a-t-elle raconté.

Selon l’organisation, 34 bateaux sur 38 ont franchi la ligne d’arrivée.`,
    expect: [
      ['C’est la course la plus dure', 'Tom Hale'],
      ['Le bateau a été parfait', 'Tom Hale'],
      ['je veux juste une bière', 'Tom Hale'],
      ['Six heures d’écart', 'Élodie Marzin'],
      ['J’ai réparé en pleine nuit', 'Élodie Marzin'],
      ['34 bateaux sur 38', 'l’organisation'],
    ],
  },
];
