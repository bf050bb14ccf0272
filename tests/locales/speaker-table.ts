// Checks an invented article against a table of its quotations and their speakers (null: a careful
// reader cannot tell, so no speaker must be given) and tallies right / wrong / missing speakers.
import { read, said } from './read.ts';

/** (a third element 'or none': a speaker a careful reader gives from knowledge we do not have, "el murciano" for a
 * Spaniard; no speaker is then no error, a wrong one still is) */
export type SpeakerRow = [needle: string, speaker: string | null, orNone?: 'or none'];

export interface Tally {
  right: number;
  wrong: number;
  missing: number;
  unfound: number;
  errors: string[];
}

export function tallySpeakers(text: string, lang: string, rows: SpeakerRow[]): Tally {
  const { items } = read(text, lang);
  const t: Tally = { right: 0, wrong: 0, missing: 0, unfound: 0, errors: [] };
  for (const [needle, want, orNone] of rows) {
    const got = said(items, needle);
    // (words of no one — a title in marks, a chant — that are not read as a quotation are read right)
    if (!got && want === null) { t.right++; continue; }
    if (!got) { t.unfound++; t.errors.push(`not found as a quotation: ${needle}`); continue; }
    // as the scorer reads it: the entity's name, or without one the source as written
    const speaker = got.speaker ?? got.source ?? null;
    if (speaker === want || (speaker !== null && want !== null && sameSpeaker(speaker, want))) t.right++;
    else if (speaker === null) { t.missing++; if (!orNone) t.errors.push(`missing ${want}: ${needle}`); }
    else { t.wrong++; t.errors.push(`wrong ${speaker} (want ${want ?? 'no one'}): ${needle} [${got.rule}]`); }
  }
  return t;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const atWordStart = (hay: string, needle: string) => {
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) if (at === 0 || !/[\p{L}\p{N}]/u.test(hay[at - 1]!)) return true;
  return false;
};
/** As the scorer matches a speaker: the text given holds the name, or its last word is part of the name ("Barrera"). */
function sameSpeaker(got: string, want: string): boolean {
  if (atWordStart(fold(got), fold(want))) return true;
  const last = fold(got).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)?.at(-1) ?? '';
  return last.length >= 3 && atWordStart(fold(want), last);
}
