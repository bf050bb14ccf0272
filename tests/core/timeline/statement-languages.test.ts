// Timeline statements in other languages leave the date out with its preposition, as in English
// ("on Monday"): "am Montag", "w poniedziałek", "depuis lundi". Invented sentences.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.ts';

const statements = (text: string, lang: string) => analyze({ text, published: '2025-06-10', lang }).timeline.map((e) => e.text);

describe('timeline statements in other languages', () => {
  test('German: "am", "im", "ab" go with the date', () => {
    const s = statements('Die Ministerin besuchte am Montag das Hochwassergebiet. Anträge können ab Mittwoch gestellt werden. Die Zahlungen sollen im Juli beginnen.', 'de');
    expect(s).toEqual(['Die Ministerin besuchte das Hochwassergebiet', 'Anträge können gestellt werden', 'Die Zahlungen sollen beginnen']);
  });

  test('Polish: "w" goes with the weekday', () => {
    const s = statements('Premier odwiedził w poniedziałek zalane tereny.', 'pl');
    expect(s).toEqual(['Premier odwiedził zalane tereny']);
  });

  test('English keeps its own rule, and a language word is not taken out elsewhere', () => {
    expect(statements('The minister visited the flooded area on Monday.', 'en')).toEqual(['The minister visited the flooded area']);
    expect(statements('Im Juli will die Regierung im Landtag abstimmen.', 'de')).toEqual(['Will die Regierung im Landtag abstimmen']);
  });
});
