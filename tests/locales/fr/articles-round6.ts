// Invented French news articles, round 6: genres the earlier batches did not use (an election-night live
// blog, a regional human-interest story, a row between a département and a village, Belgian football with
// both coaches; then a flood in Abidjan and a labour dispute at a Swiss factory). Names, events and words
// are invented. Each quotation is listed with the speaker a careful reader gives it, or null where the text
// does not say. Batch 1 was written and run before any rule change; batch 2 after the changes, run as is.
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'an election-night live blog (Le Télégramme style): entries by the minute, a gesture before a colon, an untagged quote after a surname, a vague entourage',
    batch: 1,
    text: `EN DIRECT. Second tour des municipales à Brest : Yann Kerbrat l'emporte, Françoise Le Gall reconnaît sa défaite

22h47. La maire sortante s'adresse à ses partisans. Réunie avec son équipe dans une salle du quartier de Recouvrance, Françoise Le Gall a pris la parole d'une voix nouée. « Les Brestois ont choisi le changement. Je souhaite bonne chance à mon successeur et je siégerai dans l'opposition. »

22h31. Le vainqueur arrive à l'hôtel de ville. Accueilli par une foule de militants, Yann Kerbrat lève les bras : « Ce soir, ce n'est pas ma victoire, c'est celle de tous ceux qui voulaient tourner la page. »

22h15. Les résultats définitifs sont tombés : le candidat divers droite l'emporte avec 52,4 % des voix. Selon la préfecture du Finistère, la participation s'établit à 41,2 %, en hausse de six points.

21h58. Sur X, le député de la circonscription, Thomas Guéguen, salue « une victoire historique » et appelle la nouvelle équipe à « rassembler ».

21h40. Dans l'entourage de la maire sortante, on admet que « la partie est perdue » dans les quartiers nord.

21h20. Au bureau de vote de l'école Jean-Macé, le dépouillement s'achève. Un assesseur, qui souhaite rester anonyme, glisse : « On n'a jamais vu autant de monde depuis 2008. »

21h02. Kerbrat ne cache pas son optimisme. « Les remontées sont bonnes, mais je ne crierai victoire qu'à la fin. »

20h45. Arrivée troisième au premier tour, l'écologiste Maëlle Riou avait appelé à voter pour la maire sortante. Elle soupire : « Si la gauche perd ce soir, elle ne pourra s'en prendre qu'à elle-même. »

20h30. Françoise Le Gall est arrivée à son QG. « J'attends les chiffres comme tout le monde », a-t-elle lancé aux journalistes, le visage fermé.`,
    expect: [
      ['Les Brestois ont choisi le changement', 'Françoise Le Gall'],
      ["ce n'est pas ma victoire", 'Yann Kerbrat'],
      ['la participation s\'établit', 'préfecture'],
      ['une victoire historique', 'Thomas Guéguen'],
      ['rassembler', 'Thomas Guéguen'],
      ['la partie est perdue', null],
      ["On n'a jamais vu autant de monde", null],
      ['Les remontées sont bonnes', 'Yann Kerbrat'],
      ['Si la gauche perd ce soir', 'Maëlle Riou'],
      ["J'attends les chiffres", 'Françoise Le Gall'],
    ],
  },
  {
    title: 'a human-interest story (Le Dauphiné style): a dog found again, the owner smiles before a colon, her husband by first name, a volunteer of the SPA, rit-elle',
    batch: 1,
    text: `Disparu depuis trois mois, Pistache a retrouvé sa maîtresse à 200 kilomètres de chez elle

Josiane Mercier n'y croyait plus. Le 12 novembre, son épagneul breton, Pistache, avait faussé compagnie à la famille lors d'une promenade sur les hauteurs de Privas. Mardi, le téléphone a sonné : le chien avait été recueilli à Grenoble, à plus de 200 kilomètres de l'Ardèche.

La retraitée de 71 ans sourit encore en y repensant : « Quand la dame de la SPA m'a dit son nom, j'ai dû m'asseoir. Je pensais qu'on ne le reverrait jamais. »

C'est grâce à la puce électronique que l'animal a pu être identifié. « Un automobiliste nous l'a amené samedi, très maigre mais en bonne santé », explique Nadia Ferrand, bénévole au refuge de la SPA de Grenoble. La jeune femme a aussitôt contacté la propriétaire. « Elle pleurait au téléphone. Ce sont ces moments-là qui nous font tenir. »

Pendant trois mois, le couple avait collé des affiches dans toute la région et multiplié les appels sur les réseaux sociaux. Son mari Bernard, lui, avait arpenté les bois chaque matin. « J'ai dû faire cinquante kilomètres à pied, au moins », a-t-il raconté au Dauphiné libéré, mi-amusé, mi-ému.

Comment Pistache a-t-il parcouru une telle distance ? Le mystère reste entier. « Il a peut-être été pris en stop par quelqu'un qui l'a ensuite abandonné », avance la vétérinaire qui l'a examiné jeudi. Dans un message publié sur Facebook, le refuge rappelle que « l'identification sauve des vies ».

Josiane Mercier, elle, ne quitte plus son compagnon à quatre pattes. « Il dort au pied du lit maintenant, il ne veut plus me lâcher », rit-elle.

Bernard hausse les épaules. « Moi, je dis qu'il voulait juste voir les Alpes. »`,
    expect: [
      ['Quand la dame de la SPA', 'Josiane Mercier'],
      ['Un automobiliste nous', 'Nadia Ferrand'],
      ['Elle pleurait au téléphone', 'Nadia Ferrand'],
      ["J'ai dû faire cinquante kilomètres", 'Bernard'],
      ['pris en stop', null],
      ["l'identification sauve des vies", 'refuge'],
      ['Il dort au pied du lit', 'Josiane Mercier'],
      ['voir les Alpes', 'Bernard'],
    ],
    // (first run: « La retraitée de 71 ans sourit … : » — the dog Pistache, named like a person, is the other candidate)
    open: ['Quand la dame de la SPA'],
  },
  {
    title: 'a row between a département and a village (Ouest-France style): le conseil départemental du Morbihan in a communiqué, the mayor, two women, the parents, a quote over two paragraphs',
    batch: 1,
    text: `Fermeture du collège de Guémené : le bras de fer s'envenime entre le Département et la commune

Le conseil départemental du Morbihan a confirmé lundi la fermeture du collège Jules-Ferry de Guémené-sur-Scorff à la rentrée 2026. Les 142 élèves seront répartis entre Pontivy et Le Faouët.

« Avec des effectifs en baisse constante depuis dix ans, le maintien de l'établissement n'est plus tenable », fait valoir le conseil départemental dans un communiqué.

La maire de Guémené-sur-Scorff, Anne Le Strat, a appris la nouvelle par la presse. Elle dénonce une décision « brutale » et « prise dans le dos des familles ». « On nous avait promis une concertation, il n'y en a eu aucune. Nos enfants vont passer une heure par jour dans un car », s'indigne l'élue.

« Ce collège, c'est le cœur du bourg. Sans lui, les jeunes familles ne viendront plus s'installer ici.

« Nous irons devant le tribunal administratif s'il le faut », prévient-elle.

Le président du Département, Loïc Tanguy, assume. « Je comprends l'émotion, mais nous devons aussi garantir aux élèves un enseignement de qualité, avec des options et des équipes complètes », a-t-il déclaré mardi à Vannes, en marge de la session plénière.

L'opposition de gauche à l'assemblée départementale réclame un moratoire. Sa présidente de groupe, Sophie Daniélou, a interpellé Loïc Tanguy en séance : « Vous fermez un collège rural tous les deux ans. Où s'arrêtera-t-on ? » Le président lui a répondu que « rien n'est figé » pour les autres établissements.

Les parents d'élèves, eux, prévoient un rassemblement samedi devant l'établissement. Leur porte-parole, Gwenaëlle Jaffré, hausse le ton : « On ne laissera pas fermer notre collège sans nous battre. »

Selon l'inspection académique, aucun poste d'enseignant ne sera supprimé.`,
    expect: [
      ["le maintien de l'établissement n'est plus tenable", 'conseil départemental'],
      ['brutale', 'Anne Le Strat'],
      ['prise dans le dos des familles', 'Anne Le Strat'],
      ['On nous avait promis une concertation', 'Anne Le Strat'],
      ['Ce collège, c\'est le cœur du bourg', 'Anne Le Strat'],
      ['Nous irons devant le tribunal administratif', 'Anne Le Strat'],
      ["Je comprends l'émotion", 'Loïc Tanguy'],
      ['Vous fermez un collège rural', 'Sophie Daniélou'],
      ["rien n'est figé", 'Loïc Tanguy'],
      ['On ne laissera pas fermer', 'Gwenaëlle Jaffré'],
      ['aucun poste d\'enseignant', 'inspection académique'],
    ],
  },
  {
    title: 'Belgian football with both coaches (La Dernière Heure style): le T1, son homologue, a hearer after lancé, a player alone in a paragraph, a one-word partial quote',
    batch: 1,
    text: `Le Standard arrache le nul à Charleroi dans les arrêts de jeu

Mené 2-0 à la pause, le Standard a arraché le match nul (2-2) dimanche au Mambourg grâce à un but de Moussa Diallo à la 94e minute. Un point qui ne fait les affaires de personne.

L'entraîneur liégeois, Luc Vermeiren, n'a pas voulu s'attarder sur la première période. « On a été absents pendant quarante-cinq minutes. J'ai dit aux gars à la pause que je ne reconnaissais pas mon équipe », a-t-il reconnu en conférence de presse.

Le T1 des Rouches a salué la réaction des siens. « Après le repos, on a vu un autre Standard. Ça, c'est l'état d'esprit que je veux voir chaque semaine. »

Son homologue carolo, Rudi Claessens, était nettement moins souriant. Il a qualifié la fin de match d'« inacceptable ». « On mène 2-0, on a trois occasions pour tuer le match et on rentre au vestiaire avec un point. C'est de notre faute, personne d'autre », a martelé le coach des Zèbres.

L'arbitrage a aussi fait parler. « Le penalty sur Diallo, je l'ai revu dix fois et il n'y a rien », a lancé Claessens à Vermeiren dans le couloir des vestiaires, selon plusieurs témoins.

Buteur libérateur, Moussa Diallo savourait au micro de DAZN. « Je n'ai pas réfléchi, j'ai frappé. Quand j'ai vu le filet bouger, j'ai couru vers nos supporters. »

Le capitaine carolo, Jordan Leclercq, ne cachait pas sa colère. « On s'est fait voler deux points. »

Avec ce nul, Charleroi reste sixième et le Standard neuvième. Selon la direction du club carolo, plus de 14 000 spectateurs étaient présents.`,
    expect: [
      ['On a été absents pendant', 'Luc Vermeiren'],
      ['Après le repos, on a vu un autre Standard', 'Luc Vermeiren'],
      ['inacceptable', 'Rudi Claessens'],
      ['On mène 2-0', 'Rudi Claessens'],
      ['Le penalty sur Diallo', 'Rudi Claessens'],
      ["Je n'ai pas réfléchi", 'Moussa Diallo'],
      ["On s'est fait voler deux points", 'Jordan Leclercq'],
      ['14 000 spectateurs', 'direction'],
    ],
  },
  {
    title: 'a trial at a Geneva police court (Tribune de Genève style): two women (the prosecutor, the lawyer), a hearer after a verb, a sister by first name, a quote going on over paragraphs then a new speaker',
    batch: 1,
    text: `Genève : l'ancien gérant de la fiduciaire condamné à trois ans avec sursis

Le Tribunal de police de Genève a condamné jeudi Marc-Antoine Vuilleumier, 58 ans, à trois ans de prison avec sursis pour abus de confiance. L'ancien gérant d'une fiduciaire de Carouge avait détourné près de 1,2 million de francs au détriment de ses clients, pour la plupart des retraités.

À l'audience, le prévenu a reconnu les faits. « J'ai cru que je pourrais tout rembourser. Je me suis menti à moi-même pendant six ans », a-t-il déclaré au président du tribunal, la voix tremblante.

La procureure Isabelle Grandjean a requis une peine de quatre ans, dont deux ferme. « Il ne s'agit pas d'un accident de parcours, mais d'un système mis en place avec méthode », a-t-elle souligné dans son réquisitoire.

« Ses victimes lui faisaient une confiance aveugle. Certaines ont perdu toutes leurs économies.

« Elles ne reverront sans doute jamais cet argent. »

L'avocate de la défense, Me Laure Schaller, a plaidé pour une peine entièrement assortie du sursis. Elle a rappelé que son client avait « tout avoué dès la première audition » et qu'il avait commencé à rembourser. « Mettre cet homme en prison n'aidera aucune des victimes », a-t-elle fait valoir.

Parmi les parties plaignantes, Georgette Rochat, 81 ans, avait confié à son fiduciaire l'héritage de son mari. Sa fille Claire l'accompagnait à l'audience. « Ma mère ne dort plus. Elle a honte, alors que c'est lui qui devrait avoir honte », a lancé Claire à la sortie de la salle.

Dans son jugement, le tribunal a estimé que le prévenu avait agi « par cupidité ». Le Ministère public n'a pas encore indiqué s'il ferait appel.`,
    expect: [
      ["J'ai cru que je pourrais tout rembourser", 'Marc-Antoine Vuilleumier'],
      ["Il ne s'agit pas d'un accident de parcours", 'Isabelle Grandjean'],
      ['Ses victimes lui faisaient une confiance aveugle', 'Isabelle Grandjean'],
      ['Elles ne reverront sans doute jamais', 'Isabelle Grandjean'],
      ['tout avoué dès la première audition', 'Laure Schaller'],
      ['Mettre cet homme en prison', 'Laure Schaller'],
      ['Ma mère ne dort plus', 'Claire'],
      ['par cupidité', 'tribunal'],
    ],
  },
  {
    title: 'floods in Abidjan (Fraternité Matin style): a minister, the mayor of a commune, residents unnamed, a civil-protection office in a communiqué named before the tag, a gesture, selon la Sodexam',
    batch: 1,
    text: `Pluies diluviennes à Abidjan : au moins douze morts, Yopougon et Attécoubé durement touchées

Les fortes pluies tombées dans la nuit de dimanche à lundi sur Abidjan ont fait au moins douze morts et des centaines de sinistrés, selon un bilan provisoire. Les communes de Yopougon et d'Attécoubé sont les plus touchées.

L'Office national de la protection civile (ONPC) a publié lundi matin un communiqué. « Les opérations de recherche se poursuivent dans les zones d'éboulement. Les populations installées sur les sites à risque sont invitées à les quitter sans délai », indique le texte.

Le ministre de la Solidarité, Kouadio Yao Séraphin, s'est rendu sur place dans la matinée. Devant les maisons effondrées du quartier Gobélé, il a annoncé une aide d'urgence pour les familles endeuillées. « L'État sera aux côtés de chaque famille. Mais nous ne pouvons pas continuer à reconstruire là où la terre s'effondre », a-t-il déclaré à la presse.

Le maire de Yopougon, Amadou Bamba, secoue la tête en montrant la colline éventrée : « Nous avons prévenu ces familles à plusieurs reprises. Beaucoup n'ont nulle part où aller. »

Dans le quartier, la colère le dispute au chagrin. Un habitant, qui a perdu deux neveux, pointe la responsabilité des autorités. « On nous parle de déguerpissement, mais personne ne nous propose de terrain », s'emporte-t-il.

Selon la Sodexam, l'agence météorologique nationale, de nouvelles averses orageuses sont attendues jusqu'à jeudi.

Bamba a demandé l'ouverture de deux écoles pour héberger les sinistrés. « Nous avons besoin de nattes, de couvertures et d'eau potable, tout de suite », a insisté le maire.`,
    expect: [
      ['Les opérations de recherche se poursuivent', 'ONPC'],
      ["L'État sera aux côtés de chaque famille", 'Kouadio Yao Séraphin'],
      ['Nous avons prévenu ces familles', 'Amadou Bamba'],
      ['On nous parle de déguerpissement', 'habitant'],
      ['de nouvelles averses orageuses', 'Sodexam'],
      ['Nous avons besoin de nattes', 'Amadou Bamba'],
    ],
  },
];
