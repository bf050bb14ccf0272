// Quotations no cue claimed: a quotation right after an attribution goes on with it; one
// introduced by "Name:" gets that name; any other that reads as speech inherits the last quoted
// speaker (decided in finish-attributions.ts).
import type { Quote } from '../text/quote-marks.ts';
import { isAbbreviation } from '../text/sentences.ts';
import type { Span } from '../types.ts';
import type { Draft } from './draft.ts';
import type { QuoteIndex } from './quote-index.ts';
import { tokenize, type Tokens } from '../text/tokens.ts';
import { AUXILIARIES, BE, DETERMINERS, NP_BOUNDARY, PRONOUNS, TRUE_PREPOSITIONS } from '../locales/en/lexicon/word-classes.ts';
import { nounPhraseLeft, nounPhraseRight, sentenceSubject } from './noun-phrase.ts';
import { firstContentToken, isCloseQuote, isOpenQuote } from './token-spans.ts';
import { CUE_FORMS } from '../locales/en/lexicon/cue-lexicon.ts';
import { VERDICT_NOUNS } from '../locales/en/lexicon/source-nouns.ts';

export function addUnclaimedQuotes(text: string, quotes: QuoteIndex, drafts: Draft[]): void {
  splitTaggedQuotes(text, quotes, drafts);
  const covered = drafts.flatMap((d) => d.content).sort((x, y) => x.start - y.start);
  const endOf = (d: Draft) => Math.max(d.content[d.content.length - 1]!.end, ...d.content.map((c) => c.end), d.source?.end ?? 0, d.cue?.end ?? 0);
  const byEnd = drafts.map((d) => ({ d, end: endOf(d) })).sort((x, y) => x.end - y.end);
  let ci = 0;
  let bi = -1;
  for (const q of quotes.outer) {
    while (ci < covered.length && covered[ci]!.end <= q.start) ci++;
    if (ci < covered.length && covered[ci]!.start < q.end) continue;
    // a quotation with its own speech tag after it is speech, however short ("“Never,” he said.")
    // a title with its byline ("“Met accused of whitewashing,” by Post's Kate Bell") is no speech
    if (byline(text, q)) continue;
    const speech = looksLikeSpeech(text, q);
    // a short sentence introduced by a comma or colon is speech when the clause before names who
    // says it ("Mills then wrote back, “You look cute.”"); otherwise it is left alone
    const short = !speech && introduced(text, q) && /[.!?]\s*$/.test(text.slice(q.inner.start, q.inner.end));
    const tagged = speech || !titleCase(text, q) ? (tagAfter(text, q) ?? verdictAfter(text, q)) : null;
    if (!tagged && !speech && !short) continue;
    while (bi + 1 < byEnd.length && byEnd[bi + 1]!.end <= q.start) bi++;
    const before = bi >= 0 ? quotedBefore(text, byEnd, bi, q.start) : null;
    // A quotation right after an attribution ("…,” he said. “…”) goes on with it — unless a
    // clause of its own between them introduces it with a colon ("With aides worried about A,
    // Ruiz has a new message: “…”"): that clause's subject says it.
    const colon = colonIntroduced(text, q);
    const ownColon = !!colon?.source && !!colon.cue && colon.cue.end - colon.cue.start > 1 && !!before && colon.source.start >= before.end;
    // (what someone did not say is no speech a quotation goes on with: "“…,” Obama said. He did
    // not suggest retaliation. “…”" goes on with the quoted speaker)
    // ("“…,” Cruz said as the heckler yelled: “…”": a second verb of the tag sentence introduces it)
    const second = !tagged && before && !ownColon ? secondTag(text, q, before) : null;
    // a new person's sentence of saying right after the quotation in its paragraph ("“…” Club chairman Joe
    // Bloggs said the board …"): the quotation may be theirs as well as the last speaker's, so no one's
    if (!tagged && !second && before && newSpeakerAfter(text, q, before.d)) {
      const d: Draft = { content: [{ start: q.start, end: q.end }], source: null, speakerSpan: null, cue: null, inherit: true, unsure: true, rule: 'quote-unsure' };
      drafts.push(d);
      continue;
    }
    if (!tagged && before && !ownColon && !second && !negated(text, before.d) && ((continues(text.slice(before.end, q.start)) && !closedSentence(text, before, q)) || nextParagraph(text, quotes, before, q))) {
      before.d.content.push({ start: q.start, end: q.end });
      before.end = q.end;
      continue;
    }
    const found = tagged ?? second ?? colon ?? subjectBefore(text, q);
    if (!found && !speech) continue;
    // Speech with no cue of its own, in the paragraph of a quoted speaker's attribution, goes on
    // with that attribution ("“…,” he said outside. But “…”"): PolNeAR gives a quotation without
    // a cue to the attribution of its speaker.
    const host = found ? null : quotedInParagraph(text, quotes, byEnd, bi, q);
    if (host) {
      host.d.content.push({ start: q.start, end: q.end });
      host.end = q.end;
      continue;
    }
    const d = found ?? { content: [{ start: q.start, end: q.end }], source: null, speakerSpan: null, cue: null, inherit: true };
    d.rule ??= tagged ? 'quote-tag' : second ? 'quote-second-tag' : colon ? 'quote-colon' : found ? 'quote-subject-before' : 'quote-goes-on';
    drafts.push(d);
    // later quotations may go on with this one
    const end = endOf(d);
    let at = bi + 1;
    while (at < byEnd.length && byEnd[at]!.end <= end) at++;
    byEnd.splice(at, 0, { d, end });
  }
}

// A quotation with its own speech tag ("“…,” Clinton said") inside the content another cue
// took ("… plans “…,” Anne Richards said on the same call") belongs to the tag: the other
// draft's content ends before it, and what followed the tag goes with the tag's draft.
function splitTaggedQuotes(text: string, quotes: QuoteIndex, drafts: Draft[]): void {
  const n = drafts.length;
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    if (!d.cue || d.inherit) continue;
    for (let ci = 0; ci < d.content.length; ci++) {
      const c = d.content[ci]!;
      const q = firstTagged(text, quotes, c, d);
      if (!q) continue;
      const { quote, tag } = q;
      const moved = d.content.splice(ci + 1);
      const head = text.slice(c.start, quote.start).replace(/[\s,;:—–-]+$/, '');
      if (/[\p{L}\p{N}]/u.test(head)) d.content[ci] = { start: c.start, end: c.start + head.length };
      else d.content.splice(ci, 1);
      // what followed the tag in this span, and the spans after it, go with the tag
      const tagEnd = Math.max(tag.source!.end, tag.cue!.end);
      const rest = text.slice(tagEnd, c.end);
      const lead = rest.search(/[\p{L}\p{N}“"‘]/u);
      if (lead >= 0 && /^[\s,.;:—–-]*$/.test(rest.slice(0, lead)) && text.slice(tagEnd, tagEnd + lead).includes('.')) {
        tag.content.push({ start: tagEnd + lead, end: c.end });
      }
      tag.content.push(...moved);
      tag.rule ??= 'quote-tag';
      drafts.push(tag);
      break;
    }
  }
  for (let i = drafts.length - 1; i >= 0; i--) if (!drafts[i]!.content.length) drafts.splice(i, 1);
}

// The first quotation in span c followed, inside c, by its own speech tag that is not d's cue.
function firstTagged(text: string, quotes: QuoteIndex, c: Span, d: Draft): { quote: Quote; tag: Draft } | null {
  for (let at = quotes.outerAt(c.start) ?? nextQuote(quotes, c.start); at && at.start < c.end; at = nextQuote(quotes, at.end)) {
    if (at.end >= c.end || at.start < c.start) continue;
    const tag = tagAfter(text, at);
    if (!tag?.source || !tag.cue || tag.cue.start === d.cue!.start) continue;
    // a frame after the tag keeps it all ("“…,” Walker said, according to the AP": PolNeAR
    // gives the quotation to the outer report)
    if (d.cue!.start > at.end && (/^according/i.test(text.slice(d.cue!.start, d.cue!.end)) || namesSomeone(text, d.source))) continue;
    if (tag.source.end > c.end || tag.cue.end > c.end) continue;
    if (d.source && d.source.start < tag.source.end && tag.source.start < d.source.end) continue;
    return { quote: at, tag };
  }
  return null;
}

// Whether a source span reads as a noun phrase that names someone (not "drawing" in ", drawing cheers").
function namesSomeone(text: string, s: Span | null): boolean {
  if (!s) return false;
  const w = /^[\p{L}\p{N}'’.-]+/u.exec(text.slice(s.start, s.end))?.[0] ?? '';
  return /^\p{Lu}/u.test(w) || DETERMINERS.has(w.toLowerCase()) || PRONOUNS.has(w.toLowerCase());
}

function nextQuote(quotes: QuoteIndex, pos: number): Quote | null {
  return quotes.firstAt(pos);
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

// The speech tag after a quotation that ends in a comma, "?" or "!" inside its marks: the
// sentence goes on with who said it ("“…,” said one official." / "“…?” a staffer wondered." /
// "“…,” the email read." / "“…,” the nominee, Donald Trump, tweeted Sunday").
function tagAfter(text: string, q: Quote): Draft | null {
  if (!q.closed) return signatureLine(text, q);
  const credit = creditLine(text, q);
  if (credit) return credit;
  // (a quotation inside it may close first: "… what can we do to help?’”")
  const inner = text.slice(q.inner.start, q.inner.end).replace(/[\s’'‘"]+$/, '');
  const last = inner[inner.length - 1];
  if (last !== ',' && last !== '?' && last !== '!' && last !== '—') return null;
  if (afterPossessive(text, q) || afterNaming(text, q)) return null;
  let limit = text.indexOf('\n', q.end);
  if (limit < 0 || limit > q.end + 300) limit = Math.min(text.length, q.end + 300);
  const t = tokenize(text, q.end, limit);
  let n = 0;
  // (a period before a comma ends an abbreviation, not the sentence: "Tom Bell, R-Ky., said")
  while (n < t.length && (!SENTENCE_END.has(t.raw[n]!) || (t.raw[n] === '.' && t.raw[n + 1] === ',')) && !isOpenQuote(t.raw[n]!)) n++;
  if (n === 0 || !t.word[0]) return null;
  const w = t.low[0]!;
  let src: [number, number] | null = null;
  let verb = -1;
  if (!t.cap[0] && !DETERMINERS.has(w) && !PRONOUNS.has(w) && isTagVerb(w)) {
    // inverted: a verb of saying, then the speaker
    src = nounPhraseRight(t, 1);
    verb = 0;
  } else {
    src = nounPhraseRight(t, 0);
    if (!src) return null;
    let v = src[1] + 1;
    // "the nominee, Donald Trump, tweeted": an apposition between the speaker and the verb
    // ("Anne Richards, assistant secretary of state for refugees, and migration, said"):
    // the verb after a later comma
    if (t.raw[v] === ',') {
      for (let k = v + 1; k < n && k < v + 40; k++) {
        if (t.raw[k] !== ',') continue;
        let x = k + 1;
        while (x < n && isAdverb(t.low[x]!)) x++;
        if (x < n && t.word[x] && !t.cap[x] && isTagVerb(t.low[x]!)) {
          v = x;
          break;
        }
      }
    }
    // "a voice-over in the ad states": a short prepositional phrase before the verb
    if (v < n && TRUE_PREPOSITIONS.has(t.low[v]!) && v === src[1] + 1) {
      for (let k = v + 2; k < n && k <= v + 5 && t.word[k - 1]; k++) {
        if (t.word[k] && !t.cap[k] && isTagVerb(t.low[k]!)) {
          v = k;
          break;
        }
      }
    }
    while (v < n && isAdverb(t.low[v]!)) v++;
    if (v < n && t.word[v] && !t.cap[v] && isTagVerb(t.low[v]!)) verb = v;
    else if (src[1] > src[0] && isTagVerb(t.low[src[1]]!) && !t.cap[src[1]] && (src[1] + 1 >= n || t.raw[src[1] + 1] === ',' || TRUE_PREPOSITIONS.has(t.low[src[1] + 1]!))) {
      // the noun phrase ran over its verb ("the email read." / "the Saudis state in the paper,")
      verb = src[1];
      src = [src[0], src[1] - 1];
    } else return null;
  }
  if (!src || src[0] >= n) return null;
  // a relative pronoun opens a clause about the quotation, not a tag ("“The Apprentice,” who …")
  if (src[0] === src[1] && RELATIVES.has(t.low[src[0]]!)) return null;
  // inverted, the speaker ends the tag: "“…,” said Ann Lee." — not "“…,” said he doesn't …"
  if (verb === 0 && src[1] + 1 < n && t.word[src[1] + 1] && t.low[src[1] + 1] !== 'to' && (AUXILIARIES.has(t.low[src[1] + 1]!) || isFiniteCue(t.low[src[1] + 1]!))) return null;
  // "Ruiz said the pier will reopen": a verb with a clause of its own does not tag the quotation
  // (inverted, "said an expert who …" is all the tag's)
  const after = verb + 1;
  // (a hearer is no clause: "Jim Bennett told a voter passing by")
  const hearer = CUE_FORMS.get(t.low[verb]!)?.verb.recipient;
  if (verb > 0 && after < n && t.word[after] && (t.low[after] === 'that' || (!hearer && (DETERMINERS.has(t.low[after]!) || PRONOUNS.has(t.low[after]!))))) return null;
  // "said one district leader": "one" before a noun is a numeral, not the whole speaker
  if (src[0] === src[1] && t.low[src[0]] === 'one') {
    const rest = nounPhraseRight(t, src[0] + 1);
    if (rest && rest[1] < n) src = [src[0], rest[1]];
  }
  const end = Math.min(src[1], n - 1);
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[src[0]]!, end: t.end[end]! },
    speakerSpan: null,
    cue: { start: t.start[verb]!, end: t.end[verb]! },
  };
}

const RELATIVES = new Set(['who', 'which', 'that']);

/** "“…” Club chairman Joe Bloggs said …": a capitalised name (after title words) and a verb of saying open the next sentence. */
function newSpeakerAfter(text: string, q: Quote, before: Draft): boolean {
  if (!q.closed || !/[.!?]["”’']*$/.test(text.slice(q.start, q.end))) return false;
  const m = /^ +(\p{Lu}[\p{L}'’-]* (?:(?:\p{Lu}[\p{L}'’-]*|[a-z]+) ){0,3}\p{Lu}[\p{L}'’-]*) (?:said|says|told|added|insisted|explained|warned)\b/u.exec(text.slice(q.end, q.end + 120));
  if (!m || /^(?:He|She|They|It|We|I|The|This|That|But|And)\b/.test(m[1]!)) return false;
  // (the last speaker named again is no one new)
  const prior = before.source ? text.slice(before.source.start, before.source.end) : '';
  return !m[1]!.split(' ').some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && prior.includes(w));
}

/** "That was the verdict of", "The warning came from", "So said": a sentence after the quotation naming whose it is. */
const VERDICT = new RegExp(`^\\s*(?:(?:That|This|Those|These|Such) (?:was|were|is|are|has been|have been) (?:the |a )?(?:[a-z]+ ){0,2}(?:${VERDICT_NOUNS.join('|')}) (?:of|from)|(?:The|That|This|His|Her|Their) (?:[a-z]+ ){0,2}(?:${VERDICT_NOUNS.join('|')}) (?:came|comes) from|So (?:said|says)) `);

// A quotation that closes its sentence, then a sentence that names its speaker ("“…” That was the verdict of
// Brentford captain Christian Nørgaard, who …"): the speaker is the noun phrase after "of".
function verdictAfter(text: string, q: Quote): Draft | null {
  if (!q.closed) return null;
  const m = VERDICT.exec(text.slice(q.end, q.end + 120));
  if (!m) return null;
  const at = q.end + m[0].length;
  let limit = text.indexOf('\n', at);
  if (limit < 0 || limit > at + 200) limit = Math.min(text.length, at + 200);
  const t = tokenize(text, at, limit);
  const np = t.length && t.word[0] ? nounPhraseRight(t, 0) : null;
  if (!np || !t.cap[np[1]]) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    speakerSpan: null,
    cue: { start: q.end + m[0].search(/\S/), end: q.end + m[0].trimEnd().length },
  };
}

function isFiniteCue(w: string): boolean {
  const f = CUE_FORMS.get(w)?.form;
  return f === 'past' || f === 's';
}

// Whether a possessive stands right before the quotation ("MSNBC’s “Morning Joe,”"): the
// quotation names a title or a phrase of the owner's, and no tag after it reports it.
function afterPossessive(text: string, q: Quote): boolean {
  return /\S['’]s\s+$/.test(text.slice(Math.max(0, q.start - 30), q.start));
}

// Whether a participle of naming stands right before the quotation ("a spot titled “Arrogant,”
// features …"): the quotation is a name, and the verb after it is the sentence's own.
function afterNaming(text: string, q: Quote): boolean {
  return /\b(?:titled|entitled|called|named|dubbed|nicknamed|billed as|known as)\s+$/i.test(text.slice(Math.max(0, q.start - 30), q.start));
}

// A credit after a dash: "“…” — Maria Lopez" / "“…”―Ann Lee, Ohio" / "“…” --Kim Hjelmgaard": the name
// is the speaker (the convention of epigraphs and collected quotations).
function creditLine(text: string, q: Quote): Draft | null {
  let j = q.end;
  // (on the same line, or alone on the next: "“…”¶¶- Hillary Clinton.")
  let lines = 0;
  while (j < text.length && j < q.end + 6 && (text[j] === ' ' || text[j] === '\u00a0' || text[j] === '\n')) if (text[j++] === '\n') lines++;
  const dash = j;
  while (j < text.length && j < dash + 2 && (text[j] === '—' || text[j] === '–' || text[j] === '―' || text[j] === '-')) j++;
  if (j === dash || (text[dash] === '-' && j - dash === 1 && text[j] !== ' ')) return null;
  let end = text.indexOf('\n', j);
  if (end < 0) end = text.length;
  if (end - j > (lines ? 60 : 120)) return null;
  const t = tokenize(text, j, end);
  if (!t.length || !t.word[0] || !t.cap[0]) return null;
  // the name: capitalized words up to the first comma, dash, bracket or the line's end
  let e = 0;
  while (e + 1 < t.length && (t.word[e + 1] || t.raw[e + 1] === '.') && (t.cap[e + 1] || t.raw[e + 1] === '.' || INNER_NAME.has(t.low[e + 1]!))) e++;
  while (e > 0 && !t.word[e]) e--;
  // a name is short and never a sentence ("— Democrats in Iowa who watched …" goes on as prose)
  if (e > 5) return null;
  const next = t.raw[e + 1];
  if (next !== undefined && next !== ',' && next !== '.' && next !== '(' && next !== '—' && next !== '–' && next !== ':' && next !== ';') return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[0]!, end: t.end[e]! },
    speakerSpan: null,
    cue: { start: dash, end: j },
  };
}

// A pull quote signed on its own line before the closing mark: "“…¶Jane Roe, Policy Institute.”"
function signatureLine(text: string, q: Quote): Draft | null {
  let j = q.end;
  let lines = 0;
  while (j < text.length && j < q.end + 4 && /\s/.test(text[j]!)) if (text[j++] === '\n') lines++;
  if (lines !== 1) return null;
  let end = text.indexOf('\n', j);
  if (end < 0) end = text.length;
  while (end > j && /\s/.test(text[end - 1]!)) end--;
  if (end - j > 100 || end - j < 3) return null;
  const close = text[end - 1]!;
  if (close !== '"' && close !== '”') return null;
  const line = text.slice(j, end - 1);
  if (/["“”]/.test(line)) return null;
  const t = tokenize(text, j, end - 1);
  if (!t.length || !t.word[0] || !t.cap[0]) return null;
  let e = 0;
  while (e + 1 < t.length && t.raw[e + 1] !== ',') e++;
  while (e > 0 && !t.word[e]) e--;
  if (e > 8) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[0]!, end: t.end[e]! },
    speakerSpan: null,
    cue: { start: end - 1, end },
  };
}

const INNER_NAME = new Set(['de', 'da', 'van', 'von', 'del', 'la', 'le', 'bin', 'al']);

const isAdverb = (w: string) => (w.length > 3 && w.endsWith('ly')) || w === 'then' || w === 'later' || w === 'also' || w === 'once';

// he went on / as she put it / he broke in
const IRREGULAR_TAGS = new Set(['went', 'put', 'broke']);

// A verb that can tag a quotation: a cue verb in a finite form, or any other past tense
// ("reacted", "wondered", "chimed").
function isTagVerb(w: string): boolean {
  const e = CUE_FORMS.get(w);
  if (e) return e.form !== 'ing';
  if (IRREGULAR_TAGS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !AUXILIARIES.has(w) && !NP_BOUNDARY.has(w);
}

// A quotation inside a sentence that began before it ("Another source said, “…”" / "The ad
// hits Clinton for taking “…”"), when no cue claimed it: the subject of that sentence.
function subjectBefore(text: string, q: Quote): Draft | null {
  let from = text.lastIndexOf('\n', q.start - 1) + 1;
  if (from < q.start - 400) from = q.start - 400;
  const t = tokenize(text, from, q.start);
  let first = 0;
  for (let k = t.length - 1; k >= 0; k--) {
    const r = t.raw[k]!;
    // (a colon right before the quotation introduces it: its clause is the one we want)
    if (r === '.' || r === '!' || r === '?' || (r === ':' && k < t.length - 1) || r === ';' || (isCloseQuote(r) && k > 0 && /[.!?]/.test(t.raw[k - 1]!))) {
      first = k + 1;
      break;
    }
  }
  if (first === 0 && from > 0 && text[from - 1] !== '\n') return null; // the sentence start is out of reach
  const c = tokenize(text, first < t.length ? t.start[first]! : q.start, q.start);
  if (c.length < 2) return first > 0 && t.raw[first - 1] === '.' ? shortSentenceBefore(t, first - 1, q) : null;
  const found = clauseSubject(c);
  if (!found) return null;
  const [subj, v] = found;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: c.start[subj[0]]!, end: c.end[subj[1]]! },
    speakerSpan: null,
    cue: { start: c.start[v]!, end: c.end[v]! },
  };
}

// A quotation after a short sentence of saying in its paragraph ("Ann Bystrom agreed. “…”" /
// "Trump continued. “…”"): that sentence's subject. t ends at the quotation; stop is its last period.
function shortSentenceBefore(t: Tokens, stop: number, q: Quote): Draft | null {
  let a = stop - 1;
  while (a >= 0 && t.raw[a] !== '.' && t.raw[a] !== '!' && t.raw[a] !== '?' && !isCloseQuote(t.raw[a]!) && t.raw[a] !== ':' && t.raw[a] !== ';') a--;
  if (stop - a - 1 > 10 || stop - a - 1 < 2) return null;
  // the verb closes the sentence, after adverbs at most ("X agreed." / "X then added.")
  let v = stop - 1;
  while (v > a + 1 && isAdverb(t.low[v]!)) v--;
  if (!t.word[v] || t.cap[v] || !isTagVerb(t.low[v]!)) return null;
  let e = v - 1;
  while (e > a && isAdverb(t.low[e]!)) e--;
  const np = nounPhraseLeft(t, e);
  if (!np || np[0] !== a + 1) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    speakerSpan: null,
    cue: { start: t.start[v]!, end: t.end[v]! },
  };
}

// The subject of a sentence and its verb: the first noun phrase followed by a lower-case verb,
// tried at the sentence start and after each of its first commas ("Moreover, as part of the
// exchange, Gowdy referenced …" / "As The Post's Dana Milbank puts it, …" / "Silverman, herself
// a supporter, incurred …").
function clauseSubject(c: Tokens): [[number, number], number] | null {
  const starts = [0];
  for (let k = 0; k < c.length && starts.length < 5; k++) if (c.raw[k] === ',' || c.raw[k] === '—' || c.raw[k] === '–') starts.push(k + 1);
  for (let i = 0; i < starts.length; i++) {
    let j = starts[i]!;
    while (j < c.length && (!c.word[j] || LEAD.has(c.low[j]!))) j++;
    if (j >= c.length) break;
    // "Said Comey, “…”": the verb first, then the speaker
    if (i === 0 && c.cap[j] && isTagVerb(c.low[j]!)) {
      const after = nounPhraseRight(c, j + 1);
      if (after) return [after, j];
    }
    let np = nounPhraseRight(c, j);
    if (!np) continue;
    // "the columnist Dana Mills puts it": a verb of saying right after a name ends the phrase
    for (let k = np[0] + 1; k <= np[1]; k++) {
      const e = CUE_FORMS.get(c.low[k]!);
      const finite = e ? e.form === 'past' || e.form === 's' : (c.low[k]!.length > 3 && /(?:ed|[^s]s)$/.test(c.low[k]!)) || IRREGULAR_TAGS.has(c.low[k]!);
      if (c.word[k] && !c.cap[k] && c.cap[k - 1] && !c.poss[k - 1] && !DETERMINERS.has(c.low[k - 1]!) && finite) {
        np = [np[0], k - 1];
        break;
      }
    }
    let v = np[1] + 1;
    // "The email went on to say": the phrase ran over a verb the word classes do not know
    if (np[1] > np[0] && (v >= c.length || !c.word[v] || NP_BOUNDARY.has(c.low[v]!) || TRUE_PREPOSITIONS.has(c.low[v]!)) && !c.cap[np[1]] && !c.poss[np[1] - 1]) {
      if (DETERMINERS.has(c.low[np[0]]!) || c.cap[np[0]]) {
        v = np[1];
        np = [np[0], np[1] - 1];
      }
    }
    // "Silverman, herself a Sanders supporter, incurred": an apposition before the verb
    if ((c.raw[v] === ',' || c.raw[v] === '—' || c.raw[v] === '–') && i + 1 < starts.length) {
      const next = starts.findIndex((x) => x > v + 1);
      if (next < 0) continue;
      v = starts[next]!;
    }
    while (v < c.length && isAdverb(c.low[v]!)) v++;
    if (v >= c.length || !c.word[v] || c.cap[v] || DETERMINERS.has(c.low[v]!) || TRUE_PREPOSITIONS.has(c.low[v]!) || NP_BOUNDARY.has(c.low[v]!)) continue;
    if (PRONOUNS.has(c.low[v]!)) continue;
    return [np, v];
  }
  return null;
}

// Sentence openers that are not the subject.
const LEAD = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'meanwhile', 'now', 'then', 'also', 'or', 'even', 'instead', 'indeed', 'as', 'moreover']);

// "Jeffrey Jones, the pollster: “…”" / "The report: “…”": a name and a colon introduce the quote.
function colonIntroduced(text: string, q: Quote): Draft | null {
  let j = q.start - 1;
  while (j >= 0 && j > q.start - 6 && /\s/.test(text[j]!)) j--;
  if (j < 1 || text[j] !== ':') return null;
  const from = Math.max(0, j - 300);
  const t = tokenize(text, from, j);
  if (!t.length) return null;
  // only the tail of its sentence
  let first = -1;
  for (let k = t.length - 1; k >= 0; k--) if (t.raw[k] === '.' || t.raw[k] === '\n' || isCloseQuote(t.raw[k]!)) { first = k + 1; break; }
  if (first < 0) first = from === 0 ? 0 : t.length;
  if (first >= t.length) return null;
  const put = asPutIt(t, first, q, j);
  if (put) return put;
  const np = nounPhraseLeft(t, t.length - 1);
  // a clause before the colon ("She then addressed the crowd again:"): its subject speaks
  if (!np || np[0] > firstContentToken(t, first)) {
    const c = tokenize(text, t.start[first]!, j);
    const subj = sentenceSubject(c, c.length - 1);
    const v = subj ? subj[1] + 1 : -1;
    // a verb after the subject (not "A lesson from X:", "… is shown by X:", "… as follows:")
    // (a form of "be" only before an -ing form: "X is rolling out a message:")
    if (subj && v < c.length && c.word[v] && !c.cap[v] && !DETERMINERS.has(c.low[v]!) && !TRUE_PREPOSITIONS.has(c.low[v]!) && !passiveOrCopula(c, v) && c.low[v] !== 'as') {
      return {
        content: [{ start: q.start, end: q.end }],
        source: { start: c.start[subj[0]]!, end: c.end[subj[1]]! },
        speakerSpan: null,
        cue: { start: c.start[v]!, end: j + 1 },
      };
    }
    // past a long opening phrase ("With aides worried about the polls, the mayor is rolling out a
    // message:"), the subject after its comma
    const later = subj ? null : clauseSubject(c);
    if (later && later[0][0] > 0 && !DETERMINERS.has(c.low[later[1]]!) && c.low[later[1]] !== 'as' && !passiveOrCopula(c, later[1])) {
      return {
        content: [{ start: q.start, end: q.end }],
        source: { start: c.start[later[0][0]]!, end: c.end[later[0][1]]! },
        speakerSpan: null,
        cue: { start: c.start[later[1]]!, end: j + 1 },
      };
    }
  }
  if (!np || np[0] < first || np[1] - np[0] > 8) return null;
  if (!t.cap[np[0]] && !DETERMINERS.has(t.low[np[0]]!) && !PRONOUNS.has(t.low[np[0]]!)) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[np[0]]!, end: t.end[np[1]]! },
    speakerSpan: null,
    cue: { start: j, end: j + 1 },
  };
}

// Whether token v is a form of "be" that is not a progressive's ("is shown by X:", "is the
// answer:"; not "is rolling out a message:").
function passiveOrCopula(c: Tokens, v: number): boolean {
  return BE.has(c.low[v]!) && !/ing$/.test(c.low[v + 1] ?? '');
}

// "As the mayor, a former judge, put it: “…”": the one between "as" and "put it" speaks ("it"
// is the verb's object, not its subject).
function asPutIt(t: Tokens, first: number, q: Quote, colon: number): Draft | null {
  const n = t.length;
  if (n - 2 <= first || t.low[n - 1] !== 'it' || t.low[n - 2] !== 'put') return null;
  let a = n - 3;
  while (a >= first && a > n - 30 && t.low[a] !== 'as') a--;
  if (a < first || t.low[a] !== 'as') return null;
  let e = n - 3;
  while (e > a && !t.word[e]) e--;
  if (e <= a || !t.word[a + 1]) return null;
  return {
    content: [{ start: q.start, end: q.end }],
    source: { start: t.start[a + 1]!, end: t.end[e]! },
    speakerSpan: null,
    cue: { start: t.start[n - 2]!, end: colon + 1 },
  };
}

// Whether a quotation after an attribution goes on with it: only punctuation between, or the
// rest of the attribution's own sentence ("…,” he said in an interview. “…”).
// The attribution a quotation may go on with: the last one before it, unless that one hangs off
// the speech tag of a quotation just before ("“…,” said Ann Lee, speaking of the vote. “…”" /
// "“…,” said Bo Li, who runs the mill. “…”"): then the quotation goes on with the quoted speaker.
function quotedBefore(text: string, byEnd: { d: Draft; end: number }[], bi: number, at: number): { d: Draft; end: number } {
  const last = byEnd[bi]!;
  for (let k = bi - 1; k >= 0 && k >= bi - 3; k--) {
    const e = byEnd[k]!;
    const first = e.d.content[0]!;
    if (!e.d.cue || !isOpenQuote(text[first.start]!)) continue;
    // (a quotation already went on with it past the later one)
    if (e.end >= last.end) return e;
    // the later attribution lies inside this one's tag sentence, and the gap is one sentence end
    const lastStart = Math.min(...last.d.content.map((c) => c.start), last.d.cue?.start ?? Infinity);
    if (lastStart < e.end || text.slice(e.end, at).includes('\n') || !continues(text.slice(e.end, at))) return last;
    return e;
  }
  return last;
}

// A quotation that opens the paragraph after one closing on a quotation's speech tag ("“…,” Ann
// Lee said at the hall.¶¶“…”") goes on with it: PolNeAR keeps one attribution over both.
function nextParagraph(text: string, quotes: QuoteIndex, before: { d: Draft; end: number }, q: Quote): boolean {
  const d = before.d;
  const last = d.content[d.content.length - 1]!;
  // the attribution's last piece is a whole quotation, its tag (if any) after it
  const whole = quotes.outerAt(last.start);
  if (!whole || whole.start !== last.start || whole.end < last.end - 1) return false;
  if (d.cue && d.cue.start < last.start) return false;
  const gap = text.slice(before.end, q.start);
  const nl = gap.indexOf('\n');
  return nl >= 0 && /^\s*$/.test(gap.slice(nl)) && continues(gap.slice(0, nl));
}

// Whether the attribution ends on a quotation that closes its sentence ("… said, “I don't.”")
// and words come between it and q: they are a sentence of their own.
function closedSentence(text: string, before: { d: Draft; end: number }, q: Quote): boolean {
  const gap = text.slice(before.end, q.start);
  if (!/[\p{L}\p{N}]/u.test(gap)) return false;
  const inner = text.slice(Math.max(0, before.end - 3), before.end);
  return /[.!?]["”’']+$/.test(inner);
}

// The last attribution before q in q's paragraph that has a cue and quotes someone.
function quotedInParagraph(text: string, quotes: QuoteIndex, byEnd: { d: Draft; end: number }[], bi: number, q: Quote): { d: Draft; end: number } | null {
  for (let k = bi; k >= 0 && k >= bi - 6; k--) {
    const e = byEnd[k]!;
    if (e.end > q.start || q.start - e.end > 3000 || text.slice(e.end, q.start).includes('\n')) return null;
    if (e.d.cue && e.d.content.some((c) => quotes.quotedLength(c) > 0)) return e;
  }
  return null;
}

// A second verb of saying in a tag sentence that introduces the quotation with a colon ("“…,”
// Cruz said as the heckler yelled: “…”" / "“…,” Ruiz said before adding: “…”"): the quotation
// is that verb's, said by its own subject, or by the tag's speaker when it has none.
function secondTag(text: string, q: Quote, before: { d: Draft; end: number }): Draft | null {
  let j = q.start - 1;
  while (j >= 0 && j > q.start - 6 && /\s/.test(text[j]!)) j--;
  if (j < 1 || text[j] !== ':' || !before.d.source || j <= before.end) return null;
  const t = tokenize(text, before.end, j);
  if (!t.length || t.length > 12) return null;
  let v = t.length - 1;
  while (v > 0 && isAdverb(t.low[v]!)) v--;
  const w = t.low[v]!;
  if (!t.word[v] || t.cap[v] || !(isTagVerb(w) || CUE_FORMS.get(w)?.form === 'ing')) return null;
  let source: Span = before.d.source;
  const np = v > 0 && t.word[v - 1] && !SECOND_TAG_LEADS.has(t.low[v - 1]!) ? nounPhraseLeft(t, v - 1) : null;
  if (np) {
    // its own subject, after a subordinator or a conjunction ("as the heckler yelled")
    if (np[0] < 1 || !SECOND_TAG_LEADS.has(t.low[np[0] - 1]!) || RELATIVES.has(t.low[np[0]]!)) return null;
    source = { start: t.start[np[0]]!, end: t.end[np[1]]! };
  } else if (!(v > 0 && (SECOND_TAG_LEADS.has(t.low[v - 1]!) || t.raw[v - 1] === ','))) {
    return null;
  }
  return { content: [{ start: q.start, end: q.end }], source, speakerSpan: null, cue: { start: t.start[v]!, end: j + 1 } };
}
const SECOND_TAG_LEADS = new Set(['as', 'while', 'when', 'before', 'after', 'and', 'then', 'but']);

function negated(text: string, d: Draft): boolean {
  return !!d.cue && /\b(?:not|never)\b|n['’]t\b/i.test(text.slice(d.cue.start, d.cue.end));
}

function continues(gap: string): boolean {
  if (/^[\s.,;:!?—–-]*$/.test(gap)) return true;
  if (gap.length > 400 || gap.includes('\n')) return false;
  // sentence ends in the gap, not counting abbreviations ("Tampa, Fla., who …", "Jr.")
  let stops = 0;
  let endsWithStop = false;
  for (let i = 0; i < gap.length; i++) {
    const ch = gap[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let w = i;
    while (w > 0 && /[A-Za-z]/.test(gap[w - 1]!)) w--;
    // (a title closing on the stop ends the sentence too: "… said on “Meet the Voters.” “…”")
    const last = /^[\s"”’']*$/.test(gap.slice(i + 1));
    if (ch === '.' && !last && i - w >= 1 && /[A-Z]/.test(gap[w]!) && isAbbreviation(gap.slice(w, i))) continue;
    stops++;
    endsWithStop = last;
  }
  return stops === 0 || (stops === 1 && endsWithStop);
}

// A quotation is speech (not a title or a scare quote) when it holds a clause: several words
// and a sentence mark, or a long run of words.
// A short quoted phrase with no punctuation of its own ("the “Never Trump” movement") marks a
// term, not a quotation that a cue after it could report.
export function scareQuote(text: string, q: Quote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  return inner.split(/\s+/).length <= 3 && !/[.,!?;:]$/.test(inner);
}

function byline(text: string, q: Quote): boolean {
  const after = text.slice(q.end, q.end + 40);
  return /^\s*,?\s*by\s+(?:the\s+)?[\p{Lu}]/u.test(after);
}

function introduced(text: string, q: Quote): boolean {
  let j = q.start - 1;
  while (j >= 0 && j > q.start - 4 && (text[j] === ' ' || text[j] === '\u00a0')) j--;
  return j >= 0 && (text[j] === ',' || text[j] === ':');
}

// Title Case is a name (a show, a group, a slogan), not speech: every longer word capitalized.
function titleCase(text: string, q: Quote): boolean {
  let long = 0;
  let capital = 0;
  for (const w of text.slice(q.inner.start, q.inner.end).split(/\s+/)) {
    if (w.replace(/[^\p{L}]/gu, '').length <= 3) continue;
    long++;
    if (/^[^\p{L}]*\p{Lu}/u.test(w)) capital++;
  }
  return long >= 2 && capital === long;
}

function looksLikeSpeech(text: string, q: Quote): boolean {
  const inner = text.slice(q.inner.start, q.inner.end);
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (titleCase(text, q)) return false;
  if (words >= 8) return true;
  return words >= 4 && /[.!?,]\s*$/.test(inner);
}
