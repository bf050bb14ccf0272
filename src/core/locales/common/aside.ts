// A longer aside set off by commas between a subject and its verb: a prepositional phrase ("La direzione, in una nota
// diffusa nel pomeriggio, ha ribadito", "Le maire, dans un communiqué, a déclaré") or a participle's phrase where the
// pack knows its participles ("Il figlio Alberto, arrivato da Milano nella notte, si commuove"). The subject stands
// before it. Only when the aside names no one (no given name, no role, no verb of saying): "Rossi, con il ministro
// Bianchi, ha detto" is left alone.
import type { LanguagePack } from '../../lang/pack.ts';
import type { Tokens } from '../../text/tokens.ts';

/** Tokens an aside may hold, its commas excluded. */
const ASIDE_MAX = 12;

/** The token before the opening comma of an aside that ends with the comma at token e, or e when there is none. */
export function pastLongAside(t: Tokens, e: number, pack: LanguagePack, namesSomeone: (k: number) => boolean): number {
  if (e < 3 || t.raw[e] !== ',') return e;
  let c = e - 1;
  while (c >= 0 && e - c <= ASIDE_MAX + 1 && t.raw[c] !== ',') {
    if (!t.word[c] && t.raw[c] !== "'" && t.raw[c] !== '’') return e;
    c--;
  }
  if (c < 1 || t.raw[c] !== ',' || c === e - 1 || !t.word[c - 1]) return e;
  const open = t.low[c + 1]!;
  const preposition = pack.stopwords.has(open) && !pack.determiners.has(open) && !pack.coordinators.has(open) && !pack.subordinators.has(open)
    && !pack.relatives.includes(open) && !pack.auxiliaries.has(open) && !pack.pronouns.has(open) && !pack.accordingOpeners.includes(open);
  if (!preposition && !pack.participleAside?.test(open)) return e;
  for (let k = c + 1; k < e; k++) {
    if (!t.word[k]) continue;
    if (pack.cueVerbs.has(t.low[k]!) || pack.vagueHeads.has(t.low[k]!) || namesSomeone(k)) return e;
  }
  return c - 1;
}
