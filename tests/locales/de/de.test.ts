// German: invented sentences, read with the German pack.
import { describe, expect, test } from 'vitest';
import { read, said } from '../read.ts';

describe('German', () => {
  test('a speech tag after the quotation, verb first: „…“, sagte X / sagte die Ministerin', () => {
    const { items } = read('Die Umweltministerin Steffi Lemke besuchte am Montag den Hafen. „Wir müssen jetzt handeln, bevor es zu spät ist“, sagte die Ministerin vor Journalisten.', 'de');
    const q = said(items, 'Wir müssen jetzt handeln');
    expect(q?.speaker).toBe('Steffi Lemke');
    expect(q?.kind).toBe('direct');
  });

  test('»…«, sagt er: the pronoun is the person quoted just before', () => {
    const { items } = read('„Der Hafen braucht neue Kräne“, sagte Jonas Albrecht, Chef der Hafenbehörde. »Ohne sie verlieren wir jedes Jahr Kunden an Rotterdam«, sagt er.', 'de');
    expect(said(items, 'Ohne sie verlieren')?.speaker).toBe('Jonas Albrecht');
  });

  test('colon-introduced: X sagte: „…“ and a V2 clause "Dazu sagte X: „…“"', () => {
    const { items } = read('Bürgermeisterin Anna Vogt sagte: „Die Brücke wird im Mai wieder geöffnet.“ Dazu sagte Vogt am Abend: „Wir haben lange genug gewartet.“', 'de');
    expect(said(items, 'Die Brücke wird')?.speaker).toBe('Anna Vogt');
    expect(said(items, 'lange genug gewartet')?.speaker).toBe('Anna Vogt');
  });

  test('the title gives the officeholder of the day: der Bundeskanzler in March 2023 is Olaf Scholz', () => {
    const { items, entities } = read('„Wir stehen fest an der Seite unserer Partner in Europa“, sagte der Bundeskanzler am Dienstag in Berlin.', 'de');
    expect(said(items, 'fest an der Seite')?.speaker).toBe('Olaf Scholz');
    expect(entities.find((e) => e.name === 'Olaf Scholz')?.leader).toBe(true);
  });

  test('laut X and X zufolge, with content the clause without the cue; experts are a vague source', () => {
    const { items } = read('Laut Polizei wurden bei dem Unfall zwei Menschen leicht verletzt. Der Feuerwehr zufolge brannte das Lager die ganze Nacht. Experten glauben, dass die Preise weiter steigen werden.', 'de');
    expect(said(items, 'zwei Menschen leicht verletzt')?.source).toBe('Polizei');
    expect(said(items, 'brannte das Lager')?.source).toBe('Der Feuerwehr');
    const vague = said(items, 'die Preise weiter steigen');
    expect(vague?.vague).toBe(true);
    expect(vague?.source).toBe('Experten');
  });

  test('a capital alone makes no person: „Die Lage“ and the speech manuscript get no speaker', () => {
    const { items, entities } = read('„Wir müssen jetzt handeln, sonst verlieren wir den Anschluss“, sagte die Ministerin laut Redetext. Die Lage bleibt angespannt.', 'de');
    expect(said(items, 'Wir müssen jetzt handeln')?.source).toBe('die Ministerin');
    expect(entities.map((e) => e.name)).not.toContain('Die Lage');
    expect(entities.map((e) => e.name)).not.toContain('Redetext');
  });

  test('a pronoun with someone else named in its sentence gives no speaker (unsure)', () => {
    const { items } = read('„Das Angebot ist gut“, sagte Jonas Albrecht. Neben Maria Keller stand auch Tom Brandt am Kai, „die Lage ist ernst“, sagte er.', 'de');
    const q = said(items, 'die Lage ist ernst');
    expect(q?.speaker ?? null).toBe(null);
  });

  test('a quoted title of three words without a tag is no quotation', () => {
    const { items } = read('Die Sendung „Markt am Morgen“ läuft seit zehn Jahren im Radio der Stadt.', 'de');
    expect(said(items, 'Markt am Morgen')).toBeUndefined();
  });

  test('the first name after the verb is the speaker, not the agency after it', () => {
    const { items } = read('„Die Reform kommt zu spät“, sagte Müller der Deutschen Presse-Agentur am Freitag.', 'de');
    expect(said(items, 'Die Reform kommt')?.source).toBe('Müller');
  });


  test('"…, so X." and "Wie X berichtet, …" attribute an unquoted statement; an adverb "So" does not', () => {
    const { items } = read('Die Blume ist sehr selten und riecht nach Aas, so Davis. Wie Davis berichtet, wächst sie nur auf Borneo. So bleibt die Pflanze ein Rätsel für die Forschung.', 'de');
    expect(said(items, 'riecht nach Aas')?.speaker).toBe('Davis');
    expect(said(items, 'wächst sie nur auf Borneo')?.speaker).toBe('Davis');
    expect(said(items, 'bleibt die Pflanze')).toBeUndefined();
  });

  test('a one-word body (Hafenbehörde) is an organisation, not a person', () => {
    const { items, entities } = read('Laut Hafenbehörde sind die Umschlagszahlen im vergangenen Jahr um vier Prozent gesunken.', 'de');
    expect(said(items, 'Umschlagszahlen')?.speaker).toBe('Hafenbehörde');
    expect(entities.find((e) => e.name === 'Hafenbehörde')?.type).toBe('organization');
  });

  test('an age or a family role takes up the person introduced with a role; "heißt es" names no one; a party in brackets', () => {
    const text = 'Marktleiterin Sabine Krüger führt durch die Halle.\n\n„Hier kaufen jeden Morgen Hunderte Gastronomen ein“, erzählt die 54-Jährige.\n\nHändler Mehmet Yilmaz sieht das ähnlich. „Ohne die Restaurants lohnt sich das kaum noch“, sagt der Familienvater.\n\n„Die Hallen sind ein Stück Hamburg“, heißt es in einer Mitteilung. Bürgermeister Peter Tschentscher (SPD) kündigte an: „Wir lassen die Händler nicht im Stich.“';
    const { items } = read(text, 'de');
    expect(said(items, 'Hier kaufen jeden Morgen')?.speaker).toBe('Sabine Krüger');
    expect(said(items, 'Ohne die Restaurants')?.speaker).toBe('Mehmet Yilmaz');
    expect(said(items, 'ein Stück Hamburg')?.speaker ?? null).toBe(null);
    expect(said(items, 'nicht im Stich')?.speaker).toBe('Peter Tschentscher');
  });

  test('a body with its complement is the source: "Nach Angaben des Landesamts für Umwelt" (content after it), an organisation', () => {
    const { items, entities } = read('Nach Angaben des Landesamts für Umwelt stieg der Pegel in der Nacht auf sechs Meter.', 'de');
    const q = said(items, 'stieg der Pegel');
    expect(q?.source).toBe('Landesamts für Umwelt');
    expect(q?.content.startsWith('stieg')).toBe(true);
    expect(entities.find((e) => e.name === q?.speaker)?.type).toBe('organization');
    // (the entity is named out of the genitive)
    expect(q?.speaker).toBe('Landesamt für Umwelt');
  });

  test('German given names make a name: "sagte Berger dem NDR" is Klaus Berger, the broadcaster is the hearer', () => {
    const { items } = read('Klaus Berger leitet die Feuerwehr. „Wir sind seit Stunden im Einsatz“, sagte Berger dem NDR.', 'de');
    expect(said(items, 'seit Stunden im Einsatz')?.speaker).toBe('Klaus Berger');
  });

  test('a name with its role set off by commas before the verb: „Anna Weber, Sprecherin des Verbands, sagte: …“', () => {
    const { items } = read('Anna Weber, Sprecherin des Verbands, sagte: „Die Betriebe brauchen jetzt schnelle Hilfe.“', 'de');
    expect(said(items, 'Die Betriebe brauchen')?.speaker).toBe('Anna Weber');
  });

  test('„…“, heißt es in einer Mitteilung des Ministeriums / der Stadt Hamburg: the body whose statement it is; "heißt es" alone names no one', () => {
    const { items, entities } = read('„Wir prüfen alle Optionen für den Hafen“, heißt es in einer Mitteilung des Ministeriums. „Die Kräne bleiben vorerst stehen“, heißt es in einer Mitteilung der Stadt Hamburg. „Eine Lösung ist in Sicht“, heißt es.', 'de');
    expect(said(items, 'Wir prüfen alle Optionen')?.source).toBe('Ministeriums');
    const city = said(items, 'Die Kräne bleiben');
    expect(entities.find((e) => e.name === city?.speaker)?.type).toBe('organization');
    expect(said(items, 'Eine Lösung ist in Sicht')?.speaker ?? null).toBe(null);
  });

  test('a compound role before a name is not part of it: kündigte Konzernchef Markus Braun an', () => {
    const { items } = read('„Wir bauen das neue Werk bis 2026“, kündigte Konzernchef Markus Braun an.', 'de');
    expect(said(items, 'Wir bauen das neue Werk')?.speaker).toBe('Markus Braun');
  });

  test('a title of something else or of another land is no Bundeskanzler of the day: der Kanzler der Universität, der österreichische Bundeskanzler, der frühere Kanzler', () => {
    const { entities } = read('„Wir stellen zehn Leute ein“, sagte der Kanzler der Universität. „Die Grenze bleibt offen“, sagte der österreichische Bundeskanzler. „Ich bereue nichts“, sagte der frühere Kanzler.', 'de');
    expect(entities.map((e) => e.name)).not.toContain('Olaf Scholz');
  });

  test('„…“, sagten sie is no one person; „…“, sagte sie is the minister', () => {
    const a = read('Die Ministerin Steffi Lemke besuchte den Hafen. „Wir brauchen mehr Geld für die Deiche“, sagten sie.', 'de');
    expect(said(a.items, 'mehr Geld')?.speaker ?? null).toBe(null);
    const b = read('Die Ministerin Steffi Lemke besuchte den Hafen. „Wir brauchen mehr Geld für die Deiche“, sagte sie.', 'de');
    expect(said(b.items, 'mehr Geld')?.speaker).toBe('Steffi Lemke');
  });

  test('a paragraph of speech right after a sentence about a person is theirs; not when someone else is named there', () => {
    const a = read('Bürgermeisterin Anna Vogt hat den Plan am Montag vorgestellt.\n\n„Wir bauen die Brücke bis zum Sommer neu auf, und zwar komplett.“', 'de');
    expect(said(a.items, 'Wir bauen die Brücke')?.speaker).toBe('Anna Vogt');
    const b = read('Bürgermeisterin Anna Vogt traf sich am Montag mit Jonas Albrecht.\n\n„Wir bauen die Brücke bis zum Sommer neu auf, und zwar komplett.“', 'de');
    expect(said(b.items, 'Wir bauen die Brücke')?.speaker ?? null).toBe(null);
  });

  test('„…“, hieß es aus dem Ministerium / aus Regierungskreisen: where the words come from (a body, a vague group)', () => {
    const { items, entities } = read('„Wir bleiben im Gespräch“, hieß es am Abend aus dem Ministerium. „Eine Einigung ist nah“, hieß es aus Regierungskreisen.', 'de');
    const a = said(items, 'Wir bleiben im Gespräch');
    expect(entities.find((e) => e.name === a?.speaker)?.type).toBe('organization');
    expect(said(items, 'Eine Einigung ist nah')?.vague).toBe(true);
  });
});

describe('German: the verb bracket before a colon', () => {
  test('a noun after a preposition inside "hat … erklärt" is no speaker; the subject before the auxiliary is', () => {
    const { items } = read('Der Stadtrat stritt lange über das Bad. Kämmerer Jonas Albrecht hat in der Sitzung erklärt: „Wir können uns das nicht leisten.“\n\nDie Bürgermeisterin hatte bei ihrem Besuch im Frühjahr gesagt: „Das Bad bleibt offen.“', 'de');
    expect(said(items, 'nicht leisten')?.speaker).toBe('Jonas Albrecht');
    // (no one is named as her before: no speaker, and never "Besuch" or "Frühjahr")
    expect(said(items, 'Bad bleibt offen')).toBeTruthy();
    expect(said(items, 'Bad bleibt offen')?.speaker ?? null).toBeNull();
  });
  test('a verb with no auxiliary keeps its subject after it: "Für die Partei sprach X von „…“"', () => {
    const { items } = read('Für die Opposition sprach Martina Kessler von einem „Tag der Schande“.', 'de');
    expect(said(items, 'Tag der Schande')?.speaker).toBe('Martina Kessler');
  });
});

describe('German: kin and neighbours as descriptions', () => {
  test('"Seine Tochter Anne" is the next "sie", not the woman quoted before', () => {
    const { items } = read('Oberbürgermeisterin Katrin Vogel würdigte den Verstorbenen. Er habe viel für die Stadt getan, erklärte Vogel.\n\nSeine Tochter Anne beschreibt ihn als stillen Menschen. „Er hat nie über sich selbst geredet“, sagte sie.', 'de');
    expect(said(items, 'nie über sich selbst')?.speaker).not.toBe('Katrin Vogel');
    expect(said(items, 'nie über sich selbst')?.speaker).toMatch(/Anne/);
  });
});

describe('German: an age takes up the subject, not the object of the sentence before', () => {
  test('"Markus Weber hat Peter Schmidt verteidigt. „…“, sagte der 72-Jährige" is Weber', () => {
    const { items } = read('Der Verein steckt in der Krise.\n\nVereinspräsident Markus Weber hat Trainer Peter Schmidt verteidigt. „Peter ist ein großartiger Mensch“, sagte der 72-Jährige.', 'de');
    expect(said(items, 'großartiger Mensch')?.speaker).toBe('Markus Weber');
  });
});

describe('German: a pronoun after a person described in its own paragraph', () => {
  test('"Die Polizei befragte die Nachbarin. „…“, sagte sie." is not the woman quoted a paragraph before', () => {
    const { items } = read('Der Prozess begann am Montag.\n\nDie Verteidigerin Katrin Berg plädierte auf Freispruch. „Mein Mandant ist unschuldig“, sagte Berg.\n\nDie Ermittler befragten auch die Nachbarin des Opfers. „Ich habe in der Nacht laute Schreie gehört“, sagte sie.', 'de');
    expect(said(items, 'Mein Mandant')?.speaker).toBe('Katrin Berg');
    expect(said(items, 'laute Schreie')).toBeTruthy();
    expect(said(items, 'laute Schreie')?.speaker ?? null).not.toBe('Katrin Berg');
  });
  test('a description by the role the person was given is still theirs: „…“, sagte er after "der Landeshauptmann"', () => {
    const { items } = read('Der Streit geht weiter.\n\nLandeshauptmann Thomas Stelzer verteidigte die Pläne. „Wir haben keine Wahl“, sagte Stelzer.\n\nDer Landeshauptmann zeigte sich dennoch zuversichtlich. „Im Frühjahr kommen die ersten Absolventen“, sagte er.', 'de');
    expect(said(items, 'ersten Absolventen')?.speaker).toBe('Thomas Stelzer');
  });
});
