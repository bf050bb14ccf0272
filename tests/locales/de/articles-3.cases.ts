// German: invented articles (round 3) in the house styles of Keystone-SDA, dpa, APA and sports desks — a storm,
// a company's results, a hospital row, a tennis match, a Swiss vote — each with its traps: a description that takes
// up a name ("der 54-Jährige", "die Verteidigungsministerin"), "so die Abgeordnete", "X zufolge", "laut X", a body's
// statement, a hearer ("gegenüber der dpa"), an unnamed person, a quotation standing alone after a speaker's.
// BATCH1 was written before the rules it tests; BATCH2 after them, and was measured before any fix.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH1: ArticleCase[] = [
  {
    title: 'storm in the Valais (SDA)',
    paragraphs: [
      'Sitten – Nach den heftigen Unwettern im Wallis hat der Kanton den Notstand ausgerufen. Mehrere Dörfer im Saastal sind seit Sonntag von der Aussenwelt abgeschnitten. Nach Angaben der Kantonspolizei werden zwei Personen vermisst.',
      '«Wir haben eine solche Situation seit Jahrzehnten nicht mehr erlebt», sagte Staatsrat Frédéric Favre am Montag vor den Medien in Sitten. Die Aufräumarbeiten würden Wochen dauern, sagte der Sicherheitsdirektor.',
      'Bundesrätin Viola Amherd reiste am Nachmittag ins Katastrophengebiet. «Die Armee steht bereit, so lange es nötig ist», versprach die Verteidigungsministerin. Sie kündigte an, weitere Helikopter zu schicken.',
      'Der Gemeindepräsident von Saas-Grund, Bruno Ruppen, zeigte sich erschüttert. «Ich habe mein ganzes Leben hier verbracht. So etwas habe ich noch nie gesehen.» Die Bevölkerung halte zusammen, sagte er gegenüber der Nachrichtenagentur Keystone-SDA.',
      '«Die Pegel sinken langsam, aber die Gefahr ist nicht gebannt.»',
      'Die Meteorologen sehen vorerst keine Entwarnung. Laut MeteoSchweiz sind für Mittwoch erneut starke Niederschläge angekündigt. «Die Böden sind gesättigt, jeder weitere Regen kann neue Murgänge auslösen», warnte Meteorologe Daniel Gerstgrasser.',
      'Kritik kam von den Umweltverbänden. Der Klimawandel mache solche Ereignisse häufiger, heisst es in einer Mitteilung von Pro Natura. «Wer jetzt noch zögert, hat die Zeichen der Zeit nicht erkannt.»',
    ],
    quotes: [
      ['solche Situation seit Jahrzehnten', 'Frédéric Favre|Favre|Sicherheitsdirektor|Staatsrat'],
      ['Aufräumarbeiten würden Wochen', 'Frédéric Favre|Favre|Sicherheitsdirektor|Staatsrat'],
      ['Armee steht bereit', 'Viola Amherd|Amherd|Verteidigungsministerin|Bundesrätin'],
      ['mein ganzes Leben', 'Bruno Ruppen|Ruppen|Gemeindepräsident'],
      ['Bevölkerung halte zusammen', 'Bruno Ruppen|Ruppen|Gemeindepräsident'],
      ['Pegel sinken langsam', 'Bruno Ruppen|Ruppen|Gemeindepräsident'],
      ['Böden sind gesättigt', 'Daniel Gerstgrasser|Gerstgrasser|Meteorologe'],
      ['Klimawandel mache', /Pro Natura/],
      ['Zeichen der Zeit', /Pro Natura/],
    ],
  },
  {
    title: 'company results (dpa)',
    paragraphs: [
      'München (dpa) - Der Elektrokonzern Voltaris hat im abgelaufenen Geschäftsjahr deutlich weniger verdient als erwartet. Der Nettogewinn sank um 18 Prozent auf 2,1 Milliarden Euro. Die Aktie verlor am Vormittag mehr als sechs Prozent.',
      '„Das Jahr war schwieriger, als wir es uns vorgestellt hatten“, sagte Vorstandschef Thomas Reinhardt bei der Vorlage der Zahlen. Vor allem das Geschäft in China habe enttäuscht. Der 54-Jährige kündigte an, bis 2026 rund 3000 Stellen abzubauen. „Wir müssen schlanker werden, um wettbewerbsfähig zu bleiben.“',
      'Finanzvorständin Sabine Kluge verwies auf den hohen Auftragsbestand. „Die Nachfrage ist da, wir müssen sie nur profitabel bedienen“, sagte sie. Für das laufende Jahr rechne der Konzern mit einem leichten Umsatzplus, so die Managerin.',
      'Der Betriebsrat reagierte mit Empörung auf die Pläne. „Die Beschäftigten sollen für die Fehler des Managements bezahlen“, sagte Gesamtbetriebsratschef Ralf Obermeier. Man werde jeden einzelnen Arbeitsplatz verteidigen.',
      'Analysten zeigten sich wenig überrascht. „Die Probleme in China waren absehbar“, sagte Markus Heller von der Fondsgesellschaft Union Investment der Deutschen Presse-Agentur. Commerzbank-Analyst Jan Möller zufolge dürfte die Durststrecke noch bis Mitte 2025 dauern.',
    ],
    quotes: [
      ['schwieriger, als wir', 'Thomas Reinhardt|Reinhardt|Vorstandschef|54-Jährige'],
      ['schlanker werden', 'Thomas Reinhardt|Reinhardt|Vorstandschef|54-Jährige'],
      ['Nachfrage ist da', 'Sabine Kluge|Kluge|Finanzvorständin|Managerin'],
      ['leichten Umsatzplus', 'Sabine Kluge|Kluge|Finanzvorständin|Managerin'],
      ['Fehler des Managements', 'Ralf Obermeier|Obermeier|Gesamtbetriebsratschef'],
      ['Probleme in China waren', 'Markus Heller|Heller'],
      ['Durststrecke', 'Jan Möller|Möller|Commerzbank-Analyst'],
    ],
  },
  {
    title: 'hospitals in Upper Austria (APA)',
    paragraphs: [
      'Linz (APA) - Der Personalmangel in den Spitälern sorgt in Oberösterreich für heftigen Streit. Landeshauptmann Thomas Stelzer (ÖVP) verteidigte am Dienstag die Schließung mehrerer Abteilungen. „Wir können nicht jede Station offenhalten, wenn wir keine Ärztinnen und Ärzte dafür haben“, sagte Stelzer in Linz.',
      'Die Ärztekammer sieht das anders. Deren Präsident Peter Niedermoser warf dem Land vor, jahrelang zu wenig ausgebildet zu haben. „Das Problem ist hausgemacht“, sagte er im Ö1-Morgenjournal. Die Politik habe alle Warnungen ignoriert.',
      'SPÖ-Gesundheitssprecherin Verena Nussbaum forderte eine bundesweite Lösung. „Es kann nicht sein, dass der Wohnort über die Qualität der Versorgung entscheidet“, so die Nationalrätin. Gesundheitsminister Johannes Rauch (Grüne) kündigte Gespräche mit den Ländern an. Laut Rauch soll bis Herbst ein Plan vorliegen.',
      'Wie ernst die Lage ist, zeigt das Beispiel Braunau. Dort musste die Geburtenstation im Sommer für drei Wochen schließen. „Wir haben Schwangere nach Salzburg schicken müssen“, erzählte eine Hebamme, die anonym bleiben wollte. „Das darf sich nicht wiederholen.“',
      'Der Landeshauptmann zeigte sich dennoch zuversichtlich. „Ab dem Frühjahr kommen die ersten Absolventen aus unserem Stipendienprogramm“, sagte er.',
    ],
    open: ['Warnungen ignoriert'],
    quotes: [
      ['jede Station offenhalten', 'Thomas Stelzer|Stelzer|Landeshauptmann'],
      ['hausgemacht', 'Peter Niedermoser|Niedermoser'],
      ['Warnungen ignoriert', 'Peter Niedermoser|Niedermoser'],
      ['Wohnort über die Qualität', 'Verena Nussbaum|Nussbaum|Nationalrätin|Gesundheitssprecherin'],
      ['bis Herbst ein Plan', 'Johannes Rauch|Rauch|Gesundheitsminister'],
      ['Schwangere nach Salzburg', null],
      ['nicht wiederholen', null],
      ['ersten Absolventen', 'Thomas Stelzer|Stelzer|Landeshauptmann'],
    ],
  },
  {
    title: 'tennis semi-final (dpa sport)',
    paragraphs: [
      'Melbourne (dpa) - Alexander Zverev steht zum ersten Mal im Finale der Australian Open. Der Hamburger besiegte am Freitag den Russen Daniil Medwedew in fünf Sätzen. „Ich bin einfach nur leer und glücklich“, sagte Zverev nach dem Match im Interview auf dem Platz.',
      'Medwedew haderte mit dem Schiedsrichter. „Drei falsche Entscheidungen in einem Satz, das ist zu viel“, schimpfte der Weltranglistendritte. Er werde sich aber nicht beschweren, fügte er hinzu.',
      'Zverevs Trainer Sergi Bruguera lobte die Nervenstärke seines Schützlings. „Sascha hat im fünften Satz gezeigt, wie sehr er gewachsen ist“, sagte der Spanier. Im Finale trifft der 26-Jährige auf Jannik Sinner.',
      '„Jannik spielt im Moment das beste Tennis der Welt“, sagte Zverev über seinen Finalgegner. „Aber am Sonntag ist alles offen.“',
      'Auch Bundestrainer Michael Kohlmann verfolgte das Spiel in der Rod Laver Arena. Gegenüber der dpa sagte er: „Das ist ein großer Moment für das deutsche Tennis.“ Boris Becker schrieb auf der Plattform X, er habe „selten so einen Kampf gesehen“.',
    ],
    open: ['nicht beschweren'],
    quotes: [
      ['leer und glücklich', /Zverev/],
      ['Drei falsche Entscheidungen', 'Daniil Medwedew|Medwedew|Weltranglistendritte'],
      ['nicht beschweren', 'Daniil Medwedew|Medwedew|Weltranglistendritte'],
      ['wie sehr er gewachsen', 'Sergi Bruguera|Bruguera|Spanier'],
      ['beste Tennis der Welt', /Zverev/],
      ['alles offen', /Zverev/],
      ['großer Moment', 'Michael Kohlmann|Kohlmann|Bundestrainer'],
      ['selten so einen Kampf', 'Boris Becker|Becker'],
    ],
  },
  {
    title: 'Swiss vote on pensions (Tages-Anzeiger style)',
    paragraphs: [
      'Bern – Das Stimmvolk hat die 13. AHV-Rente deutlich angenommen. Gewerkschaftsbund-Präsident Pierre-Yves Maillard sprach von einem «historischen Tag für die Rentnerinnen und Rentner».',
      '«Heute hat die Bevölkerung gezeigt, dass sie den Versprechungen der Wirtschaftsverbände nicht mehr glaubt», sagte der Waadtländer Ständerat vor den Medien.',
      'Bundesrätin Elisabeth Baume-Schneider nahm das Ergebnis zur Kenntnis. Der Bundesrat werde nun rasch eine Vorlage zur Finanzierung ausarbeiten, sagte die Innenministerin. Wie sie betonte, sei eine Erhöhung der Mehrwertsteuer eine Option.',
      'Die Bürgerlichen reagierten ernüchtert. FDP-Präsident Thierry Burkart warnte vor einer «Schuldenwirtschaft auf Kosten der Jungen». Die Rechnung komme später, sagte er dem Schweizer Radio SRF.',
      'Auch Arbeitgeberdirektor Roland Müller zeigte sich enttäuscht. Nach Ansicht des Arbeitgeberverbands droht nun eine höhere Belastung der Löhne. «Wir werden uns gegen jede Lohnprozenterhöhung wehren», sagte Müller.',
      'Politologe Lukas Golder vom Forschungsinstitut GFS Bern sieht im Resultat eine Zäsur. «Erstmals hat eine linke Sozialinitiative das Ständemehr geschafft», sagte er.',
    ],
    quotes: [
      ['historischen Tag', 'Pierre-Yves Maillard|Maillard|Waadtländer|Ständerat'],
      ['Versprechungen der Wirtschaftsverbände', 'Pierre-Yves Maillard|Maillard|Waadtländer|Ständerat'],
      ['rasch eine Vorlage', 'Elisabeth Baume-Schneider|Baume-Schneider|Innenministerin|Bundesrätin'],
      ['Erhöhung der Mehrwertsteuer', 'Elisabeth Baume-Schneider|Baume-Schneider|Innenministerin|Bundesrätin'],
      ['Schuldenwirtschaft', 'Thierry Burkart|Burkart|FDP-Präsident'],
      ['Rechnung komme später', 'Thierry Burkart|Burkart|FDP-Präsident'],
      ['jede Lohnprozenterhöhung', 'Roland Müller|Müller|Arbeitgeberdirektor'],
      ['Ständemehr', 'Lukas Golder|Golder|Politologe'],
    ],
  },
];

export const BATCH2: ArticleCase[] = [];
