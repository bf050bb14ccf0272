// Block rules and markup signals added for CMS and forum pages: labelled byline lines, reading-time
// lines, counters in thousands; signatures, like counters, several itemprop names on one element.
import { describe, expect, it } from 'vitest';
import { markupSignal } from '../../../src/page/extract/class-signals.ts';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { isFurnitureBlock } from '../../../src/page/extract/is-furniture-block.ts';
import { linkedomDoc } from './load-fixture.ts';

const block = (text: string) => ({ text, segments: [], chars: text.replace(/\s/g, '').length, linkChars: 0 });
const ctx = { title: 'Der Dorfladen öffnet wieder', inTable: false };

describe('byline, reading-time and counter lines', () => {
  it.each([
    'Text: Julia Hahn · Fotos: Max Roth',
    'Автор: Ольга Сизова',
    'Texto: Ana Lima',
    'Tekst: Piotr Nowak | 12.03.2025',
    '6 min read',
    'Oct 15, 2015 · 18 min read',
    'Lesezeit: 4 Min.',
    'Temps de lecture : 3 min',
    '1.4K',
    '12k',
    'Resposta aceita',
    'Suscríbete por 1 € el primer mes y lee sin límites.',
    'Subscribe for just $1 a week and read without limits.',
    '责任编辑：王小明',
    '김서연 기자 seoyeon@hanbit-news.kr',
    'jane.roe@example.com',
  ])('leaves out: %s', (text) => {
    expect(isFurnitureBlock(block(text), ctx)).toBe(true);
  });

  it.each([
    'Text messages went out to every household on Monday.',
    'Autor: el libro de Marta Gil se presenta el jueves en la biblioteca.',
    'The report takes about 6 min to read aloud, the clerk said.',
    'Read time and again, the letter still moves her.',
    '1.4 K stands for the temperature in kelvin.',
    'Story: how the bridge was built, in three parts.',
    'Subscribers for the new service rose to 4,000 in May, the company said.',
    'Questions can be sent to hafen@example.org until Friday.',
  ])('keeps: %s', (text) => {
    expect(isFurnitureBlock(block(text), ctx)).toBe(false);
  });
});

describe('forum and schema.org markup', () => {
  const signal = (html: string) => {
    const el = linkedomDoc(`<html><body>${html}</body></html>`).body.firstElementChild!;
    return markupSignal(el, el.localName);
  };
  it.each([
    '<blockquote class="signature restore">x</blockquote>',
    '<dl class="postprofile" id="profile55101">x</dl>',
    '<div class="userinfo">x</div>',
    '<span class="post-likes">x</span>',
    '<div itemprop="interactionStatistic">x</div>',
    '<span class="mw-editsection">x</span>',
    '<ul class="user_info">x</ul>',
  ])('furniture: %s', (html) => {
    expect(signal(html)).toBe('furniture');
  });
  it.each([
    ['<div itemprop="description articleBody">x</div>', 'content'],
    ['<blockquote class="postcontent restore">x</blockquote>', null],
    ['<div class="profile-content">x</div>', 'content'],
    ['<div class="read-more">x</div>', null],
    ['<div class="user-info-content">x</div>', 'content'],
  ])('%s', (html, want) => {
    expect(signal(html)).toBe(want);
  });
});

describe('a byline line of its own gives the byline', () => {
  const page = (line: string) => `<html><head><title>Dorfladen</title></head><body><article><h1>Dorfladen</h1><p>${line}</p>${'<p>Drei Jahre lang mussten die Leute für jedes Brot ins Nachbardorf fahren, nun gibt es wieder einen Laden im Ort.</p>'.repeat(3)}</article></body></html>`;
  it.each([
    ['Por María de la Fuente | 3 de marzo de 2025', 'María de la Fuente'],
    ['Von Anna Berg, dpa', 'Anna Berg'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['Text: Julia Hahn · Fotos: Max Roth', 'Julia Hahn'],
    ['Autor: Piotr Nowak', 'Piotr Nowak'],
    ['By Jane Roe Sept. 4, 2019', 'Jane Roe'],
  ])('%s', (line, name) => {
    const a = extractArticle(linkedomDoc(page(line)));
    expect(a.byline).toBe(name);
    expect(a.text).not.toContain(line.slice(0, 8));
  });
  it('no byline from a sentence', () => {
    expect(extractArticle(linkedomDoc(page('Por fin abrió la tienda del pueblo.'))).byline).toBeNull();
  });
});
