// The dateline that opens an agency or newspaper report: "Madrid, 12 mar (EFE).-", "Buenos Aires
// (Clarín).-", "BRASÍLIA —", "LISBOA (Lusa) -", "ROMA, 3 marzo (ANSA) –". It names a place, never
// the subject of the sentence it opens: the reader starts past it. So does the time stamp that opens an entry
// of a live blog ("22.47 | La candidata …", "20h42 — O prefeito …", "14:05 - Der Minister …", "18.02 Uhr: Jubel …",
// "21:05. W sztabie …").

/** A place: capitalised words, with the small words of place names between them ("Río de Janeiro"). */
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|da|do|dos|das|di|la|las|los|el|\p{Lu}[\p{L}'’.-]*)){0,4}`;
/** A date after the place: "12 mar", "3 de mayo", "3 de maio de 2024". */
const DATE = String.raw`,\s*\d{1,2}(?:\s+(?:de\s+)?\p{L}{3,10}\.?)?(?:\s+(?:de\s+)?\d{4})?`;
/** The agency or outlet in brackets: "(EFE)", "(Lusa)", "(Europa Press)". */
const AGENCY = String.raw`\(\s*\p{Lu}[^()\n]{1,30}\)`;
/** What ends a dateline: ".-", a dash, or a full stop and a dash. */
const CLOSE = String.raw`\s*(?:\.\s*[-–—]|[–—]|\s-)\s*`;
const DATELINE = new RegExp(String.raw`^[ \t]*(${PLACE})(${DATE})?\s*(${AGENCY})?${CLOSE}`, 'u');
/** A live blog's time stamp: hours and minutes ("22.47", "20h42", "14:05 h") and a bar or a dash. */
const TIME_STAMP = /^[ \t]*\d{1,2}[.:hH]\d{2}(?:\s*h\b)?\s*[|–—-]\s*/u;
/** The time of an entry of a live blog: "18.02 Uhr:", "21:05.", "14h32 :", "9.15 –". */
const ENTRY_TIME = /^[ \t]*\d{1,2}[.:h]\d{2}(?:\s*(?:Uhr|h|godz\.))?\s*[:.–—-]\s+(?=\p{Lu})/u;

/** The offset past the dateline that opens the paragraph at `at`, or `at` when there is none. A
 * dateline has an agency in brackets, a date, or a place written in capitals: "Pedro Sánchez —" is none. */
export function datelineEnd(text: string, at: number): number {
  const stamp = TIME_STAMP.exec(text.slice(at, at + 20));
  if (stamp) return at + stamp[0].length;
  const entry = ENTRY_TIME.exec(text.slice(at, at + 20));
  if (entry) return at + entry[0].length;
  const m = DATELINE.exec(text.slice(at, at + 120));
  if (!m) return at;
  const place = m[1]!;
  const capitals = place === place.toUpperCase() && /\p{Lu}{3}/u.test(place);
  if (!m[2] && !m[3] && !capitals) return at;
  return at + m[0].length;
}
