// "the eve of the visit": the day before an event this text has already dated.
import { addDays, fmtDay } from '../calendar.ts';
import { DETERMINERS_EVENT } from '../lexicon.ts';
import type { Match, ScanContext } from '../scan-context.ts';

export function eveOf(c: ScanContext, i: number): Match | null {
  const { toks, R, out, text, sentences, w } = c;
  if (!(w(i) === 'the' && w(i + 1) === 'eve' && w(i + 2) === 'of')) return null;
  let k = i + 3;
  if (!DETERMINERS_EVENT.has(w(k))) return null;
  k++;
  const head = toks[k];
  if (!head || head.num || !/^[a-z]{3,}$/.test(head.w)) return null;
  const stem = head.w.replace(/s$/, '');
  const mentions = new RegExp(`\\b${stem}(?:s|es)?\\b`, 'i');
  for (let n = out.length - 1; n >= 0; n--) {
    const t = out[n]!;
    if (t.type !== 'DATE' || !(/^\d{4}-\d\d-\d\d$/.test(t.value) || /^XXXX-WXX-\d$/.test(t.value))) continue;
    const sp = sentences.find((x) => x.start <= t.start && t.start < x.end);
    if (!sp || !mentions.test(text.slice(sp.start, sp.end))) continue;
    if (!R.ref || !/^\d/.test(t.value)) return { end: k + 1, type: 'DATE', value: 'XXXX-XX-XX', anchored: true };
    const [y, m, d] = t.value.split('-').map(Number);
    return { end: k + 1, type: 'DATE', value: fmtDay(addDays({ y: y!, m: m!, d: d! }, -1)), anchored: true };
  }
  return null;
}
