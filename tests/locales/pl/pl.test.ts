// Polish: invented sentences, read with the Polish pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('Polish', () => {
  test('dash speech: – … – mówi premier X. – … (one item with two parts)', () => {
    const { items } = read('– Musimy działać szybko, bo czasu jest mało – mówi premier Donald Tusk. – To jest sprawa pilna dla całego kraju.', 'pl');
    const q = said(items, 'Musimy działać szybko');
    expect(q?.speaker).toBe('Donald Tusk');
    expect(q?.content).toContain('To jest sprawa pilna');
  });

  test('„…” – powiedział prezydent: the officeholder of the day', () => {
    const { items } = read('„Nie zgadzamy się z tym planem” – powiedział prezydent w poniedziałek.', 'pl');
    expect(said(items, 'Nie zgadzamy się')?.speaker).toBe('Andrzej Duda');
  });

  test('names under inflection: według Putina → Vladimir Putin; zdaniem ekspertów is vague', () => {
    const { items, entities } = read('Według Putina sankcje nie działają wcale. Zdaniem ekspertów inflacja jeszcze wzrośnie. Rozmowa z Putinem trwała godzinę, a Putinowi nie podobały się pytania.', 'pl');
    expect(said(items, 'sankcje nie działają')?.speaker).toBe('Vladimir Putin');
    expect(said(items, 'inflacja jeszcze wzrośnie')?.vague).toBe(true);
    const putin = entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  test('powiedział with a name after it, and a surname later taken back to the full name', () => {
    const { items } = read('Minister Anna Nowak odwiedziła szpital. „Ten szpital potrzebuje nowego sprzętu” – powiedziała Nowak dziennikarzom.', 'pl');
    expect(said(items, 'Ten szpital potrzebuje')?.speaker).toBe('Anna Nowak');
  });

  test('past the medium: – … – mówi w rozmowie z PAP minister X', () => {
    const { items } = read('– Szpitale dostaną pieniądze jeszcze w tym roku – mówi w rozmowie z PAP minister zdrowia Adam Nowak.', 'pl');
    expect(said(items, 'Szpitale dostaną pieniądze')?.speaker).toBe('Adam Nowak');
  });

  test('a dropped subject is the person spoken of last (Polish leaves it out)', () => {
    const { items } = read('„Ten szpital potrzebuje nowego sprzętu” – powiedziała minister Anna Nowak. „Pieniądze już są” – dodała.', 'pl');
    expect(said(items, 'Pieniądze już są')?.speaker).toBe('Anna Nowak');
  });

  test('dash speech inside a paragraph, a second part up to its own tag, szef rządu named in the article, a bare role', () => {
    const text = 'Premier Donald Tusk spotkał się w poniedziałek z rolnikami.\n\n– Jesteśmy gotowi do kompromisu, ale nie na wszystko – powiedział po spotkaniu szef rządu. – Będziemy rozmawiać dalej – dodał.\n\nMinister rolnictwa Czesław Siekierski zapewnił, że rząd przygotuje nowe przepisy. – Pieniądze dla rolników są zabezpieczone – mówił minister.';
    const { items } = read(text, 'pl', '2024-02-20');
    const first = said(items, 'Jesteśmy gotowi');
    expect(first?.speaker).toBe('Donald Tusk');
    expect(first?.content).toContain('Będziemy rozmawiać dalej');
    expect(first?.content).not.toContain('dodał');
    expect(said(items, 'Pieniądze dla rolników')?.speaker).toBe('Czesław Siekierski');
  });

  test('institution words make an organisation in any case: Według Instytutu Meteorologii i Gospodarki Wodnej, Ministerstwa Zdrowia', () => {
    const { items, entities } = read('Według Instytutu Meteorologii i Gospodarki Wodnej poziom wody przekroczył sześć metrów. Według Ministerstwa Zdrowia liczba zakażeń spadła o połowę.', 'pl');
    const a = said(items, 'poziom wody');
    expect(a?.source).toBe('Instytutu Meteorologii i Gospodarki Wodnej');
    // (the entity's head in its base form, the complements as written)
    expect(a?.speaker).toBe('Instytut Meteorologii i Gospodarki Wodnej');
    expect(entities.find((e) => e.name === a?.speaker)?.type).toBe('organization');
    const b = said(items, 'liczba zakażeń');
    expect(entities.find((e) => e.name === b?.speaker)?.type).toBe('organization');
  });

  test('powiedział PAP: the agency is the hearer, the speaker comes after it (or none)', () => {
    const { items, entities } = read('– Nie zostawimy nikogo bez pomocy – powiedział PAP wojewoda Jan Kowalski.\n\n„Wały wytrzymają jeszcze kilka dni” – powiedział PAP.', 'pl');
    expect(said(items, 'Nie zostawimy nikogo')?.speaker).toBe('Jan Kowalski');
    expect(said(items, 'Wały wytrzymają')?.speaker).not.toBe('PAP');
    expect(entities.map((e) => e.name)).not.toContain('PAP');
  });

  test('a dropped subject in dash speech later in the paragraph is the person the paragraph opened with', () => {
    const { items } = read('Wojewoda Jan Kowalski odwiedził w poniedziałek zalane wały. – Nie zostawimy nikogo bez pomocy – powiedział PAP.', 'pl');
    expect(said(items, 'Nie zostawimy nikogo')?.speaker).toBe('Jan Kowalski');
  });

  test('the gender of a past verb: „…” – powiedział after a woman is named gives no speaker; powiedziała gives her', () => {
    const a = read('Anna Nowak odwiedziła szpital w poniedziałek. „Nie brakuje nam łóżek” – powiedział.', 'pl');
    expect(said(a.items, 'Nie brakuje nam')?.speaker ?? null).toBe(null);
    const b = read('Anna Nowak odwiedziła szpital w poniedziałek. „Nie brakuje nam łóżek” – powiedziała.', 'pl');
    expect(said(b.items, 'Nie brakuje nam')?.speaker).toBe('Anna Nowak');
  });

  test('według komunikatu Ministerstwa Zdrowia: the ministry, with its whole name', () => {
    const { items, entities } = read('Według komunikatu Ministerstwa Zdrowia trzech pacjentów przebywa w szpitalu.', 'pl');
    const q = said(items, 'trzech pacjentów');
    expect(q?.source).toBe('Ministerstwa Zdrowia');
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });

  test('past a long phrase of the medium: „…” – przekazała w rozmowie z RMF FM Anna Nowak', () => {
    const { items } = read('„Pieniądze na szpitale są zabezpieczone” – przekazała w rozmowie z RMF FM Anna Nowak.', 'pl');
    expect(said(items, 'Pieniądze na szpitale')?.speaker).toBe('Anna Nowak');
  });

  test('a title with a complement is no office of state: prezydent miasta, prezydent Gdańska; były premier is not today’s', () => {
    const { items, entities } = read('„Zatrudnimy dziesięć osób” – powiedział prezydent miasta. „Budżet jest gotowy” – powiedział prezydent Gdańska. „Nie żałuję niczego” – powiedział były premier.', 'pl');
    const names = entities.map((e) => e.name);
    expect(names).not.toContain('Andrzej Duda');
    expect(names).not.toContain('Mateusz Morawiecki');
    expect(names).not.toContain('Gdańska');
    expect(said(items, 'Zatrudnimy')?.source).toBe('prezydent miasta');
  });

  test('dash speech with a plural verb (powiedzieli, mówią) is no one person', () => {
    const { items } = read('Minister Anna Nowak odwiedziła szpital. – Brakuje łóżek na oddziałach – powiedzieli.', 'pl');
    expect(said(items, 'Brakuje łóżek')?.speaker ?? null).toBe(null);
  });

  test('a full name after a body in the genitive is the person (prezes Krajowej Rady Marek Zieliński); a surname after a medium phrase', () => {
    const text = 'Innego zdania jest prezes Krajowej Rady Izb Rolniczych Marek Zieliński. – Pomoc przychodzi za późno – mówi PAP Zieliński.\n\n„Jesteśmy otwarci na rozmowy” – napisał w mediach społecznościowych Zieliński.';
    const { items } = read(text, 'pl');
    expect(said(items, 'Pomoc przychodzi')?.speaker).toBe('Marek Zieliński');
    expect(said(items, 'Jesteśmy otwarci')?.speaker).toBe('Marek Zieliński');
  });

  test('jak podaje Onet: a news medium is an organisation', () => {
    const { items, entities } = read('Jak podaje Onet, minister poda się do dymisji w przyszłym tygodniu.', 'pl');
    const q = said(items, 'minister poda się');
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
  });

  test('jej zdaniem / jego zdaniem: the person spoken of, of the pronoun’s gender', () => {
    const a = read('Minister Anna Nowak odwiedziła szpital. Jej zdaniem sytuacja w szpitalach jest stabilna.', 'pl');
    expect(said(a.items, 'sytuacja w szpitalach')?.speaker).toBe('Anna Nowak');
    const b = read('Minister Jan Nowak odwiedził szpital. Jej zdaniem sytuacja w szpitalach jest stabilna.', 'pl');
    expect(said(b.items, 'sytuacja w szpitalach')?.speaker ?? null).toBe(null);
  });
});
