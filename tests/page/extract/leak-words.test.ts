// The furniture words are data, one file per language (src/page/extract/lexicon/): each file's
// entries are well formed, and the block rules built from them catch each language's leaks while
// leaving sentences that merely begin with the same words.
import { describe, expect, it } from 'vitest';
import { isRelatedLabelText } from '../../../src/page/extract/collect-article-text.ts';
import { isFurnitureBlock } from '../../../src/page/extract/is-furniture-block.ts';
import { LANGUAGES } from '../../../src/page/extract/lexicon/index.ts';

const block = (text: string, linkChars = 0) => ({ text, segments: [], chars: text.replace(/\s/g, '').length, linkChars });
const furniture = (text: string, linked = '') => isFurnitureBlock(block(text + linked, linked.replace(/\s/g, '').length), { title: '', inTable: false });

describe('furniture words per language', () => {
  it('labels are lower case and trimmed, patterns compile, no file repeats an entry', () => {
    for (const lang of LANGUAGES) {
      for (const l of lang.labels ?? []) expect(l, l).toBe(l.toLowerCase().trim());
      // class names are split into ASCII words (class-signals.ts): a word with an accent never matches
      for (const w of [...(lang.classWords ?? []), ...(lang.commentClassWords ?? [])]) expect(w, w).toMatch(/^[a-z0-9]+$/);
      for (const field of ['related', 'leadLabels', 'promo', 'promoTopics', 'paywall', 'disclaimer', 'appeal', 'bylineLabels', 'readingTime'] as const) {
        const xs = lang[field] ?? [];
        for (const x of xs) expect(() => new RegExp(x, 'iu'), x).not.toThrow();
        expect(xs.filter((x, i) => xs.indexOf(x) !== i), field).toEqual([]);
      }
    }
  });

  it('catches labelled link lines, labels and notices in languages beyond the first seven', () => {
    expect(furniture('Lees ook: ', 'Werkzaamheden aan de kade lopen vertraging op')).toBe(true);
    expect(furniture('Baca Juga: ', 'Harga Cabai di Pasar Induk Mulai Turun')).toBe(true);
    expect(furniture('Читайте также: ', 'Новый мост через реку открыт')).toBe(true);
    expect(furniture('延伸阅读：', '老城区菜市场改造完成')).toBe(true);
    expect(furniture('ये भी पढ़ें: ', 'मेट्रो के दूसरे चरण का काम शुरू')).toBe(true);
    expect(furniture('קראו גם: ', 'נפתח מגרש כדורסל חדש')).toBe(true);
    expect(furniture('بیشتر بخوانید: ', 'بازگشایی پل تاریخی شهر')).toBe(true);
    expect(furniture('อ่านเพิ่มเติม: ', 'เปิดสะพานใหม่ข้ามแม่น้ำ')).toBe(true);
    expect(furniture('Advertentie')).toBe(true);
    expect(furniture('広告')).toBe(true);
    expect(furniture('Dit artikel is alleen voor abonnees beschikbaar. Ben je al abonnee?')).toBe(true);
    expect(furniture('Подписывайтесь на наш канал в Телеграме')).toBe(true);
    expect(isRelatedLabelText('Berita Terkait')).toBe(true);
    expect(isRelatedLabelText('Похожие статьи')).toBe(true);
    expect(isRelatedLabelText('関連記事')).toBe(true);
    expect(furniture('Foto: Karin Weber')).toBe(true);
    expect(furniture('Fot. Jan Nowak / PAP')).toBe(true);
    expect(furniture('Photo : Agence Locale')).toBe(true);
    expect(furniture('War dieser Artikel hilfreich?')).toBe(true);
    expect(furniture('Czy ten artykuł był pomocny?')).toBe(true);
  });

  it('leaves sentences that begin with the same words', () => {
    expect(furniture('Lees ook de brief van de burgemeester aan de raad, die donderdag werd verstuurd.')).toBe(false);
    expect(furniture('Baca juga menjadi kebiasaan baru para siswa di perpustakaan kota.')).toBe(false);
    expect(isRelatedLabelText('По теме реформы высказались все фракции')).toBe(false);
    expect(furniture('Volg de route langs de rivier tot aan de oude molen.')).toBe(false);
    expect(furniture('Fotos: Die Ausstellung zeigt hundert Bilder aus drei Jahrzehnten.')).toBe(false);
  });
});
