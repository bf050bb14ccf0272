// German: invented agency-style articles (dpa, APA, SDA house style), each with its traps: two
// persons, a description that takes up a name, a pronoun of the other gender, a spokesman with no
// name, a newspaper's title in marks, a quotation with no tag of its own.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('German articles', () => {
  test('„…“ Das sagte X: a quotation taken up by the next sentence is its speaker’s; a newspaper’s title in marks is no quotation', () => {
    const text = [
      '„Wir lassen uns von Russland nicht erpressen.“ Das sagte Außenministerin Annalena Baerbock am Montag bei einem Treffen mit ihren EU-Kollegen in Brüssel. Die Grünen-Politikerin forderte weitere Sanktionen.',
      '„Das ist ein schwarzer Tag für Europa“, schrieb der polnische Regierungschef Donald Tusk auf der Plattform X.',
      'Der ungarische Ministerpräsident Viktor Orbán sieht die Lage anders. „Sanktionen schaden uns mehr als Moskau“, sagte Orbán in einem Interview mit der „Frankfurter Allgemeinen Zeitung“. Ungarn werde weitere Maßnahmen blockieren, kündigte der 60-Jährige an.',
      '„Die Lage an der Front ist ernst, aber nicht hoffnungslos.“ Mit diesen Worten reagierte der ukrainische Präsident Wolodymyr Selenskyj am Abend auf den Angriff.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'nicht erpressen')?.speaker).toBe('Annalena Baerbock');
    expect(said(items, 'schwarzer Tag')?.speaker).toBe('Donald Tusk');
    expect(said(items, 'Sanktionen schaden')?.speaker).toBe('Viktor Orbán');
    expect(said(items, 'Frankfurter Allgemeinen')).toBeUndefined();
    expect(said(items, 'nicht hoffnungslos')?.speaker).toBe('Wolodymyr Selenskyj');
  });

  test('„…“, sagte Lindner der „Bild am Sonntag“ / dem „Spiegel“: the paper is the hearer, not a quotation', () => {
    const { items } = read('„Die Schuldenbremse gilt, und zwar für alle“, sagte Finanzminister Christian Lindner der „Bild am Sonntag“. Er warnte im „Bericht aus Berlin“ vor neuen Schulden.', 'de');
    expect(said(items, 'Schuldenbremse gilt')?.speaker).toBe('Christian Lindner');
    expect(said(items, 'Bild am Sonntag')).toBeUndefined();
    expect(said(items, 'Bericht aus Berlin')).toBeUndefined();
  });

  test('a quotation that opens a sentence after sentences about a person, in the same paragraph, is theirs; not after someone else is named', () => {
    const a = read('Gesundheitsminister Karl Lauterbach wies die Kritik zurück. Er sei zu Gesprächen bereit, aber die Grundzüge stünden fest. „Die Reform kommt, daran führt kein Weg vorbei.“', 'de');
    expect(said(a.items, 'Die Reform kommt')?.speaker).toBe('Karl Lauterbach');
    const b = read('Gesundheitsminister Karl Lauterbach traf sich am Montag mit der bayerischen Ministerin Judith Gerlach. „Die Reform kommt, daran führt kein Weg vorbei.“', 'de');
    expect(said(b.items, 'Die Reform kommt')?.speaker ?? null).toBe(null);
  });

  test('a description of the other gender is not the person named before: die Präsidentin after Kanzler Olaf Scholz', () => {
    const text = 'Bundeskanzler Olaf Scholz äußerte sich zurückhaltend. „Wir werden eine Lösung finden“, sagte der Kanzler in Berlin.\n\n„Die Konjunktur ist ohnehin schwach“, sagte die Präsidentin des Verbands.';
    const { items } = read(text, 'de');
    expect(said(items, 'eine Lösung finden')?.speaker).toBe('Olaf Scholz');
    expect(said(items, 'Konjunktur ist ohnehin')?.speaker).not.toBe('Olaf Scholz');
  });

  test('a woman introduced by a feminine role is no "er": „…“, sagte er after Klubobfrau Sigrid Maurer and an unnamed spokesman', () => {
    const text = 'Kritik kam von den Grünen. Deren Klubobfrau Sigrid Maurer sprach von einem Wahlkampfmanöver. „Der Kanzler sucht einen Sündenbock für die eigenen Versäumnisse“, sagte Maurer dem ORF.\n\nDie EU-Kommission wollte sich zunächst nicht äußern. Ein Sprecher verwies auf laufende Gespräche. „Wir stehen mit allen Mitgliedstaaten in engem Kontakt“, sagte er in Brüssel.';
    const { items } = read(text, 'de');
    expect(said(items, 'Sündenbock')?.speaker).toBe('Sigrid Maurer');
    expect(said(items, 'engem Kontakt')?.speaker).not.toBe('Sigrid Maurer');
  });

  test('„…“, sagte er after an unnamed spokesman’s statement is the spokesman’s; "sie" is not him', () => {
    const text = 'Ein Sprecher der Bundesregierung sagte, man nehme die Äußerungen zur Kenntnis. „Wir setzen weiter auf Geschlossenheit“, sagte er.';
    const { items } = read(text, 'de');
    expect(said(items, 'Geschlossenheit')?.source).toMatch(/Sprecher der Bundesregierung|er/);
    expect(said(items, 'Geschlossenheit')?.speaker).toMatch(/Bundesregierung/);
    const b = read('Ein Sprecher der Bundesregierung sagte, man nehme die Äußerungen zur Kenntnis. „Wir setzen weiter auf Geschlossenheit“, sagte sie.', 'de');
    expect(said(b.items, 'Geschlossenheit')?.speaker ?? null).toBe(null);
  });

  test('Austrian and Swiss given names make names: Gerald, Sigrid, Urs, Reto, Doris', () => {
    const text = 'Nationalratspräsident Wolfgang Sobotka lud zur Sondersitzung. «Das Parlament muss jetzt Klarheit schaffen», sagte Urs Bühler, Präsident des Verbands. Reto Käser widersprach: «Dafür ist es zu spät.»';
    const { items } = read(text, 'de');
    expect(said(items, 'Klarheit schaffen')?.speaker).toBe('Urs Bühler');
    expect(said(items, 'zu spät')?.speaker).toBe('Reto Käser');
  });

  test('a noun after a name in the perfect tense is not part of it; a nationality takes up the person named before, of its gender', () => {
    const text = [
      'München - Nach dem Abstieg hat Trainer Michael Köllner Fehler eingeräumt. „Wir haben zu oft die falschen Entscheidungen getroffen“, räumte der 53-Jährige am Sonntag ein.',
      'Sportdirektor Günther Gorenzel gab sich dagegen kämpferisch. „Wir kommen zurück, da bin ich mir sicher“, sagte der Österreicher.',
      'Investor Hasan Ismaik meldete sich aus Abu Dhabi. „Ich bin bereit, weiter zu investieren“, schrieb der Jordanier auf Facebook.',
      'EZB-Präsidentin Christine Lagarde traf Bundesbankchef Joachim Nagel. „Wir sind zuversichtlich, dass die Preise sinken“, sagte die Französin.',
      '„Die Zinsen sind viel zu hoch für uns“, sagen die Österreicher in einer Umfrage.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'falschen Entscheidungen')?.speaker).toBe('Michael Köllner');
    expect(said(items, 'Wir kommen zurück')?.speaker).toBe('Günther Gorenzel');
    expect(said(items, 'weiter zu investieren')?.speaker).toBe('Hasan Ismaik');
    expect(said(items, 'Preise sinken')?.speaker).toBe('Christine Lagarde');
    expect(said(items, 'viel zu hoch')?.speaker ?? null).not.toBe('Christine Lagarde');
    expect(said(items, 'viel zu hoch')?.speaker ?? null).not.toBe('Hasan Ismaik');
  });

  test('Swiss house style: «…», heisst es bei der SVP; «…», sagt sie after a quotation ending in -en is she, not "they"', () => {
    const text = [
      'Bern - Kritik kommt von links. SP-Nationalrätin Priska Seiler hält die Pläne für überrissen. «Man kann nicht bei der Bildung sparen und gleichzeitig Milliarden für Panzer ausgeben», sagt sie gegenüber SRF.',
      '«Wir unterstützen die Stossrichtung», heisst es dagegen bei der SVP. Fraktionschef Thomas Aeschi zeigte sich zufrieden: «Endlich handelt der Bundesrat.»',
    ].join('\n\n');
    const { items, entities } = read(text, 'de');
    expect(said(items, 'Milliarden für Panzer')?.speaker).toBe('Priska Seiler');
    const svp = said(items, 'Stossrichtung');
    expect(entities.find((e) => e.name === svp?.speaker)?.type).toBe('organization');
    expect(said(items, 'Endlich handelt')?.speaker).toBe('Thomas Aeschi');
  });

  test('an unnamed police spokesman taken up as "der Sprecher"; "sein Anwalt" is someone new, not the prosecutor', () => {
    const text = [
      '„Wir prüfen den Vorwurf der fahrlässigen Tötung“, sagte Oberstaatsanwalt Ulrich Bremer der Deutschen Presse-Agentur.',
      'Ein Polizeisprecher sagte, der Lastwagen sei ungebremst auf ein Stauende gefahren. „Die Bilder waren schrecklich“, so der Sprecher.',
      'Der Spediteur wollte sich nicht äußern. „Mein Mandant bedauert den Unfall zutiefst“, erklärte sein Anwalt.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'fahrlässigen Tötung')?.speaker).toBe('Ulrich Bremer');
    expect(said(items, 'Bilder waren schrecklich')?.speaker).toMatch(/Polizei/);
    expect(said(items, 'Mandant bedauert')?.speaker).not.toBe('Ulrich Bremer');
  });

  test('a body cut short before its link ("für Arbeitsmarkt- und Berufsforschung (IAB)") is one source; "zeigte sich X überzeugt" tags', () => {
    const text = 'Nach Einschätzung des Instituts für Arbeitsmarkt- und Berufsforschung (IAB) könnten Streiks die Konjunktur belasten. „Ein Streik würde niemandem helfen“, zeigte sich auch Wirtschaftsministerin Nicole Hoffmeister-Kraut überzeugt.';
    const { items } = read(text, 'de');
    const a = said(items, 'könnten Streiks');
    expect(a?.source).toBe('Instituts für Arbeitsmarkt- und Berufsforschung (IAB)');
    expect(a?.content.startsWith('könnten')).toBe(true);
    expect(said(items, 'niemandem helfen')?.speaker).toBe('Nicole Hoffmeister-Kraut');
  });

  test('a partial quotation in Konjunktiv reported speech takes the tag that closes its sentence; a second clause after the tag does not', () => {
    const text = [
      'Bauministerin Klara Geywitz hält die Kritik für überzogen. Das Gesetz sei „ein wichtiger Schritt für den Klimaschutz“ und werde niemanden überfordern, sagte sie am Montag in Berlin.',
      'Die Regierung habe „jedes Maß verloren“ und verunsichere Millionen Hausbesitzer, sagte CDU-Chef Friedrich Merz der „Rheinischen Post“.',
      'Der Plan sei „ein Angriff auf die Mieter“, sagte ein Mieterverein, doch Geywitz widersprach.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    const a = said(items, 'ein wichtiger Schritt');
    expect(a?.speaker).toBe('Klara Geywitz');
    expect(a?.kind).toBe('partial');
    expect(said(items, 'jedes Maß verloren')?.speaker).toBe('Friedrich Merz');
    expect(said(items, 'Angriff auf die Mieter')?.speaker ?? null).not.toBe('Klara Geywitz');
  });

  test('a description or a pronoun in the tag takes up the subject of the quotation’s own sentence (also after the verb, V2)', () => {
    const text = [
      'Hamburg. Gabi Eutemüller und Eliane Steinmeyer stehen in einer Halle auf dem Gelände des Großmarktes. Gabi Eutemüller zeigt auf verpackte Passionsfrüchte, „eine hervorragende Qualität aus Vietnam“, freut sich die Prokuristin des Hamburger Importeurs über das Obst.',
      'Eliane Steinmeyer wünscht sich sehr, dass bald wieder Normalität herrscht, aber auch für sich persönlich: „Ich freue mich darauf, bald wieder ins Restaurant zu gehen“, sagt die Liebhaberin der italienischen Küche.',
      'Ein Team um Karl Brandt, Professor für Zoologie, bestätigte die Ergebnisse. Ähnlich wie Molina ist auch Brandt von den Pflanzen fasziniert, »weil sie die rätselhaftesten unter allen Blütenpflanzen sind«, sagt er.',
      'Anna Vogt lobte am Montag ihren Kollegen Jonas Albrecht, „der den Hafen wie kein anderer kennt“, sagte er.',
    ].join('\n\n');
    const { items, entities } = read(text, 'de');
    expect(said(items, 'hervorragende Qualität')?.speaker).toBe('Gabi Eutemüller');
    expect(entities.map((e) => e.name)).not.toContain('Importeurs');
    expect(said(items, 'wieder ins Restaurant')?.speaker).toBe('Eliane Steinmeyer');
    expect(said(items, 'rätselhaftesten')?.speaker).toBe('Karl Brandt');
    // ("er" after a woman as the sentence's subject and a man named after her: not her)
    expect(said(items, 'wie kein anderer')?.speaker ?? null).not.toBe('Anna Vogt');
  });

  test('a court story: the broadcaster after "Im Interview mit dem" is no speaker; "die Hamburger Juristin" takes up the lawyer', () => {
    const text = [
      'Seine Anwältin Roda Verheyen kündigte an, das Urteil genau zu prüfen. „Wir schließen eine Revision nicht aus“, sagte die Hamburger Juristin.',
      'RWE begrüßte die Entscheidung. „Das Gericht hat unsere Rechtsauffassung bestätigt“, teilte ein Konzernsprecher mit.',
      'Im Interview mit dem WDR sagte Verheyen später: „Die Tür ist jetzt offen.“',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'Revision nicht aus')?.speaker).toBe('Roda Verheyen');
    expect(said(items, 'Rechtsauffassung')?.speaker).not.toBe('Roda Verheyen');
    expect(said(items, 'Tür ist jetzt offen')?.speaker).toBe('Roda Verheyen');
  });

  test('a school feature: "ihr Kollege X" is X, not her; „…“ – das sagte X; GEW-Landeschef X', () => {
    const text = [
      'Kassel - „Wir arbeiten seit Monaten am Limit“, sagt Sabine Krause, 43, Lehrerin an einer Gesamtschule in Kassel.',
      '„Wie soll das noch gehen?“, fragt auch ihr Kollege Thomas Berger. Der 51-Jährige ist seit 25 Jahren im Schuldienst.',
      'Kultusminister Armin Schwarz kennt die Klagen. „Wir stellen in diesem Jahr 800 zusätzliche Lehrkräfte ein“ – das sagte Schwarz am Mittwoch im Landtag.',
      '„Das sind alarmierende Zahlen“, sagt GEW-Landeschef Thilo Hartmann.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'am Limit')?.speaker).toBe('Sabine Krause');
    expect(said(items, 'Wie soll das noch gehen')?.speaker).toBe('Thomas Berger');
    expect(said(items, '800 zusätzliche Lehrkräfte')?.speaker).toBe('Armin Schwarz');
    expect(said(items, 'alarmierende Zahlen')?.speaker).toBe('Thilo Hartmann');
  });

  test('a possessor in the genitive is not the speaker: Scholz\' Sprecher X, Hebestreits Stellvertreterin Y, Scholz’ Sprecher alone', () => {
    const text = [
      'Berlin - Bundeskanzler Olaf Scholz hat die Kritik zurückgewiesen. „Wir führen die Gespräche auf Augenhöhe“, sagte Scholz\' Sprecher Steffen Hebestreit am Montag.',
      '„Der Kanzler vertritt die Interessen der deutschen Wirtschaft“, sagte Hebestreits Stellvertreterin Christiane Hoffmann.',
      'Oppositionsführer Friedrich Merz hielt dagegen. „Diese Reise sendet das falsche Signal“, sagte Merz.',
      '„Wir prüfen die Vorwürfe sehr ernst“, sagte Merz’ Sprecher.',
      '„Deutschland darf nicht naiv sein“, sagte Merz’ Stellvertreter Jens Spahn dem „Tagesspiegel“.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'Augenhöhe')?.speaker).toBe('Steffen Hebestreit');
    expect(said(items, 'Interessen der deutschen')?.speaker).toBe('Christiane Hoffmann');
    expect(said(items, 'falsche Signal')?.speaker).toBe('Friedrich Merz');
    const spokesman = said(items, 'Vorwürfe sehr ernst')?.speaker ?? null;
    expect(spokesman).not.toBe('Friedrich Merz');
    expect(spokesman).not.toBe('Steffen Hebestreit');
    expect(said(items, 'nicht naiv')?.speaker).toBe('Jens Spahn');
  });

  test('a match report: two coaches, a nationality and an age take up the right one; an Austrian Landeshauptmann', () => {
    const text = [
      'Leverkusen - Bayer Leverkusen hat das Spitzenspiel gewonnen. Leverkusens Trainer Xabi Alonso lobte seine Mannschaft. „Wir waren heute in allen Bereichen besser“, sagte der Spanier nach dem Spiel.',
      'Bayern-Coach Thomas Tuchel zeigte sich enttäuscht. „Das war zu wenig, viel zu wenig“, sagte der 50-Jährige. Sein Kapitän Manuel Neuer sah es ähnlich: „Wir müssen uns alle hinterfragen.“',
      'Landeshauptmann Thomas Stelzer gratulierte. „Ein großartiger Abend für den Fußball“, sagte der Landeshauptmann.',
    ].join('\n\n');
    const { items } = read(text, 'de');
    expect(said(items, 'in allen Bereichen')?.speaker).toBe('Xabi Alonso');
    expect(said(items, 'viel zu wenig')?.speaker).toBe('Thomas Tuchel');
    expect(said(items, 'alle hinterfragen')?.speaker).toBe('Manuel Neuer');
    expect(said(items, 'großartiger Abend')?.speaker).toBe('Thomas Stelzer');
  });

  test('a tag with the auxiliary first and the participle or the predicate last: hat X gesagt, ist sich X sicher, war der Minister überzeugt', () => {
    const text = 'Innenminister Jonas Albrecht besuchte am Montag die Grenze. „Wir schaffen das nicht allein“, hat Albrecht am Montag in Berlin gesagt. „Die Reform kommt zu spät“, ist sich Anna Weber sicher. „Die Zahlen sind eindeutig“, war der Minister überzeugt. „Die Lage bleibt ernst“, hat das Ministerium mitgeteilt.';
    const { items, entities } = read(text, 'de');
    expect(said(items, 'nicht allein')?.speaker).toBe('Jonas Albrecht');
    expect(said(items, 'Reform kommt zu spät')?.speaker).toBe('Anna Weber');
    expect(said(items, 'Zahlen sind eindeutig')?.speaker).toBe('Jonas Albrecht');
    const body = said(items, 'Lage bleibt ernst');
    expect(entities.find((e) => e.name === body?.speaker)?.type).toBe('organization');
  });
});
