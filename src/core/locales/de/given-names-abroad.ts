// German news names many people from abroad, in their own spelling: Swiss French and Italian names (Frédéric,
// Pierre-Yves, Ignazio), Spanish, Portuguese and Polish ones (Sergi, João, Małgorzata). The other packs' given
// names count as given names in German too, minus those that are German words; a German name keeps its own gender.
import * as FR from '../fr/lexicon/words.ts';
import * as IT from '../it/lexicon/words.ts';
import * as ES from '../es/lexicon/words.ts';
import * as PT from '../pt/lexicon/words.ts';
import * as PL from '../pl/lexicon/words.ts';
import { NOT_GIVEN_NAMES } from './lexicon/words.ts';

export function givenNamesAbroad(): Record<string, 'm' | 'f'> {
  const out: Record<string, 'm' | 'f' | null> = {};
  const not = new Set(NOT_GIVEN_NAMES);
  for (const W of [FR, IT, ES, PT, PL]) {
    for (const [list, g] of [[W.GIVEN_MALE, 'm'], [W.GIVEN_FEMALE, 'f']] as const) {
      for (const n of list) {
        if (not.has(n)) continue;
        // (a name of both genders in two languages, Andrea or Simone: none)
        out[n] = out[n] === undefined || out[n] === g ? g : null;
      }
    }
  }
  const sure: Record<string, 'm' | 'f'> = {};
  for (const [n, g] of Object.entries(out)) if (g) sure[n] = g;
  return sure;
}
