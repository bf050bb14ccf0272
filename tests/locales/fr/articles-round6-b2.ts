// Invented French news articles, round 6, batch 2: written after the round's rule changes and run once as they
// are (the round's second held-out measure): a strike at a Swiss watch factory, a theatre review from Avignon,
// Quebec hockey with both coaches. Names, events and words are invented. Each quotation is listed with the
// speaker a careful reader gives it, or null where the text does not say.
// First run, before any change for them: 13 right / 2 wrong / 3 missing / 1 not found of 19.
import type { Article } from './articles-round3.ts';

export const ARTICLES: Article[] = [
  {
    title: 'a strike at a watch factory (ArcInfo style): the union in a communiqué, its secretary, the director, a cantonal minister, a worker by first name, a hearer, a quote over two paragraphs',
    batch: 2,
    text: `Grève à la manufacture Horlogère du Locle : la direction refuse de négocier

Une centaine d'employés de la manufacture Vernier & Fils, au Locle, ont cessé le travail mardi matin. Ils protestent contre la suppression annoncée de 85 postes d'ici à la fin de l'année.

Le syndicat Unia, qui soutient le mouvement, a diffusé un communiqué dans la matinée. « La direction a choisi de sacrifier des savoir-faire uniques pour satisfaire ses actionnaires », dénonce le texte.

Sur le parvis de l'usine, le secrétaire régional d'Unia, Raphaël Jeanneret, harangue les grévistes. « Nous ne demandons pas la lune. Nous demandons que la direction s'assoie à la table et qu'elle écoute ceux qui fabriquent ses montres », lance-t-il.

Le directeur général, Thierry Vernier, a fait savoir qu'il ne recevrait pas les syndicats tant que la grève durerait. « Le plan est douloureux, mais il est indispensable. Sans lui, c'est l'entreprise entière qui serait menacée », a-t-il déclaré à ArcInfo.

« Nous proposerons des mesures d'accompagnement généreuses à chaque collaborateur concerné.

« Mais je ne négocierai pas sous la pression. »

Polisseuse depuis vingt-deux ans, Martine fait partie des postes supprimés. Elle serre les dents : « On nous a demandé des efforts pendant le Covid. On les a faits. Et voilà comment on nous remercie. »

Le conseiller d'État chargé de l'Économie, Laurent Favre, s'est dit « préoccupé ». Il a proposé ses bons offices aux deux parties. « Le canton ne peut pas rester spectateur quand un fleuron de notre industrie vacille », a-t-il souligné devant le Grand Conseil.

Selon Unia, la grève pourrait être reconduite jeudi.`,
    expect: [
      ['La direction a choisi de sacrifier', 'Unia'],
      ['Nous ne demandons pas la lune', 'Raphaël Jeanneret'],
      ['Le plan est douloureux', 'Thierry Vernier'],
      ["Nous proposerons des mesures d'accompagnement", 'Thierry Vernier'],
      ['je ne négocierai pas sous la pression', 'Thierry Vernier'],
      ['On nous a demandé des efforts', 'Martine'],
      ['préoccupé', 'Laurent Favre'],
      ['Le canton ne peut pas rester spectateur', 'Laurent Favre'],
      ['la grève pourrait être reconduite', 'Unia'],
    ],
  },
  {
    title: 'a theatre review from Avignon (Libération style): the director quoted from an interview, an actress, the festival director, two women, a partial quote, an audience member',
    batch: 2,
    text: `Avignon : « Les Nuits blanches », le pari fou de Clémence Aubry

Cinq heures de spectacle, onze comédiens et un décor qui s'effondre littéralement à l'entracte : la metteuse en scène Clémence Aubry n'a pas choisi la facilité pour sa première création dans la Cour d'honneur.

« Je voulais que le public sorte épuisé, comme après une nuit sans sommeil », nous expliquait-elle quelques jours avant la première. L'artiste de 38 ans, révélée il y a dix ans par un spectacle de fin d'études, assume le risque. « Si on ne prend pas de risques ici, où est-ce qu'on en prendra ? »

Le pari est en partie réussi. La première partie, portée par une troupe impeccable, hypnotise. La seconde s'étire et perd en intensité.

Dans le rôle principal, Salomé Hartmann impressionne. La comédienne, que l'on avait découverte chez Jean Bellorini, confie avoir « beaucoup douté » pendant les répétitions. « Clémence nous a poussés très loin. Certains soirs, je rentrais chez moi en pleurant », raconte-t-elle.

La directrice du festival, Marie-Hélène Fournier, défend ce choix de programmation. « Avignon doit rester le lieu des paris artistiques, même quand ils divisent », a-t-elle estimé lors de la conférence de presse de mi-parcours.

À la sortie, les avis étaient partagés. « C'est trop long, mais je n'avais jamais rien vu de pareil », souffle une spectatrice venue de Lyon.`,
    expect: [
      ['Je voulais que le public sorte épuisé', 'Clémence Aubry'],
      ['Si on ne prend pas de risques ici', 'Clémence Aubry'],
      ['Clémence nous a poussés très loin', 'Salomé Hartmann'],
      ['Avignon doit rester le lieu des paris', 'Marie-Hélène Fournier'],
      ["C'est trop long", 'spectatrice'],
    ],
    // (« beaucoup douté », after « La comédienne, que l'on avait découverte chez Jean Bellorini, confie avoir », is not found:
    // a second person named in the subject's relative clause leaves the description unsure, and a fragment of two words
    // is kept only with a speaker)
  },
  {
    title: 'Quebec hockey with both coaches (La Presse style): le pilote du Canadien, son vis-à-vis, a goalie, a captain quoted alone, a reporter as hearer',
    batch: 2,
    text: `Le Canadien s'incline en prolongation à Toronto

Le Canadien de Montréal a vu sa séquence de quatre victoires prendre fin samedi soir, au terme d'un revers de 3-2 en prolongation contre les Maple Leafs, à Toronto.

L'entraîneur-chef du Canadien, Martin Gagnon, n'avait pas de reproches à faire à ses joueurs. « On a joué un match solide pendant soixante minutes. En prolongation, c'est une loterie, et ce soir, on n'a pas gagné », a-t-il résumé.

Son vis-à-vis, Craig Dawson, a salué la résilience de sa formation. « On était menés après deux périodes et les gars n'ont jamais paniqué », a dit l'entraîneur des Leafs aux journalistes.

Devant le filet montréalais, Samuel Côté a multiplié les arrêts spectaculaires, repoussant 41 tirs. Le gardien québécois ne cachait pas sa frustration après le but victorieux. « Je l'ai vue trop tard. Ça arrive, mais ça fait mal. »

Le capitaine Nick Suzuki a pour sa part insisté sur les points positifs. « On prend un point sur la route contre une des meilleures équipes de la ligue. On va s'en contenter. »

Le Canadien sera de retour au Centre Bell mardi pour y affronter les Sénateurs d'Ottawa.`,
    expect: [
      ['On a joué un match solide', 'Martin Gagnon'],
      ['les gars n\'ont jamais paniqué', 'Craig Dawson'],
      ["Je l'ai vue trop tard", 'Samuel Côté'],
      ['On prend un point sur la route', 'Nick Suzuki'],
    ],
  },
];
