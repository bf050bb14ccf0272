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
