// Polish: invented agency-style articles (several speakers, ranks, inflected names, pronouns and
// dropped subjects), each asserting the speaker and that no wrong speaker is given.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

const speakerOf = (items: ReturnType<typeof read>['items'], needle: string) => said(items, needle)?.speaker ?? null;

describe('Polish articles', () => {
  test('a police spokesman with his rank, a prosecutor named by a possessive, a resident by her given name', () => {
    const text = [
      'Rzecznik prasowy Komendy Głównej Policji insp. Mariusz Ciarka poinformował w sobotę o zatrzymaniu trzech podejrzanych.',
      '– Wszyscy zatrzymani usłyszeli już zarzuty – przekazał insp. Ciarka. – Grozi im do ośmiu lat więzienia.',
      'Śledztwo prowadzi prokuratura okręgowa w Katowicach. Jej rzeczniczka Agnieszka Wichary potwierdziła te informacje. „Materiał dowodowy jest obszerny” – napisała w komunikacie.',
      '– Nie spodziewaliśmy się, że to się stanie w naszym mieście – mówi nam pani Janina, mieszkanka osiedla.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    const first = said(items, 'Wszyscy zatrzymani');
    expect(first?.speaker).toBe('Mariusz Ciarka');
    expect(first?.content).toContain('Grozi im do ośmiu lat');
    expect(speakerOf(items, 'Materiał dowodowy')).toBe('Agnieszka Wichary');
    // (pani Janina is a resident, not the spokesman spoken of before)
    expect(speakerOf(items, 'Nie spodziewaliśmy się')).toBe('Janina');
  });

  test('a tag inside the quotation closed by a dash; an imperfective tag (odpowiadał); according to a genitive name', () => {
    const text = [
      'Minister finansów Andrzej Domański przedstawił w czwartek projekt budżetu na przyszły rok.',
      '„Nie będzie podwyżek podatków – zapewnił minister – ale musimy szukać oszczędności”.',
      'Opozycja nie zostawiła na projekcie suchej nitki. Były premier Mateusz Morawiecki mówił w Sejmie o „kreatywnej księgowości”.',
      '– To budżet na kredyt, który spłacać będą nasze dzieci – przekonywał Morawiecki.',
      '– Deficyt jest pod kontrolą – odpowiadał Domański.',
      'Ekonomiści są podzieleni. Zdaniem Piotra Kuczyńskiego z domu maklerskiego deficyt może przekroczyć pięć procent.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    const q = said(items, 'Nie będzie podwyżek');
    expect(q?.speaker).toBe('Andrzej Domański');
    expect(q?.rule).toBe('quote-tag-inside');
    expect(speakerOf(items, 'To budżet na kredyt')).toBe('Mateusz Morawiecki');
    const d = said(items, 'Deficyt jest pod kontrolą');
    expect(d?.speaker).toBe('Andrzej Domański');
    expect(d?.content).not.toContain('odpowiadał');
    expect(speakerOf(items, 'deficyt może przekroczyć')).toBe('Piotr Kuczyński');
  });

  test('a possessive phrase in the tag is someone else: – … – mówi ze łzami w oczach jego żona', () => {
    const text = 'Wojewoda dolnośląski Maciej Awiżeń spotkał się z mieszkańcami Kłodzka.\n\n– Pomoc trafi do wszystkich poszkodowanych – zapewnił wojewoda.\n\nMieszkańcy są sceptyczni. – Czekamy od tygodnia i nikt do nas nie przyjechał – żali się pan Tadeusz, emeryt z ulicy Łąkowej.\n\n– Woda zabrała nam wszystko – mówi ze łzami w oczach jego żona.';
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Pomoc trafi')).toBe('Maciej Awiżeń');
    expect(speakerOf(items, 'Czekamy od tygodnia')).toBe('Tadeusz');
    const wife = said(items, 'Woda zabrała');
    expect(wife).toBeDefined();
    expect(wife?.speaker ?? null).not.toBe('Tadeusz');
    expect(wife?.speaker ?? null).not.toBe('Maciej Awiżeń');
  });

  test('names with particles and inflected full names: von der Leyen, według rzecznika rządu Adama Szłapki', () => {
    const text = [
      'Szefowa Komisji Europejskiej Ursula von der Leyen zapowiedziała w środę nowe sankcje wobec Rosji.',
      '„Kreml musi zapłacić za swoje zbrodnie” – powiedziała von der Leyen na konferencji prasowej w Strasburgu.',
      'Rzecznik Kremla Dmitrij Pieskow nazwał zapowiedź „histerią”. – Sankcje uderzą w samą Europę – stwierdził Pieskow.',
      '– Jesteśmy przygotowani na każdy scenariusz – zapewniła z kolei szefowa KE.',
      'Według rzecznika rządu Adama Szłapki decyzja w sprawie pomocy zapadnie w przyszłym tygodniu.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Kreml musi zapłacić')).toBe('Ursula von der Leyen');
    expect(speakerOf(items, 'Sankcje uderzą')).toBe('Dmitrij Pieskow');
    expect(speakerOf(items, 'Jesteśmy przygotowani')).toBe('Ursula von der Leyen');
    expect(speakerOf(items, 'decyzja w sprawie pomocy')).toBe('Adam Szłapka');
  });

  test('a paragraph opening with a role and a name that follows a capitalised complement: Posłanka Lewicy Anna Maria Żukowska … Jej zdaniem', () => {
    const text = 'Posłanka Lewicy Anna Maria Żukowska skrytykowała w środę decyzję marszałka. Jej zdaniem regulamin Sejmu został złamany.\n\n„To jest skandal i naruszenie prawa” – napisała Żukowska w mediach społecznościowych.';
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'regulamin Sejmu został złamany')).toBe('Anna Maria Żukowska');
    expect(speakerOf(items, 'To jest skandal')).toBe('Anna Maria Żukowska');
  });
});

describe('Polish articles: speech that goes on, impersonal tags, descriptions by kind', () => {
  const text = [
    'Premier Donald Tusk zapowiedział w poniedziałek rekonstrukcję rządu. Szef rządu napisał na platformie X: „Zmiany w rządzie będą głębokie i szybkie”.',
    'Opozycja nazwała zapowiedź „teatrem dla mediów”. Prezes PiS Jarosław Kaczyński mówił o „rozpaczliwej próbie ratowania sondaży”.',
    '– Ten rząd się sypie i wszyscy to widzą – powiedział Kaczyński na konferencji w Sejmie.',
    '– Nie będziemy komentować plotek – ucięła rzeczniczka rządu Joanna Nowicka. – Premier przedstawi nazwiska w przyszłym tygodniu.',
    '– Rekonstrukcja to za mało, potrzebne są nowe pomysły.',
    'Politolog z Uniwersytetu Jagiellońskiego dr Marek Zawada uważa, że premier gra na czas. – To klasyczna ucieczka do przodu – ocenia ekspert.',
    '– Przepisy są napisane zbyt ogólnie – czytamy w opinii Urzędu Ochrony Danych Osobowych.',
    '„Projekt wymaga poważnych poprawek” – głosi oświadczenie Konfederacji Lewiatan.',
  ].join('\n\n');
  const { items, entities } = read(text, 'pl', '2024-05-14');

  test('a colon quote after a title; partial quotes after nazwała and mówił o', () => {
    expect(speakerOf(items, 'Zmiany w rządzie')).toBe('Donald Tusk');
    expect(said(items, 'teatrem dla mediów')?.source).toBe('Opozycja');
    expect(speakerOf(items, 'rozpaczliwej próbie')).toBe('Jarosław Kaczyński');
  });

  test('ucięła with the second part; dash speech with no tag in the next paragraph goes on with her', () => {
    const q = said(items, 'Nie będziemy komentować');
    expect(q?.speaker).toBe('Joanna Nowicka');
    expect(q?.content).toContain('Premier przedstawi nazwiska');
    expect(speakerOf(items, 'Rekonstrukcja to za mało')).toBe('Joanna Nowicka');
  });

  test('ekspert takes up the political scientist, never a body in his introduction', () => {
    expect(speakerOf(items, 'klasyczna ucieczka')).toBe('Marek Zawada');
    expect(entities.map((e) => e.name)).not.toContain('Uniwersytetu Jagiellońskiego');
  });

  test('czytamy w opinii urzędu, głosi oświadczenie: the body speaks', () => {
    const a = said(items, 'Przepisy są napisane');
    expect(a?.content).not.toContain('czytamy');
    expect(entities.find((e) => e.name === a?.speaker)?.type).toBe('organization');
    expect(speakerOf(items, 'Projekt wymaga')).toBe('Konfederacja Lewiatan');
  });
});

describe('Polish: no guess', () => {
  test('a bare role that names no one before gives no speaker, not a politician of another kind', () => {
    const { items } = read('Premier Donald Tusk odwiedził w środę szpital w Opolu.\n\n– Brakuje nam pielęgniarek i lekarzy – mówi dyrektor.', 'pl');
    expect(speakerOf(items, 'Brakuje nam')).toBe(null);
    const b = read('Minister zdrowia Izabela Leszczyna odwiedziła szpital.\n\n– Sytuacja się poprawia – ocenia ekspert.', 'pl');
    expect(speakerOf(b.items, 'Sytuacja się poprawia')).toBe(null);
  });

  test('a question in dash speech does not go on with the person quoted before (an interview turn)', () => {
    const { items } = read('– Nie boję się wyborów – mówi poseł Jan Nowak.\n\n– Czy partia wystawi pana na listę?\n\n– Decyzja należy do zarządu.', 'pl');
    expect(speakerOf(items, 'Nie boję się')).toBe('Jan Nowak');
    expect(speakerOf(items, 'Czy partia wystawi')).toBe(null);
  });

  test('two women as the subject: – powiedziała is neither', () => {
    const { items } = read('Anna Nowak i Ewa Kowalska prowadzą od lat piekarnię w centrum Radomia. „Ceny prądu nas dobijają” – powiedziała.', 'pl');
    expect(speakerOf(items, 'Ceny prądu')).toBe(null);
  });
});

describe('Polish articles: sport, court, war, health, local news', () => {
  test('a coach by his role, a captain on Instagram, a defender introduced after his verb (none rather than the captain)', () => {
    const text = [
      'Reprezentacja Polski przegrała w Cardiff z Walią 1:2. Selekcjoner Michał Probierz nie krył rozczarowania po meczu.',
      '– Zabrakło nam skuteczności w drugiej połowie – powiedział trener na konferencji prasowej. – Musimy wyciągnąć wnioski.',
      'Kapitan drużyny Robert Lewandowski przyznał, że zespół zagrał poniżej oczekiwań. „Nie ma co szukać wymówek. Byliśmy słabsi” – napisał napastnik na Instagramie.',
      'Innego zdania był Jakub Kiwior. – Mieliśmy swoje sytuacje, zabrakło szczęścia – stwierdził obrońca.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    const coach = said(items, 'Zabrakło nam');
    expect(coach?.speaker).toBe('Michał Probierz');
    expect(coach?.content).toContain('Musimy wyciągnąć wnioski');
    expect(speakerOf(items, 'Nie ma co szukać')).toBe('Robert Lewandowski');
    expect(speakerOf(items, 'Mieliśmy swoje sytuacje')).not.toBe('Robert Lewandowski');
  });

  test('a judge, a lawyer to journalists, a prosecutor past the place of his office', () => {
    const text = [
      'Sąd Okręgowy w Warszawie skazał w czwartek byłego wiceministra na trzy lata więzienia.',
      '– Oskarżony działał w zamiarze bezpośrednim – uzasadniała sędzia Anna Zielińska.',
      'Obrońca skazanego mec. Piotr Wiśniewski zapowiedział apelację. – Wyrok jest niesprawiedliwy i będziemy się od niego odwoływać – powiedział dziennikarzom.',
      'Prokuratura jest zadowolona z rozstrzygnięcia. „Sąd podzielił nasze argumenty” – przekazał rzecznik Prokuratury Okręgowej w Warszawie prok. Szymon Banna.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Oskarżony działał')).toBe('Anna Zielińska');
    expect(speakerOf(items, 'Wyrok jest niesprawiedliwy')).toBe('Piotr Wiśniewski');
    expect(speakerOf(items, 'Sąd podzielił')).toBe('Szymon Banna');
  });

  test('według Zełenskiego: the genitive surname alone, not run on into the country that follows', () => {
    const text = 'Prezydent Wołodymyr Zełenski zaapelował do Zachodu o kolejne systemy obrony powietrznej.\n\nWedług Zełenskiego Rosja przygotowuje nową ofensywę na wschodzie kraju.\n\nSekretarz generalny NATO Mark Rutte zapewnił w Brukseli, że Sojusz nie zostawi Ukrainy. Rutte: „Nasze wsparcie jest niezachwiane”.';
    const { items } = read(text, 'pl');
    const a = said(items, 'przygotowuje nową ofensywę');
    expect(a?.speaker).toBe('Wołodymyr Zełenski');
    expect(a?.content).toContain('Rosja');
    expect(speakerOf(items, 'Nasze wsparcie')).toBe('Mark Rutte');
  });

  test('a quotation with no tag in its own paragraph goes on; nasz rozmówca is the man just quoted', () => {
    const text = [
      'Burmistrz Wadowic Bartosz Kaliński nie ukrywa zadowolenia z nowej inwestycji. – To dla nas wielki dzień – mówi.',
      '„Fabryka da pracę czterystu osobom” – podkreślił burmistrz podczas sesji rady miasta.',
      '„Pierwsze rekrutacje ruszą jesienią”.',
      'Przewodniczący miejscowej Solidarności Jan Nowak jest bardziej ostrożny.',
      '„Zobaczymy, jakie będą warunki zatrudnienia i płace” – powiedział. – Ludzie pamiętają, co się stało z poprzednim zakładem – dodaje nasz rozmówca.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'wielki dzień')).toBe('Bartosz Kaliński');
    expect(speakerOf(items, 'Fabryka da pracę')).toBe('Bartosz Kaliński');
    expect(speakerOf(items, 'Pierwsze rekrutacje')).toBe('Bartosz Kaliński');
    expect(speakerOf(items, 'Zobaczymy')).toBe('Jan Nowak');
    expect(speakerOf(items, 'Ludzie pamiętają')).toBe('Jan Nowak');
  });

  test('nasz rozmówca with no one named before gives no speaker', () => {
    const { items } = read('Na targu w Radomiu ceny warzyw wzrosły o połowę.\n\n– Ludzie kupują mniej niż rok temu – mówi nasz rozmówca.', 'pl');
    expect(speakerOf(items, 'Ludzie kupują')).toBe(null);
  });

  test('a police officer with two ranks before her name; a witness by his given name', () => {
    const text = 'Do wypadku doszło w niedzielę na drodze krajowej nr 7.\n\n– Kierowca osobowego auta zjechał na przeciwległy pas ruchu – relacjonuje mł. asp. Katarzyna Kowalczyk z biura prasowego policji w Radomiu.\n\n– Widziałem, jak wyprzedzał na trzeciego – mówi pan Henryk, który był na miejscu chwilę po wypadku.';
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Kierowca osobowego auta')).toBe('Katarzyna Kowalczyk');
    expect(speakerOf(items, 'Widziałem, jak')).toBe('Henryk');
  });
});

describe('Polish: marks and dashes of the web', () => {
  test('a hyphen for the dash, straight quotation marks, an em dash with a comma tag', () => {
    const text = [
      'Wicepremier Krzysztof Gawkowski odwiedził w środę Poznań.',
      '- Cyfryzacja urzędów to nasz priorytet - mówił wicepremier. - Do końca roku wszystkie wnioski będzie można złożyć przez internet.',
      'Poseł PiS Marcin Przydacz krytykuje te plany. "To kolejne obietnice bez pokrycia" - napisał na X.',
      '— Stopy procentowe pozostają bez zmian — powiedział prezes NBP Adam Glapiński. „Obniżki stóp możemy się spodziewać najwcześniej w przyszłym roku”, dodał Glapiński.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    const q = said(items, 'Cyfryzacja urzędów');
    expect(q?.speaker).toBe('Krzysztof Gawkowski');
    expect(q?.content).toContain('Do końca roku');
    expect(q?.content).not.toContain('mówił');
    expect(speakerOf(items, 'obietnice bez pokrycia')).toBe('Marcin Przydacz');
    expect(speakerOf(items, 'Stopy procentowe')).toBe('Adam Glapiński');
    expect(speakerOf(items, 'Obniżki stóp')).toBe('Adam Glapiński');
  });

  test('a list with hyphens is no speech', () => {
    const { items } = read('Nowe przepisy obejmą:\n\n- wszystkie szkoły podstawowe w kraju\n\n- przedszkola prowadzone przez gminy', 'pl');
    expect(items.length).toBe(0);
  });

  test('titles of programmes, broadcasts and newspapers in marks are no quotations; a partial after nazwał is', () => {
    const text = 'Minister rozwoju Krzysztof Paszyk mówił w czwartek o programie „Mieszkanie na start”, który ma ruszyć w przyszłym roku.\n\nGość audycji „Sygnały dnia” przekonywał, że ceny mieszkań spadną.\n\nMinister nazwał krytykę opozycji „polityczną histerią bez pokrycia w faktach”.';
    const { items } = read(text, 'pl');
    expect(said(items, 'Mieszkanie na start')).toBeUndefined();
    expect(said(items, 'Sygnały dnia')).toBeUndefined();
    const p = said(items, 'polityczną histerią');
    expect(p?.kind).toBe('partial');
    expect(p?.speaker).toBe('Krzysztof Paszyk');
  });
});

describe('Polish: media around the tag', () => {
  test('a programme in marks inside the tag, a station, a newspaper in the dative, a portal in the dative', () => {
    const text = [
      'Premier Donald Tusk zapowiedział zmiany w systemie emerytalnym.',
      '– To nie jest dobry moment na takie reformy – stwierdził w „Faktach po Faktach” Rafał Bochenek z PiS.',
      '– Rząd ma pełne poparcie koalicji – przekonywał na antenie Polsat News Marcin Kierwiński.',
      '– Nikt nie straci ani złotówki – powiedziała „Rzeczpospolitej” minister Agnieszka Dziemianowicz-Bąk.',
      '– Zobaczymy, jak będzie – mówi Onetowi Jan Kowalski, emeryt z Łodzi.',
    ].join('\n\n');
    const { items } = read(text, 'pl', '2024-05-14');
    expect(speakerOf(items, 'dobry moment')).toBe('Rafał Bochenek');
    expect(said(items, 'Faktach po Faktach')?.content.startsWith('„Faktach')).not.toBe(true);
    expect(speakerOf(items, 'pełne poparcie')).toBe('Marcin Kierwiński');
    expect(speakerOf(items, 'Nikt nie straci')).toBe('Agnieszka Dziemianowicz-Bąk');
    expect(speakerOf(items, 'Zobaczymy, jak')).toBe('Jan Kowalski');
  });
});

describe('Polish: complements before names, nationalities, adjuncts before the verb', () => {
  test('trener Legii Goncalo Feio; a nationality is no name; a short answer with its tag', () => {
    const text = [
      'Po meczu trener Legii Goncalo Feio był wściekły. Jego zdaniem sędzia popełnił kilka błędów.',
      '– Nie mogę tego zrozumieć. Karny był ewidentny – mówił Portugalczyk.',
      'Inaczej widział to trener Jagiellonii Adrian Siemieniec. – Wygraliśmy zasłużenie – podkreślił.',
      '„Drużyna pokazała charakter” – dodał szkoleniowiec.',
    ].join('\n\n');
    const { items, entities } = read(text, 'pl');
    expect(speakerOf(items, 'sędzia popełnił')).toBe('Goncalo Feio');
    expect(entities.map((e) => e.name)).not.toContain('Portugalczyk');
    expect(speakerOf(items, 'Nie mogę tego zrozumieć')).not.toBe('Adrian Siemieniec');
    expect(speakerOf(items, 'Wygraliśmy zasłużenie')).toBe('Adrian Siemieniec');
    expect(speakerOf(items, 'Drużyna pokazała')).toBe('Adrian Siemieniec');
  });

  test('a body as the subject, with an adjunct before its verb: Naczelna Rada Adwokacka w stanowisku uznała projekt za „…”', () => {
    const { items } = read('Adwokaci mają inne zdanie. Naczelna Rada Adwokacka w opublikowanym stanowisku uznała projekt za „niebezpieczny dla praw obywatelskich”.', 'pl');
    expect(speakerOf(items, 'niebezpieczny dla praw')).toBe('Naczelna Rada Adwokacka');
  });

  test('według niej after a woman is named; a quotation in its own paragraph goes on with the subject of the sentence before', () => {
    const text = 'Rzeczniczka Praw Obywatelskich Anna Nowak skierowała w piątek pismo do ministra. Według niej nowe przepisy naruszają prawo do obrony.\n\n„Ustawa w obecnym kształcie nie powinna wejść w życie” – napisała w piśmie.\n\nWiceminister Maria Ejchart przekonywała w Sejmie, że projekt był szeroko konsultowany.\n\n„Nikt nie zgłaszał takich zastrzeżeń na etapie konsultacji”.';
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'nowe przepisy naruszają')).toBe('Anna Nowak');
    expect(speakerOf(items, 'Ustawa w obecnym')).toBe('Anna Nowak');
    expect(speakerOf(items, 'Nikt nie zgłaszał')).toBe('Maria Ejchart');
  });
});

describe('Polish: dashes that are no speech', () => {
  test('a list after a colon, items in lower case or ending with a comma', () => {
    const { items } = read('Nowe przepisy obejmą:\n\n– wszystkie szkoły podstawowe w kraju,\n\n– przedszkola prowadzone przez gminy.\n\nZmiany wejdą w życie we wrześniu.', 'pl');
    expect(items.length).toBe(0);
  });

  test('speech after a colon that has its verb of saying is speech, and the speaker’s', () => {
    const { items } = read('Dyrektor szkoły Jan Nowak mówi:\n\n– Nie jesteśmy na to gotowi. Brakuje nauczycieli.', 'pl');
    expect(speakerOf(items, 'Nie jesteśmy na to gotowi')).toBe('Jan Nowak');
  });

  test('I dodaje: „…” after dash speech is the same speaker; a new person named between takes the next dash', () => {
    const text = '– Ceny energii muszą spaść jeszcze w tym roku – mówi Anna Kowalska z Federacji Konsumentów. I dodaje: „Rodziny nie wytrzymają kolejnej zimy z takimi rachunkami”.\n\nMarek Zieliński, szef Izby Energetyki, uważa inaczej.\n\n– Bez inwestycji w sieci nie będzie tańszego prądu.';
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Ceny energii')).toBe('Anna Kowalska');
    expect(speakerOf(items, 'Rodziny nie wytrzymają')).toBe('Anna Kowalska');
    expect(speakerOf(items, 'Bez inwestycji')).toBe('Marek Zieliński');
  });
});

describe('Polish: headings with a colon', () => {
  test('MSZ: „…” and Policja: „…” are the bodies; a common word before the colon is no one', () => {
    const { items, entities } = read('MSZ: „Ambasador Rosji zostanie wezwany do ministerstwa”\n\nResort zareagował na incydent w czwartek wieczorem.', 'pl');
    expect(entities.find((e) => e.name === said(items, 'Ambasador Rosji')?.speaker)?.type).toBe('organization');
    const b = read('Aktualizacja: „Ten komunikat zastępuje poprzedni w całości”', 'pl');
    expect(speakerOf(b.items, 'Ten komunikat')).toBe(null);
  });
});

describe('Polish: manner of saying', () => {
  test('verbs of manner (śmiała się, zaoponował) and an adverb between the verb and its subject', () => {
    const text = [
      'Marszałek Sejmu Szymon Hołownia i minister finansów Andrzej Domański spotkali się w czwartek z samorządowcami. „Rozmowa była konstruktywna” – powiedział.',
      'Przewodnicząca Związku Miast Polskich Hanna Zdanowska oceniła spotkanie krytycznie. – Znowu usłyszeliśmy tylko obietnice – śmiała się gorzko prezydent Łodzi.',
      'Wiceprzewodniczący związku, burmistrz Wadowic Bartosz Kaliński, był bardziej powściągliwy.',
      '– Dajmy rządowi szansę – zaoponował.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    // (two men as the subject: neither)
    expect(speakerOf(items, 'Rozmowa była konstruktywna')).toBe(null);
    const q = said(items, 'Znowu usłyszeliśmy');
    expect(q?.content).not.toContain('śmiała');
    expect(q?.source ?? '').not.toContain('gorzko');
    expect(speakerOf(items, 'Dajmy rządowi')).toBe('Bartosz Kaliński');
  });
});

describe('Polish: adjuncts around the subject', () => {
  test('a subject before an adjunct of several prepositions; a place after a preposition is no subject; an agency after the verb is the hearer', () => {
    const a = read('Premier w rozmowie z dziennikarzami powiedział, że „rząd nie podniesie podatków”.', 'pl', '2024-05-14');
    expect(speakerOf(a.items, 'rząd nie podniesie')).toBe('Donald Tusk');
    const b = read('Minister Jan Nowak podczas konferencji w Sejmie zapowiedział „koniec z fikcją w ochronie zdrowia”.', 'pl');
    expect(speakerOf(b.items, 'koniec z fikcją')).toBe('Jan Nowak');
    const c = read('Jak powiedział PAP Paweł Wroński, ambasador został wezwany na rozmowę.', 'pl');
    expect(speakerOf(c.items, 'ambasador został wezwany')).toBe('Paweł Wroński');
  });
});

describe('Polish: a dropped subject after someone new is named in the paragraph', () => {
  test('– … – mówi. after "Spotkaliśmy się z Janem Kowalskim": not the minister of the paragraph before', () => {
    const { items } = read('– Nie będzie podwyżek – zapewnił minister finansów Andrzej Domański.\n\nSpotkaliśmy się z Janem Kowalskim w jego biurze w Radomiu. – Ta firma to moje życie – mówi.', 'pl');
    expect(speakerOf(items, 'Nie będzie podwyżek')).toBe('Andrzej Domański');
    expect(speakerOf(items, 'Ta firma to moje życie')).not.toBe('Andrzej Domański');
  });
});

describe('Polish: statements of bodies by their acronym', () => {
  test('czytamy w komunikacie KGP, głosi oświadczenie MSZ: the body', () => {
    const { items, entities } = read('„Apelujemy do kierowców o rozwagę” – czytamy w komunikacie KGP.\n\n– Ambasador zostanie wezwany – głosi oświadczenie MSZ.', 'pl');
    for (const needle of ['Apelujemy do kierowców', 'Ambasador zostanie']) {
      const q = said(items, needle);
      expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
    }
  });
});

describe('Polish: a name after its verb is its object', () => {
  test('sport: a name after the verb is its object, not the subject a dropped one takes up (Polka pokonała Arynę Sabalenkę)', () => {
    const text = [
      'Iga Świątek awansowała do finału turnieju w Madrycie. Polka pokonała Arynę Sabalenkę 6:3, 6:4.',
      '– Grałam bardzo cierpliwie i czekałam na swoje szanse – powiedziała po meczu.',
      'Hubert Hurkacz odpadł w ćwierćfinale. Wcześniej Polak ograł Jannika Sinnera.',
      '– Zabrakło mi sił w trzecim secie – przyznał.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    expect(speakerOf(items, 'Grałam bardzo cierpliwie')).toBe('Iga Świątek');
    expect(speakerOf(items, 'Zabrakło mi sił')).toBe('Hubert Hurkacz');
  });

  test('a role, a verb, then a name in another case: the name is no subject (Słowa ministra Jana Kowalskiego …)', () => {
    const text = [
      'Słowa ministra rolnictwa Jana Kowalskiego wywołały burzę wśród rolników. Protestujący zebrali się przed Sejmem.',
      '– Nikt nas nie słucha – mówił.',
    ].join('\n\n');
    const { items } = read(text, 'pl');
    expect(said(items, 'Nikt nas nie słucha')).toBeDefined();
    expect(speakerOf(items, 'Nikt nas nie słucha')).toBeNull();
  });
});

test('Polish: a determiner, a noun, a verb, then a name: the name is the object (Ta zawodniczka pokonała Arynę Sabalenkę)', () => {
  const text = 'Iga Świątek wygrała turniej w Rzymie. Ta zawodniczka pokonała w finale Arynę Sabalenkę.\n\n– Jestem bardzo szczęśliwa – powiedziała.';
  const { items } = read(text, 'pl');
  expect(speakerOf(items, 'Jestem bardzo szczęśliwa')).not.toBe('Arynę Sabalenkę');
  expect(speakerOf(items, 'Jestem bardzo szczęśliwa')).not.toBe('Aryna Sabalenka');
});

test('Polish: a body with a title in the genitive speaks as the body, not as the officeholder (Kancelaria Prezydenta)', () => {
  const text = [
    'Prezydent Andrzej Duda zawetował w piątek ustawę o edukacji. Decyzję skrytykowała ministra edukacji Barbara Nowacka.',
    '– Prezydent działa wbrew interesowi uczniów – oceniła.',
    'Kancelaria Prezydenta odpowiada, że ustawa była przygotowana w pośpiechu.',
    'Biuro prasowe Kancelarii Premiera przekazało: „Rząd przygotuje nowy projekt jeszcze w tym miesiącu”.',
  ].join('\n\n');
  const { items, entities } = read(text, 'pl');
  expect(speakerOf(items, 'Prezydent działa wbrew')).toBe('Barbara Nowacka');
  const k = said(items, 'ustawa była przygotowana');
  expect(k?.speaker).not.toBe('Andrzej Duda');
  expect(entities.find((e) => e.name === k?.speaker)?.type).toBe('organization');
  expect(speakerOf(items, 'Rząd przygotuje nowy projekt')).not.toBe('Donald Tusk');
});
