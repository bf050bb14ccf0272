// Invented French news articles (France, Belgium, Switzerland, Quebec, francophone Africa), round 3:
// a match report, a company's results, a culture interview in questions and answers, a storm, a
// sailing race, … Names, events and words are invented. Each quotation or statement is listed with
// the speaker a careful reader gives it, or null where the text does not say.
// Batch 1 was written before the rules it led to; batch 2 after them, and read first without any
// change to the rules (its figures before the fixes are the held-out measure of the round).

export interface Article {
  title: string;
  batch: 1 | 2 | 3;
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
  {
    title: 'a council row in Wallonia (L’Avenir style): the bourgmestre, an échevine, the opposition, a citizens’ committee',
    batch: 2,
    text: `Le conseil communal de Seraing s’est achevé tard lundi soir, après un débat houleux sur la fermeture de la piscine du Val-Saint-Lambert, vétuste et trop coûteuse selon la majorité.

Le bourgmestre, Philippe Dujardin, a défendu la décision. « Nous ne fermons pas une piscine pour le plaisir. Les travaux de rénovation coûteraient onze millions d’euros, que nous n’avons pas », a-t-il martelé face à une salle comble.

L’échevine des Sports, Nadia Bensalem, a promis des solutions de remplacement. « Des créneaux seront réservés pour les écoles à la piscine de Flémalle dès la rentrée », a-t-elle précisé.

Dans les rangs de l’opposition, le ton était tout autre. « C’est une décision prise en catimini, sans la moindre concertation avec les habitants », a dénoncé la cheffe de groupe Ecolo, Martine Lecomte.

« On nous parle d’argent, mais on trouve toujours des millions pour les ronds-points », a ironisé un conseiller PTB.

Le comité de quartier, qui a réuni plus de 3 000 signatures, n’entend pas en rester là. « Nous irons jusqu’au Conseil d’État s’il le faut », prévient sa présidente, Josiane Wéry, une ancienne maître-nageuse.

La sexagénaire dit avoir appris à nager à des générations d’enfants du quartier. « Cette piscine, c’est toute ma vie. »

Le bourgmestre a toutefois laissé une porte ouverte. « Si un investisseur privé se présente, nous l’écouterons », a-t-il assuré en fin de séance.`,
    expect: [
      ['Nous ne fermons pas une piscine', 'Philippe Dujardin'],
      ['Des créneaux seront réservés', 'Nadia Bensalem'],
      ['prise en catimini', 'Martine Lecomte'],
      ['des millions pour les ronds-points', 'un conseiller PTB'],
      ['jusqu’au Conseil d’État', 'Josiane Wéry'],
      ['toute ma vie', 'Josiane Wéry'],
      ['un investisseur privé', 'Philippe Dujardin'],
    ],
  },
  {
    title: 'a hospital under strain (Le Parisien style): an emergency doctor, the ARS in a communiqué, a nurse, the minister',
    batch: 2,
    text: `Les urgences de l’hôpital de Lagny-sur-Marne ont dû fermer leurs portes la nuit pendant tout le week-end, faute de médecins. Une situation inédite dans le département.

« Nous sommes à bout. Certaines nuits, un seul urgentiste doit gérer quarante patients », alerte le docteur Julien Ferrand, chef du service des urgences, qui a signé la semaine dernière une tribune avec 200 confrères.

Le médecin réclame des « mesures immédiates » sur les salaires et le temps de travail. « Les jeunes partent dans le privé ou à l’étranger, et je les comprends », soupire-t-il.

Dans un communiqué, l’agence régionale de santé (ARS) d’Île-de-France assure que « toutes les dispositions ont été prises pour orienter les patients vers les établissements voisins ».

Une infirmière, qui a souhaité rester anonyme, décrit un quotidien épuisant. « On enchaîne les gardes de douze heures. Hier, une patiente a attendu neuf heures sur un brancard. »

Interrogé sur France Info, le ministre de la Santé, Lucien Morvan, a reconnu « une situation très tendue » et promis un plan pour l’été. « Nous allons mobiliser les médecins retraités et les internes », a-t-il déclaré.

Selon la Fédération hospitalière de France, une centaine de services d’urgences ont dû réduire leur activité depuis janvier.`,
    expect: [
      ['Nous sommes à bout', 'Julien Ferrand'],
      ['Les jeunes partent dans le privé', 'Julien Ferrand'],
      ['toutes les dispositions ont été prises', 'agence régionale de santé'],
      ['On enchaîne les gardes', 'Une infirmière'],
      ['une situation très tendue', 'Lucien Morvan'],
      ['mobiliser les médecins retraités', 'Lucien Morvan'],
      ['une centaine de services', 'Fédération hospitalière de France'],
    ],
  },
  {
    title: 'tennis (RTS style): la Tchèque, la Vaudoise, her coach, an incise, a quotation alone',
    batch: 2,
    text: `La Vaudoise Léa Bourquin s’est qualifiée mercredi pour les quarts de finale du tournoi de Bienne en battant la Tchèque Klara Novotna 6-4, 3-6, 7-5, au terme de plus de deux heures et demie de jeu.

« J’ai eu beaucoup de mal à entrer dans le match. Elle frappait très fort, je courais partout », a reconnu la Suissesse en conférence de presse.

Menée 5-3 dans le dernier set, la joueuse de 22 ans a sauvé deux balles de match. « À ce moment-là, je me suis dit : joue ton jeu, ne pense pas au score. »

Son entraîneur, Stéphane Rochat, saluait la force mentale de sa protégée. « Il y a un an, elle aurait perdu ce match. Elle a énormément progressé dans la gestion des moments importants », a-t-il analysé.

La Tchèque, elle, ne cachait pas sa déception. « J’avais le match en main, a regretté Klara Novotna. Je dois apprendre à conclure. »

Léa Bourquin affrontera jeudi la tête de série numéro 2, l’Américaine Jessica Harlow. « Je n’ai rien à perdre, c’est elle qui aura la pression », a prévenu la Vaudoise.`,
    expect: [
      ['beaucoup de mal à entrer', 'Léa Bourquin'],
      ['joue ton jeu', 'Léa Bourquin'],
      ['Il y a un an, elle aurait perdu', 'Stéphane Rochat'],
      ['J’avais le match en main', 'Klara Novotna'],
      ['Je n’ai rien à perdre', 'Léa Bourquin'],
    ],
  },
  {
    title: 'a summit in Dakar (Jeune Afrique style): a foreign minister, the host president by title, a final communiqué, a diplomat',
    batch: 2,
    published: '2024-02-14',
    text: `Les chefs de la diplomatie de quinze pays d’Afrique de l’Ouest se sont réunis mardi à Dakar pour tenter de relancer le projet de monnaie commune, reporté à plusieurs reprises.

« Nous ne pouvons plus attendre. Chaque année perdue coûte des points de croissance à nos économies », a lancé en ouverture la ministre sénégalaise des Affaires étrangères, Aïssatou Ndiaye.

Son homologue ivoirien, Konan Brou, s’est montré plus prudent : « La monnaie commune est un objectif partagé, mais les critères de convergence doivent être respectés par tous. »

Le ministre a rappelé que son pays avait « déjà consenti d’importants efforts budgétaires ».

Dans leur déclaration finale, les ministres « réaffirment leur attachement à l’intégration régionale » et s’engagent à présenter un calendrier avant la fin de l’année.

« Sur le fond, rien n’a vraiment bougé », glissait en marge de la réunion un diplomate ouest-africain. « Chacun attend que l’autre fasse le premier pas. »

La ministre sénégalaise a conclu la réunion sur une note optimiste. « Nous avons posé les bases. Le reste est une question de volonté politique », a-t-elle affirmé devant la presse.`,
    expect: [
      ['Nous ne pouvons plus attendre', 'Aïssatou Ndiaye'],
      ['La monnaie commune est un objectif partagé', 'Konan Brou'],
      ['déjà consenti d’importants efforts', 'Konan Brou'],
      ['Sur le fond, rien n’a vraiment bougé', 'un diplomate ouest-africain'],
      ['Chacun attend que l’autre', 'un diplomate ouest-africain'],
      ['Nous avons posé les bases', 'Aïssatou Ndiaye'],
    ],
  },
  {
    title: 'wildfires in Quebec (Radio-Canada style): the SOPFEU spokesman, la mairesse, an evacuee, the premier by title',
    batch: 3,
    published: '2023-06-05',
    text: `Plus de 4 000 personnes ont dû quitter leur domicile dimanche à Chibougamau, menacée par un incendie de forêt qui a déjà ravagé 30 000 hectares dans le nord du Québec.

« Le feu est hors de contrôle et les vents ne nous aident pas. Nous ne pouvons pas promettre que la ville sera épargnée », a indiqué le porte-parole de la Société de protection des forêts contre le feu (SOPFEU), Stéphane Caron, lors d’un point de presse.

La mairesse de Chibougamau, Manon Cyr, a demandé aux citoyens de suivre les consignes sans attendre. « Ce n’est pas le moment de jouer aux héros. Partez, prenez vos médicaments et vos papiers », a-t-elle lancé.

À l’aréna de Roberval, transformé en centre d’hébergement, les sinistrés s’organisent. « On est partis avec deux sacs. Je ne sais même pas si ma maison est encore debout », confie Réjean Tremblay, un retraité de 71 ans.

Le septuagénaire dit avoir déjà vécu une évacuation en 2005. « Mais là, c’est pire. La fumée était tellement épaisse qu’on ne voyait plus la route. »

En visite sur place, le premier ministre a promis l’aide de l’État. « Personne ne sera laissé à lui-même. Le gouvernement paiera les frais d’hébergement de tous les évacués », a déclaré François Legault.

Selon Environnement Canada, aucune pluie significative n’est attendue avant jeudi.`,
    expect: [
      ['Le feu est hors de contrôle', 'Stéphane Caron'],
      ['jouer aux héros', 'Manon Cyr'],
      ['On est partis avec deux sacs', 'Réjean Tremblay'],
      ['Mais là, c’est pire', 'Réjean Tremblay'],
      ['Personne ne sera laissé', 'François Legault'],
      ['aucune pluie significative', 'Environnement Canada'],
    ],
  },
  {
    title: 'an assize trial (Le Monde style): la présidente, l’accusé, his lawyer Me X, the advocate general, the victim’s sister',
    batch: 3,
    text: `Au troisième jour de son procès devant la cour d’assises du Rhône, Kevin Moreau, 34 ans, accusé d’avoir tué son associé à coups de couteau en 2021, a pour la première fois livré sa version des faits.

« Je ne voulais pas sa mort. Il m’a menacé, j’ai pris peur », a déclaré l’accusé d’une voix à peine audible.

La présidente de la cour, Hélène Vasseur, l’a interrogé longuement sur les messages retrouvés dans son téléphone. « Comment expliquez-vous que vous ayez acheté ce couteau la veille ? », a-t-elle demandé.

« Je n’ai pas d’explication », a fini par répondre le trentenaire, avant de fondre en larmes.

Son avocat, Me Olivier Brun, plaide la légitime défense. « Mon client a vécu des mois de pressions et de menaces. Ce dossier n’est pas celui d’un assassin », a-t-il soutenu devant les jurés.

L’avocat général, Pierre Lambert, a une tout autre lecture. Pour lui, les faits relèvent d’un « meurtre soigneusement préparé ».

Assise au premier rang, la sœur de la victime, Sandrine Roche, n’a pas quitté l’accusé des yeux. « Mon frère n’avait jamais fait de mal à personne. Nous voulons la vérité », a-t-elle dit à la sortie de l’audience.

Le verdict est attendu vendredi.`,
    expect: [
      ['Je ne voulais pas sa mort', 'Kevin Moreau'],
      ['acheté ce couteau la veille', 'Hélène Vasseur'],
      ['Je n’ai pas d’explication', 'Kevin Moreau'],
      ['Mon client a vécu des mois', 'Olivier Brun'],
      ['meurtre soigneusement préparé', 'Pierre Lambert'],
      ['Mon frère n’avait jamais fait', 'Sandrine Roche'],
    ],
    open: ['Je n’ai pas d’explication'],
  },
  {
    title: 'rugby (Midi Olympique style): le demi de mêlée, le Toulousain, the manager, a quotation alone, the opposing captain',
    batch: 3,
    text: `Le Stade toulousain a dominé l’Union Bordeaux-Bègles 31-17 samedi au stade Ernest-Wallon, grâce notamment à un essai de 60 mètres de son demi de mêlée Hugo Carrère.

« On a senti qu’ils étaient fatigués en fin de match, alors on a accéléré. L’essai, c’est surtout le travail des avants », a expliqué le numéro 9 au micro de Canal+.

Le Toulousain, élu homme du match, disputait sa cinquantième rencontre sous le maillot rouge et noir.

« Cinquante matchs ici, c’est un rêve de gamin. »

Le manager toulousain, Laurent Pujol, a salué « une performance collective aboutie ». « On a été patients, on a respecté le plan de jeu pendant quatre-vingts minutes », a-t-il ajouté.

Côté bordelais, le capitaine Mathieu Lacroix ne cherchait pas d’excuses. « Ils ont été meilleurs que nous dans tous les secteurs. On doit vite se remettre au travail », a reconnu le deuxième ligne.

Selon le club girondin, l’ailier Yoann Béziat souffre d’une entorse du genou et sera absent trois semaines.`,
    expect: [
      ['On a senti qu’ils étaient fatigués', 'Hugo Carrère'],
      ['Cinquante matchs ici', 'Hugo Carrère'],
      ['une performance collective aboutie', 'Laurent Pujol'],
      ['On a été patients', 'Laurent Pujol'],
      ['Ils ont été meilleurs que nous', 'Mathieu Lacroix'],
      ['souffre d’une entorse du genou', 'club girondin'],
    ],
    open: ['Cinquante matchs ici', 'Ils ont été meilleurs que nous'],
  },
];
