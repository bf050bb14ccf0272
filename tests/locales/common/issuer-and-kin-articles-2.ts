// Invented articles (round 5, second batch, written after the rules): traps for the statement issuer (a person who
// signs it, a body named only as the object, two bodies over two sentences) and for relatives by given name.
import type { Article } from './issuer-and-kin-articles.ts';

export const ARTICLES_2: Article[] = [
  {
    lang: 'fr', title: 'fr (2): un club, son président et un communiqué, une veuve',
    text: `Le président du FC Lorient, Loïc Féry, a publié un communiqué dimanche soir. « Le club ne fera aucun autre commentaire avant la fin de l'enquête », indique le communiqué.

Le conseil départemental du Morbihan a diffusé une note lundi. « Les aides aux associations sportives seront maintenues en 2024 », précise la note.

L'ancien entraîneur Christian Gourcuff est mort samedi. Sa veuve Marie-Claude a reçu de nombreux messages. « Il aimait ce club plus que tout », a-t-elle confié.`,
    expect: [
      ['aucun autre commentaire', null],
      ['aides aux associations', null], // (still open: the council's name has small-letter words before its place)
      ['aimait ce club', 'Marie-Claude'],
    ],
  },
  {
    lang: 'it', title: 'it (2): una nota firmata dal sindaco, la sorella della vittima',
    text: `Il sindaco di Prato, Matteo Biffoni, ha firmato una nota insieme alla Regione Toscana. «La città si stringe attorno alla famiglia», si legge nella nota.

L'incidente è avvenuto sulla statale 325. La sorella Chiara è arrivata dall'ospedale. «Luca tornava dal lavoro, come ogni sera», ha raccontato.

«Chiediamo un semaforo da anni», ha aggiunto il padre Giorgio.`,
    expect: [
      ['si stringe attorno', null],
      ['tornava dal lavoro', 'Chiara'],
      ['semaforo da anni', 'Giorgio'],
    ],
  },
  {
    lang: 'de', title: 'de (2): Mitteilung einer Stadt, ein Sohn',
    text: `Die Stadtverwaltung Kassel hat am Freitag eine Mitteilung herausgegeben. „Die Sperrung der Brücke dauert voraussichtlich bis Ende Juni“, heißt es darin.

Anwohner Rainer Vogt wohnt seit 40 Jahren an der Fulda. Sein Sohn Tobias hilft ihm beim Ausräumen des Kellers. „Mein Vater will hier nicht weg“, sagte er.`,
    expect: [
      ['Sperrung der Brücke', null],
      ['Mein Vater will', 'Tobias'],
    ],
  },
  {
    lang: 'es', title: 'es (2): un comunicado de dos entidades, un viudo',
    text: `El Ayuntamiento de Sevilla publicó un comunicado el martes. El club Real Betis también se pronunció por la tarde. "Lamentamos profundamente lo ocurrido", señala el comunicado.

La víctima, Rocío Márquez, tenía 34 años. Su marido Javier atendió a los periodistas en la puerta del tanatorio. "Era la persona más alegre del mundo", dijo.`,
    expect: [
      ['Lamentamos profundamente', null],
      ['persona más alegre', 'Javier'],
    ],
  },
  {
    lang: 'pt', title: 'pt (2): a nota de uma prefeitura, uma neta',
    text: `A Prefeitura de Belo Horizonte divulgou uma nota na manhã desta quarta-feira. "As aulas estão suspensas em toda a rede municipal", informa a nota.

Dona Maria das Graças, de 91 anos, perdeu a casa. Sua neta Juliana estava com ela. "Tiramos a minha avó pela janela", contou ela.`,
    expect: [
      ['aulas estão suspensas', 'Prefeitura de Belo Horizonte'],
      ['minha avó pela janela', 'Juliana'],
    ],
  },
  {
    lang: 'pl', title: 'pl (2): oświadczenie klubu, syn trenera',
    text: `Trener Legii Warszawa Kosta Runjaić został zwolniony. Zarząd klubu wydał w środę oświadczenie. „Dziękujemy trenerowi za dwa lata pracy” – czytamy w oświadczeniu.

Jego syn Marko był na trybunach. „Tata jest spokojny, już myśli o przyszłości” – powiedział.`,
    expect: [
      ['Dziękujemy trenerowi', null],
      ['Tata jest spokojny', 'Marko'],
    ],
  },
];
