// Issue 15's kinds of failure on unseen pages, one invented fixture page each
// (tests/fixtures/pages/generalize): the story's own container taken for furniture, landmarks,
// root choice, thresholds, lead paragraphs, leaks in other languages, smaller items.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { DOMS, readFixture } from './load-fixture.ts';

export interface Case {
  kind: string;
  file: string;
  keeps: string[];
  leavesOut: string[];
}

export const CASES: Case[] = [
  {
    kind: 'container: state classes',
    file: 'main-with-state-classes.html',
    keeps: ['Die Stadtwerke senken zum ersten Januar', 'Geschäftsführerin Petra Lindner sagte'],
    leavesOut: ['Meistgelesen', 'Schwimmbad bleibt', 'Unser Newsletter', 'Impressum'],
  },
  {
    kind: 'container: state classes',
    file: 'short-post-with-taxonomy-classes.html',
    keeps: ["Les chalets du marché de Noël", "L'association des commerçants"],
    leavesOut: ['Articles récents', 'Travaux rue des Lilas', 'Ce blog est tenu'],
  },
  {
    kind: 'container: body split across wrappers',
    file: 'body-split-across-flagged-wrappers.html',
    keeps: ['La biblioteca municipal abrirá', 'El nuevo horario irá', 'El ayuntamiento evaluará en octubre'],
    leavesOut: ['Publicidad', 'Por fin, llevábamos'],
  },
  {
    kind: 'landmarks',
    file: 'story-inside-header.html',
    keeps: ['Il teatro comunale riapre sabato', 'Il restauro ha riportato', 'La stagione prevede'],
    leavesOut: ['Privacy', 'Chi siamo'],
  },
  {
    kind: 'landmarks',
    file: 'story-inside-aside-tabs.html',
    keeps: ['A prefeitura inaugurou no domingo', 'Segundo o secretário', 'Ciclistas ouvidos'],
    leavesOut: ['Início', 'Jornal da Cidade'],
  },
  {
    kind: 'lead paragraph',
    file: 'lead-in-header-and-dek.html',
    keeps: ['After two years without a late service', 'The transport authority confirmed', "Drivers' representatives"],
    leavesOut: ['By Corin Ashby', 'The Valley Courier', 'Night buses return to the valley towns'],
  },
  {
    kind: 'lead paragraph',
    file: 'dek-paragraph-de.html',
    keeps: ['Der Gemeinderat will das seit sieben Jahren', 'Der Kaufvertrag wurde', 'Vereine können sich'],
    leavesOut: [],
  },
  {
    kind: 'leaks in other languages',
    file: 'related-posts-printed-in-full-pt.html',
    keeps: ['Os voluntários da horta', 'A coordenadora Rita Mendes'],
    leavesOut: ['Você pode gostar', 'feira de trocas', 'Novo mural', 'Alunos e artistas'],
  },
  {
    kind: 'leaks in other languages',
    file: 'related-section-pl.html',
    keeps: ['W sobotę mieszkańcy', 'Prezydent miasta', 'Latem na polanie'],
    leavesOut: ['Czytaj także', 'Remont mostu', 'Miejska biblioteka'],
  },
  {
    kind: 'leaks in other languages',
    file: 'leaks-de.html',
    keeps: ['Rund achtzigtausend Menschen', 'Der Veranstalter führt', 'Die Polizei meldete'],
    leavesOut: ['Lesen Sie auch', 'Neue Kaimauer', 'Anzeige', 'nur für Abonnenten', 'Folgen Sie uns', 'Haftungsausschluss', 'Kommentar schreiben'],
  },
  {
    kind: 'leaks in other languages',
    file: 'leaks-fr-es-it.html',
    keeps: ['Le festival de jazz de la vallée', 'La directrice artistique', 'Les billets seront en vente'],
    leavesOut: ['À lire aussi', 'Les bénévoles du festival', 'Publicité', 'Abonnez-vous', 'Leggi anche', 'Suscríbete', 'réservé aux abonnés'],
  },
  {
    kind: 'root: listing test on linked subheadings',
    file: 'linked-subheadings-fr.html',
    keeps: ['Nous avons parcouru cinq sentiers', 'Le sentier des Pins', 'Une boucle de six kilomètres', 'On termine par la plage'],
    leavesOut: [],
  },
  {
    kind: 'smaller: list items beginning "More"',
    file: 'list-items-starting-more-en.html',
    keeps: ['More focused meetings', 'More rest and fewer sick days', 'Less slack for surprises', 'We will keep the four-day week'],
    leavesOut: [],
  },
  {
    kind: 'smaller: embedded post in a "social" wrapper',
    file: 'social-embed-it.html',
    keeps: ['La squadra femminile', 'Non ci credo ancora', "L'allenatore ha detto"],
    leavesOut: ['Facebook', 'Instagram'],
  },
  {
    kind: 'smaller: teaser rail of list items',
    file: 'teaser-rail-list-items-de.html',
    keeps: ['Der Stadtrat hat am Donnerstag', 'Eine Stunde kostet', 'Die Opposition kritisierte'],
    leavesOut: ['Neue Buslinie', 'Freibad öffnet', 'Musikschule sucht'],
  },
  {
    kind: 'thresholds: short posts and dialogue',
    file: 'dialogue-lines-es.html',
    keeps: ['Llovía desde la mañana', '¿Pasa el doce?', 'Ese ya no existe', 'bajo el mismo paraguas'],
    leavesOut: ['Pedro Lanza escribe'],
  },
  {
    kind: 'root: body text in headings, a modal over the page',
    file: 'body-in-headings-and-modal-pl.html',
    keeps: ['Po powodzi w dolinie', 'Dyrektorka schroniska', 'Chętni mogą zgłaszać się'],
    leavesOut: ['Zapisz się', 'dwudziestu tysięcy'],
  },
];

for (const [domName, load] of DOMS) {
  describe(`issue 15 fixtures (${domName})`, () => {
    it.each(CASES.map((c) => [c.kind, c.file, c] as const))('%s: %s', (_kind, file, c) => {
      const a = extractArticle(load(readFixture(`generalize/${file}`)));
      const text = a.text.toLowerCase();
      for (const k of c.keeps) expect(text, `keeps "${k}" (${a.reason ?? ''})`).toContain(k.toLowerCase());
      for (const k of c.leavesOut) expect(text, `leaves out "${k}"`).not.toContain(k.toLowerCase());
    });
  });
}
