// German: invented articles (round 4) in genres the earlier batches did not use — a Bundestag debate with MPs
// answering each other, a tabloid (Bild style) story, a science feature with several experts, an obituary in a
// regional paper — with speakers introduced only by role or later, tags by less common verbs ("konterte",
// "polterte", "gibt zu bedenken", "erinnert sich"), a quoted person who is the object of another's sentence.
// Written before any rule change of round 4 and measured first.
import type { ArticleCase } from '../article-cases.ts';

export const BATCH4: ArticleCase[] = [
  {
    title: 'Bundestag debate on the budget (parliament report)',
    paragraphs: [
      'Berlin – Im Bundestag ist es am Donnerstag bei der Debatte über den Haushalt 2025 hoch hergegangen. Bundesfinanzminister Christian Lindner (FDP) verteidigte die Schuldenbremse gegen Kritik aus den eigenen Reihen der Koalition.',
      '„Wer heute Schulden macht, nimmt unseren Kindern die Freiheit“, rief Lindner den Abgeordneten zu. Die Union warf ihm dagegen vor, die Probleme nur zu verschieben.',
      'Unionsfraktionsvize Mathias Middelberg konterte: „Sie reden von Solidität, aber Ihr Haushalt hat ein Loch von 17 Milliarden Euro.“ Der CDU-Politiker forderte die Regierung auf, einen Nachtragshaushalt vorzulegen.',
      'Die Grünen-Haushälterin Paula Piechotta hielt ihm entgegen, die Union habe in 16 Jahren Regierung die Infrastruktur verfallen lassen. „Die Brücken, die heute gesperrt werden, hat nicht diese Koalition gebaut“, sagte die Abgeordnete aus Leipzig.',
      'Für die AfD sprach Peter Boehringer von einem „Haushalt der Täuschung“. Die Linke-Abgeordnete Gesine Lötzsch nannte die Kürzungen im Sozialbereich „unverantwortlich“.',
      'Lindner ließ sich davon nicht beirren. „Wir haben die Ausgaben so stark begrenzt wie keine Regierung zuvor“, sagte der Minister. Am Ende der Debatte meldete sich noch einmal Middelberg zu Wort: „Begrenzt haben Sie vor allem die Ehrlichkeit.“',
    ],
    open: ['unverantwortlich', 'vor allem die Ehrlichkeit'],
    quotes: [
      ['Schulden macht', 'Christian Lindner|Lindner|Bundesfinanzminister|Minister'],
      ['Loch von 17 Milliarden', 'Mathias Middelberg|Middelberg|Unionsfraktionsvize|CDU-Politiker'],
      ['Brücken, die heute gesperrt', 'Paula Piechotta|Piechotta|Grünen-Haushälterin|Abgeordnete'],
      ['Haushalt der Täuschung', 'Peter Boehringer|Boehringer'],
      ['unverantwortlich', 'Gesine Lötzsch|Lötzsch|Linke-Abgeordnete'],
      ['Ausgaben so stark begrenzt', 'Christian Lindner|Lindner|Bundesfinanzminister|Minister'],
      ['vor allem die Ehrlichkeit', 'Mathias Middelberg|Middelberg|Unionsfraktionsvize|CDU-Politiker'],
    ],
  },
  {
    title: 'neighbours feud over a hedge (tabloid)',
    paragraphs: [
      'Bochum – Seit sieben Jahren tobt in der Siedlung am Ostpark ein erbitterter Nachbarschaftsstreit. Es geht um eine Thuja-Hecke, drei Meter hoch. Jetzt landete der Fall vor dem Amtsgericht.',
      'Rentner Horst K. (71) ist außer sich. „Die Hecke nimmt mir das ganze Licht! Im Wohnzimmer muss ich mittags das Licht anmachen“, schimpft er. Seine Frau Gisela (69) nickt: „Wir haben hier 40 Jahre in Frieden gelebt.“',
      'Nachbar Dirk S. (52) sieht das ganz anders. „Die Hecke stand schon da, als ich das Haus gekauft habe“, sagt der Lkw-Fahrer zu BILD. „Ich schneide sie jedes Jahr. Mehr kann man nicht verlangen.“',
      'Die Richterin versuchte es mit einem Vergleich – vergeblich. „Ich kann Ihnen nur raten, sich zu einigen“, mahnte sie. Der Anwalt des Rentners will notfalls bis zum Landgericht ziehen. „Mein Mandant hat ein Recht auf Tageslicht“, polterte Rechtsanwalt Uwe Brandt nach der Verhandlung.',
      'Ein Urteil soll im Mai fallen.',
    ],
    open: ['40 Jahre in Frieden', 'nur raten, sich zu einigen'],
    quotes: [
      ['nimmt mir das ganze Licht', 'Horst K.|Horst|Rentner'],
      ['40 Jahre in Frieden', 'Gisela'],
      ['schon da, als ich das Haus', 'Dirk S.|Dirk|Nachbar|Lkw-Fahrer'],
      ['schneide sie jedes Jahr', 'Dirk S.|Dirk|Nachbar|Lkw-Fahrer'],
      ['nur raten, sich zu einigen', 'Richterin'],
      ['Recht auf Tageslicht', 'Uwe Brandt|Brandt|Rechtsanwalt|Anwalt'],
    ],
  },
  {
    title: 'science feature on ticks (Süddeutsche style)',
    paragraphs: [
      'Die Zecken sind in diesem Jahr früher aktiv als je zuvor. Schuld sind die milden Winter, sagen Forscher. Das Robert-Koch-Institut hat zwei weitere Landkreise zu FSME-Risikogebieten erklärt.',
      '„Wir sehen eine klare Verschiebung nach Norden“, sagt die Parasitologin Ute Mackenstedt von der Universität Hohenheim. Früher habe man Zecken im Januar praktisch nie gefunden. „Heute sammeln wir sie bei zehn Grad plus mitten im Winter.“',
      'Der Infektiologe Gerd Fätkenheuer von der Uniklinik Köln warnt vor Panik. Nur ein kleiner Teil der Zecken trage das Virus in sich, gibt er zu bedenken. „Die Impfung schützt sehr zuverlässig. Wer in einem Risikogebiet wohnt, sollte sie auffrischen.“',
      'Anders als gegen FSME gibt es gegen Borreliose keine Impfung. Ein Impfstoff des Herstellers Valneva befindet sich in der letzten Testphase. Ein Sprecher des Unternehmens sagte, man rechne mit einer Zulassung frühestens 2026.',
      'Mackenstedt rät, nach jedem Spaziergang den Körper abzusuchen. „Die Zecke sticht am liebsten dort, wo die Haut dünn und warm ist: in den Kniekehlen, am Haaransatz, in der Leiste.“',
    ],
    open: ['Januar praktisch nie'],
    quotes: [
      ['klare Verschiebung nach Norden', 'Ute Mackenstedt|Mackenstedt|Parasitologin'],
      ['Januar praktisch nie', 'Ute Mackenstedt|Mackenstedt|Parasitologin'],
      ['zehn Grad plus', 'Ute Mackenstedt|Mackenstedt|Parasitologin'],
      ['kleiner Teil der Zecken', 'Gerd Fätkenheuer|Fätkenheuer|Infektiologe'],
      ['Impfung schützt sehr', 'Gerd Fätkenheuer|Fätkenheuer|Infektiologe'],
      ['Zulassung frühestens', 'Sprecher des Unternehmens|Sprecher'],
      ['sticht am liebsten', 'Ute Mackenstedt|Mackenstedt|Parasitologin'],
    ],
  },
  {
    title: 'obituary of a carnival president (regional paper)',
    paragraphs: [
      'Köln – Der Kölner Karneval trauert um Heinz Wollersheim. Der langjährige Präsident der Roten Funken ist am Sonntag im Alter von 84 Jahren gestorben, wie die Familie mitteilte.',
      'Wollersheim hatte das Traditionscorps fast zwei Jahrzehnte geführt. „Er war ein Mann, der jeden im Saal zum Lachen bringen konnte“, erinnert sich Festkomitee-Präsident Christoph Kuckelkorn. „Ohne ihn wäre der Karneval ärmer gewesen.“',
      'Oberbürgermeisterin Henriette Reker würdigte den Verstorbenen als „einen echten Kölschen“. Er habe sich zeitlebens für die Stadt eingesetzt, erklärte die Oberbürgermeisterin.',
      'Seine Tochter Anne beschreibt ihn als Familienmenschen. „Papa hat nie über sich selbst geredet, immer nur über andere“, sagte sie dem „Kölner Stadt-Anzeiger“. Noch im Februar habe er auf der Tribüne gestanden.',
      'Wollersheim selbst hatte bei seinem Abschied 2015 gesagt: „Der Karneval ist kein Verein, er ist ein Lebensgefühl.“ Die Trauerfeier findet am Freitag im Dom statt.',
    ],
    open: ['echten Kölschen', 'auf der Tribüne gestanden', 'kein Verein'],
    quotes: [
      ['jeden im Saal zum Lachen', 'Christoph Kuckelkorn|Kuckelkorn|Festkomitee-Präsident'],
      ['Karneval ärmer gewesen', 'Christoph Kuckelkorn|Kuckelkorn|Festkomitee-Präsident'],
      ['echten Kölschen', 'Henriette Reker|Reker|Oberbürgermeisterin'],
      ['zeitlebens für die Stadt', 'Henriette Reker|Reker|Oberbürgermeisterin'],
      ['nie über sich selbst', 'Anne|Tochter'],
      ['auf der Tribüne gestanden', 'Anne|Tochter'],
      ['kein Verein', 'Heinz Wollersheim|Wollersheim'],
    ],
  },
];
