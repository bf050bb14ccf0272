// Round 4's rules, each on a small invented page: a long read's chapters beside a sign-up form, a
// subheading whose class says "title", a typing form's label, a site builder's paragraph <div>s
// with a short last line, a <title>'s headline part shown as an <h2>.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/page/extract/extract-article.ts';
import { DOMS, readFixture } from './load-fixture.ts';

const para = (s: string) => `<p>${s} ${'Die Arbeiten dauern noch bis zum Herbst, sagte die Bauleiterin am Dienstag.'.repeat(2)}</p>`;

for (const [domName, load] of DOMS) {
  describe(`round 4 rules (${domName})`, () => {
    it('reads chapters that hold a sign-up form of their own, beside a title block with a byline', () => {
      const html = `<html><head><title>Die Brücke von Altdorf</title></head><body><main>
        <div class="hero"><h1>Die Brücke von Altdorf</h1><p>Ein Besuch bei den letzten Brückenbauern des Tals, im Winter.</p><p>Text von Jana Roth, zwölf Minuten Lesezeit</p></div>
        <div class="body">${para('Erstens.')}${para('Zweitens.')}<div><form><input type="email"><button>Anmelden</button></form></div>${para('Drittens.')}${para('Viertens.')}</div>
        </main></body></html>`;
      const text = extractArticle(load(html)).text;
      for (const k of ['Erstens.', 'Zweitens.', 'Drittens.', 'Viertens.']) expect(text).toContain(k);
    });

    it('keeps a subheading whose class says "title" between paragraphs', () => {
      const html = `<html><head><title>Die Brücke von Altdorf</title></head><body><article><h1>Die Brücke von Altdorf</h1>
        ${para('Erstens.')}<h2 class="chapter__title">Der zweite Bogen</h2>${para('Zweitens.')}</article></body></html>`;
      expect(extractArticle(load(html)).text).toContain('Der zweite Bogen');
    });

    it("leaves out a typing form's label and keeps the prose", () => {
      const html = `<html><head><title>Die Brücke von Altdorf</title></head><body><article><h1>Die Brücke von Altdorf</h1>
        ${para('Erstens.')}<form class="cart"><label>Stückzahl wählen</label><input type="number" value="1"><button>Kaufen</button></form>${para('Zweitens.')}</article></body></html>`;
      const text = extractArticle(load(html)).text;
      expect(text).toContain('Zweitens.');
      expect(text).not.toContain('Stückzahl');
    });

    it("leaves out a site's copyright line inside the story's wrapper, keeps a wire service's notice sentence", () => {
      const html = `<html><head><title>Die Brücke von Altdorf</title></head><body><div class="page"><h1>Die Brücke von Altdorf</h1>
        ${para('Erstens.')}${para('Zweitens.')}<div>© 2025 Heimatverein Altdorf · Talstraße 4</div><p>© 2024 Nachrichtenagentur. Alle Rechte vorbehalten.</p></div></body></html>`;
      const text = extractArticle(load(html)).text;
      expect(text).toContain('Zweitens.');
      expect(text).not.toContain('Heimatverein Altdorf');
      expect(text).toContain('Alle Rechte vorbehalten.');
    });

    it('reads a post whose every short line is a <div> of its own, under a wrapper with no class', () => {
      const lines = ['Heute war der Markt am Rathaus voll.', 'Die Kirschen kosten wieder mehr als im Mai.', 'Der Bäcker aus Lindau hat neue Brote.', 'Nächste Woche regnet es wohl den ganzen Tag.'];
      const html = `<html><head><title>Markttag</title></head><body><nav><a href="/">Start</a></nav><div id="post"><h1>Markttag</h1>${lines.map((l) => `<div>${l}</div>`).join('')}</div></body></html>`;
      const text = extractArticle(load(html)).text;
      for (const l of lines) expect(text).toContain(l);
    });

    it("reads a site builder's paragraph <div>s with a short last line, and the title from its <h2>", () => {
      const a = extractArticle(load(readFixture('generalize/weebly-paragraph-divs-sv.html')));
      expect(a.title).toBe('Vårens kurser');
      expect(a.text).toContain('Nybörjarkursen omfattar fem kvällar');
      expect(a.text).toContain('Anmälan görs via e-post');
      expect(a.text).not.toContain('Drejskivorna i verkstaden');
      expect(a.text).not.toContain('Stora Östergatan 00');
    });
  });
}
