// German: invented articles (round 6) in genres the earlier batches did not use — an election-night live blog, a
// portrait of a songwriter written as prose with a review, a Swiss plant closure (labour dispute), a flood with
// officials and residents — with tags whose verb is a gesture ("schüttelt den Kopf:", "nickt:", "winkt ab."), verbs
// the lexicon lacked ("gesteht", "twittert", "mahnt"), a quotation standing alone after a sentence about one person,
// short partial quotations, bodies with an article ("das Landratsamt", "die Gewerkschaft Unia"), relatives by first
// name ("ihr Mann Thomas"), a communiqué whose issuer the tag does not name, hearers and two women side by side.
// BATCH6 was written before any rule change of round 6 and measured first; BATCH6B after them, measured untouched.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH6: ArticleCase[] = [
  {
    title: 'state election night (live blog)',
    paragraphs: [
      'Potsdam – Die Landtagswahl in Brandenburg ist entschieden: Die SPD bleibt nach den ersten Hochrechnungen stärkste Kraft, die CDU verliert deutlich. Wir berichten im Liveticker.',
      '18.02 Uhr: Jubel in der SPD-Zentrale. Ministerpräsident Markus Lehnert tritt vor die Kameras und spricht von einem „historischen“ Abend. „Die Brandenburgerinnen und Brandenburger haben sich für Stabilität entschieden“, ruft er seinen Anhängern zu.',
      '18.15 Uhr: Lange Gesichter bei der CDU. Spitzenkandidatin Katrin Vogt räumt die Niederlage ein. „Das ist ein bitteres Ergebnis, da gibt es nichts schönzureden“, gesteht die 47-Jährige.',
      '18.31 Uhr: Auch bei den Grünen ist die Stimmung gedrückt. Landeschefin Anja Ritter und ihre Co-Vorsitzende Sabine Kolb stehen nebeneinander auf der Bühne. Ritter schüttelt den Kopf: „Wir haben unsere Themen nicht vermitteln können.“',
      '„Wir werden das in Ruhe analysieren, und dann ziehen wir Konsequenzen“, fügt sie hinzu.',
      '18.47 Uhr: Der Landeswahlleiter meldet eine Wahlbeteiligung von 71 Prozent, so hoch wie seit 1990 nicht mehr. Die Beteiligung sei „außergewöhnlich“, heißt es aus dem Innenministerium.',
      '19.10 Uhr: Die AfD legt deutlich zu. Landeschef René Hauschild twittert: „Wir sind gekommen, um zu bleiben.“ Er kündigt eine harte Opposition an.',
      '19.25 Uhr: Lehnert hat inzwischen mit Vogt telefoniert. Das bestätigte ein Sprecher der Staatskanzlei dem rbb. Über Inhalte sei Stillschweigen vereinbart worden.',
      '19.40 Uhr: Der Politikwissenschaftler Jonas Brehm von der Universität Potsdam sieht einen klaren Amtsbonus. „Die Wähler haben den Ministerpräsidenten gewählt, nicht die Partei“, sagt Brehm im Gespräch mit unserer Redaktion.',
      '„Ohne Lehnert wäre die SPD heute irgendwo bei 20 Prozent gelandet.“',
      '20.05 Uhr: In Cottbus feiern die Genossen bis spät in den Abend. Ein Parteimitglied sagt, man habe „bis zuletzt gezittert“.',
      '20.30 Uhr: Vogt hat sich noch einmal zu Wort gemeldet. Ein Rücktritt komme für sie nicht infrage. „Ich laufe nicht weg, wenn es schwierig wird.“',
    ],
    open: ['historischen'],
    quotes: [
      ['historischen', 'Markus Lehnert|Lehnert|Ministerpräsident'],
      ['für Stabilität entschieden', 'Markus Lehnert|Lehnert|Ministerpräsident'],
      ['bitteres Ergebnis', 'Katrin Vogt|Vogt|Spitzenkandidatin'],
      ['Themen nicht vermitteln', 'Anja Ritter|Ritter|Landeschefin'],
      ['in Ruhe analysieren', 'Anja Ritter|Ritter|Landeschefin'],
      ['außergewöhnlich', /Innenministerium/],
      ['gekommen, um zu bleiben', 'René Hauschild|Hauschild|Landeschef'],
      ['nicht die Partei', 'Jonas Brehm|Brehm|Politikwissenschaftler'],
      ['irgendwo bei 20 Prozent', 'Jonas Brehm|Brehm|Politikwissenschaftler'],
      ['bis zuletzt gezittert', null],
      ['laufe nicht weg', 'Katrin Vogt|Vogt|Spitzenkandidatin'],
    ],
  },
  {
    title: 'portrait of a songwriter with a review (Austrian daily)',
    paragraphs: [
      'Wien – Wenn Lena Hofbauer von ihrem neuen Album spricht, beginnen ihre Hände zu tanzen. Die 34-jährige Liedermacherin aus dem Mühlviertel hat drei Jahre an „Nebelland“ gearbeitet, am Freitag erscheint es.',
      '„Ich wollte ein Album machen, das nach Herbst riecht“, sagt Hofbauer beim Treffen in einem Café in der Josefstadt. Sie lacht: „Das klingt jetzt furchtbar kitschig, oder?“',
      'Aufgenommen hat sie die Lieder im Keller ihres Elternhauses. Ihr Mann Thomas hat das Studio dort eingerichtet, er spielt auch Kontrabass auf der Platte. „Lena hat eine ganz genaue Vorstellung, wie ein Lied klingen soll. Da diskutiert man nicht lange“, erzählt er und grinst.',
      'Die Kritik ist bislang begeistert. Der „Falter“ nennt das Album „ein kleines Wunder“, der Musikjournalist Peter Strasser schreibt von der „stärksten österreichischen Platte des Jahres“.',
      'Hofbauer winkt ab. Mit Lob könne sie nur schwer umgehen. „Ich lese das alles nicht. Sonst werde ich eitel.“',
      'Ihre Karriere begann spät. Erst mit 28 stand sie zum ersten Mal auf einer Bühne, davor arbeitete sie als Volksschullehrerin in Freistadt. Ihre frühere Direktorin, Maria Lehner, erinnert sich gut an sie: „Sie hat mit den Kindern jeden Morgen gesungen. Dass daraus einmal ein Beruf wird, hat keiner gedacht.“',
      'Im Frühjahr geht Hofbauer auf Tournee, 24 Konzerte sind geplant, die meisten sind bereits ausverkauft. Ob sie nervös sei? Sie zuckt mit den Schultern: „Nervös bin ich immer. Das gehört dazu.“',
    ],
    quotes: [
      ['nach Herbst riecht', 'Lena Hofbauer|Hofbauer|Liedermacherin'],
      ['furchtbar kitschig', 'Lena Hofbauer|Hofbauer|Liedermacherin'],
      ['ganz genaue Vorstellung', 'Thomas|Mann'],
      ['ein kleines Wunder', /Falter/],
      ['stärksten österreichischen Platte', 'Peter Strasser|Strasser|Musikjournalist'],
      ['lese das alles nicht', 'Lena Hofbauer|Hofbauer|Liedermacherin'],
      ['jeden Morgen gesungen', 'Maria Lehner|Lehner|Direktorin'],
      ['Nervös bin ich immer', 'Lena Hofbauer|Hofbauer|Liedermacherin'],
    ],
  },
  {
    title: 'plant closure in Solothurn (Swiss regional paper)',
    paragraphs: [
      'Gerlafingen SO – Der Stahlrohrhersteller Brunner Rohrwerke AG will sein Werk in Gerlafingen bis Ende Jahr schliessen. 240 Angestellte verlieren ihre Stelle. Das Unternehmen gab den Entscheid am Dienstagmorgen per Medienmitteilung bekannt.',
      'Die hohen Energiepreise und die Konkurrenz aus Asien liessen «keine andere Wahl», heisst es in der Mitteilung. Man bedaure den Schritt ausserordentlich.',
      'Für die Belegschaft kam die Nachricht aus heiterem Himmel. «Am Freitag hat uns der Chef noch gesagt, die Auftragslage sei gut», sagt ein Schichtleiter, der seit 22 Jahren im Werk arbeitet und seinen Namen nicht in der Zeitung lesen will.',
      'Die Gewerkschaft Unia spricht von einem «Kahlschlag». Regionalsekretär Daniel Meier kündigte Widerstand an: «Wir akzeptieren diese Schliessung nicht. Wir verlangen, dass alle Alternativen geprüft werden.»',
      'Geschäftsführer Stefan Brunner verteidigte den Entscheid gegenüber Radio SRF. «Wir haben drei Jahre lang Verluste geschrieben. Irgendwann geht es nicht mehr», betonte er. Man werde einen Sozialplan ausarbeiten.',
      'Auch die Politik reagierte. Volkswirtschaftsdirektorin Brigit Wyss zeigte sich «tief betroffen». Der Kanton wolle die Betroffenen bei der Stellensuche unterstützen, versprach sie. «Niemand wird im Regen stehen gelassen.»',
      'Gemeindepräsident Peter Kissling sprach von einem «schwarzen Tag für Gerlafingen». Das Werk sei seit 200 Jahren das Herz des Dorfes. Mit Meier und Wyss will er sich noch diese Woche treffen.',
      'Am Abend versammelten sich rund 300 Menschen vor dem Werkstor. Meier sprach zu ihnen. «Das hier ist erst der Anfang», rief er.',
    ],
    open: ['keine andere Wahl', 'Kahlschlag', 'tief betroffen'],
    quotes: [
      ['keine andere Wahl', /Brunner Rohrwerke|Unternehmen/],
      ['Auftragslage sei gut', null],
      ['Kahlschlag', /Unia/],
      ['akzeptieren diese Schliessung', 'Daniel Meier|Meier|Regionalsekretär'],
      ['drei Jahre lang Verluste', 'Stefan Brunner|Geschäftsführer'],
      ['tief betroffen', 'Brigit Wyss|Wyss|Volkswirtschaftsdirektorin'],
      ['im Regen stehen', 'Brigit Wyss|Wyss|Volkswirtschaftsdirektorin'],
      ['schwarzen Tag', 'Peter Kissling|Kissling|Gemeindepräsident'],
      ['erst der Anfang', 'Daniel Meier|Meier|Regionalsekretär'],
    ],
  },
  {
    title: 'flood in Lower Bavaria (regional paper)',
    paragraphs: [
      'Simbach – Nach tagelangem Starkregen ist die Lage im Landkreis Rottal-Inn weiter angespannt. Das Landratsamt hat am Sonntagabend den Katastrophenfall ausgerufen. Mehrere Ortschaften sind von der Außenwelt abgeschnitten.',
      'Die Pegel steigen weiter, teilte das Landratsamt mit. „Wir rechnen in der Nacht mit dem Höchststand“, sagte ein Sprecher der Behörde.',
      'Landrat Michael Fahmüller machte sich am Vormittag ein Bild von der Lage. „So etwas habe ich in meinen 20 Jahren im Amt noch nicht erlebt“, sagte der CSU-Politiker dem Bayerischen Rundfunk. Er lobte die Helfer als „unermüdlich“.',
      'In der Altstadt von Simbach steht das Wasser einen Meter hoch. Anwohnerin Gertraud Huber hat mit ihrem Mann Josef die ganze Nacht Sandsäcke geschleppt. „Wir haben alles ins Obergeschoss getragen, was wir tragen konnten“, erzählt die 68-Jährige. Josef Huber steht daneben und nickt: „Das Auto hat es trotzdem erwischt.“',
      'Bürgermeister Klaus Schmid warnt davor, die Keller zu betreten. „Das ist lebensgefährlich, das Wasser steht unter Strom“, mahnt er. Schmid selbst ist seit 36 Stunden auf den Beinen.',
      '„Wir haben aus 2016 gelernt, die Dämme sind höher. Aber gegen diese Mengen hilft kein Damm.“',
      'Die Feuerwehr ist mit mehr als 600 Einsatzkräften vor Ort, unterstützt von THW und Bundeswehr. Kreisbrandrat Stefan Aigner sagte, man sei „an der Belastungsgrenze“. Nach Angaben der Polizei wird ein 79 Jahre alter Mann aus Triftern vermisst.',
      'Ministerpräsident Markus Söder kündigte Soforthilfen an. „Wer alles verloren hat, wird nicht allein gelassen“, schrieb Söder auf X.',
    ],
    open: ['unermüdlich'],
    quotes: [
      ['mit dem Höchststand', 'Sprecher der Behörde|Sprecher|Landratsamt'],
      ['20 Jahren im Amt', 'Michael Fahmüller|Fahmüller|Landrat|CSU-Politiker'],
      ['unermüdlich', 'Michael Fahmüller|Fahmüller|Landrat|CSU-Politiker'],
      ['ins Obergeschoss getragen', 'Gertraud Huber|Anwohnerin'],
      ['Auto hat es trotzdem', 'Josef Huber|Josef'],
      ['steht unter Strom', 'Klaus Schmid|Schmid|Bürgermeister'],
      ['hilft kein Damm', 'Klaus Schmid|Schmid|Bürgermeister'],
      ['Belastungsgrenze', 'Stefan Aigner|Aigner|Kreisbrandrat'],
      ['nicht allein gelassen', 'Markus Söder|Söder|Ministerpräsident'],
    ],
  },
];

/** Written after the rule changes of round 6 and measured untouched first. */
export const BATCH6B: ArticleCase[] = [
  {
    title: 'ice hockey play-off with both coaches (Swiss sports desk)',
    paragraphs: [
      'Bern – Der SC Bern hat im Playoff-Viertelfinal gegen die ZSC Lions den Ausgleich geschafft. Die Berner gewannen das vierte Spiel vor 17 031 Zuschauern mit 4:2, die Serie steht nun 2:2.',
      'Matchwinner war Stürmer Marco Lehmann, der zwei Tore erzielte. «Wir haben heute endlich so gespielt, wie wir es uns vorgenommen hatten», sagte der 26-Jährige nach dem Spiel. «Aber gewonnen ist noch gar nichts.»',
      'SCB-Trainer Jussi Tapola lobte vor allem die Defensive. «Wir haben ihnen kaum Raum gelassen», sagte der Finne. Sein Gegenüber Marc Crawford war dagegen unzufrieden.',
      'Der ZSC-Trainer kritisierte die Schiedsrichter. «Zwei dieser Strafen waren ein Witz», schimpfte der Kanadier an der Medienkonferenz. Seine Mannschaft habe «zu wenig Emotionen» gezeigt.',
      'ZSC-Captain Patrick Geering nahm die Schuld auf sich. «Wir Leader müssen vorangehen, das haben wir nicht getan.» Er kündigte eine Reaktion an.',
      'Crawford winkt ab, als er auf die Verletzung von Denis Malgin angesprochen wird. «Darüber rede ich nicht.»',
      'Das fünfte Spiel findet am Donnerstag in Zürich statt. Tapola gibt sich zuversichtlich: «Wir fürchten uns vor niemandem.»',
    ],
    open: ['zu wenig Emotionen'],
    quotes: [
      ['endlich so gespielt', 'Marco Lehmann|Lehmann|Stürmer'],
      ['gewonnen ist noch gar nichts', 'Marco Lehmann|Lehmann|Stürmer'],
      ['kaum Raum gelassen', 'Jussi Tapola|Tapola|SCB-Trainer'],
      ['ein Witz', 'Marc Crawford|Crawford|ZSC-Trainer'],
      ['zu wenig Emotionen', 'Marc Crawford|Crawford|ZSC-Trainer'],
      ['Wir Leader müssen', 'Patrick Geering|Geering|ZSC-Captain'],
      ['Darüber rede ich nicht', 'Marc Crawford|Crawford|ZSC-Trainer'],
      ['fürchten uns vor niemandem', 'Jussi Tapola|Tapola|SCB-Trainer'],
    ],
  },
  {
    title: 'council row over a wind turbine (Austrian regional paper)',
    paragraphs: [
      'Zwettl – Im Gemeinderat von Großgöttfritz ist am Montagabend ein lange schwelender Streit eskaliert. Es ging um zwei Windräder, die ein Betreiber aus Wien am Ortsrand errichten will.',
      'Bürgermeisterin Waltraud Kern (ÖVP) verteidigte das Projekt. „Die Gemeinde bekommt jedes Jahr 80.000 Euro, damit sanieren wir die Volksschule“, sagte sie. Die Opposition sieht das anders.',
      'FPÖ-Gemeinderat Herbert Pichler warf der Ortschefin vor, die Bevölkerung übergangen zu haben. „Niemand hat die Leute gefragt. Das ist Politik über die Köpfe hinweg“, sagte Pichler den NÖN.',
      'Kern konterte: „Es gab drei Informationsabende. Wer nicht kommt, kann sich nachher nicht beschweren.“',
      'Unter den rund 60 Zuhörern im Saal war auch Anrainerin Monika Stadler. Sie wohnt 700 Meter vom geplanten Standort entfernt. „Ich habe Angst vor dem Lärm. Mein Mann schläft jetzt schon schlecht“, sagt die 58-Jährige. Ihr Mann Franz nickt: „Wir sind nicht gegen Windkraft, aber nicht vor unserer Haustür.“',
      'Laut Landesregierung erfüllt das Projekt alle Auflagen. Die Behörde sprach in einer Stellungnahme von einem „vorbildlichen Verfahren“.',
      'Am Ende stimmte der Gemeinderat mit 11 zu 8 Stimmen für die Widmung. Pichler kündigte eine Volksbefragung an. Die Bürgermeisterin gab sich gelassen. „Davor habe ich keine Angst.“',
    ],
    quotes: [
      ['80.000 Euro', 'Waltraud Kern|Kern|Bürgermeisterin'],
      ['über die Köpfe hinweg', 'Herbert Pichler|Pichler|FPÖ-Gemeinderat'],
      ['drei Informationsabende', 'Waltraud Kern|Kern|Bürgermeisterin'],
      ['Angst vor dem Lärm', 'Monika Stadler|Stadler|Anrainerin'],
      ['nicht vor unserer Haustür', 'Franz'],
      ['vorbildlichen Verfahren', /Landesregierung|Behörde/],
      ['Davor habe ich keine Angst', 'Waltraud Kern|Kern|Bürgermeisterin'],
    ],
  },
];
