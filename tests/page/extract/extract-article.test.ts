// What the extractor keeps and leaves out, one behaviour per fixture page (tests/fixtures/pages),
// on linkedom and on happy-dom.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { DOMS, readFixture } from './load-fixture.ts';

interface Case {
  file: string;
  keeps: string[];
  leavesOut: string[];
}

const CASES: Case[] = [
  {
    file: 'furniture-everywhere.html',
    keeps: [
      'The harbour council voted on Tuesday',
      'Councillor Ines Varga said the line would start in spring',
      'Costs and timetable',
      'The first year will cost the town',
      'Opponents, who wanted a bridge instead',
    ],
    leavesOut: [
      '14 C', 'Monday, January 6, 2031', 'Home', 'Must read', 'Harbour council approves new ferry line', 'By Mira Okonkwo',
      'Facebook', 'Advertisement', 'The old pier at dawn', 'Tomas Reed', 'READ MORE', 'Islanders ask',
      'morning briefing', 'Source link', 'More articles', 'Storm closes', 'I have waited twenty years',
      'Latest articles', 'chess cup', 'All rights reserved',
    ],
  },
  {
    file: 'related-posts-in-full.html',
    keeps: ['The town will turn the empty lot', 'Work starts in March', 'Neighbours asked for the garden'],
    leavesOut: ['You may also like', 'bakery', 'cathedral bells'],
  },
  {
    file: 'data-table.html',
    keeps: ['Here are the final standings', 'Pos.', 'Anna Lind', '412', 'Paula Serra', '377', 'The new season starts in April'],
    leavesOut: [],
  },
  {
    file: 'embeds-and-popovers.html',
    keeps: [
      'curator Lena Holm told reporters',
      'We are open again! Come and see the east wing',
      'Visitors queued for an hour',
    ],
    leavesOut: ['curator of the year', 'Museum budget cut', 'Watch: a tour'],
  },
  {
    file: 'block-rules.html',
    keeps: ['By Tuesday, the reservoirs in the south', 'Farmers said the rain came too late', 'Follow the money, one farmer said', 'union newsletter, read by most growers', 'The River Band will play', 'twice the usual amount.'],
    leavesOut: ['November 20, 2030', 'By Jonas Weber', 'Jane Roe', 'Text size', 'Ana Lima', '12', 'Advert', 'contributed reporting', 'Follow us on Twitter', 'SOURCE', 'Like this story', 'members\' club', 'morning newsletter', 'Disclaimer', 'delivered to your door'],
  },
  {
    // <h1> used for every subheading: the first is the title, the later ones are the body's structure.
    file: 'h1-subheadings.html',
    keeps: ['El otoño es la mejor época', 'Dónde dormir', 'Las casas rurales', 'Qué comer', 'No hay que irse'],
    leavesOut: ['Guía para visitar el valle en otoño'],
  },
  {
    file: 'links-in-prose.html',
    keeps: ['We tested twenty kettles', 'Get it at Shop for $39', 'The first pick boils', 'The second pick costs'],
    leavesOut: ['KETTLE MAKER RECALLS', 'Best toasters', 'How we test', 'coffee grinders'],
  },
  {
    file: 'wordpress-post.html',
    keeps: ['After four decades on the rock', 'Olav Berg climbed', 'He kept the lamp', 'The coast authority will run'],
    leavesOut: ['May 3, 2030', 'Mara Lind', 'gains a museum', 'two dogs'],
  },
  {
    file: 'related-list-after-body.html',
    keeps: ['The mountain pass closed', 'More trouble ahead', 'Forecasters expect', 'Drivers were told', 'only road link', 'closed eleven times', 'live map', 'valley line', 'extra trains'],
    leavesOut: ['More Great Valley Stories', 'mountain hermit', 'ski lift', 'winter tyre', 'Avalanche warning', 'Ski season', 'cattle'],
  },
  {
    file: 'roundup-linked-headings.html',
    keeps: ['We pitched six tents', 'Ridge Two', 'The lightest tent', 'Lake Pod', 'A one-person pod'],
    leavesOut: [],
  },
  {
    file: 'br-separated-body.html',
    keeps: ['More than three thousand people', 'The organisers ran out', 'Next year the fair will move'],
    leavesOut: ['Home', 'Contact'],
  },
];

describe.each(DOMS)('extractArticle (%s)', (_name, load) => {
  it.each(CASES)('$file', ({ file, keeps, leavesOut }) => {
    const a = extractArticle(load(readFixture(file)));
    for (const k of keeps) expect(a.text, `keeps "${k}"`).toContain(k);
    for (const k of leavesOut) expect(a.text.toLowerCase(), `leaves out "${k}"`).not.toContain(k.toLowerCase());
  });

  it('separates paragraphs and subheadings with a blank line', () => {
    const a = extractArticle(load(readFixture('furniture-everywhere.html')));
    expect(a.text).toContain('\n\nCosts and timetable\n\nThe first year');
  });

  it('reads title and site name from the page', () => {
    const a = extractArticle(load(readFixture('furniture-everywhere.html')));
    expect(a.title).toBe('Harbour council approves new ferry line');
    expect(a.siteName).toBe('The Coastal Ledger');
    expect(a.lang).toBe('en');
  });

  it("takes the <h1> that is the headline's part of the <title> (full-width bar; guillemets are no separator)", () => {
    expect(extractArticle(load(readFixture('generalize/short-lines-blog-ja.html'))).title).toBe('週末の山歩き');
    expect(extractArticle(load(readFixture('generalize/product-tabs-fr.html'))).title).toBe('Théière en fonte « Brume »');
    const siteFirst = '<html><head><title>Stadtanzeiger | Marktplatz bekommt im Herbst zwölf neue Linden</title></head><body><h1>Stadtanzeiger</h1><p>x</p></body></html>';
    expect(extractArticle(load(siteFirst)).title).toBe('Marktplatz bekommt im Herbst zwölf neue Linden');
  });
});
