// The reader of the languages other than English: quotations by their marks and by dashes,
// their speech tags in either order ("…“, sagte Merkel" / "Merkel sagte: „…“" / "– … – mówi
// premier"), "according to" phrases (laut X, X zufolge, selon X, según X, według X), pronouns
// and dropped subjects taken back to the person quoted, titles to the officeholder of the day,
// inflected names to their base form. The words are the pack's; the machinery is shared.
//
// When unsure, no speaker: a pronoun with no clear person, a subject that is no name, no title,
// no role and no group leaves the quotation unattributed. Without a pack (pack === null), only
// the quotations are found, by their marks, and no speaker is guessed.
import type { Attribution, Entity, Span } from '../../types.ts';
import type { LanguagePack } from '../../lang/pack.ts';
import { findQuotes, type Quote } from '../../text/quote-marks.ts';
import { abbreviationTest, tokenize, type Tokens } from '../../text/tokens.ts';
import { Persons, unelided } from './persons.ts';
import { headingSource, isHeadingQuote, plainWords } from './heading-quote.ts';
import { titleInMarks } from './title-in-marks.ts';
import { isSpokenFragment } from './short-fragment.ts';
import { datelineEnd } from './dateline.ts';
import { byFirstWord, perPack } from './per-pack.ts';
import { interviewAnswers } from './interview.ts';
import { descriptionKind, takenUp as personTakenUp, type Description } from './taken-up.ts';
import { pastLongAside } from './aside.ts';

export interface PackReading {
  attributions: Attribution[];
  entities: Entity[];
}

/** A speaker read from the text: the source span and what it resolves to. */
interface Speaker {
  source: Span | null;
  speaker: string | null;
  vague: boolean;
}

/** The finite auxiliaries of a German verb bracket ("hat … gesagt", "wurde … erklärt"). */
const FINITE_AUXILIARY_DE = /^(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|sei)$/;
/** How far back (in characters) a pronoun or a dropped subject may find its person. */
const PRONOUN_REACH = 1500;
/** How far back a quotation with no tag of its own goes on with the last speaker (and within two paragraphs). */
const GOES_ON_REACH = 1200;
/** Tokens read after a closing mark for its tag, and before an opening one. */
const TAG_AFTER = 14;
const TAG_BEFORE = 40;

const wordsIn = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const isOpenMark = (c: string | undefined) => c !== undefined && '„“"«»‚‘‹›'.includes(c);
const isDash = (c: string | undefined) => c === '–' || c === '—' || c === '-';
const END = new Set(['.', '!', '?', ';', '…']);

export function readWithPack(text: string, sentences: Span[], pack: LanguagePack | null, published: string | null): PackReading {
  const quotes = findQuotes(text).filter((q) => q.depth === 0);
  if (!pack) return { attributions: marksOnly(text, quotes), entities: [] };
  return new PackReader(text, sentences, pack, published, quotes).read();
}

/** Without a pack: quotations of several words, by their marks, with no speaker. */
function marksOnly(text: string, quotes: Quote[]): Attribution[] {
  const out: Attribution[] = [];
  for (const q of quotes) {
    const inner = text.slice(q.inner.start, q.inner.end);
    const n = wordsIn(inner);
    // a title or a term is short; speech has several words, or a sentence's punctuation
    if (n < 3 || (n < 6 && !/[.,!?;:]/.test(inner))) continue;
    out.push({ content: { start: q.start, end: q.end }, source: null, cue: null, speaker: null, kind: 'direct', vague: false, rule: 'quote-marks' });
  }
  return out;
}

interface Item {
  content: Span[];
  cue: Span | null;
  who: Speaker;
  kind: Attribution['kind'];
  rule: string;
  /** A person the item's speaker is, for pronouns that follow. */
  person: string | null;
  /** Whether its tag said a subject of its own the reader could not take back to anyone ("confessa la giovane"). */
  unread?: boolean;
}

class PackReader {
  private persons: Persons;
  private abbr: RegExp;
  private items: Item[] = [];
  /** Paragraph starts, for "the same paragraph" and "the next one". */
  private paragraphs: number[] = [0];
  /** Offsets taken by an item already (quotations joined as parts, dash speech). */
  private taken: Span[] = [];

  private sentences: Span[];

  constructor(private text: string, sentences: Span[], private pack: LanguagePack, published: string | null, private quotes: Quote[]) {
    // (the splitter keeps ". „…“" and ". « … »" in one sentence: a sentence end before an opening mark or a dash ends it here)
    this.sentences = [];
    const inner = /[.!?…]["“”»]?\s+(?=[„«»“"‚–—]|-\s)/g;
    for (const sp of sentences) {
      let a = sp.start;
      const piece = text.slice(sp.start, sp.end);
      inner.lastIndex = 0;
      for (let m = inner.exec(piece); m; m = inner.exec(piece)) {
        const b = sp.start + m.index + m[0].length;
        if (b > a && b < sp.end) {
          this.sentences.push({ start: a, end: b });
          a = b;
        }
      }
      this.sentences.push({ start: a, end: sp.end });
    }
    this.persons = new Persons(pack, published);
    this.abbr = abbreviationTest(pack.abbreviations);
    // (a blank line between paragraphs makes no paragraph of its own)
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (i + 1 < text.length && text[i + 1] !== '\n') this.paragraphs.push(i + 1);
  }

  read(): PackReading {
    // names first: a surname later in the article finds the full name given earlier (or later)
    for (let p = 0; p < this.paragraphs.length; p++) {
      const t = this.tokens(datelineEnd(this.text, this.paragraphs[p]!), this.paragraphEnd(this.paragraphs[p]!));
      this.persons.learn(t);
      this.persons.leaders(t);
    }
    // then in reading order, sentence by sentence: a pronoun or a quotation with no tag needs the
    // person quoted or spoken of just before
    let qi = 0;
    let pi = 0;
    for (const s of this.sentences) {
      while (pi < this.paragraphs.length && this.paragraphs[pi]! < s.end) {
        if (this.pack.dashSpeech) this.dashSpeechAt(this.paragraphs[pi]!);
        pi++;
      }
      // the subject of the sentence before its first quotation ("Christine X … : « … », a-t-elle estimé")
      if (qi < this.quotes.length && this.quotes[qi]!.start < s.end && this.quotes[qi]!.start > s.start && !this.tracked.has(s.start)) {
        this.tracked.add(s.start);
        this.trackSubject({ start: s.start, end: this.quotes[qi]!.start });
      }
      for (; qi < this.quotes.length && this.quotes[qi]!.start < s.end; qi++) qi = this.quote(qi);
      this.accordingIn(s);
      this.reportedIn(s);
      if (!this.tracked.has(s.start)) this.trackSubject(s);
    }
    for (; qi < this.quotes.length; qi++) qi = this.quote(qi);
    this.items.sort((a, b) => a.content[0]!.start - b.content[0]!.start);
    this.headings();
    const attributions = this.items.map((it) => ({
      content: it.content.length === 1 ? it.content[0]! : it.content,
      source: it.who.source,
      cue: it.cue,
      speaker: it.who.speaker,
      kind: it.kind,
      vague: it.who.vague,
      rule: it.rule,
    }));
    return { attributions, entities: this.persons.all() };
  }

  /** Headings that quote someone take the speaker of the quotation whose words they repeat; others have none. */
  private headings(): void {
    const quoted = this.items.filter((it) => it.rule !== 'quote-heading' && it.kind !== 'indirect' && it.who.speaker);
    const words = quoted.map((it) => ({ start: it.content[0]!.start, words: plainWords(it.content.map((c) => this.text.slice(c.start, c.end)).join(' ')) }));
    for (const it of this.items) {
      if (it.rule !== 'quote-heading') continue;
      const i = headingSource(this.text.slice(it.content[0]!.start, it.content[0]!.end), words, it.content[0]!.start);
      if (i < 0) { it.rule = 'quote-marks'; continue; }
      it.who = { ...quoted[i]!.who };
      it.person = quoted[i]!.person;
    }
  }

  // ---- text helpers

  private tokens(from: number, to: number): Tokens {
    return tokenize(this.text, from, to, this.abbr);
  }

  private paragraphEnd(at: number): number {
    const e = this.text.indexOf('\n', at);
    return e < 0 ? this.text.length : e;
  }

  private paragraphOf(at: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paragraphs[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private sentenceOf(at: number): Span {
    return this.sentences[this.sentenceIndex(at)] ?? { start: 0, end: this.text.length };
  }

  private sentenceIndex(at: number): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sentences[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private isTaken(at: number): boolean {
    for (let i = this.taken.length - 1; i >= 0 && i >= this.taken.length - 8; i--) if (this.taken[i]!.start <= at && at < this.taken[i]!.end) return true;
    return false;
  }

  /** Whether an offset lies inside a quotation (the outer quotations are in order and apart: a binary search). */
  private insideQuote(at: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid]!;
      if (at < q.start) hi = mid - 1;
      else if (at >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Whether an item read already overlaps a span (items are read in order: only the last few can). */
  private overlapsItem(a: number, b: number): boolean {
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - 40; i--) {
      if (this.items[i]!.content.some((c) => c.start < b && a < c.end)) return true;
    }
    return false;
  }

  /** Whether a pronoun at k is a possessive before its noun (Polish "jego żona", "jej rzeczniczka"): a word that is
   * both a pronoun and a determiner, with a word after it that is no verb. Then it names someone else. */
  private possessiveAt(t: Tokens, k: number): boolean {
    const next = t.low[k + 1];
    return this.pack.determiners.has(t.low[k]!) && !!next && !!t.word[k + 1] && !this.cueVerb(t, k + 1) && !this.pack.auxiliaries.has(next) && !this.pack.accordingPossessive.includes(next);
  }

  /** Whether token k is a verb of saying (French "écrit-il", "a-t-elle" count, with their pronoun). */
  private cueVerb(t: Tokens, k: number): boolean {
    const w = t.low[k];
    if (!w || !t.word[k]) return false;
    // "la replica di Rossi", "la conferma del ministro": a noun of speech after its article is no verb
    // (nor a role: "o avançado", a participle of "avançar" that names a forward)
    if ((this.pack.speechNouns.has(w) || this.persons.roleWord(w)) && k > 0 && this.pack.determiners.has(t.low[k - 1]!)) return false;
    if (this.pack.cueVerbs.has(w)) return true;
    const inv = invertedPronoun(w);
    return !!inv && this.pack.cueVerbs.has(inv.verb);
  }

  // ---- quotations

  /** Reads quotation qi (and the ones it takes in as parts); returns the index of the last one used. */
  private quote(qi: number): number {
    const q = this.quotes[qi]!;
    if (this.isTaken(q.start)) return qi;
    const inner = this.text.slice(q.inner.start, q.inner.end);
    const words = wordsIn(inner);
    // (the paragraph the quotation ends in: a quotation over several paragraphs has its tag after the last one)
    const para = this.paragraphEnd(q.end);
    const after = this.tokens(q.end, Math.min(para, q.end + 300));
    // (a question or an exclamation ends its sentence too: « … ? » Le président a répondu … is a new sentence)
    const tagAfter = this.tagAfter(after, /[.…?!]\s*$/.test(this.text.slice(q.inner.start, q.inner.end)));
    const before = this.tagBefore(q);
    const sentence = this.sentenceOf(q.start);
    const alone = this.standsAlone(q, sentence);
    // ("«Vergogna!», ha gridato X": a word or two that open their sentence, with a tag after them naming someone, are speech)
    const shortSaid = words < 3 && !!tagAfter && !!this.pack.shortPartials && this.headOf(q, sentence).trim() === '' && !!this.speaker(this.singular(tagAfter.subject, tagAfter.cue), q.start).who.speaker;
    // a title, a name or a term in the reporter's voice is short and has no tag; a word or two that a close verb of saying
    // governs is the speaker's (« inacceptable »), when that verb's subject is someone the reader can name
    const fragment = words < 3 && before && !before.colon && isSpokenFragment(inner, before.cue?.end ?? null, q.start, this.text.slice(Math.max(0, q.start - 12), q.start), this.pack.capitalisedNouns) ? this.speaker(this.singular(before.subject, before.cue), q.start) : null;
    // (where the pack says so, anywhere in a reporting sentence: "ricorda che il terreno era «molto impervio»")
    if (words < 3 && !fragment?.who.speaker && !shortSaid && !this.shortPartial(q, before)) return qi;
    if (titleInMarks(inner, /([\p{L}']+)\s*$/u.exec(this.text.slice(Math.max(0, q.start - 30), q.start))?.[1] ?? '', this.pack)) return qi;
    // "Das Gesetz sei „ein wichtiger Schritt“ und werde …, sagte sie.": the tag that closes the quotation's sentence
    const closing = tagAfter || before || alone ? null : this.closingTag(q, sentence);
    // "Dans un communiqué, la mairie de Marseille « condamne fermement ces violences ».": the subject right before words in
    // small letters that go on its sentence as its predicate (in a language that says its subject and writes nouns small)
    const bare = tagAfter || before || closing || alone || this.pack.proDrop || this.pack.capitalisedNouns ? null : this.subjectRightBefore(q, sentence);
    if (!tagAfter && !before && !closing && !bare && !alone && words < 8) return qi;
    const content: Span[] = [{ start: q.start, end: q.end }];
    let last = qi;
    const inside = tagAfter || before ? null : this.innerTag(q);
    const sequel = tagAfter || before || inside || !alone ? null : this.sequelTag(q);
    let tag = tagAfter ?? before ?? inside ?? sequel ?? closing ?? bare;
    // "„A“, sagt Davis, „B“": the quotation after the tag, in its paragraph, with no tag of its own, is a part
    if (tagAfter) {
      const next = this.quotes[qi + 1];
      if (next && next.start < para && /^[\s,.;:–—-]*$/.test(this.text.slice(tagAfter.end, next.start))) {
        const own = this.tagAfter(this.tokens(next.end, Math.min(para, next.end + 300)));
        if (!own) {
          content.push({ start: next.start, end: next.end });
          last = qi + 1;
        }
      }
    }
    let who: Speaker = { source: null, speaker: null, vague: false };
    let person: string | null = null;
    let rule = tagAfter ? 'quote-tag-after' : before ? (before.colon ? 'quote-colon' : 'quote-tag-before') : inside ? 'quote-tag-inside' : sequel ? 'quote-sequel' : closing ? 'quote-sentence-tag' : bare ? 'quote-subject-before' : 'quote-goes-on';
    if (tag) {
      const r = fragment ?? this.speaker(this.singular(tag.subject, tag.cue), q.start);
      who = r.who;
      person = r.person;
      // a person taken back from a description, a pronoun or a dropped subject is not one the quotation names in the
      // third person ("«Condivido le parole di Fontanelli», ha replicato il presidente del Senato"): unsure
      if (person && tag.subject.kind !== 'name' && this.namesPerson(q, person)) {
        who = { source: null, speaker: null, vague: false };
        person = null;
      }
    } else if (this.answerSpeaker(q)) {
      // an answer in an interview in questions and answers: the words of the person the introduction presents
      person = this.answerSpeaker(q)!;
      const e = this.persons.entity(person, 'person', null);
      who = { source: null, speaker: e.id, vague: false };
      rule = 'quote-interview-answer';
    } else if (isHeadingQuote(this.text, q, { start: this.paragraphs[this.paragraphOf(q.start)]!, end: para }, words)) {
      // a heading quoting someone: the speaker of the quotation it repeats, found when all are read
      rule = 'quote-heading';
    } else {
      // a quotation standing alone goes on with the person quoted just before, when near
      const prev = this.lastItem(q.start);
      const prevEnd = prev ? prev.content[prev.content.length - 1]!.end : 0;
      // (not when its own sentence names someone else after it: "« … », a réagi Marc Duval" with a verb not known)
      const tailEnd = Math.min(this.paragraphEnd(q.end), Math.max(q.end, sentence.end));
      // (nor when a verb we do not know is followed by a description: "«…», confiesa la escritora" is hers, unread)
      const unreadTag = this.describedAfter(q.end, tailEnd) || this.describesSomeoneAfter(q.end, tailEnd);
      // an interview: a question of its own paragraph is the interviewer's, and the answer after it the one quoted before
      const question = this.questionTurn(q);
      const asked = qi > 0 && this.questionTurn(this.quotes[qi - 1]!) && this.paragraphOf(this.quotes[qi - 1]!.start) === this.paragraphOf(q.start) - 1 && this.opensParagraph(q) ? this.quotes[qi - 1]! : null;
      const from = asked ?? q;
      if (prev && !unreadTag && !question && from.start - prevEnd < GOES_ON_REACH && this.paragraphOf(from.start) - this.paragraphOf(prevEnd) <= 1 && !this.otherPersonBetween(prevEnd, q.start, prev.person) && !this.namesSomeoneElse(q.end, tailEnd, prev.person) && !this.otherSubjectBetween(prevEnd, q.start, prev.person) && !this.unreadColonClause(q, sentence) && !this.bodySubjectBetween(prevEnd, q.start) && !this.describedSubjectBetween(prevEnd, q.start, prev.person)) {
        who = prev.who;
        person = prev.person;
      }
      // a paragraph of speech right after a sentence whose subject is a person ("Le juge Bocock estime …\n\n« … »"),
      // or a sentence of speech after it in its paragraph ("Lauterbach wies die Kritik zurück. „…“"): that
      // person's, when no one else is named between
      if (!who.speaker && !unreadTag && !question && (this.opensParagraph(q) || this.ownSentence(q, sentence))) {
        let li = this.sentenceIndex(q.start) - 1;
        const subjectIn = (s: Span | undefined) => (s ? [...this.subjects].reverse().find((x) => x.at >= s.start && x.at < s.end) : undefined);
        let sub = subjectIn(this.sentences[li]);
        // (past sentences of its paragraph that drop their subject: "Arnal llega a la sede. Saluda a los voluntarios y se
        // detiene ante las cámaras.\n\n"…"" is Arnal's)
        for (let back = 0; !sub && back < 2 && li > 0 && this.dropsSubject(this.sentences[li]!) && this.paragraphOf(this.sentences[li - 1]!.start) === this.paragraphOf(this.sentences[li]!.start); back++) sub = subjectIn(this.sentences[--li]);
        // (or the one person its paragraph is about: "Vogt hat sich zu Wort gemeldet. Ein Rücktritt komme für sie nicht infrage. „…“")
        if (!sub && this.sentences[this.sentenceIndex(q.start) - 1]) sub = this.onePersonInParagraph(q.start, this.sentences[this.sentenceIndex(q.start) - 1]!);
        // (a description counts when it takes up the person quoted last: "Le Toulousain, élu homme du match, …\n\n« … »")
        // (or the subject of the sentence before it: "Samuel Côté a multiplié les arrêts. Le gardien québécois ne cachait pas
        // sa frustration. « … »")
        // (nor when its paragraph named someone else in a sentence before the subject's, and the quotation opens a paragraph:
        // "Ferguson ha festeggiato … Italiano lo ha abbracciato.\n\n«…»" may be either's)
        // (unless the subject's sentence has a verb of saying: "Veiga lo negó tajantemente.\n\n«…»" is the denial)
        const rival = !!sub?.person && this.pack.proDrop && this.opensParagraph(q) && this.otherPersonBetween(this.paragraphs[this.paragraphOf(sub.at)]!, this.localStart(this.paragraphs[this.paragraphOf(sub.at)]!, sub.at), sub.person)
          && !this.saysIn(this.sentenceOf(sub.at));
        if (sub?.person && !rival && (sub.named !== false || sub.person === prev?.person || sub.person === this.subjectBefore2(sub.at) || this.byOwnRole(sub.at, sub.person)) && !this.otherPersonBetween(sub.at, q.start, sub.person) && !this.otherClauseSubject(sub.at, q.start)) {
          const e = this.persons.entity(sub.person, 'person', null);
          who = { source: null, speaker: e.id, vague: false };
          person = sub.person;
          rule = 'quote-after-subject';
        } else if (sub && !sub.person && sub.desc && (this.opensParagraph(q) || this.ownSentence(q, sentence)) && !this.otherPersonBetween(sub.at, q.start, null)) {
          // a paragraph of speech after a sentence about someone unnamed ("Una vecina de 70 años lo vio todo.\n\n"…""): theirs
          const e = this.persons.entity(this.text.slice(sub.desc.start, sub.desc.end), 'anonymous', sub.desc);
          who = { source: sub.desc, speaker: e.id, vague: false };
          rule = 'quote-after-subject';
        }
      }
      if (person && this.speaksOf(q, person)) {
        who = { source: null, speaker: null, vague: false };
        person = null;
        rule = 'quote-marks';
      }
      tag = null;
    }
    if (!tag && !who.speaker && rule !== 'quote-heading') rule = 'quote-marks';
    const kind = this.kindOf(q, sentence, tag !== null && !('colon' in tag && tag.colon));
    const unread = !!tag && tag === tagAfter && !who.speaker && tag.subject.kind !== 'dropped' && tag.subject.kind !== 'pronoun';
    this.items.push({ content, cue: tag?.cue ?? null, who, kind, rule, person, unread });
    return last;
  }

  /** The token after a person spoken to that opens at token k, in the languages without capitals on nouns: a preposition
   * of the hearer ("al", "alla", "all'"), a noun in small letters that is no medium (collega, amico, sindaca, premier),
   * up to two more small words, then a name, or the tag's end after a role ("ha risposto al premier."); else k. */
  private personHearerEnd(t: Tokens, k: number): number {
    const singular = this.pack.personHearerPrepositions;
    if (!singular || this.pack.capitalisedNouns) return k;
    const w = t.low[k];
    if (!w || !t.word[k]) return k;
    const noun = unelided(w);
    // (singular only: "ha detto ai giornalisti Marco Rossi" is Rossi's, to the journalists)
    const elided = noun !== w && singular.includes(w.slice(0, w.length - noun.length));
    if (!elided && !singular.includes(w)) return k;
    let j = elided ? k : k + 1;
    const head = elided ? noun : t.low[j];
    if (!head || !t.word[j] || t.cap[j] || this.pack.hearers.has(head) || this.pack.stopwords.has(head) || this.pack.determiners.has(head)) return k;
    const role = this.persons.roleWord(head);
    j++;
    for (let n = 0; n < 2 && j < t.length && t.word[j] && !t.cap[j] && !this.pack.stopwords.has(t.low[j]!) && !this.cueVerb(t, j); n++) j++;
    if (this.persons.nameToken(t, j) && (this.persons.gender(t.low[j]!) !== undefined || this.persons.known(this.persons.resolveName([t.raw[j]!]) ?? ''))) {
      while (j < t.length && (this.persons.nameToken(t, j) || (this.persons.particleAt(t, j) && this.persons.nameToken(t, j + 1)))) j++;
      return j;
    }
    return role && this.tagEnds(t, j) && (j >= t.length || !t.word[j]) ? j : k;
  }

  /** Whether a sentence has a verb of saying outside quotations. */
  private saysIn(s: Span): boolean {
    const t = this.tokens(s.start, s.end);
    for (let k = 0; k < t.length; k++) if (this.cueVerb(t, k) && !this.insideQuote(t.start[k]!)) return true;
    return false;
  }

  /** The words of a relative described by kinship and a complement in small letters ("La vedova dell'operaio", "la madre
   * della vittima"), in the languages without capitals on nouns; undefined when it has no complement. */
  private kinDescription(t: Tokens, k: number): Span | undefined {
    if (this.pack.capitalisedNouns) return undefined;
    const np = this.nounPhrase(t, k, 6);
    if (!np || np.end <= k + 1) return undefined;
    // (the complement is a genitive: "La mujer llevaba una fotografía" is a clause, not a description)
    const link = (t.low[k + 2] ?? '').replace(/’/g, "'");
    if (!this.pack.genitiveLinks.has(link) && !this.pack.articlePrepositions.includes(link) && ![...this.pack.genitiveLinks].some((g) => g.endsWith("'") && link.startsWith(g))) return undefined;
    for (let j = k + 2; j <= np.end; j++) if (t.cap[j]) return undefined;
    // (not with a name in apposition: "Il fratello della vittima, Paolo Bettoni, …" is read on)
    if (t.raw[np.end + 1] === ',' && this.persons.nameToken(t, np.end + 2)) return undefined;
    return { start: t.start[k]!, end: t.end[np.end]! };
  }

  /** The known people named in the paragraph of `at` before it, outside quotations, in order, each once. */
  private knownInParagraphBefore(at: number): string[] {
    const para = this.paragraphs[this.paragraphOf(at)]!;
    const t = this.tokens(para, at);
    const out: string[] = [];
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      let e = k;
      while (e + 1 < t.length && (this.persons.nameToken(t, e + 1) || (this.persons.particleAt(t, e + 1) && this.persons.nameToken(t, e + 2)))) e++;
      const name = this.persons.resolveName(t.raw.slice(k, e + 1));
      k = e;
      if (name && this.persons.known(name) && !out.includes(name)) out.push(name);
    }
    return out;
  }

  /** How many known people of a gender are named in the paragraph of `at` before it, outside quotations. */
  private sameGenderInParagraph(at: number, gender: 'm' | 'f'): number {
    return this.knownInParagraphBefore(at).filter((name) => this.persons.personGender(name) === gender).length;
  }

  /** An earlier definite description by the same role word in the paragraph of `at`, with no name beside it and no one
   * named after it up to `at` ("la prefetta di Bergamo, che ha incontrato …"): its words up to a comma or a verb. */
  private unnamedDescriptionBefore(at: number, word: string): Span | null {
    const para = this.paragraphs[this.paragraphOf(at)]!;
    const t = this.tokens(para, at);
    for (let k = t.length - 2; k >= 0; k--) {
      if (this.insideQuote(t.start[k]!)) continue;
      const w = t.low[k]!;
      const head = unelided(w);
      const elided = head !== w && this.pack.definiteArticles.includes(w.slice(0, w.length - head.length));
      const h = elided ? k : k + 1;
      if (!elided && !this.pack.definiteArticles.includes(w)) continue;
      if (unelided(t.low[h] ?? '') !== word) continue;
      // its complement: "di Bergamo", "della Protezione civile" (capitals after a link)
      let e = h;
      while (e + 2 < t.length && this.pack.genitiveLinks.has(t.low[e + 1]!) && t.cap[e + 2]) {
        e += 2;
        while (e + 1 < t.length && t.cap[e + 1] && t.word[e + 1]) e++;
      }
      // (a name beside it: someone named, read elsewhere)
      if (this.persons.nameToken(t, e + 1) || (t.raw[e + 1] === ',' && this.persons.nameToken(t, e + 2))) return null;
      if (this.otherPersonBetween(t.start[k]!, at, null)) return null;
      return { start: t.start[k]!, end: t.end[e]! };
    }
    return null;
  }

  /** The known people named in the paragraph of `at` before it, outside quotations, whom a description fits by its kind
   * of role and its gender. */
  private fittingInParagraph(at: number, word: string, gender: 'm' | 'f' | null): string[] {
    return this.knownInParagraphBefore(at).filter((name) => {
      const g = this.persons.personGender(name);
      if (gender && g && g !== gender) return false;
      return this.persons.hasRole(name) && this.persons.roleFits(word, name);
    });
  }

  /** Whether token k is a small word in capitals that opens the surname of someone the article names in full ("Dal"
   * of Tommaso Dal Ferro, "Di" of Luigi Di Maio). */
  private particleOfKnown(t: Tokens, k: number): boolean {
    const w = t.low[k]!;
    if (!t.word[k + 1] || !t.cap[k + 1] || !(this.pack.nameParticles.has(w) || this.pack.stopwords.has(w))) return false;
    const name = this.persons.resolveName([t.raw[k + 1]!]);
    if (!name || !this.persons.known(name)) return false;
    const parts = name.split(' ');
    const i = parts.indexOf(t.raw[k + 1]!);
    return i > 0 && parts[i - 1] === t.raw[k];
  }

  /** Whether token k is a preposition, alone or elided with its article ("di", "all'azienda", "dall'Ue"). */
  private prepositionAt(t: Tokens, k: number): boolean {
    const w = t.low[k];
    if (!w || !t.word[k]) return false;
    const rest = unelided(w);
    const head = rest !== w ? w.slice(0, w.length - rest.length).replace(/['’]$/, '') : w;
    if (this.pack.determiners.has(head) || this.pack.determiners.has(`${head}'`) || this.pack.definiteArticles.includes(`${head}'`)) return false;
    return this.pack.stopwords.has(head) || this.pack.articlePrepositions.includes(head) || this.pack.hearerPrepositions.has(`${head}'`);
  }

  /** Whether a quotation of one or two words is a partial quotation of a reporting sentence: it opens in small letters
   * (not a title), has a verb of saying before it in its sentence (not after a colon) whose subject names someone. */
  private shortPartial(q: Quote, before: ReturnType<PackReader['tagBefore']>): boolean {
    if (!before?.cue || before.colon || !this.pack.shortPartials) return false;
    const inner = this.text.slice(q.inner.start, q.inner.end).trim();
    if (!/^\p{Ll}/u.test(inner) || /[.!?;:]/.test(inner)) return false;
    const k = before.subject.kind;
    if (k !== 'name' && k !== 'role' && k !== 'title' && k !== 'body' && k !== 'dropped' && k !== 'pronoun') return false;
    return !!this.speaker(this.singular(before.subject, before.cue), q.start).who.speaker;
  }

  private interview: ReturnType<typeof interviewAnswers> | undefined;
  private answerer: string | null | undefined;

  /** The interviewee, when q opens a paragraph that answers a question of an interview: the one person named before the
   * first question; null otherwise, or when the introduction names several. */
  private answerSpeaker(q: Quote): string | null {
    if (this.interview === undefined) this.interview = interviewAnswers(this.text, this.paragraphs, this.quotes);
    if (!this.interview || !this.interview.answers.has(this.paragraphs[this.paragraphOf(q.start)]!)) return null;
    if (this.answerer === undefined) {
      const named = this.persons.namedBefore(this.interview.firstQuestion);
      this.answerer = named.length === 1 ? named[0]! : null;
    }
    return this.answerer;
  }

  /** Whether a quotation with no tag opens with a pronoun that speaks of `person` (of their gender, or of one
   * unknown): "„Er ist mein strengster Kritiker.“" after a sentence about him is someone else's word on him. */
  private speaksOf(q: Quote, person: string): boolean {
    const first = /^[\s„“”"«»‚‘’]*(\p{L}+)/u.exec(this.text.slice(q.inner.start, q.inner.end))?.[1]?.toLowerCase();
    if (!first || !this.pack.pronounsAbout.includes(first)) return false;
    const g = this.persons.personGender(person);
    const said = this.pack.pronounGender[first];
    return !g || !said || g === said;
  }

  /** The tag that closes the sentence a partial quotation is built into, after a comma and with nothing after it but
   * the sentence's end: "Die Regierung habe „jedes Maß verloren“ und verunsichere …, sagte Merz der Zeitung." — no
   * other quotation between. */
  private closingTag(q: Quote, s: Span): { subject: Subject; cue: Span; end: number } | null {
    const end = Math.min(s.end, this.paragraphEnd(q.end));
    if (end <= q.end) return null;
    const t = this.tokens(q.end, end);
    for (let k = 0; k < t.length; k++) {
      if (isOpenMark(t.raw[k]) || END.has(t.raw[k]!)) return null;
      if (t.raw[k] !== ',') continue;
      const tag = this.tagAfter(this.tokens(t.start[k]!, end));
      if (!tag || tag.subject.kind === 'other' || tag.subject.kind === 'dropped') continue;
      // (the tag ends the sentence: "…, sagte sie am Montag in Berlin." — up to a few adjuncts, no second clause)
      const rest = this.tokens(tag.end, end);
      let j = 0;
      // (a paper's title in marks may follow: "sagte Merz der „Rheinischen Post“.")
      while (j < rest.length && j < 12 && rest.raw[j] !== ',' && !END.has(rest.raw[j]!)) j++;
      if (j < rest.length && !END.has(rest.raw[j]!)) return null;
      return tag;
    }
    return null;
  }

  /** Whether a quotation is a paragraph of its own. */
  /** Whether a quotation is a question that is a paragraph of its own (an interviewer's turn). */
  private questionTurn(q: Quote): boolean {
    return this.opensParagraph(q) && /\?\s*$/.test(this.text.slice(q.inner.start, q.inner.end));
  }

  private opensParagraph(q: Quote): boolean {
    return this.text.slice(this.paragraphs[this.paragraphOf(q.start)]!, q.start).trim() === '' && /^[\s.!?]*$/.test(this.text.slice(q.end, this.paragraphEnd(q.end)));
  }

  /** Whether a quotation is a whole sentence of its own: nothing of the reporter's before it in its sentence, and
   * its words end with a sentence's end ("„Die Reform kommt.“ Die Märkte …"). */
  private ownSentence(q: Quote, s: Span): boolean {
    if (this.headOf(q, s).trim() !== '') return false;
    const tail = this.text.slice(q.end, this.paragraphEnd(q.end));
    // (the sentence's stop may stand after the closing mark, as Italian and German set it: «…». / „…“.)
    const stop = /[.!?…]$/.test(this.text.slice(q.inner.start, q.inner.end).trim()) ? '' : /^[.!?…]/.exec(tail)?.[0];
    if (stop === undefined) return false;
    return /^(?:\s*$|\s+[\p{Lu}„«»"“])/u.test(tail.slice(stop.length));
  }

  /** A tag set inside the quotation, after its first clause or sentence: « A, explique-t-il. B », «A —explicó
   * López—. B», „A“ never (German closes the marks first). The tag must be closed by a comma, a dash or a
   * sentence end, so that "…, dijo que …" (someone quoted by the speaker) is none. */
  private innerTag(q: Quote): { subject: Subject; cue: Span; end: number } | null {
    const t = this.tokens(q.inner.start, q.inner.end);
    let stop = 0;
    while (stop < t.length && !END.has(t.raw[stop]!)) stop++;
    for (let k = 1; k < t.length && k <= stop + 1; k++) {
      // (a hyphen set off by spaces is a dash: «È un giorno importante - ha detto il sindaco - ma …»)
      const hyphen = t.raw[k] === '-' && /\s/.test(this.text[t.start[k]! - 1] ?? '') && /\s/.test(this.text[t.end[k]!] ?? '');
      if (!(t.raw[k] === ',' || t.raw[k] === '—' || t.raw[k] === '–' || hyphen)) continue;
      const tag = this.tagAfter(this.tokens(t.start[k]!, q.inner.end));
      if (!tag) continue;
      const rest = this.text.slice(tag.end, q.inner.end);
      // a tag opened by a dash is closed by its pair, whatever follows ("- ha detto il sindaco - ma il lavoro …"), past the
      // tag's own adjuncts ("– ha spiegato il tecnico ai microfoni di Sky – poi …"): a few words, no sentence end
      if (t.raw[k] !== ',' && /^\s*[—–-]\s/.test(rest)) return tag;
      if (t.raw[k] !== ',' && /^[^.!?;:«»"“”—–]{1,60}?\s[—–-]\s/u.test(rest) && wordsIn(/^[^—–]*/.exec(rest)![0]) <= 8) return tag;
      if (!/^\s*[—–]?\s*[.,;!?]/.test(rest)) return null;
      return tag;
    }
    return null;
  }

  /** The tag of the sentence that follows a quotation standing alone, opened by one of the pack's sequels: "«…».
   * Così il ministro X.", "«…». Lo ha detto il sindaco", "«…». È quanto ha dichiarato X". Only a named subject. */
  private sequelTag(q: Quote): { subject: Subject; cue: Span; end: number } | null {
    if (!this.pack.quoteSequels.length) return null;
    const para = this.paragraphEnd(q.end);
    // (also after a dash: "„…“ – das sagte X")
    const gap = /^\s*[.,:;–—]?\s*/.exec(this.text.slice(q.end, para))![0].length;
    const from = q.end + gap;
    if (from >= para) return null;
    const t = this.tokens(from, Math.min(para, from + 300));
    const j = this.sequelEnd(t);
    if (j < 0 || j >= t.length) return null;
    const subject = this.subjectAfter(t, j);
    if (!subject || !subject.span || subject.kind === 'other' || subject.kind === 'pronoun' || subject.kind === 'dropped') return null;
    return { subject, cue: { start: t.start[0]!, end: t.end[j - 1]! }, end: subject.span.end };
  }

  /** The token after a sequel phrase that opens t ("così", "lo ha detto", "è quanto dichiarato dal"), or -1. */
  private sequelEnd(t: Tokens): number {
    for (const phrase of this.pack.quoteSequels) {
      let j = 0;
      let ok = true;
      for (const w of phrase.split(' ')) {
        if (w === '~') {
          // an infinitive with a clitic pronoun whose verb is one of saying: "a dirlo", "ad annunciarlo", "a spiegarla"
          const m = /^(.+)r(?:lo|la|li|le)$/.exec(t.low[j] ?? '');
          if (!m || !(m[1] === 'di' || this.pack.cueVerbs.has(m[1]!) || this.pack.cueVerbs.has(`${m[1]}e`))) { ok = false; break; }
          j++;
        } else if (w === '*') {
          while (j < t.length && this.pack.auxiliaries.has(t.low[j]!) && !this.cueVerb(t, j)) j++;
          if (!this.cueVerb(t, j)) { ok = false; break; }
          while (j < t.length && (this.cueVerb(t, j) || this.pack.auxiliaries.has(t.low[j]!))) j++;
        } else if (t.low[j] === w) j++;
        else { ok = false; break; }
      }
      if (ok) return j;
    }
    return -1;
  }

  /** Whether a quotation names a person by their surname (outside the speaker's own words about others, people rarely
   * name themselves so). */
  private namesPerson(q: Quote, person: string): boolean {
    const words = person.split(' ');
    // (by the surname, or by the given name when there is one: "Foi o Rui que insistiu" speaks of Rui Veloso Matos)
    const names = [words.at(-1)!, ...(words.length > 1 && this.persons.gender(words[0]!.toLowerCase()) !== undefined ? [words[0]!] : [])].filter((w) => w.length >= 3);
    if (!names.length) return false;
    const inner = this.text.slice(q.inner.start, q.inner.end);
    return names.some((n) => new RegExp(`(?:^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(inner));
  }

  /** A pronoun or a dropped subject of a verb in the plural ("…“, sagten sie", "ont-ils déclaré", "dijeron",
   * "hanno detto", "powiedzieli") is no one person: no subject then. */
  private singular(subject: Subject, cue: Span | null): Subject {
    if ((subject.kind !== 'pronoun' && subject.kind !== 'dropped') || !cue) return subject;
    const from = Math.max(0, cue.start - 14);
    // (only the tag's own words: not the end of the quotation before it, "… sparen», sagt sie")
    const words = /[^«»„“”"‚‘,.;:!?–—]*$/.exec(this.text.slice(from, cue.end))![0].toLowerCase().replace(/’/g, "'").split(/[^\p{L}'-]+/u).filter(Boolean);
    // the cue and the word before it (an auxiliary: "hanno detto", "ont déclaré"); the pronoun after it ("sagten sie")
    const near = [...words.slice(-2), subject.word];
    const plural = near.some((w) => this.pack.pluralForm.test(w) && (this.pack.auxiliaries.has(w) || this.pack.cueVerbs.has(w) || !!invertedPronoun(w) || this.pack.pronouns.has(w) || /^(?:ils|elles|ont|han|hanno|têm|haben|hatten|oni|one|ellos|ellas|eles|elas|loro)$/.test(w)));
    if (!plural) return subject;
    // German "sie" is she or they: only the verb tells
    if (subject.word === 'sie' && !words.slice(-2).some((w) => this.pack.pluralForm.test(w) && w !== 'sie')) return subject;
    return { kind: 'other', span: null, word: '' };
  }

  /** The text of q's sentence before it (from the last sentence end, whatever the splitter made of „ and «). */
  private headOf(q: Quote, s: Span): string {
    const from = Math.max(s.start, this.paragraphs[this.paragraphOf(q.start)]!);
    const head = this.text.slice(Math.min(from, q.start), q.start);
    const m = /[.!?…]["“”»«]?\s+(?=[^\s]|$)/gu;
    let cut = 0;
    for (let r = m.exec(head); r; r = m.exec(head)) cut = r.index + r[0].length;
    return head.slice(cut);
  }

  /** The one known person named between two offsets outside quotations (by any part of the name), or null when none or several. */
  private onlyNamedBetween(a: number, b: number): string | null {
    if (b <= a) return null;
    const t = this.tokens(a, b);
    let only: string | null = null;
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      const name = this.persons.resolveName([t.raw[k]!]);
      if (!name || !this.persons.known(name)) continue;
      if (only && only !== name) return null;
      only = name;
    }
    return only;
  }

  /** Whether someone other than `person` is named between two offsets (then a quotation there may be theirs: unsure). */
  private otherPersonBetween(a: number, b: number, person: string | null, also: string | null = null): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, b);
    const is = (p: string | null, name: string | null) => !!p && !!name && (p === name || p.split(' ').includes(name) || p.endsWith(name));
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      const name = this.persons.resolveName([t.raw[k]!]);
      if (!is(person, name) && !is(also, name)) {
        // (not a place: a name only ever written after a preposition that no given name opens, "no Coliseu dos Recreios")
        if (name && this.persons.placeLike(name)) continue;
        if (this.persons.known(name ?? '') || this.pack.nameBases(t.raw[k]!).some((w) => this.persons.known(this.persons.resolveName([w]) ?? ''))) return true;
      }
    }
    return false;
  }

  /** Whether a sentence between two offsets opens with a body for subject ("La direction de l'hôpital a publié une note.",
   * "L'Office national … a réagi."): the speech after it may be that body's, not the one quoted before. */
  private bodySubjectBetween(a: number, b: number): boolean {
    if (b <= a) return false;
    for (let i = this.sentenceIndex(a); i < this.sentences.length && this.sentences[i]!.start < b; i++) {
      const s = this.sentences[i]!;
      if (s.start < a || this.insideQuote(s.start)) continue;
      const t = this.tokens(s.start, Math.min(s.end, b, s.start + 60));
      let k = firstWord(t);
      if (k < 0 || k >= t.length) continue;
      if (this.pack.determiners.has(t.low[k]!) && !this.pack.pronouns.has(t.low[k]!)) k++;
      const w = t.low[k] ?? '';
      if (t.word[k] && (this.persons.bodyWord(w) || this.pack.issuerDescriptions.has(unelided(w))) && !this.persons.roleWord(w)) return true;
    }
    return false;
  }

  /** The person who is the subject of the sentence before the one at `at` (the subject noted just before it, in that
   * sentence), or null. */
  private subjectBefore2(at: number): string | null {
    const i = this.sentenceIndex(at);
    const prev = this.sentences[i - 1];
    if (!prev) return null;
    for (let j = this.subjects.length - 1; j >= 0 && j >= this.subjects.length - 40; j--) {
      const x = this.subjects[j]!;
      if (x.at >= this.sentences[i]!.start) continue;
      return x.at >= prev.start && x.named !== false ? x.person : null;
    }
    return null;
  }

  /** The subject that ends the text before a quotation of three words or more opening in small letters, as the whole
   * clause before it (from the sentence's start or a comma): a name, a role, a title or a body, with no verb in it. */
  private subjectRightBefore(q: Quote, s: Span): { subject: Subject; cue: Span | null; end: number } | null {
    if (wordsIn(this.text.slice(q.inner.start, q.inner.end)) < 3 || !/^\s*\p{Ll}/u.test(this.text.slice(q.inner.start, q.inner.end))) return null;
    const from = Math.max(s.start, this.paragraphs[this.paragraphOf(q.start)]!);
    const t = this.tokens(Math.max(from, q.start - 200), q.start);
    const e = t.length - 1;
    if (e < 0 || !t.word[e]) return null;
    let a = e;
    while (a > 0 && t.word[a - 1] && e - a < 8) a--;
    if (a > 0 && t.raw[a - 1] !== ',') return null;
    if (a === 0 && t.start[0]! > from && this.text.slice(from, t.start[0]!).trim() !== '') return null;
    for (let j = a; j <= e; j++) if (this.cueVerb(t, j) || (this.pack.auxiliaries.has(t.low[j]!) && this.pack.stopwords.has(t.low[j]!) && !this.pack.courtesyTitles.has(t.low[j]!)) || this.pack.subordinators.has(t.low[j]!) || this.pack.pronouns.has(t.low[j]!)) return null;
    if (!(this.pack.determiners.has(t.low[a]!) || this.elidedArticle(t.low[a]!) || this.persons.nameToken(t, a))) return null;
    const subject = this.subjectOf(t, a, e);
    if (!subject.span || !(subject.kind === 'name' || subject.kind === 'role' || subject.kind === 'title' || subject.kind === 'body')) return null;
    return { subject, cue: null, end: subject.span.end };
  }

  /** Whether a sentence between two offsets opens with a description of someone by a role `person` was not given, past a
   * word or two before its noun ("Le principal adjoint a préféré ne pas s'exprimer.", "La nouvelle directrice …"): the speech
   * after it may be theirs. */
  private describedSubjectBetween(a: number, b: number, person: string | null): boolean {
    if (b <= a) return false;
    const roles = person ? this.persons.rolesOf(person) : [];
    for (let i = this.sentenceIndex(a); i < this.sentences.length && this.sentences[i]!.start < b; i++) {
      const s = this.sentences[i]!;
      if (s.start < a || this.insideQuote(s.start)) continue;
      const t = this.tokens(s.start, Math.min(s.end, b, s.start + 60));
      const k = firstWord(t);
      if (k >= t.length || !(this.pack.definiteArticles.includes(t.low[k]!) || this.elidedArticle(t.low[k]!))) continue;
      for (let j = this.elidedArticle(t.low[k]!) ? k : k + 1; j <= k + 3 && j < t.length && t.word[j] && !t.cap[j]; j++) {
        const w = unelided(t.low[j]!);
        // (a person by sex or age alone, "la jeune femme", takes up the one spoken of)
        if (this.persons.roleWord(w) && !roles.includes(w) && !this.pack.personNouns.has(w)) return true;
      }
    }
    return false;
  }

  /** Whether a clause of the reporter's opens the quotation's sentence and ends in a colon ("Kritik an den Kosten
   * wies sie zurück: „…“"): it introduces a speaker the reader could not tell, not the one quoted before. */
  private unreadColonClause(q: Quote, s: Span): boolean {
    const head = this.text.slice(Math.max(s.start, this.paragraphs[this.paragraphOf(q.start)]!), q.start);
    return /:\s*$/.test(head) && wordsIn(head) >= 2;
  }

  /** Whether a sentence between two offsets is about someone other than `person`, named or not ("Ein Anwohner, der
   * anonym bleiben wollte, schimpfte. „…“" after the mayor's quotation is not hers). */
  private otherSubjectBetween(a: number, b: number, person: string | null): boolean {
    this.trackBefore(b);
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 40; i--) {
      const x = this.subjects[i]!;
      if (x.at >= b) continue;
      if (x.at < a) break;
      // (someone unnamed described there is someone else, even after a body or an unnamed speaker: "Une infirmière … décrit …")
      if (!this.insideQuote(x.at) && (x.person !== person || (!x.person && !!x.desc))) return true;
    }
    return false;
  }

  /** The one person a paragraph is about before a sentence of speech that opens no tag, when the sentence just before has
   * no person for subject ("Vogt hat sich zu Wort gemeldet. Ein Rücktritt komme für sie nicht infrage. „…“"): the
   * subject of an earlier sentence of the paragraph, when every subject noted in it is that person and no one else is
   * named in it; news gives such speech to the one person in play. */
  private onePersonInParagraph(at: number, lastSentence: Span): { at: number; person: string | null; named?: boolean; desc?: Span } | undefined {
    const para = this.paragraphs[this.paragraphOf(at)]!;
    if (lastSentence.start <= para) return undefined;
    let found: { at: number; person: string | null; named?: boolean; desc?: Span } | undefined;
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 40; i--) {
      const x = this.subjects[i]!;
      if (x.at >= at) continue;
      if (x.at < para) break;
      if (this.insideQuote(x.at)) continue;
      if (!x.person || (found && found.person !== x.person)) return undefined;
      if (!found || x.named !== false) found = x;
    }
    return found && found.named !== false ? found : undefined;
  }

  /** Whether a later clause between two offsets has a described person of its own for subject ("Draghi ha annunciato
   * ricorso, mentre la sindaca ha ringraziato i tecnici."): a comma, a conjunction, then a definite role; the speech
   * after such a sentence may be either's (unsure). */
  private otherClauseSubject(a: number, b: number): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, b);
    for (let j = 0; j + 3 < t.length; j++) {
      if (t.raw[j] !== ',' || this.insideQuote(t.start[j]!)) continue;
      const c = t.low[j + 1]!;
      if (!t.word[j + 1] || !(this.pack.clauseConjunctions.has(c) || this.pack.coordinators.has(c))) continue;
      if (this.pack.determiners.has(t.low[j + 2]!) && this.persons.roleWord(t.low[j + 3]!)) return true;
    }
    return false;
  }

  /** Whether a description taken back to `person` by a role they were not named with ("il capogruppo" for a deputy) meets,
   * in the quotation's own paragraph, someone else named before it and not `person` ("Dai banchi della Lega, Davide Pozzi
   * ha accusato … «…», ha tuonato il capogruppo"): the description may be the other's (unsure). */
  private otherNamedInParagraph(person: string, word: string, at: number): boolean {
    if (this.persons.rolesOf(person).includes(word)) return false;
    const para = this.paragraphs[this.paragraphOf(at)]!;
    return this.otherPersonBetween(para, at, person) && !this.namedBetween(para, at, person);
  }

  /** Whether a given name alone, not `person`'s, is written between two offsets outside quotations ("Son fils Olivier a
   * annoncé la nouvelle. « … », a-t-il écrit.": a relative named by first name only, whom no full-name rule learns). */
  private givenNameBetween(a: number, b: number, person: string): boolean {
    // (German nouns have capitals: "Rose", "Mark" are nouns there too)
    if (b <= a || this.pack.capitalisedNouns) return false;
    const t = this.tokens(a, b);
    const parts = person.split(' ');
    for (let k = 1; k < t.length; k++) {
      if (!t.word[k] || !t.cap[k] || this.insideQuote(t.start[k]!) || parts.includes(t.raw[k]!)) continue;
      // (a sentence's first word is capitalised anyway)
      if (/[.!?:]/.test(t.raw[k - 1]!)) continue;
      if (this.persons.gender(t.low[k]!) !== undefined) return true;
    }
    return false;
  }

  /** Whether a role noun of the given gender (German: "-in" for a woman where the role list holds the man's form)
   * describes someone between two offsets, outside quotations, by a role `person` was not given: a person the reader
   * may not have named ("der Landeshauptmann" after Landeshauptmann Stelzer is him). */
  private describedInBetween(a: number, b: number, gender: 'm' | 'f' | null, person: string): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, b);
    for (let k = 0; k < t.length; k++) {
      const w = t.low[k]!;
      if (!t.word[k] || !this.persons.roleWord(w) || this.insideQuote(t.start[k]!)) continue;
      if (this.persons.rolesOf(person).includes(w)) continue;
      const g = w.endsWith('in') && this.persons.roleWord(w.slice(0, -2)) ? 'f' : this.persons.roleWord(`${w}in`) ? 'm' : null;
      if (!gender || !g || g === gender) return true;
    }
    return false;
  }

  /** Whether `person` is named (by any form of a part of the name) between two offsets, outside quotations. */
  private namedBetween(a: number, b: number, person: string): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, b);
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      const name = this.persons.resolveName([t.raw[k]!]);
      if (name && (person === name || person.split(' ').includes(name) || person.endsWith(name))) return true;
    }
    return false;
  }

  /** Whether a name other than `person`'s is written between two offsets, outside quotations (known or not). */
  private namesSomeoneElse(a: number, b: number, person: string | null): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, b);
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      const name = this.persons.resolveName([t.raw[k]!]);
      // (German nouns have capitals: only a name known as one counts)
      if (this.pack.capitalisedNouns && !(this.persons.known(name ?? '') || this.persons.gender(t.low[k]!) !== undefined)) continue;
      if (!person || !name || !(person === name || person.split(' ').includes(name))) return true;
    }
    return false;
  }

  /** Whether the words after a quotation, up to `b`, are a word and a described person after a comma or a dash ("«…»,
   * confiesa la escritora", "“…”, rebate o técnico"): a tag with a verb the lexicon does not know, so someone else may speak. */
  private describedAfter(a: number, b: number): boolean {
    if (b <= a) return false;
    const t = this.tokens(a, Math.min(b, a + 120));
    let k = 0;
    while (k < t.length && !t.word[k] && k < 3) k++;
    if (k === 0 || !/[,—–-]/.test(t.raw.slice(0, k).join(''))) return false;
    if (!t.word[k] || t.cap[k]) return false;
    return this.pack.determiners.has(t.low[k + 1] ?? '') && this.persons.roleWord(t.low[k + 2] ?? '');
  }

  /** Whether the quotation's own sentence, after it, holds a definite description of a person within a few words ("« … », a
   * fini par répondre le trentenaire"): a tag whose verb the lexicon does not read, someone else's perhaps (in the packs that
   * list descriptive roles). */
  private describesSomeoneAfter(a: number, b: number): boolean {
    if (b <= a || !this.pack.descriptiveRoles.size) return false;
    const t = this.tokens(a, Math.min(b, a + 100));
    if (!t.length || !(t.raw[0] === ',' || isDash(t.raw[0]))) return false;
    for (let k = 1; k < t.length && k <= 8; k++) {
      if (!t.word[k]) return false;
      if (this.pack.definiteArticles.includes(t.low[k]!) && this.persons.roleWord(t.low[k + 1] ?? '')) return true;
      if (this.elidedArticle(t.low[k]!) && this.persons.roleWord(t.low[k]!)) return true;
    }
    return false;
  }

  /** Whether a quotation is a sentence or a paragraph of its own, or follows a colon. */
  private standsAlone(q: Quote, s: Span): boolean {
    const head = this.headOf(q, s);
    const tail = this.text.slice(q.end, Math.max(q.end, Math.min(s.end, this.paragraphEnd(q.end))));
    return /^[\s–—-]*$/.test(head) || /:\s*$/.test(head) || (/^[\s.!?]*$/.test(tail) && /[.!?…]$/.test(this.text.slice(q.inner.start, q.inner.end).trim()));
  }

  /** Direct when the quotation is its sentence's speech (with a tag at most); partial when built into the reporter's sentence. */
  private kindOf(q: Quote, s: Span, tagged: boolean): Attribution['kind'] {
    const head = this.headOf(q, s).trim();
    if (!head || /[:–—-]$/.test(head)) return 'direct';
    if (tagged && /[,]$/.test(head)) return 'direct';
    return 'partial';
  }

  /** When the phrase at token a follows a preposition (past its article or possessive), the subject before the finite
   * auxiliary of the clause ("Müller hat in der Sitzung erklärt" → Müller), or a subject of kind 'other' (no one) when
   * there is none to read; null when the phrase follows no preposition or no auxiliary opens the bracket. */
  private prepositionalObjectBefore(t: Tokens, a: number): Subject | null {
    let p = a - 1;
    while (p >= 0 && t.word[p] && this.pack.determiners.has(t.low[p]!)) p--;
    const w = p >= 0 && t.word[p] ? t.low[p]! : '';
    const none = { kind: 'other' as const, span: null, word: '' };
    if (!w || !this.pack.stopwords.has(w) || this.pack.determiners.has(w) || this.pack.coordinators.has(w) || this.pack.subordinators.has(w) || this.pack.auxiliaries.has(w) || this.pack.pronouns.has(w)) return null;
    for (let x = p - 1; x >= 0 && x >= p - 8 && t.raw[x] !== ',' && !END.has(t.raw[x]!); x--) {
      if (!FINITE_AUXILIARY_DE.test(t.low[x]!)) continue;
      const sub = this.subjectJustBefore(t, x);
      if (sub?.span && !this.obliqueAt(t, t.start.indexOf(sub.span.start))) return sub;
      return none;
    }
    return null;
  }

  /** Whether the phrase at token k is no subject by its case: an article of another case (German dem, des), or a
   * preposition before it ("mit dem WDR", "im Interview"). */
  private obliqueAt(t: Tokens, k: number): boolean {
    if (k < 0) return false;
    if (this.pack.obliqueArticles.has(t.low[k]!)) return true;
    const w = t.low[k - 1];
    return !!w && t.word[k - 1]! && this.pack.stopwords.has(w) && !this.pack.determiners.has(w) && !this.pack.coordinators.has(w) && !this.pack.subordinators.has(w) && !this.pack.auxiliaries.has(w);
  }

  /** The tag after a closing mark: ", sagte Merkel", ", a déclaré le ministre", "– mówi premier", ", écrit-il", ", dijo." */
  private tagAfter(t: Tokens, closed = false): { subject: Subject; cue: Span; end: number } | null {
    let k = 0;
    while (k < t.length && (t.raw[k] === ',' || isDash(t.raw[k]))) k++;
    if (k >= t.length || k > 2) return null;
    // Italian "si legge in una nota del ministero", "fanno sapere da Palazzo Chigi": an impersonal phrase of several words
    const imp = this.impersonalPhraseAt(t, k);
    if (imp > k) {
      const doc = this.impersonalSource(t, imp);
      const cue = { start: t.start[k]!, end: t.end[imp - 1]! };
      // ("«…», si legge." after "L'Asl ha pubblicato una nota": one reads the statement its one issuer named just before)
      const read = !doc && this.pack.readingPhrases?.includes(t.low.slice(k, imp).join(' ')) && this.tagEnds(t, imp);
      return { subject: doc ?? { kind: 'other', span: read ? cue : null, word: '', document: read || undefined }, cue, end: doc?.span ? doc.span.end : cue.end };
    }
    // verb first: "sagte Merkel", "a déclaré le ministre", "dijo el presidente", "mówi premier"
    let v = k;
    while (v < t.length && v < k + 2 && this.pack.auxiliaries.has(t.low[v]!) && !this.cueVerb(t, v)) v++;
    if (this.cueVerb(t, v) || this.pack.tagWords.has(t.low[v] ?? '')) {
      // "a-t-il déclaré": the pronoun rides on the auxiliary before the participle
      // (or two auxiliaries back: "a-t-il fait savoir")
      const inv = invertedPronoun(t.low[v]!) ?? (v > k ? invertedPronoun(t.low[v - 1]!) : null) ?? (v > k + 1 ? invertedPronoun(t.low[v - 2]!) : null);
      let cueEnd = v;
      // "a-t-il déclaré": the participle after the inverted auxiliary
      if (inv && this.pack.auxiliaries.has(inv.verb) && this.cueVerb(t, v + 1)) cueEnd = v + 1;
      const cue = { start: t.start[v]!, end: t.end[cueEnd]! };
      // "indique-t-on à l'Élysée", "a-t-on appris de source diplomatique": an impersonal pronoun names no one
      if (inv && this.pack.impersonal.includes(inv.pronoun)) {
        const doc = this.impersonalSource(t, cueEnd + 1);
        // ("peut-on y lire": the statement the sentence before spoke of, its issuer's — see documentIssuer)
        const read: Subject | null = !doc && this.pack.readingVerbs.has(t.low[cueEnd]!) ? { kind: 'other', span: cue, word: '', document: true } : null;
        return { subject: doc ?? read ?? { kind: 'dropped', span: null, word: '' }, cue, end: doc?.span ? doc.span.end : t.end[cueEnd]! };
      }
      if (inv) return { subject: { kind: 'pronoun', span: cue, word: inv.pronoun }, cue, end: t.end[cueEnd]! };
      // Polish "czytamy w komunikacie policji", "słyszymy w ministerstwie": a verb whose subject is no one (the
      // reader, the reporter) — the body whose statement it is, when named, else none
      if (this.pack.impersonal.includes(t.low[cueEnd]!)) {
        const doc = this.impersonalSource(t, cueEnd + 1);
        return { subject: doc ?? { kind: 'other', span: null, word: '' }, cue, end: doc?.span ? doc.span.end : t.end[cueEnd]! };
      }
      // "heißt es in einer Mitteilung": an impersonal subject names no one
      if (this.pack.impersonal.includes(t.low[cueEnd + 1] ?? '')) {
        const doc = this.impersonalSource(t, cueEnd + 2);
        return { subject: doc ?? { kind: 'dropped', span: null, word: '' }, cue, end: doc?.span ? doc.span.end : t.end[cueEnd + 1]! };
      }
      // "a déclaré à l'AFP le ministre", "mówi w rozmowie z PAP minister": past the hearer's phrase
      // "a indiqué à l'AFP le préfet", "powiedział PAP wojewoda", "explicó a este diario.": past the hearer
      // "ha detto al collega Marco Bianchi", "ha scritto alla sindaca Anna Verdi il consigliere X", "ha risposto al premier":
      // a person spoken to, by a noun in small letters and their name — the hearer, never the speaker
      const personHearer = this.personHearerEnd(t, cueEnd + 1);
      if (personHearer > cueEnd + 1) {
        const after = personHearer < t.length && t.word[personHearer] ? this.subjectAfter(t, personHearer) : null;
        if (after && after.kind !== 'other') return { subject: after, cue, end: after.span ? after.span.end : t.end[personHearer - 1]! };
        if (!this.tagEnds(t, personHearer)) return null;
        return { subject: { kind: 'dropped', span: null, word: t.low[v]! }, cue, end: t.end[personHearer - 1]! };
      }
      const h = this.hearerEnd(t, cueEnd + 1);
      if (h < 0) return null;
      if (h > cueEnd + 1) {
        const after = h < t.length && t.word[h] ? this.subjectAfter(t, h) : null;
        const sub = after && after.kind !== 'other' ? after : null;
        if (!sub && !this.tagEnds(t, h)) return null;
        const s2 = sub ?? { kind: 'dropped' as const, span: null, word: t.low[v]! };
        return { subject: s2, cue, end: s2.span ? s2.span.end : t.end[h - 1]! };
      }
      // (a phrase right after the verb that names no one may be an adjunct before the subject: "dijo este martes el ministro")
      // ("lâche, amer, le syndicaliste": past a word on the speaker's mood set off by commas)
      const aside = this.moodAsideEnd(t, cueEnd + 1);
      const direct = this.subjectAfter(t, aside > 0 ? aside : cueEnd + 1);
      // ("dijo este lunes.", "afirmou nesta manhã.": a demonstrative and a time word, then the tag's end: a dropped subject)
      const timeEnd = this.pack.determiners.has(t.low[cueEnd + 1] ?? '') && this.pack.stopwords.has(t.low[cueEnd + 2] ?? '') && !this.pack.determiners.has(t.low[cueEnd + 2] ?? '') ? cueEnd + 3 : cueEnd + 1;
      const past = this.subjectPastPhrase(t, cueEnd + 1);
      // ("ha detto commossa.", "dijo emocionada.", "ha spiegato sorridendo.": a dropped subject with a word on how it spoke)
      const manner = !direct || direct.kind === 'other' ? this.mannerWordAt(t, cueEnd + 1) : false;
      // ("– … – mówi łamiącym się głosem.": a phrase of how it was said, then the sentence's end)
      const mannerPhrase = (!direct || direct.kind === 'other') && !past && this.mannerPhraseToEnd(t, cueEnd + 1);
      let subject: Subject = (direct && direct.kind !== 'other' ? direct : null) ?? past ?? (manner || mannerPhrase || (timeEnd > cueEnd + 1 && this.tagEnds(t, timeEnd)) ? null : direct) ?? { kind: 'dropped', span: null, word: t.low[v]! };
      if (subject.kind === 'dropped' && !mannerPhrase && !this.tagEnds(t, manner ? cueEnd + 2 : timeEnd)) return null;
      // "– … – mówi ze łzami w oczach jego żona": someone the tag names further on, not the person spoken of
      if (subject.kind === 'dropped' && this.someoneLaterInTag(t, cueEnd + 1)) subject = { kind: 'other', span: null, word: '' };
      return { subject, cue, end: subject.span ? subject.span.end : t.end[cueEnd]! };
    }
    // German "…“, hat Müller gesagt.", "…“, ist sich Weber sicher.", "…“, war der Minister überzeugt.": an auxiliary
    // or a copula, the subject, then a participle or an adjective that ends the sentence
    const copula = this.copulaTag(t, k);
    if (copula) return copula;
    // "…», selon le ministre.", "“…”, según fuentes oficiales": an "according to" phrase as the tag
    const according = this.accordingBeforeAt(t, k);
    if (according > 0) {
      const np = this.sourceAfter(t, k + according, true);
      if (np) {
        const cue = { start: t.start[k]!, end: t.end[k + according - 1]! };
        const subject = this.pack.pronouns.has(t.low[np.start]!) ? { kind: 'pronoun' as const, span: { start: t.start[np.start]!, end: t.end[np.end]! }, word: t.low[np.start]! } : this.subjectOf(t, np.start, np.end, true);
        if (subject.kind !== 'other') return { subject, cue, end: t.end[np.end]! };
      }
    }
    // subject first: "…“, Merkel sagte.", "…», le ministre a déclaré."
    // (not after a quotation closed by its own full stop with nothing between: "„… Tennis.“ Boris Becker schrieb …" is
    // a new sentence, not the quotation's tag)
    if (closed && k === 0) return null;
    // (German puts the verb second: after a quotation the tag opens with its verb, „…“, sagte X; a subject first opens a
    // clause of its own, "Der „Falter“ nennt es „…“, der Kritiker X schreibt von …")
    if (this.pack.capitalisedNouns) return null;
    const np = this.nounPhrase(t, k, 5);
    // (not a coordinated verb: "…» y pidió a los legisladores", "…» e disse")
    if (np && !this.pack.coordinators.has(t.low[np.start]!)) {
      let w = np.end + 1;
      while (w < t.length && w < np.end + 3 && this.pack.auxiliaries.has(t.low[w]!) && !this.cueVerb(t, w)) w++;
      if (this.cueVerb(t, w) && this.tagEnds(t, w + 1)) {
        return { subject: this.subjectOf(t, np.start, np.end), cue: { start: t.start[w]!, end: t.end[w]! }, end: t.end[w]! };
      }
    }
    return null;
  }

  /** The token after a word or two set off by commas from k (", amer, ", ", visiblement ému, "), when a definite article or
   * a name follows it (the subject of an inverted tag); else -1. */
  private moodAsideEnd(t: Tokens, k: number): number {
    if (t.raw[k] !== ',' || this.pack.proDrop) return -1;
    let j = k + 1;
    while (j < t.length && j <= k + 3 && t.word[j] && !t.cap[j] && !this.pack.stopwords.has(t.low[j]!) && !this.cueVerb(t, j)) j++;
    if (j === k + 1 || t.raw[j] !== ',') return -1;
    const n = j + 1;
    return n < t.length && (this.pack.definiteArticles.includes(t.low[n]!) || this.elidedArticle(t.low[n]!) || this.persons.nameToken(t, n)) ? n : -1;
  }

  /** The token after an impersonal phrase of several words at k ("si legge", "si apprende", "fanno sapere"), or k. */
  private impersonalPhraseAt(t: Tokens, k: number): number {
    for (const phrase of this.pack.impersonal) {
      if (!phrase.includes(' ')) continue;
      const words = phrase.split(' ');
      if (words.every((w, i) => t.low[k + i] === w)) return k + words.length;
    }
    return k;
  }

  /** Where the words of an impersonal tag come from, from token k: "in einer Mitteilung des Ministeriums" (the body whose
   * statement it is), "aus dem Ministerium", "à l'Élysée", "de source diplomatique"; null when it says nothing. */
  private impersonalSource(t: Tokens, k: number): Subject | null {
    const doc = this.documentSource(t, k);
    if (doc) return doc;
    for (let j = k; j < t.length && j <= k + 4 && t.word[j]; j++) {
      if (!this.pack.impersonalFrom.includes(t.low[j]!)) continue;
      const np = this.leastPhrase(t, j + 1);
      const sub = np ? this.subjectOf(t, np.start, np.end, true) : null;
      return sub && (sub.kind === 'body' || sub.kind === 'group' || sub.kind === 'name' || sub.kind === 'role') ? sub : null;
    }
    return null;
  }

  /** Whether a tag names someone past its adjuncts, from token k to its end: a possessive phrase ("jego żona",
   * "jej mąż") that is no one the article named. */
  private someoneLaterInTag(t: Tokens, k: number): boolean {
    // a partitive subject: "si è sfogato uno di loro", "dijo una de las víctimas", "ha detto uno dei presenti"
    if (t.word[k] && this.pack.stopwords.has(t.low[k]!) && !/\d/.test(t.low[k]!) && this.pack.genitiveLinks.has(t.low[k + 1] ?? '')) return true;
    for (let j = k; j < t.length && j < k + 10; j++) {
      const r = t.raw[j]!;
      if (END.has(r) || r === ',' || isDash(r) || isOpenMark(r) || r === '(') return false;
      // (a possessive pronoun, not an article or a demonstrative before a time word: "dijo ante una multitud", "dijo este lunes")
      if (t.word[j] && this.pack.pronouns.has(t.low[j]!) && this.possessiveAt(t, j) && !this.pack.stopwords.has(t.low[j + 1] ?? '')) return true;
    }
    return false;
  }

  /** A German tag with its finite auxiliary first and the participle or the predicate last ("…“, hat Müller am Montag
   * gesagt.", "…“, ist sich Weber sicher."): only after the comma that closes the quotation, with a named subject or a
   * description, and at most a few lower-case words before the sentence's end. */
  private copulaTag(t: Tokens, k: number): { subject: Subject; cue: Span; end: number } | null {
    if (!this.pack.capitalisedNouns || k < 1 || t.raw[k - 1] !== ',' || !this.pack.auxiliaries.has(t.low[k] ?? '') || this.cueVerb(t, k)) return null;
    let subject = this.subjectAfter(t, k + 1);
    if (!subject?.span || !(subject.kind === 'name' || subject.kind === 'role' || subject.kind === 'title' || subject.kind === 'pronoun' || subject.kind === 'body' || subject.kind === 'group')) return null;
    // (the subject ends at its last capital: "der Minister überzeugt" is the minister, then the predicate)
    let j = t.start.findIndex((x) => x >= subject!.span!.end);
    if (j < 0) j = t.length;
    const a = t.start.indexOf(subject.span.start);
    const whole = j;
    while (j - 1 > a && t.word[j - 1] && !t.cap[j - 1] && !this.pack.ageWord.test(t.low[j - 1]!)) j--;
    if (j < whole && subject.kind !== 'pronoun') subject = this.subjectOf(t, a, j - 1);
    if (!subject.span || subject.kind === 'other') return null;
    const from = j;
    let participle = -1;
    // (lower-case words, and a capital after a preposition: "am Montag gesagt", "in Berlin erklärt")
    while (j < t.length && j < from + 8 && t.word[j] && (!t.cap[j] || this.pack.stopwords.has(t.low[j - 1]!))) {
      if (this.cueVerb(t, j)) participle = j;
      j++;
    }
    if (j === from || !(j >= t.length || END.has(t.raw[j]!))) return null;
    // (a body or a group speaks only with a verb of saying: "hat das Ministerium mitgeteilt")
    if ((subject.kind === 'body' || subject.kind === 'group') && participle < 0) return null;
    const cueAt = participle >= 0 ? participle : k;
    return { subject, cue: { start: t.start[cueAt]!, end: t.end[cueAt]! }, end: subject.span!.end };
  }

  /** Whether a dropped subject's tag ends, from token k, in a short phrase of small words that names no one, up to the
   * sentence's end: how or when it was said ("– … – mówi łamiącym się głosem.", "– … – dodała po chwili."). */
  private mannerPhraseToEnd(t: Tokens, k: number): boolean {
    if (!this.pack.proDrop) return false;
    let j = k;
    for (; j < t.length && j < k + 4; j++) {
      if (!t.word[j]) break;
      if (t.cap[j] || this.persons.roleWord(t.low[j]!) || (this.pack.pronouns.has(t.low[j]!) && this.possessiveAt(t, j)) || this.pack.determiners.has(t.low[j]!) || this.pack.hearers.has(t.low[j]!)) return false;
    }
    return j > k && (j >= t.length || END.has(t.raw[j]!));
  }

  /** Whether a tag ends at token k: the sentence ends, or a comma, a dash, a quotation or a time phrase follows. */
  private tagEnds(t: Tokens, k: number): boolean {
    if (k >= t.length) return true;
    const r = t.raw[k]!;
    if (t.word[k] && this.hearerEnd(t, k) !== k) return true;
    return END.has(r) || r === ',' || isDash(r) || isOpenMark(r) || r === '(' || r === ':' || this.pack.stopwords.has(t.low[k]!);
  }

  /** The tag before an opening mark, in its sentence: "Merkel sagte: „…“", "Dazu sagte Merkel: „…“", "Le ministre a déclaré que « … »", "Merkel nannte den Plan „…“". */
  private tagBefore(q: Quote): { subject: Subject; cue: Span | null; colon: boolean } | null {
    const s = this.sentenceOf(q.start);
    const para = this.paragraphs[this.paragraphOf(q.start)]!;
    // (past a dateline or a live blog's time stamp that opens the paragraph: "23.40 | La candidata …:")
    let from = s.start <= para ? Math.min(q.start, datelineEnd(this.text, para)) : s.start;
    // the sentence may end at the colon before the quotation ("Er sagte: „…“" split after the colon)
    if (from >= q.start - 1) {
      const prev = this.sentences[this.sentenceIndex(q.start) - 1];
      if (prev && /:\s*$/.test(this.text.slice(prev.start, q.start))) from = prev.start;
    }
    const t = this.tokens(from, q.start);
    if (!t.length) return null;
    const colon = t.raw[t.length - 1] === ':';
    const end = colon ? t.length - 1 : t.length;
    // "Et d'ajouter : « … »", "…, avant de conclure : « … »": the one spoken of last
    if (colon && this.pack.sequelColon?.test(this.text.slice(Math.max(from, q.start - 80), q.start))) {
      const k = Math.max(0, end - 1);
      return { subject: { kind: 'pronoun', span: null, word: '' }, cue: { start: t.start[k]!, end: t.end[k]! }, colon };
    }
    // the nearest verb of saying before the quotation, outside other quotations
    for (let v = end - 1; v >= 0 && v >= end - TAG_BEFORE; v--) {
      if (!this.cueVerb(t, v) || this.insideQuote(t.start[v]!)) continue;
      // ("quando le si chiede delle classifiche": an impersonal clitic right before the verb — no one says it)
      if (v > 0 && this.pack.impersonalClitic === t.low[v - 1]) continue;
      v = this.governingVerb(t, v);
      // "Pour l'économiste X, interrogé par Le Monde, « … »": a participle with its agent, no auxiliary before it, is
      // passive; the agent asked, the speaker is elsewhere
      if (this.pack.passiveAgents.has(t.low[v + 1] ?? '') && !this.pack.auxiliaries.has(t.low[v - 1] ?? '')) continue;
      // ("…», a-t-elle ajouté : « … »": the pronoun rides on the auxiliary before the participle)
      const inv = invertedPronoun(t.low[v]!) ?? (v > 0 && this.pack.auxiliaries.has(invertedPronoun(t.low[v - 1]!)?.verb ?? '') ? invertedPronoun(t.low[v - 1]!) : null);
      if (inv) return { subject: { kind: 'pronoun', span: { start: t.start[v]!, end: t.end[v]! }, word: inv.pronoun }, cue: { start: t.start[v]!, end: t.end[v]! }, colon };
      const cue = { start: t.start[v]!, end: t.end[v]! };
      // inverted (V2, or a verb before its subject): "Dazu sagte Merkel:", "a déclaré le ministre :"
      let w = v + 1;
      while (w < end && this.pack.auxiliaries.has(t.low[w]!) ) w++;
      let forward = this.subjectAfter(t, w, end);
      // ("Suspira antes de responder:": an adjunct after a verb that drops its subject is no subject)
      const adjunct = this.pack.proDrop && w < end && !t.cap[w] && !this.pack.determiners.has(t.low[w]!);
      if (forward?.kind === 'other' && adjunct) forward = null;
      let backward = this.subjectBefore(t, v);
      // (a phrase that opens with a preposition is no subject: "e ha chiesto all'azienda di «…»", "ha chiesto di «…»")
      if (!backward && forward?.kind === 'other' && this.prepositionAt(t, w)) forward = null;
      // (German: a phrase in the dative or after a preposition is no subject, "Im Interview mit dem WDR sagte Verheyen:")
      if (backward && forward && this.pack.capitalisedNouns && backward.span && this.obliqueAt(t, t.start.indexOf(backward.span.start))) backward = null;
      // "X salue « … » et appelle l'équipe à « … »": a verb coordinated with one before shares its subject (in a language
      // that always says its subject; what follows the verb is its object): read the verb before
      if (!backward && !this.pack.proDrop && !this.pack.capitalisedNouns && this.pack.coordinators.has(t.low[this.pastAuxiliaries(t, v)] ?? '')) continue;
      const subject = backward && (!forward || !this.pack.capitalisedNouns || v === 0 || !this.pack.stopwords.has(t.low[v - 1] ?? '')) ? backward : forward;
      if (subject) return { subject, cue, colon };
      // "Gli ha risposto a stretto giro la segretaria della Lega:": the subject past an adjunct after the verb
      // (not past a subordinator: "Dijo que el Presidente «…»" is reported content, not the subject)
      let sub = false;
      for (let j = w; j < end && j < w + 8 && !sub; j++) sub = this.pack.subordinators.has(t.low[j]!);
      const past = !this.pack.capitalisedNouns && w < end && !sub ? this.subjectPastPhrase(t, w) : null;
      if (past?.span && past.span.end <= t.end[end - 1]! && !(past.kind === 'other' && adjunct)) return { subject: past, cue, colon };
      // "El alcalde de Valencia, que … , afirmó:": a subject the reader could not take apart is someone, not a dropped one
      let b = v - 1;
      while (b >= 0 && this.pack.auxiliaries.has(t.low[b]!)) b--;
      const f = firstWord(t);
      if (b > f && t.raw[b] === ',' && (this.pack.determiners.has(t.low[f]!) || this.persons.nameToken(t, f))) return { subject: { kind: 'other', span: null, word: '' }, cue, colon };
      // "la pasticciera aveva spiegato": a noun the lexicon does not know, after an article that tells its gender, is a
      // description of someone of that gender — read as the person spoken of, never one of the other gender
      const described = this.pack.proDrop && b >= 1 && t.word[b] && !this.pack.stopwords.has(t.low[b]!) && !t.cap[b] && this.pack.definiteArticles.includes(t.low[b - 1]!) ? this.pack.articleGender[t.low[b - 1]!] : undefined;
      if (described) return { subject: { kind: 'dropped', span: null, word: t.low[v]!, gender: described }, cue, colon };
      // "W oświadczeniu placówki napisano, że …": an impersonal verb names no one — the body whose statement it is, else none
      if (this.pack.impersonal.includes(t.low[v]!)) {
        for (let j = f; j < v; j++) {
          const doc = this.documentSource(t, j);
          if (doc) return { subject: doc, cue, colon };
        }
        return { subject: { kind: 'other', span: null, word: '' }, cue, colon };
      }
      // German "Lehnert tritt vor die Kameras und spricht von einem „historischen“ Abend": a verb coordinated with the
      // sentence's first shares its subject
      if (!this.pack.proDrop && b > f && this.pack.coordinators.has(t.low[b]!)) {
        const head = this.headSubject(t.start[b]!, null);
        if (head) return { subject: { kind: 'name', span: null, word: '', name: head.split(' ') }, cue, colon };
      }
      return { subject: { kind: 'dropped', span: null, word: t.low[v]! }, cue, colon };
    }
    // "Para el economista X, el programa “…”", "Selon X, la réforme est « … »": the according-to phrase of the sentence
    for (let k = 0; k < end; k++) {
      const len = this.accordingBeforeAt(t, k) || ((k === firstWord(t) && this.pack.accordingOpeners.includes(t.low[k]!)) ? 1 : 0);
      if (!len) continue;
      // "l'ex magistrato Paolo Ferrante, secondo cui il testo «…»": the name before the comma is the source
      const rel = this.relativeAt(t, k + len);
      if (rel && t.raw[k - 1] === ',' && k >= 2 && this.persons.nameToken(t, k - 2)) {
        let a = k - 2;
        while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || (this.persons.particleAt(t, a - 1) && this.persons.nameToken(t, a - 2)))) a--;
        const sub = this.subjectOf(t, a, k - 2);
        if (sub.kind === 'name') return { subject: sub, cue: { start: t.start[k]!, end: t.end[k + len + rel - 1]! }, colon };
      }
      const np = this.sourceAfter(t, k + len, false);
      if (!np || np.end >= end) continue;
      const subject = this.pack.pronouns.has(t.low[np.start]!) ? { kind: 'pronoun' as const, span: { start: t.start[np.start]!, end: t.end[np.end]! }, word: t.low[np.start]! } : this.subjectOf(t, np.start, np.end, true);
      // (a body only when named as one: "Per il sindacato, «…»", not "Pour la France, « … »")
      if (subject.kind === 'other' || subject.kind === 'body' && this.pack.accordingOpeners.includes(t.low[k]!) && !this.persons.bodyWord(subject.word)) continue;
      return { subject, cue: { start: t.start[k]!, end: t.end[k + len - 1]! }, colon };
    }
    // "Merkel: „…“" — a name alone before a colon
    if (colon && end >= 1 && end <= 4) {
      const np = this.nounPhrase(t, 0, 4);
      if (np && np.end === end - 1) {
        const subject = this.subjectOf(t, np.start, np.end);
        // (Polish: one word before the colon is a name only when the article gives it in full, "Uwaga: „…”" is none)
        const unknownWord = this.pack.inflectsNames && subject.kind === 'name' && subject.name!.length === 1 && !this.persons.known(this.persons.resolveName(subject.name!) ?? '');
        if ((subject.kind === 'name' && !unknownWord) || subject.kind === 'title') return { subject, cue: null, colon };
        // "MSZ: „…”", "Policja: „…”": a body by its acronym or its word (not "Uwaga: „…”")
        const head = t.raw[np.start]!;
        if (subject.kind === 'body' && np.end === np.start && (/^\p{Lu}{2,6}$/u.test(head) || this.persons.bodyWord(t.low[np.start]!) || this.pack.institutions.has(t.low[np.start]!))) return { subject, cue: null, colon };
      }
    }
    // "Di diverso avviso la segretaria del Pd, Elena Sartori: «…»", "Netta la replica di Rossi: «…»": a short clause
    // with no verb of saying that ends in its speaker's name
    if (colon && end >= 2 && end <= 16) {
      const named = this.nameBeforeColon(t, end);
      if (named) return { subject: named, cue: null, colon };
    }
    // "Le syndicaliste Luc Bernard a été clair : « … »", "Weber ist überzeugt: „…“": the named subject that opens a
    // short clause before the colon, when no one else is named in it
    if (colon && end >= 2 && end <= 30) {
      const first = firstWord(t);
      let f = first;
      // past an opening adverbial set off by a comma ("Sur place, la maire …", "Lundi, Paul Girard …"), not past an aside
      // after the subject ("Il figlio Alberto, arrivato da Milano nella notte, si commuove:")
      if (!this.subjectBeforeAside(t, f, end) && (!this.nounPhrase(t, f, 6, end) || this.pack.stopwords.has(t.low[f]!))) {
        let c = f + 1;
        while (c < end && c <= f + 4 && t.raw[c] !== ',' && t.word[c]) c++;
        if (t.raw[c] === ',') f = c + 1;
      }
      // (a longer one, a participle's clause, "Accueilli par une foule de militants, Yann Kerbrat lève les bras :", is
      // tried after the subject it would have been read as found no one)
      let c = first + 1;
      while (c < end && c <= first + 9 && t.raw[c] !== ',' && t.word[c]) c++;
      // (and the sentence's first word when the adverbial skipped was the subject with an apposition: "Le syndicaliste Karim
      // Haddad, délégué CGT de l'usine, lève les yeux au ciel :")
      const starts = f === first ? (t.raw[c] === ',' && c + 1 < end ? [f, c + 1] : [f]) : [f, first];
      for (const f of starts) {
        // "Elle s'est montrée prudente : « … »": a pronoun that opens a short clause
        // (German "sie" is she before a verb in the singular: "Sie lacht:", "Sie zuckt mit den Schultern:")
        const singular = !this.pack.pluralForm.test(t.low[f]!) || (this.pack.pronounGender[t.low[f]!] !== undefined && t.word[f + 1] && !t.cap[f + 1] && !this.pack.pluralForm.test(t.low[f + 1]!));
        // (or a longer one that names no one else: "Ele tira o capacete e mostra a marca no rosto antes de responder:")
        let nameless = !this.pack.capitalisedNouns && end - f <= 16;
        for (let j = f + 1; j < end && nameless; j++) nameless = !t.cap[j] && !this.persons.roleWord(t.low[j]!);
        if ((end - f <= 8 || nameless) && this.pack.pronouns.has(t.low[f]!) && singular) {
          let v = f + 1;
          while (v < end && !END.has(t.raw[v]!) && t.raw[v] !== ',') v++;
          if (v === end) return { subject: { kind: 'pronoun', span: { start: t.start[f]!, end: t.end[f]! }, word: t.low[f]! }, cue: null, colon };
        }
        const np = this.nounPhrase(t, f, 6, end);
        if (np) {
          let subject = this.subjectOf(t, np.start, np.end);
          // "La presidente di Confcommercio, Anna Riva, è più cauta:": the name in apposition
          if (subject.kind !== 'name' && t.raw[np.end + 1] === ',' && this.persons.nameToken(t, np.end + 2)) {
            let n = np.end + 2;
            while (n + 1 < end && (this.persons.nameToken(t, n + 1) || this.persons.particleAt(t, n + 1))) n++;
            if (t.raw[n + 1] === ',') subject = { kind: 'name', span: { start: t.start[np.end + 2]!, end: t.end[n]! }, word: '', name: t.raw.slice(np.end + 2, n + 1) };
          }
          // (German capitalises every noun: "Kritik an den Kosten wies sie zurück:" has no name; only a person the article names)
          // (nor a word that opens the sentence with a capital and names no one the article names: "Suspira antes de responder:")
          const opener = subject.kind === 'name' && subject.name!.length === 1 && np.start === np.end && np.start === firstWord(t) && !this.persons.knownWord(subject.name![0]!);
          const person = subject.kind === 'name' && !opener && (!this.pack.capitalisedNouns || this.persons.known(this.persons.resolveName(subject.name!) ?? ''));
          if (person && subject.span && !this.otherPersonBetween(subject.span.end, t.start[end]!, null)) {
            return { subject: { ...subject, span: subject.span }, cue: null, colon };
          }
          // "La ministra fue tajante: « … »" (a description of someone named before), "Los vecinos lo tienen claro: « … »"
          // (a group: their words, not the last speaker's)
          if (subject.span && np.start === f && !this.otherPersonBetween(subject.span.end, t.start[end]!, null)) {
            if (subject.kind === 'group') return { subject, cue: null, colon };
            if ((subject.kind === 'role' || subject.kind === 'title') && this.definite(subject.span) && this.speaker(subject, q.start).person) return { subject, cue: null, colon };
            // ("Il ministro delle Imprese ha accolto l'annuncio: «…»": someone the article does not name — not the last speaker)
            if ((subject.kind === 'role' || subject.kind === 'title') && this.definite(subject.span) && !this.pack.capitalisedNouns) return { subject: { kind: 'other', span: null, word: '' }, cue: null, colon };
          }
        }
      }
    }
    return null;
  }

  /** The token before verb v past the auxiliaries before it ("et a ensuite appelé" → et). */
  private pastAuxiliaries(t: Tokens, v: number): number {
    let b = v - 1;
    while (b >= 0 && this.pack.auxiliaries.has(t.low[b]!)) b--;
    return b;
  }

  /** The name that ends the clause before a colon (token `end`), when a role stands before it, set off by a comma
   * ("il portavoce del Cremlino, Dmitri Peskov:") or not ("il capitano granata Luca Bellini:"), or when it is the
   * complement of a noun of speech ("la replica di Rossi:", "il commento del ministro Paolo Ferri:"); else null. */
  private nameBeforeColon(t: Tokens, end: number): Subject | null {
    const last = end - 1;
    if (!this.persons.nameToken(t, last)) return null;
    let a = last;
    while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || (this.persons.particleAt(t, a - 1) && this.persons.nameToken(t, a - 2)))) a--;
    while (a < last && !this.persons.nameToken(t, a)) a++;
    if (a === 0) return null;
    for (let j = 0; j < end; j++) if (this.cueVerb(t, j) || this.insideQuote(t.start[j]!)) return null;
    const name: Subject = { kind: 'name', span: { start: t.start[a]!, end: t.end[last]! }, word: '', name: t.raw.slice(a, last + 1) };
    // a role within a few words before (past its complement and a comma)
    for (let j = a - 1; j >= 0 && j >= a - 7; j--) {
      if (!t.word[j] && t.raw[j] !== ',') break;
      if (t.raw[j] === ',' && j !== a - 1) break;
      if (this.persons.roleWord(t.low[j]!) || this.persons.titleAt(t, j)) return name;
    }
    // the complement of a noun of speech: "la replica di Rossi", "le parole del ministro Ferri"
    for (let j = a - 1; j >= 1 && j >= a - 4; j--) {
      if (!t.word[j]) break;
      if (this.pack.genitiveLinks.has(t.low[j]!) && this.pack.speechNouns.has(t.low[j - 1]!)) return name;
    }
    return null;
  }

  /** Whether a person's surname is written between two offsets. */
  private namedWithin(person: string, a: number, b: number): boolean {
    const last = person.split(' ').at(-1)!;
    const at = this.text.indexOf(last.slice(0, Math.max(3, last.length - 2)), a);
    return at >= 0 && at < b;
  }

  /** The verb of saying that governs the clause of verb v: "Sheinbaum aseguró que su Gobierno mantiene « … »" is
   * Sheinbaum's (the verb before "que" a few words back), not the subject of the reported clause. */
  private governingVerb(t: Tokens, v: number): number {
    for (let j = v - 1; j >= 1 && j >= v - 12; j--) {
      if (END.has(t.raw[j]!) || t.raw[j] === ':' || isOpenMark(t.raw[j])) return v;
      if (!this.pack.subordinators.has(t.low[j]!) || this.pack.relatives.includes(t.low[j]!) && t.raw[j - 1] === ',') continue;
      for (let u = j - 1; u >= 0 && u >= j - 5; u--) {
        if (END.has(t.raw[u]!) || t.raw[u] === ',') break;
        if (this.cueVerb(t, u) && !this.insideQuote(t.start[u]!)) return u;
      }
      return v;
    }
    return v;
  }

  // ---- subjects

  /** A subject right after a verb: "Merkel", "die Ministerin", "le président de la République", "el presidente", "premier Tusk". */
  private subjectAfter(t: Tokens, k: number, limit = t.length): Subject | null {
    while (k < limit && (this.pack.auxiliaries.has(t.low[k]!) || this.cueVerb(t, k))) k++;
    // (past an agency or a dative hearer right after the verb: "powiedział PAP rzecznik MSZ Paweł Wroński")
    if (this.pack.bareGenitive && k + 1 < limit && t.word[k] && this.pack.hearers.has(t.low[k]!) && t.word[k + 1]) k++;
    if (k >= limit || !t.word[k]) return null;
    if (this.pack.pronouns.has(t.low[k]!) && !this.possessiveAt(t, k)) return { kind: 'pronoun', span: { start: t.start[k]!, end: t.end[k]! }, word: t.low[k]! };
    const np = this.nounPhrase(t, k, 8, limit);
    if (!np) return null;
    // ("contou o jogador à Sport TV": the hearer after the description is no part of it)
    // ("aseveró la mandataria al término de la reunión": nor an adverbial with the same preposition)
    // (not after a role whose complement it opens: "l'adjoint au maire", "le ministre délégué aux Transports")
    for (let j = np.start + 2; j <= np.end; j++) if (this.pack.hearerAfterSubject.has(t.low[j]!) && t.word[j + 1] && !this.pack.rolesTakingHearerPreposition.has(t.low[j - 1]!)) { np.end = j - 1; break; }
    let e = np.end;
    // "ein Sprecher des Landesamts für Umwelt", "le porte-parole du ministère de la Santé": the body's whole name
    if (this.persons.bodyWord(t.low[e]!)) e = Math.min(this.bodyEnd(t, e), limit - 1);
    // "sagte der Sprecher, Max Müller," / "a déclaré son porte-parole, Jean Dupont."
    // (past a courtesy title: "a réagi son avocate, Me Claire Dufresne,")
    const courtesy = t.raw[e + 1] === ',' ? this.appositionTitle(t, e + 2) : 0;
    let apposed = -1;
    if (t.raw[e + 1] === ',' && e + 2 + courtesy < limit && this.persons.nameToken(t, e + 2 + courtesy)) {
      let n = e + 2 + courtesy;
      while (n + 1 < limit && (this.persons.nameToken(t, n + 1) || this.pack.nameParticles.has(t.low[n + 1]!))) n++;
      if (n + 1 >= limit || END.has(t.raw[n + 1]!) || t.raw[n + 1] === ',') {
        apposed = e + 2 + courtesy;
        e = n;
      }
    }
    // (past the rest of a long complement and a short name in brackets: "a indiqué le porte-parole de la Société de protection
    // des forêts contre le feu (SOPFEU), Stéphane Caron, lors …")
    if (apposed < 0 && !this.pack.bareGenitive && !this.pack.capitalisedNouns) {
      let c = e + 1;
      while (c < limit && c <= e + 10 && (t.word[c] || t.raw[c] === '(' || t.raw[c] === ')') && !this.cueVerb(t, c) && !this.pack.auxiliaries.has(t.low[c]!) && !this.pack.subordinators.has(t.low[c]!)) c++;
      const at = t.raw[c] === ',' && this.courtesyTitleAt(t, c + 1) ? c + 2 : c + 1;
      if (c > e + 1 && t.raw[c] === ',' && at < limit && this.persons.nameToken(t, at) && this.persons.nameToken(t, at + 1)) {
        let n = at + 1;
        while (n + 1 < limit && (this.persons.nameToken(t, n + 1) || this.persons.particleAt(t, n + 1))) n++;
        if (n + 1 >= limit || END.has(t.raw[n + 1]!) || t.raw[n + 1] === ',') {
          apposed = at;
          e = n;
        }
      }
    }
    // ("a dénoncé la cheffe de groupe Ecolo, Martine Lecomte": the name in apposition after a role's phrase is the speaker,
    // not a capital in the role's complement)
    if (apposed > 0 && !this.pack.bareGenitive) {
      let role = false;
      for (let j = np.start; j < apposed - 1 && !role; j++) role = this.persons.roleWord(t.low[j]!) || !!this.persons.titleAt(t, j);
      const sub = this.subjectOf(t, np.start, e);
      if (role && sub.kind === 'name' && sub.name![0] !== t.raw[apposed]) return { kind: 'name', span: { start: t.start[np.start]!, end: t.end[e]! }, word: '', name: t.raw.slice(apposed, e + 1) };
    }
    // "la ministra per le Pari opportunità, Chiara Colombo.": a role, its complement with a preposition, then the name
    // set off by a comma that ends the tag
    if (t.raw[e + 1] !== ',' && !this.pack.capitalisedNouns) {
      let r = -1;
      for (let j = np.start; j <= e; j++) if (this.persons.roleWord(t.low[j]!) || this.persons.titleAt(t, j)) { r = j; break; }
      let c = e + 1;
      while (r >= 0 && c < limit && c <= e + 6 && t.word[c] && !this.cueVerb(t, c) && !(this.pack.auxiliaries.has(t.low[c]!) && !this.pack.determiners.has(t.low[c]!)) && !this.pack.subordinators.has(t.low[c]!)) c++;
      if (r >= 0 && c > e + 1 && t.raw[c] === ',' && c + 1 < limit && this.persons.nameToken(t, c + 1)) {
        let n = c + 1;
        while (n + 1 < limit && (this.persons.nameToken(t, n + 1) || this.persons.particleAt(t, n + 1))) n++;
        if (n + 1 >= limit || END.has(t.raw[n + 1]!) || t.raw[n + 1] === ',') e = n;
      }
    }
    // Polish "rzecznik Prokuratury Okręgowej w Warszawie prok. Szymon Banna": the name past the office's place
    if (this.pack.bareGenitive) {
      const sub = this.subjectOf(t, np.start, e);
      const n = sub.kind === 'role' || sub.kind === 'body' ? this.nameAfterPlace(t, e + 1, limit) : -1;
      return n > 0 ? this.subjectOf(t, np.start, n) : sub;
    }
    return this.subjectOf(t, np.start, e);
  }

  /** A courtesy title ("Me", "M.", "Mme") at k, capitalised, with a name after it. (After a preposition it still
   * names a complement: "l'avocate de M. Vasseur" is not Vasseur.) */
  /** Whether the word at k, alone before the tag's end, says how the speaker spoke: a participle, an adjective or a
   * gerund in small letters ("commossa", "emozionato", "sorridendo", "emocionada"), in a language that drops its
   * subject; no role, no person's noun, no article or pronoun (those name someone). */
  private mannerWordAt(t: Tokens, k: number): boolean {
    const w = t.low[k];
    if (!this.pack.proDrop || this.pack.capitalisedNouns || !w || !t.word[k] || t.cap[k] || !this.tagEnds(t, k + 1)) return false;
    if (this.persons.roleWord(w) || this.pack.personNouns.has(w) || this.pack.stopwords.has(w) || this.pack.pronouns.has(w) || this.pack.determiners.has(w)) return false;
    return /(?:[aiu]t[oa]|oss[oa]|ss[oa]|os[oa]|ic[oa]|[ai]d[oa]|ndo)$/.test(w);
  }

  /** The words of a title before an apposed name, after the comma that follows a role ("il comandante provinciale, il
   * colonnello Stefano Arrigoni", "le porte-parole, le colonel Jean Dupont", "son avocate, Me Claire Dufresne"): a courtesy
   * title, or a role word in small letters, with its article or not, right before a name; 0 when none. */
  private appositionTitle(t: Tokens, k: number): number {
    if (this.courtesyTitleAt(t, k)) return 1;
    const d = this.pack.determiners.has(t.low[k] ?? '') ? 1 : 0;
    const r = k + d;
    return !t.cap[r] && this.persons.roleWord(t.low[r] ?? '') && this.persons.nameToken(t, r + 1) ? d + 1 : 0;
  }

  private courtesyTitleAt(t: Tokens, k: number): boolean {
    return !!t.cap[k] && this.pack.courtesyTitles.has((t.low[k] ?? '').replace(/\.$/, '')) && this.persons.nameToken(t, k + 1);
  }

  /** The end of a full name after a place that ends a role's phrase ("w Warszawie prok. Szymon Banna"): a preposition,
   * capitals, role words, then a name that opens with a given name and ends the tag; -1 when there is none. */
  private nameAfterPlace(t: Tokens, k: number, limit: number): number {
    if (k >= limit || !this.pack.stopwords.has(t.low[k]!)) return -1;
    let j = k + 1;
    while (j < limit && j <= k + 4 && t.word[j] && t.cap[j] && this.persons.gender(t.low[j]!) === undefined) j++;
    if (j === k + 1) return -1;
    while (j < limit && t.word[j] && this.persons.roleWord(t.low[j]!)) j++;
    if (j >= limit || this.persons.gender(t.low[j]!) === undefined || !this.persons.nameToken(t, j + 1)) return -1;
    let n = j + 1;
    while (n + 1 < limit && this.persons.nameToken(t, n + 1)) n++;
    return n + 1 >= limit || END.has(t.raw[n + 1]!) || t.raw[n + 1] === ',' || isDash(t.raw[n + 1]) ? n : -1;
  }

  /** Whether token k is a small word inside a name: "von der Leyen", "Bruno Le Maire", "da Silva" (a lower-case
   * article only after another particle: "Müller der Deutschen Presse-Agentur" is two phrases). */
  private nameParticleAt(t: Tokens, k: number): boolean {
    const w = t.low[k]!;
    if (!this.pack.nameParticles.has(w)) return false;
    return !this.pack.definiteArticles.includes(w) || t.cap[k]! || this.pack.nameParticles.has(t.low[k - 1] ?? '');
  }

  /** A subject after a prepositional phrase that follows the verb (the hearer, the medium): the next
   * determiner, title or role within a few tokens starts it. */
  /** The index of the closing mark of a short title in marks opened at token k ("„Rzeczpospolitej”", "„Faktach po
   * Faktach”"): capitalised, two to six tokens, no sentence punctuation; -1 when it is none. */
  private titleEnd(t: Tokens, k: number): number {
    if (!isOpenMark(t.raw[k]) || !t.cap[k + 1]) return -1;
    for (let j = k + 1; j < t.length && j <= k + 7; j++) {
      if (t.word[j]) continue;
      if (END.has(t.raw[j]!) || t.raw[j] === ',') return -1;
      if (isOpenMark(t.raw[j]) || '”"»«’'.includes(t.raw[j]!)) return j > k + 1 ? j : -1;
    }
    return -1;
  }

  private subjectPastPhrase(t: Tokens, k: number): Subject | null {
    // ("dijo este martes a los periodistas el ministro": a demonstrative before a time word opens an adjunct)
    if (k + 1 < t.length && this.pack.determiners.has(t.low[k]!) && this.pack.stopwords.has(t.low[k + 1]!) && !this.pack.determiners.has(t.low[k + 1]!)) k++;
    // (past an adverb of time before the phrase: "mówił rano na konferencji prasowej burmistrz X")
    if (this.pack.proDrop && k + 1 < t.length && t.word[k] && !t.cap[k] && !this.pack.stopwords.has(t.low[k]!) && !this.persons.roleWord(t.low[k]!) && !this.cueVerb(t, k) && this.pack.stopwords.has(t.low[k + 1]!) && !this.pack.determiners.has(t.low[k + 1]!)) k++;
    if (k >= t.length || !this.pack.stopwords.has(t.low[k]!) || this.pack.determiners.has(t.low[k]!)) return null;
    for (let j = k + 1; j < t.length && j <= k + 7; j++) {
      // (past a title in marks: "stwierdził w „Faktach po Faktach” Rafał Bochenek")
      if (this.pack.bareGenitive && this.titleEnd(t, j) > 0) {
        j = this.titleEnd(t, j);
        continue;
      }
      if (!t.word[j]) return null;
      const w = t.low[j]!;
      // (a determiner right after the preposition opens its object, not the subject: "aseguró en su cuenta de X el
      // presidente", "afirmó durante la sesión el diputado")
      if (this.pack.determiners.has(w) && this.pack.stopwords.has(t.low[j - 1]!) && !this.pack.determiners.has(t.low[j - 1]!) && !t.cap[j]) continue;
      // past the hearer's phrase: "em entrevista à CNN Brasil o presidente", "a los periodistas el ministro"
      if (this.pack.hearerPrepositions.has(w)) {
        const h = this.hearerEnd(t, j);
        if (h < 0) return null;
        if (h > j + 1) { j = h - 1; continue; }
      }
      // (or a given name: "przekazała w rozmowie z RMF FM Anna Nowak")
      // (or a given name, or a surname the article gave in full: "napisał w mediach społecznościowych Kowalski.")
      const knownName = t.cap[j] && this.persons.nameToken(t, j) && (this.persons.gender(w) !== undefined && this.persons.nameToken(t, j + 1)
        || (this.persons.known(this.persons.resolveName([t.raw[j]!]) ?? '') && (j + 1 >= t.length || END.has(t.raw[j + 1]!) || t.raw[j + 1] === ',')));
      // (or a capital right after a document's noun and its adjective: "scrivono in una nota congiunta Filt-Cgil e Fit-Cisl")
      const afterDocument = t.cap[j] && (this.pack.documentNouns.has(unelided(t.low[j - 1]!)) || (j - 2 > k && this.pack.documentNouns.has(unelided(t.low[j - 2]!)) && !t.cap[j - 1]));
      if (this.pack.determiners.has(w) || this.persons.roleWord(w) || this.persons.titleAt(t, j) || knownName || afterDocument) {
        const sub = this.subjectAfter(t, j);
        return sub && sub.kind !== 'other' && sub.kind !== 'pronoun' ? sub : null;
      }
    }
    return null;
  }

  /** A subject before its verb: "Merkel sagte", "Le ministre a déclaré", "La ministra afirmó", "Premier powiedział". */
  private subjectBefore(t: Tokens, v: number): Subject | null {
    // "la pm Federica Longo, che ha chiesto …", "Marc Duval, qui a déclaré …": a relative's subject is the name before it
    let r = v - 1;
    while (r >= 0 && this.pack.auxiliaries.has(t.low[r]!) && !this.pack.relatives.includes(t.low[r]!)) r--;
    if (r >= 2 && this.pack.relatives.includes(t.low[r]!) && t.raw[r - 1] === ',' && this.persons.nameToken(t, r - 2)) {
      let a = r - 2;
      while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || (this.persons.particleAt(t, a - 1) && this.persons.nameToken(t, a - 2)))) a--;
      const sub = this.subjectOf(t, a, r - 2);
      if (sub.kind === 'name') return sub;
    }
    let direct = this.subjectJustBefore(t, v);
    // (German: a noun after a preposition fused with its article is its object, "Im Gespräch erklärt er": no subject)
    if (this.pack.capitalisedNouns && direct?.kind === 'name' && direct.span) {
      const a = t.start.indexOf(direct.span.start);
      if (a > 0 && this.pack.articlePrepositions.includes(t.low[a - 1]!)) return null;
    }
    // (German verb bracket: "Müller hat in der Sitzung erklärt", "Sie hatte bei ihrem Besuch gesagt": the noun before the
    // participle is a preposition's object; the subject stands before the finite auxiliary, else there is none)
    if (this.pack.capitalisedNouns && direct?.span && direct.kind !== 'pronoun') {
      const bracket = this.prepositionalObjectBefore(t, t.start.indexOf(direct.span.start));
      if (bracket !== null) return bracket;
    }
    if (!this.pack.bareGenitive) return direct;
    // (Polish: a phrase after a preposition is its object, "podczas konferencji w Sejmie zapowiedział", no subject)
    const placeLike = !!direct && (direct.kind === 'body' || (direct.kind === 'name' && !direct.name!.some((w) => this.persons.gender(w.toLowerCase()) !== undefined)));
    if (direct?.span && placeLike) {
      const a = t.start.indexOf(direct.span.start);
      const w = a > 0 ? t.low[a - 1]! : '';
      if (a > 0 && t.word[a - 1] && this.pack.stopwords.has(w) && !this.pack.determiners.has(w) && !this.pack.coordinators.has(w) && !this.pack.subordinators.has(w)) direct = null;
    }
    if (direct) return direct;
    // Polish "Naczelna Rada Adwokacka w opublikowanym stanowisku uznała": past an adjunct that opens with a preposition
    // ("Premier w rozmowie z dziennikarzami powiedział": the adjunct may hold several prepositions)
    for (let p = v - 2; p >= 1 && p >= v - 6; p--) {
      if (!t.word[p]) return null;
      if (!this.pack.stopwords.has(t.low[p]!) || this.pack.determiners.has(t.low[p]!) || this.pack.subordinators.has(t.low[p]!)) continue;
      if (!t.word[p - 1] || this.pack.stopwords.has(t.low[p - 1]!)) return null;
      const sub = this.subjectJustBefore(t, p);
      if (sub && (sub.kind === 'name' || sub.kind === 'body' || sub.kind === 'title' || sub.kind === 'role')) return sub;
    }
    return null;
  }

  private subjectJustBefore(t: Tokens, v: number): Subject | null {
    let e = v - 1;
    while (e >= 0 && this.pack.auxiliaries.has(t.low[e]!)) e--;
    // (an article right before the verb is its object's clitic: "Una vicina lo descrive come …", "Le maire la décrit")
    if (e === v - 1 && e > 0 && this.pack.determiners.has(t.low[e]!) && t.word[e - 1] && !this.pack.determiners.has(t.low[e - 1]!)) e--;
    e = this.pastAside(t, e);
    // "Peter Tschentscher (SPD) kündigte an": past a party or an age in brackets
    if (e >= 2 && t.raw[e] === ')') {
      let o = e - 1;
      while (o > 0 && o > e - 6 && t.raw[o] !== '(') o--;
      if (t.raw[o] === '(') e = o - 1;
    }
    // "Jacques Perrin, 64 ans, a déclaré", "Anna Weber, 54, sagte": past an age set off by commas
    const age = ageBefore(t, e);
    if (age > 0) e = age;
    // German "Der „Falter“ nennt das Album „…“": a paper's title in marks after its article is the subject (V2: the
    // phrase after the verb is its object)
    if (this.pack.capitalisedNouns && e >= 3 && !t.word[e] && this.pack.definiteArticles.includes(t.low[e - 3]!) && this.titleEnd(t, e - 2) === e && (e - 3 === 0 || END.has(t.raw[e - 4]!) || isOpenMark(t.raw[e - 4]))) {
      return { kind: 'body', span: { start: t.start[e - 3]!, end: t.end[e]! }, word: t.low[e - 1]! };
    }
    // "Le ministre de l'Économie, Bruno Le Maire, a estimé": the name set off by commas
    if (e >= 2 && t.raw[e] === ',' && this.persons.nameToken(t, e - 1)) {
      let a = e - 1;
      while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || this.pack.nameParticles.has(t.low[a - 1]!))) a--;
      while (a < e - 1 && !this.persons.nameToken(t, a)) a++;
      // (past a courtesy title: "L'avocat de la famille, Me Henri Leclerc, a dénoncé")
      const c = a >= 2 && this.courtesyTitleAt(t, a - 1) ? a - 1 : a;
      if (c >= 1 && t.raw[c - 1] === ',') return { kind: 'name', span: { start: t.start[a]!, end: t.end[e - 1]! }, word: '', name: t.raw.slice(a, e) };
    }
    // "Anna Weber, Sprecherin des Verbands, sagte", "Jan Kowalski, rzecznik urzędu, powiedział": the name before
    // its apposition of role
    if (e >= 3 && t.raw[e] === ',') {
      for (let c = e - 2; c >= 1 && c >= e - 10; c--) {
        if (t.raw[c] !== ',') continue;
        const r = this.pack.determiners.has(t.low[c + 1]!) ? c + 2 : c + 1;
        if (!this.persons.roleWord(t.low[r] ?? '') || !this.persons.nameToken(t, c - 1)) break;
        let a = c - 1;
        while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || this.persons.particleAt(t, a - 1))) a--;
        while (a < c - 1 && !this.persons.nameToken(t, a)) a++;
        // the name opens its clause (not "… mit Anna Weber, Sprecherin …")
        if (a > 0 && !(END.has(t.raw[a - 1]!) || t.raw[a - 1] === ',' || isOpenMark(t.raw[a - 1]) || isDash(t.raw[a - 1]))) break;
        return { kind: 'name', span: { start: t.start[a]!, end: t.end[c - 1]! }, word: '', name: t.raw.slice(a, c) };
      }
    }
    // "Marie Dubois, qui dirige l'association, a déclaré": the name before the relative clause
    if (e >= 3 && t.raw[e] === ',') {
      for (let r = e - 1; r >= 2 && r >= e - 25; r--) {
        if (!(this.pack.relatives.includes(t.low[r]!) && t.raw[r - 1] === ',')) continue;
        if (!this.persons.nameToken(t, r - 2)) break;
        let a = r - 2;
        while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || this.persons.particleAt(t, a - 1))) a--;
        return { kind: 'name', span: { start: t.start[a]!, end: t.end[r - 2]! }, word: '', name: t.raw.slice(a, r - 1) };
      }
    }
    if (e < 0 || !t.word[e]) return null;
    if (this.pack.pronouns.has(t.low[e]!)) return { kind: 'pronoun', span: { start: t.start[e]!, end: t.end[e]! }, word: t.low[e]! };
    let a = e;
    // (a preposition between two role words belongs to the role: "le juge en chef", "chef de cabinet")
    // (past a short name in brackets inside the phrase: "l'agence régionale de santé (ARS) d'Île-de-France assure")
    const bracket = (i: number) => t.raw[i] === ')' && t.raw[i - 2] === '(' && /^[\p{Lu}\d-]{2,}$/u.test(t.raw[i - 1] ?? '') && t.word[i - 3];
    while (a - 1 >= 0 && e - a < 9 && (bracket(a - 1) || (t.word[a - 1] && (this.npWord(t, a - 1) || (a - 2 >= 0 && this.persons.roleWord(t.low[a - 2]!) && this.persons.roleWord(t.low[a]!)))))) a -= bracket(a - 1) ? 3 : 1;
    // the phrase must start at a determiner, a name or a title, and not inside another phrase
    while (a < e && !(this.pack.determiners.has(t.low[a]!) || t.cap[a] || this.persons.roleWord(t.low[a]!) || this.pack.vagueHeads.has(t.low[a]!) || (this.elidedArticle(t.low[a]!) && this.persons.bodyWord(t.low[a]!)))) a++;
    if (!this.npWord(t, e)) return null;
    const subject = this.subjectOf(t, a, e);
    return subject.kind === 'other' ? null : subject;
  }

  /** Whether the noun phrase that opens a clause at token f, up to `end`, is a subject set off from its verb by an aside
   * that names no one ("Il figlio Alberto, arrivato da Milano, si commuove"). */
  private subjectBeforeAside(t: Tokens, f: number, end: number): boolean {
    if (this.pack.capitalisedNouns || !this.pack.determiners.has(t.low[f] ?? '')) return false;
    const np = this.nounPhrase(t, f, 6, end);
    if (!np || t.raw[np.end + 1] !== ',') return false;
    let c = np.end + 2;
    while (c < end && t.raw[c] !== ',') c++;
    return c < end && this.pastAside(t, c) === np.end;
  }

  /** Past a sentence adverb set off by commas that ends at token e (", en cambio," / ", por sua vez,"): the token before its
   * first comma; e itself when there is none. */
  private pastAside(t: Tokens, e: number): number {
    if (e < 2 || t.raw[e] !== ',') return e;
    for (let c = e - 2; c >= 1 && c >= e - 6; c--) {
      if (t.raw[c] !== ',') continue;
      // (or an age: "El alcalde, de 52 años, afirmó", "O técnico, 61 anos, disse")
      const age = c >= e - 4 && t.low.slice(c + 1, e).some((w) => /^\d{1,3}$/.test(w));
      // (or the body a person is of, after a name: "Rodrigo Ayres, da UFPR, avalia", "X, de la Universidad de Chile, dijo")
      const of = !this.pack.capitalisedNouns && this.persons.nameToken(t, c - 1) && (this.pack.genitiveLinks.has(t.low[c + 1]!) || this.pack.articlePrepositions.includes(t.low[c + 1]!))
        && t.cap.slice(c + 2, e).some(Boolean) && t.low.slice(c + 2, e).every((w, i) => t.word[c + 2 + i] && (t.cap[c + 2 + i] || this.pack.bodyLinks.has(w) || this.pack.determiners.has(w)));
      if ((c >= e - 4 && this.pack.asides.includes(t.low.slice(c + 1, e).join(' '))) || age || of) return c - 1;
      break;
    }
    // (a longer aside that names no one: "La direzione, in una nota diffusa nel pomeriggio, ha ribadito")
    if (this.pack.capitalisedNouns) return e;
    return pastLongAside(t, e, this.pack, (k) => this.persons.roleWord(t.low[k]!) || (t.cap[k]! && this.persons.nameToken(t, k) && (this.persons.gender(t.low[k]!) !== undefined || this.persons.known(this.persons.resolveName([t.raw[k]!]) ?? ''))));
  }

  /** Whether token k is the apostrophe of a German genitive between two capitals ("Scholz' Sprecher", "Merz’ Stellvertreter"). */
  private genitiveMark(t: Tokens, k: number): boolean {
    return this.pack.capitalisedNouns && (t.raw[k] === "'" || t.raw[k] === '’') && !!t.cap[k - 1] && !!t.cap[k + 1] && !!t.word[k + 1];
  }

  /** Whether token k can be inside a subject noun phrase. */
  private npWord(t: Tokens, k: number): boolean {
    const w = t.low[k]!;
    if (!t.word[k]) return t.raw[k] === '-' || this.genitiveMark(t, k);
    if (this.pack.stopwords.has(w) && !this.pack.determiners.has(w) && !this.pack.nameParticles.has(w)) return false;
    // (a pronoun that is also a possessive before its noun opens a phrase: German "ihr Kollege")
    if (this.pack.cueVerbs.has(w) || this.pack.auxiliaries.has(w) || this.pack.subordinators.has(w) || (this.pack.pronouns.has(w) && !this.possessiveAt(t, k))) return false;
    if (/\d/.test(w)) return this.pack.ageWord.test(w);
    return true;
  }

  /** A noun phrase from token k (at most max tokens): determiners, adjectives, nouns, names, particles. */
  private nounPhrase(t: Tokens, k: number, max: number, limit = t.length): { start: number; end: number } | null {
    if (k >= limit || !t.word[k] || !this.npWord(t, k)) return null;
    let e = k;
    while (e + 1 < limit && e + 1 - k < max && this.npWord(t, e + 1) && (t.word[e + 1] || this.genitiveMark(t, e + 1))) e++;
    while (e > k && (this.pack.determiners.has(t.low[e]!) || this.pack.nameParticles.has(t.low[e]!))) e--;
    return { start: k, end: e };
  }

  /** What a noun phrase is: a name, a title of office, a role, a group, or something else. */
  private subjectOf(t: Tokens, a: number, e: number, oblique = false): Subject {
    const span = { start: t.start[a]!, end: t.end[e]! };
    // the head: the first word past the determiners ("des sources proches du Gouvernement" → sources)
    let h = a;
    while (h < e && (this.pack.determiners.has(t.low[h]!) || !t.word[h])) h++;
    if (this.pack.vagueHeads.has(t.low[h]!)) return { kind: 'group', span, word: t.low[h]! };
    // "indicó el organismo", "segundo a companhia": a body taken up (see speaker())
    if (h === e && h > a && this.pack.bodyDescriptions.has(t.low[h]!) && this.pack.definiteArticles.includes(t.low[a]!)) return { kind: 'body', span, word: t.low[h]! };
    // "ce dernier", "cette dernière": the person named last
    if (h > a && h === e && this.pack.latterWords[t.low[h]!]) return { kind: 'latter', span, word: t.low[h]! };
    // "le Néo-Zélandais", "la Lorientaise", "il brasiliano": a person by their nationality or place, after a definite article
    const demonym = this.demonymAt(t, a, h, e);
    if (demonym) return { kind: 'role', span, word: demonym, demonym: true };
    // "scrive il Corriere della Sera", "ha fatto sapere la Farnesina": a medium or an institution named with a capital
    if (!this.pack.capitalisedNouns && t.cap[h] && (this.pack.hearers.has(`${t.low[h]} ${t.low[h + 1] ?? ''}`) || this.pack.hearers.has(t.low[h]!) || (this.pack.institutions.has(t.low[h]!) && h === e))) return { kind: 'body', span, word: t.low[h]! };
    // "un communiqué du ministère", "einer Mitteilung der Stadt": the body whose statement it is
    if (this.pack.documentNouns.has(unelided(t.low[h]!)) || (h < e && !t.cap[h] && this.pack.documentNouns.has(t.low[h + 1]!))) return this.documentSource(t, h, e) ?? { kind: 'other', span, word: '' };
    // titles, and the tokens they cover (no name inside "le président de la République")
    let title: Subject | null = null;
    let titleStart = -1;
    const inTitle = new Set<number>();
    for (let k = a; k <= e; k++) {
      const found = this.persons.titleAt(t, k);
      if (!found) continue;
      for (let j = k; j <= found.end; j++) inTitle.add(j);
      if (!title) titleStart = k;
      title ??= { kind: 'title', span, word: '', office: found.office, country: found.country };
      k = found.end;
    }
    // where the head's complement starts ("il portavoce | del ministro", "il figlio | dell'ex sindaco"): a role or a title
    // after it is someone else's, not the speaker's
    let link = e + 1;
    for (let k = h + 1; k <= e && link > e; k++) {
      if (inTitle.has(k) && k !== titleStart) continue;
      const w = t.low[k]!;
      const elided = unelided(w) !== w ? w.slice(0, w.length - unelided(w).length) : '';
      if (this.pack.genitiveLinks.has(w) || (elided && this.pack.genitiveLinks.has(elided))) link = k;
    }
    // (a body headed by its noun with a title in the bare genitive after it, "Kancelaria Prezydenta", "Biuro Rzecznika
    // Praw Dziecka": the body speaks, not the officeholder)
    if (this.pack.bareGenitive && title && titleStart > h && this.persons.bodyWord(t.low[h]!)) return { kind: 'body', span, word: t.low[h]! };
    // names: the first run of name tokens that is not the complement of a preposition ("la portavoz
    // del Gobierno", "le ministre des Transports, Paul Girard" → Paul Girard)
    let best: [number, number] | null = null;
    let possessed = false;
    let body: [number, number] | null = null;
    for (let k = a; k <= e && !best; k++) {
      // a body's name ("Instytutu Meteorologii", "Ministerstwa Zdrowia"): no person, unless a given name follows
      // in the run ("rzecznik Urzędu Miasta Anna Nowak" → Anna Nowak)
      if (!inTitle.has(k) && t.cap[k] && this.persons.bodyWord(t.low[k]!)) {
        let j = k;
        while (j + 1 <= e && t.cap[j + 1] && this.persons.nameToken(t, j + 1)) j++;
        body ??= [k, j];
        let g = k + 1;
        while (g <= j && this.persons.gender(t.low[g]!) === undefined) g++;
        if (g <= j) best = [g, j];
        k = j;
        continue;
      }
      if (inTitle.has(k) || !this.persons.nameToken(t, k)) continue;
      // "écrit Le Figaro", "rapporte le quotidien Le Parisien", "según El País": an article with its capital inside a
      // phrase is part of a name, a medium's or a body's, no person's
      // (not the capital of a sentence's first word: "Le Pen" there is still a name)
      if (!this.pack.capitalisedNouns && k - 1 >= a && k - 1 > 0 && t.cap[k - 1] && this.pack.definiteArticles.includes(t.low[k - 1]!)) {
        let j = k;
        while (j + 1 <= e && this.persons.nameToken(t, j + 1)) j++;
        // (a surname with its article, "Le Pen", "La Fontaine", of a person the article names, is theirs)
        const person = this.persons.resolveName([t.raw[j]!]);
        if (!(person && this.persons.known(person) && person.endsWith(t.raw.slice(k - 1, j + 1).join(' ')))) {
          body ??= [k - 1, j];
          k = j;
          continue;
        }
      }
      // a German capital after a determiner or an adjective is a noun ("die Lage", "der neue Chef")
      if (this.pack.capitalisedNouns && k > a && (this.pack.determiners.has(t.low[k - 1]!) || (!t.cap[k - 1] && t.word[k - 1] && !this.persons.roleWord(t.low[k - 1]!) && !this.pack.nameParticles.has(t.low[k - 1]!)))) continue;
      if (this.pack.capitalisedNouns && k === a && this.pack.determiners.has(t.low[k - 1] ?? '')) continue;
      // ("des Hamburger Importeurs": a noun after an article and a capitalised adjective, unless it is a given name
      // or follows a role or a title: "der Kanzler Olaf Scholz", "der CSU-Chef Söder")
      if (this.pack.capitalisedNouns && k >= a + 2 && t.cap[k - 1] && this.pack.determiners.has(t.low[k - 2]!) && this.persons.gender(t.low[k]!) === undefined
        && !this.persons.roleWord(t.low[k - 1]!) && !inTitle.has(k - 1) && !this.persons.known(this.persons.resolveName([t.raw[k]!]) ?? '')) continue;
      let j = k;
      while (j + 1 <= e && !inTitle.has(j + 1) && (this.persons.nameToken(t, j + 1) || (this.nameParticleAt(t, j + 1) && ((j + 2 <= e && this.persons.nameToken(t, j + 2)) || (j + 3 <= e && this.nameParticleAt(t, j + 2) && this.persons.nameToken(t, j + 3)))))) j++;
      // "Konzernchef Markus Braun", "ministro delle Infrastrutture Luca Bianchi": a run that does not open with a given
      // name but has one further on starts there
      let given = -1;
      if (this.persons.gender(t.low[k]!) === undefined) for (let g = k + 1; g < j; g++) if (this.persons.gender(t.low[g]!) !== undefined) { given = g; break; }
      if (given > 0) {
        best = [given, this.persons.nameEnd(t, given, j)];
        break;
      }
      j = this.persons.nameEnd(t, k, j);
      // a German possessor in the genitive: "Scholz' Sprecher Steffen Hebestreit", "Hebestreits Stellvertreterin": the
      // person spoken of is the one possessed, named after it or not at all
      if (this.pack.capitalisedNouns && j < e && (this.genitiveMark(t, j + 1) || (/s$/.test(t.low[j]!) && this.persons.roleWord(t.low[j + 1]!)))) {
        possessed = true;
        k = j;
        continue;
      }
      // (Polish: "prezydent Gdańska", "marszałek Sejmu" — a capital in the genitive after a role, no person's name)
      // ("von der Leyen" at the phrase's start, a full name the article gives: particles of the name, no complement)
      let particlesOnly = k > a;
      for (let p = a; p < k && particlesOnly; p++) particlesOnly = this.pack.nameParticles.has(t.low[p]!);
      if (particlesOnly) particlesOnly = this.persons.known(this.persons.resolveName([t.raw[k]!]) ?? '');
      const complement = (k > a && !particlesOnly && !inTitle.has(k - 1) && (this.pack.nameParticles.has(t.low[k - 1]!) || (this.pack.stopwords.has(t.low[k - 1]!) && !(this.courtesyTitleAt(t, k - 1) && (k - 1 === a || t.raw[k - 2] === ',')))
        || (this.courtesyTitleAt(t, k - 1) && k - 2 >= a && (this.pack.nameParticles.has(t.low[k - 2]!) || this.pack.stopwords.has(t.low[k - 2]!)) && !this.pack.determiners.has(t.low[k - 2]!))))
        || (this.pack.bareGenitive && k > a && (this.persons.roleWord(t.low[k - 1]!) || inTitle.has(k - 1)) && this.persons.complementAt(t, k));
      if (!complement) best = [k, j];
      // ("trener Legii Goncalo Feio": the name after the role's complement)
      else if (this.persons.nameAfterComplement(t, k, j) > k) best = [this.persons.nameAfterComplement(t, k, j), j];
      k = j;
    }
    if (best) return { kind: 'name', span: { start: span.start, end: t.end[best[1]]! }, word: '', name: t.raw.slice(best[0], best[1] + 1), oblique };
    if (title && titleStart < link) return title;
    // (a role word inside a body's name is the body's: "la Autoridad Independiente de Responsabilidad Fiscal")
    for (let k = link - 1; k >= a; k--) if (this.persons.roleWord(t.low[k]!) && !(body && k > body[0])) return { kind: 'role', span, word: this.rolePhraseAt(t, k), possessed };
    // "il figlio dell'ex sindaco", "la moglie del presidente": a person described by someone else's role is no one named
    if (!this.pack.capitalisedNouns && link <= e && t.word[h] && !t.cap[h] && !this.persons.bodyWord(t.low[h]!) && !this.pack.documentNouns.has(unelided(t.low[h]!)) && (title || [...Array(e - link + 1).keys()].some((i) => this.persons.roleWord(t.low[link + i]!)))) return { kind: 'other', span, word: '' };
    if (title) return title;
    for (let k = e; k >= link; k--) if (this.persons.roleWord(t.low[k]!) && !(body && k > body[0])) return { kind: 'role', span, word: this.rolePhraseAt(t, k), possessed };
    // "ha admitido el noruego", "ha reconocido el murciano": a person by their origin, taken up as a role is
    if (!oblique && h === e && h > a && this.pack.definiteArticles.includes(t.low[a]!) && this.persons.placeWord(t, h) && !this.persons.bodyWord(t.low[h]!)) return { kind: 'role', span, word: t.low[h]! };
    // "le ministère de l'Intérieur", "l'agence régionale de santé", "Instytutu Meteorologii": a body
    if (body || this.persons.bodyWord(t.low[h]!)) return { kind: 'body', span, word: t.low[h]! };
    // a German noun with a capital (Behörde, Polizei, Regierung) speaks as a body when it has a determiner or stands alone
    if (this.pack.capitalisedNouns && t.cap[e] && e - a <= 2 && !this.pack.stopwords.has(t.low[e]!)) return { kind: 'body', span, word: t.low[e]! };
    if (!this.pack.capitalisedNouns && t.cap[a] && e - a <= 3 && !this.pack.stopwords.has(t.low[a]!)) return { kind: 'body', span, word: t.low[a]! };
    // "A Rapidex afirmou", "la Fnac asegura": an article, then capitals that open with no given name, is a company or body
    if (!this.pack.capitalisedNouns && h === a + 1 && this.pack.definiteArticles.includes(t.low[a]!) && e - h <= 2 && t.low.slice(h, e + 1).every((w, i) => t.cap[h + i] && t.word[h + i]) && this.persons.gender(t.low[h]!) === undefined && !this.persons.known(this.persons.resolveName(t.raw.slice(h, e + 1)) ?? '')) return { kind: 'body', span, word: t.low[h]! };
    // "a fait savoir la Ville de Montréal", "le Gouvernement": an institution's word with its capital heads a body
    if (!this.pack.capitalisedNouns && t.cap[h] && this.pack.institutions.has(unelided(t.low[h]!))) return { kind: 'body', span, word: unelided(t.low[h]!) };
    // "indique le SPVM", "dijo la ONU": an acronym after its article is a body
    if (!this.pack.capitalisedNouns && h > a && e - h <= 1 && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(t.raw[h]!) && t.raw[h]!.length >= 2) return { kind: 'body', span, word: t.low[h]! };
    // "secondo l'Istat", "selon l'Insee", "según la ONU": a capital past an elided article names a body
    if (!this.pack.capitalisedNouns && oblique && e - a <= 3 && unelided(t.low[a]!) !== t.low[a]! && /^\p{Lu}/u.test(t.raw[a]!.slice(t.raw[a]!.length - unelided(t.low[a]!).length))) return { kind: 'body', span, word: unelided(t.low[a]!) };
    // after "according to", a definite description is a source ("selon le ministère de l'Intérieur")
    if (oblique && this.pack.determiners.has(t.low[a]!) && e - a <= 6) return { kind: 'body', span, word: t.low[h]! };
    return { kind: 'other', span, word: '' };
  }

  /** The role a role word at k stands for, with the word before it ("primo cittadino" → sindaco), else the word. */
  private rolePhraseAt(t: Tokens, k: number): string {
    return (k > 0 && this.pack.rolePhrases[`${t.low[k - 1]} ${t.low[k]}`]) || t.low[k]!;
  }

  /** A nationality or a place as a person after a definite article ("le Néo-Zélandais", "la Lorientaise", "l'Ivoirien",
   * "il brasiliano"): the head, alone or with small-letter words after it, is a capitalised word of a place's adjective
   * form, or an adjective of country; its lower-case form, or null. */
  private demonymAt(t: Tokens, a: number, h: number, e: number): string | null {
    const first = t.low[a]!;
    const elided = unelided(first) !== first;
    if (!(elided ? h === a && this.pack.definiteArticles.includes(first.slice(0, first.length - unelided(first).length)) : h === a + 1 && this.pack.definiteArticles.includes(first))) return null;
    for (let k = h + 1; k <= e; k++) if (!t.word[k] || t.cap[k]) return null;
    const w = unelided(t.low[h]!);
    const raw = t.raw[h]!.slice(t.raw[h]!.length - w.length);
    if (this.persons.roleWord(w) || this.pack.stopwords.has(w) || this.persons.gender(w) !== undefined) return null;
    if (this.pack.countryAdjectives[w]) return w;
    // ("l'altoatesino", "il lombardo": a place's adjective in small letters, in a language that writes such nouns so)
    if (!this.pack.demonymEndings.length && raw === w && !!this.pack.placeAdjective?.test(w) && !this.pack.cueVerbs.has(w) && !this.persons.bodyWord(w)) return w;
    return /^\p{Lu}/u.test(raw) && w.length >= 5 && this.pack.demonymEndings.some((x) => w.endsWith(x)) && !this.pack.institutions.has(w) && !this.persons.bodyWord(w) ? w : null;
  }

  /** The speaker a subject stands for, at offset at; unsure → none. */
  private speaker(subject: Subject, at: number): { who: Speaker; person: string | null } {
    // (the person spoken of before the subject itself: "El mandatario calificó … “…”" is not its own antecedent)
    if (subject.span && subject.span.start < at) at = subject.span.start;
    const none = { who: { source: null, speaker: null, vague: false }, person: null };
    switch (subject.kind) {
      case 'dropped':
        // German and French always say their subject: a tag without one is not read as anyone's
        if (!this.pack.proDrop) return none;
      // falls through
      case 'pronoun': {
        const gender = subject.kind === 'pronoun' ? this.pack.pronounGender[subject.word] ?? null : this.pack.verbGender(subject.word);
        // "Ähnlich wie Molina ist auch Davis fasziniert, »…«, sagt er.": the subject of the quotation's own sentence
        const head = this.headSubject(at, gender);
        if (head) {
          const e = this.persons.entity(head, 'person', subject.span);
          return { who: { source: subject.span ?? e.mentions[0] ?? null, speaker: e.id, vague: false }, person: head };
        }
        // "Vodanovic y Edwards protagonizaron un cruce. «…», replicó ella.": of the people named just before, the one of
        // the pronoun's gender, when every one's gender is known
        const oneOfGender = subject.kind === 'pronoun' && gender && !this.pack.capitalisedNouns ? this.onlyOfGender(at, gender) : null;
        if (oneOfGender) {
          const e = this.persons.entity(oneOfGender, 'person', subject.span);
          return { who: { source: subject.span ?? e.mentions[0] ?? null, speaker: e.id, vague: false }, person: oneOfGender };
        }
        // a quotation just before it in its paragraph whose tag said someone the reader could not tell ("«…», confessa la
        // giovane. «…», ha aggiunto."): the pronoun or the dropped subject is most likely that one — unsure
        if (this.unreadTagJustBefore(at)) return none;
        const person = this.recentPerson(at, gender);
        // (a description of one gender is not the person of the other spoken of last, nor anyone else guessed)
        if (person && subject.gender && this.persons.personGender(person) !== subject.gender) return none;
        // "I due candidati si sono incrociati in piazza. «…», ha commentato.": the sentence before, in its paragraph, has
        // several people for subject and does not name the person found — either may be meant
        if (person && this.pack.proDrop && this.pluralSentenceBefore(at, person)) return none;
        if (!person) {
          // "Ein Sprecher der Regierung sagte, … „…“, sagte er.": the unnamed speaker just before, of the pronoun's gender
          const unnamed = this.unnamedJustBefore(at, gender);
          if (unnamed) return { who: { ...unnamed, source: subject.span ?? unnamed.source }, person: null };
          // "Une habitante du quartier a passé la nuit dehors. « … », témoigne-t-elle.": the unnamed person the sentence
          // just before is about, of the pronoun's gender
          const desc = this.unnamedSubjectJustBefore(at, gender, subject.kind === 'dropped');
          if (!desc) return none;
          const e = this.persons.entity(this.text.slice(desc.start, desc.end), 'anonymous', desc);
          return { who: { source: desc, speaker: e.id, vague: false }, person: null };
        }
        // another person named in the sentence before it: the pronoun may be theirs (unsure)
        if (this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, person)) return none;
        // someone else named in this paragraph before it, and the person not: "Spotkaliśmy się z Janem Kowalskim … – … –
        // mówi." is not the minister quoted in the paragraph before, nor "Più prudente Giorgio Lanzi, analista. «…», ha
        // osservato." the manager's (a subject after its predicate is read by no subject rule: unsure)
        // (not in German, whose own subject rules read such sentences)
        if (!this.pack.capitalisedNouns) {
          const para = this.paragraphs[this.paragraphOf(at)]!;
          if ((this.otherPersonBetween(para, at, person) || this.givenNameBetween(para, at, person)) && !this.namedBetween(para, at, person)) return none;
          // "La fédération a publié un communiqué. Elle y dénonce « … »": a body the subject of a sentence in this paragraph
          // before it, the person not named there — the pronoun may be the body's
          if (subject.kind === 'pronoun' && this.bodySubjectBetween(para, at) && !this.namedBetween(para, at, person)) return none;
        }
        // (German: a person described in this paragraph, and the one found not named in it: "Die Polizei befragte die
        // Nachbarin. „…“, sagte sie." is not the lawyer quoted a paragraph before)
        if (this.pack.capitalisedNouns && subject.kind === 'pronoun') {
          const para = this.paragraphs[this.paragraphOf(at)]!;
          if (!this.namedBetween(para, at, person) && this.describedInBetween(para, at, gender, person)) return none;
          // (nor one named in this paragraph, and the person found not: "Im Frühjahr geht Hofbauer auf Tournee. … Sie zuckt
          // mit den Schultern: „…“" is not the teacher quoted a paragraph before)
          if (!this.namedBetween(para, at, person) && this.otherPersonBetween(para, at, person)) {
            // (the one person named there, of the pronoun's gender, is the one meant)
            const only = this.onlyNamedBetween(para, at);
            if (!only || (gender && this.persons.personGender(only) !== gender)) return none;
            const e = this.persons.entity(only, 'person', subject.span);
            return { who: { source: subject.span ?? e.mentions[0] ?? null, speaker: e.id, vague: false }, person: only };
          }
        }
        const e = this.persons.entity(person, 'person', subject.span);
        return { who: { source: subject.span ?? e.mentions[0] ?? null, speaker: e.id, vague: false }, person };
      }
      case 'latter': {
        const person = this.lastNamed(subject.span!.start, this.pack.latterWords[subject.word] ?? null);
        if (!person) return none;
        const e = this.persons.entity(person, 'person', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: false }, person };
      }
      case 'name': {
        // "Suspira antes de responder: «…»", "Insiste: «…»": in a language that drops its subjects, a capitalised word
        // that opens the sentence and names no one the article names is its verb — the subject is dropped
        if (this.verbOpening(subject)) return this.speaker({ kind: 'dropped', span: null, word: subject.name![0]!.toLowerCase() }, at);
        const name = this.persons.resolveName(subject.name!, !!subject.oblique);
        if (!name) return { who: { source: subject.span, speaker: null, vague: false }, person: null };
        // a body named as such ("Hafenbehörde", "Bundesamt", "Ministerium"): no person
        // (a news medium quoted for its words is one too: "jak podaje Onet")
        // (so is a title in marks: "według „Gazety Wyborczej”" is a paper, not a person a later "mówi" takes up)
        const inMarks = !!subject.span && (isOpenMark(this.text[subject.span.start]) || isOpenMark(this.text[subject.span.start - 1]));
        const body = this.persons.bodyWord(subject.name![0]!.toLowerCase()) || this.pack.hearers.has(subject.name!.join(' ').toLowerCase()) || inMarks;
        const e = this.persons.entity(body ? this.bodyName(subject.name!.join(' ')) : name, body ? 'organization' : 'person', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: false }, person: body ? null : name };
      }
      case 'title': {
        const gender = this.describedGender(subject.span!);
        let holder = this.persons.officeHolder(subject.office!, subject.country ?? null, at);
        if (holder && gender && this.persons.personGender(holder) && this.persons.personGender(holder) !== gender) holder = null;
        // "Le président lui a répondu" after "Le président du Département, Loïc Tanguy,": the one last named with the title's
        // word as a role (of the title's gender), when no one else is named in its sentence
        if (!holder && this.definite(subject.span!)) holder = this.namedWithTitleWord(subject.span!, gender, at);
        // a title naming no country ("el mandatario", "o presidente"): a definite one takes up the
        // leader or official spoken of last, when no one else is named in its sentence
        if (!holder && this.definite(subject.span!)) {
          const recent = this.recentPerson(at, gender, true);
          if (recent && (this.persons.hasRole(recent) || this.persons.isLeader(recent)) && !this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, recent)) holder = recent;
        }
        if (!holder) return { who: { source: subject.span, speaker: null, vague: false }, person: null };
        const e = this.persons.entity(holder, 'person', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: false }, person: holder };
      }
      case 'role': {
        // "ha detto la donna", "racconta l'uomo": a person by sex or age alone is the person of that gender spoken
        // of last, when no one else is named in the sentence; else no one (not the words)
        if (this.pack.personNouns.has(unelided(subject.word))) {
          const recent = this.definite(subject.span!) ? this.recentPerson(at, this.describedGender(subject.span!)) : null;
          if (!recent || !this.persons.personGender(recent) || this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, recent)) return none;
          // ("L'avvocata Giovanna Amato ha parlato con la madre, Lucia Ferrara. «…», ha detto la donna.": two of that gender
          // named in the paragraph — either)
          if (this.sameGenderInParagraph(at, this.persons.personGender(recent)!) > 1) return none;
          const e = this.persons.entity(recent, 'person', subject.span);
          return { who: { source: subject.span, speaker: e.id, vague: false }, person: recent };
        }
        // the person last named with this role; else, for a definite description ("el funcionario",
        // "la ministra"), the official spoken of last, when no one else is named in the sentence
        const gender = this.describedGender(subject.span!);
        // "ein Sprecher", "sein Anwalt", "un porte-parole": an indefinite or possessive description is someone new
        const first = this.text.slice(subject.span!.start, subject.span!.end).split(/\s+/)[0]!.toLowerCase();
        const fresh = (this.pack.definiteArticles.length > 0 && this.pack.determiners.has(first) && !this.definite(subject.span!)) || !!subject.possessed || this.pack.otherWords.has(first);
        // ("le porte-parole de la préfecture" is only one named with that complement)
        const complement = this.complementWords(subject);
        // ("la ministre" is not the man named "le ministre" before; "die Präsidentin" is not Olaf Scholz)
        const ofGender = (n: string | null) => (n && gender && this.persons.personGender(n) && this.persons.personGender(n) !== gender ? null : n);
        // (the person named with this role before; or right after it in its sentence, "według rzecznika rządu Adama Szłapki")
        const later = fresh ? null : ofGender(this.persons.resolveRole(subject.word, at, false, complement));
        const sentenceEnd = this.sentenceOf(subject.span!.start).end;
        let named = fresh ? null : ofGender(this.persons.resolveRole(subject.word, at, true, complement)) ?? (later && this.namedWithin(later, subject.span!.end, sentenceEnd) ? later : null);
        // (only a generic description takes up someone named otherwise: "le responsable", not "l'avocat" after a prosecutor)
        // (German "die Österreicher" with no feminine ending is a plural: no one person)
        const plural = this.pack.capitalisedNouns && !gender && /^die\s/i.test(this.text.slice(subject.span!.start, subject.span!.end));
        // (or any former one, where the pack lists "ex-": "o ex-lateral" for a coach who played)
        const generic = !plural && (!this.pack.genericDescriptions || this.pack.genericDescriptions.has(unelided(subject.word)) || (subject.word.startsWith('ex-') && this.pack.genericDescriptions.has('ex-')));
        // "Gabi Eutemüller zeigt auf die Früchte, „…“, freut sich die Prokuristin": the subject of the quotation's sentence
        if (!named && !fresh && !plural && this.definite(subject.span!)) named = this.headSubject(at, gender);
        if (!named && generic && !fresh && this.definite(subject.span!)) {
          let recent = this.recentPerson(at, gender, true);
          // ("il presidente del Senato" is not the one named "presidente della Camera": a capitalised complement names the office)
          const office = complement.filter((w) => new RegExp(`(?:^|[^\\p{L}'])${w.charAt(0).toUpperCase()}${w.slice(1)}`, 'u').test(this.text.slice(subject.span!.start, subject.span!.end)));
          // (an age fits anyone: not the object of the sentence before, "Hoeneß hat Tuchel verteidigt. „…“, sagte der 72-Jährige")
          if (recent && this.pack.ageWord.test(subject.word)) recent = this.subjectOverObject(recent, at);
          if (recent && (this.persons.hasRole(recent) || this.sameParagraphPerson(recent, at, gender)) && this.persons.roleFits(unelided(subject.word), recent) && !(office.length && this.persons.otherOffice(recent, unelided(subject.word), office)) && !this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, recent)) named = recent;
          // "Ein Polizeisprecher sagte, … „…“, so der Sprecher": the unnamed speaker just before, by the same role
          if (!named) {
            const before = this.unnamedJustBefore(at, gender, subject.word);
            if (before) return { who: { ...before, source: subject.span }, person: null };
          }
        }
        // "La presidenta X y el presidente Y acordaron … «…», aseveró la mandataria": of two people spoken of, the one
        // of the description's gender and kind of role
        if (!named && generic && !fresh && !plural && gender && this.definite(subject.span!)) named = this.onlyFitting(at, unelided(subject.word), gender);
        // (the one person the article names with this role later, only when no one spoken of before is meant:
        // "declaró el técnico" takes up the coach quoted before, not the other team's coach named further on)
        if (!named) named = later;
        // the one person named before whom the description fits ("le joueur" after "un doublé de Karim Benali", "il 45enne"
        // after "Fabio Salvetti, 45 anni", "le Néo-Zélandais"): the person spoken of last if they fit, else the only one
        // who does; several → no one (in the packs that list descriptive roles, whose descriptions taken-up.ts reads)
        if (!named && !fresh && !plural && this.pack.descriptiveRoles.size > 0 && this.definite(subject.span!)) {
          const word = unelided(subject.word);
          const office = complement.filter((w) => new RegExp(`(?:^|[^\\p{L}'])${w.charAt(0).toUpperCase()}${w.slice(1)}`, 'u').test(this.text.slice(subject.span!.start, subject.span!.end)));
          const only = this.describedPerson(word, gender, !!subject.demonym, at, office);
          if (only === 'unsure') return none;
          // (not when someone else is named in the description's own sentence: "Tras reunirse con X, «…», dijo el funcionario")
          if (only && this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, only)) return none;
          if (only) named = only;
        }
        const text = this.text.slice(subject.span!.start, subject.span!.end);
        // (a language without articles: a description with an office of its own that opens its sentence right after one
        // whose subject is a person named in full, "… Magdalena Sowa. Kandydatka Lewicy wzrusza ramionami: – …", is that
        // person when of its gender, else no one — not a new anonymous speaker)
        if (!named && !fresh && !this.pack.definiteArticles.length && complement.length) {
          const prior = this.personOfSentenceBefore(subject.span!.start);
          if (prior) return prior.person && (!gender || this.persons.personGender(prior.person) === gender) ? { who: { source: subject.span, speaker: this.persons.entity(prior.person, 'person', subject.span).id, vague: false }, person: prior.person } : none;
        }
        // a definite description that takes up no one we could tell, after a person spoken of: "«…», afirmou a vereadora"
        // after "A vereadora da oposição na Câmara de Setúbal Carla Mourão" may be her, or someone else — unsure, and no
        // speaker beats the description's words given as a wrong one
        // (not one with a complement of its own, "il presidente del Senato": an office of someone else, not named)
        // (German descriptions, "der Sprecher", are left to its own rules above)
        // ("Nel pomeriggio è arrivata la prefetta di Bergamo, che … «…», ha assicurato la prefetta": the same unnamed
        // description earlier in its paragraph, no one named since — that one, by its fuller words)
        if (!named && !fresh && !plural && !complement.length && !this.pack.capitalisedNouns && this.definite(subject.span!)) {
          const earlier = this.unnamedDescriptionBefore(subject.span!.start, unelided(subject.word));
          if (earlier) {
            const e = this.persons.entity(this.text.slice(earlier.start, earlier.end), 'anonymous', earlier);
            return { who: { source: subject.span, speaker: e.id, vague: false }, person: null };
          }
        }
        if (!named && !fresh && !plural && !complement.length && !this.pack.capitalisedNouns && this.pack.definiteArticles.length && this.definite(subject.span!) && (this.recentPerson(at) || this.personNamedBefore(at))) return none;
        // (a bare role in a language without articles, "– … – ocenia ekspert", takes up someone named before: when
        // it finds no one, no speaker rather than the word)
        if (!named && !this.pack.definiteArticles.length && (wordsIn(text) === 1 || this.demonstrativeRole(subject.span!))) return none;
        // ("Di tutt'altro umore William Viali, allenatore della Reggiana. «…», ha detto il tecnico granata": the one person
        // named in the description's paragraph whom it fits, not the other coach named with its very word before)
        if (named && !this.pack.capitalisedNouns) {
          const own = this.fittingInParagraph(at, unelided(subject.word), gender);
          if (own.length && !own.includes(named) && !this.namedBetween(this.paragraphs[this.paragraphOf(at)]!, at, named)) {
            if (own.length > 1) return none;
            named = own[0]!;
          }
        }
        if (named && this.otherNamedInParagraph(named, unelided(subject.word), at)) return none;
        // (German: "der ZSC-Trainer" is not the one named "SCB-Trainer": a compound's first part names whose it is)
        if (named && this.pack.capitalisedNouns && this.otherCompoundRole(text, subject.word, named)) return none;
        // a description with an office of its own in small letters ("la présidente de séance", "la presidente di turno")
        // is not someone named with another role before ("la ministre de la Santé"): someone new, unnamed
        if (named && !this.pack.capitalisedNouns && this.lowerOfficeComplement(subject) && !this.persons.rolesOf(named).includes(unelided(subject.word))) return none;
        const e = this.persons.entity(named ?? text, named ? 'person' : 'anonymous', subject.span);
        if (!named) this.unnamed.set(e.id, { gender, role: subject.word });
        return { who: { source: subject.span, speaker: e.id, vague: false }, person: named };
      }
      case 'group': {
        const text = this.text.slice(subject.span!.start, subject.span!.end);
        const e = this.persons.entity(text, 'anonymous', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: true }, person: null };
      }
      case 'body': {
        const text = this.text.slice(subject.span!.start, subject.span!.end);
        // "indicó el organismo", "segundo a companhia": the one body named just before, else no one (not the bare noun)
        const words = text.toLowerCase().split(/\s+/);
        if (words.length === 2 && this.pack.definiteArticles.includes(words[0]!) && this.pack.bodyDescriptions.has(words[1]!)) {
          const named = this.bodyNamedBefore(subject.span!.start);
          if (!named) return none;
          const e = this.persons.entity(this.bodyName(named), 'organization', subject.span);
          return { who: { source: subject.span, speaker: e.id, vague: false }, person: null };
        }
        // "señaló el ayuntamiento" after "El concello de Ourense habilitó …": an issuer's word takes up the one body
        // named just before; else it is the body as written
        if (words.length === 2 && this.pack.definiteArticles.includes(words[0]!) && this.pack.issuerDescriptions.has(words[1]!)) {
          const named = this.bodyNamedBefore(subject.span!.start);
          if (named) {
            const e = this.persons.entity(this.bodyName(named), 'organization', subject.span);
            return { who: { source: subject.span, speaker: e.id, vague: false }, person: null };
          }
        }
        const e = this.persons.entity(this.bodyName(text), 'organization', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: false }, person: null };
      }
      default: {
        // "indique le communiqué" after "La préfecture du Var a publié un communiqué": its one issuer named just before
        const issuer = subject.document && subject.span ? this.documentIssuer(subject.span.start) : null;
        if (!issuer) return none;
        const e = this.persons.entity(this.bodyName(issuer), 'organization', subject.span);
        return { who: { source: subject.span, speaker: e.id, vague: false }, person: null };
      }
    }
  }

  /** Whether a sentence, in a language that drops its subjects, opens with its verb: a capitalised word that is no
   * article, pronoun, small word, body or name the article gives ("Saluda uno por uno a los voluntarios …"). */
  private dropsSubject(s: Span): boolean {
    if (!this.pack.proDrop || this.pack.inflectsNames) return false;
    const para = this.paragraphs[this.paragraphOf(s.start)]!;
    const t = this.tokens(s.start <= para ? datelineEnd(this.text, para) : s.start, Math.min(s.end, s.start + 80));
    const f = firstWord(t);
    if (f < 0 || f >= t.length || !t.cap[f] || /['’]/.test(t.raw[f]!) || this.insideQuote(t.start[f]!)) return false;
    const low = t.low[f]!;
    if (this.pack.determiners.has(low) || this.pack.stopwords.has(low) || this.pack.pronouns.has(low) || this.pack.auxiliaries.has(low) || this.persons.bodyWord(low) || this.persons.roleWord(low) || this.persons.knownWord(t.raw[f]!)) return false;
    // (a word right before a verb of saying is its subject: "Vecinos denunciaron …")
    return !!t.word[f + 1] && !t.cap[f + 1] && !this.cueVerb(t, f + 1);
  }

  /** Whether a one-word name opens its sentence (past a dateline) in a pro-drop language and is no one the article
   * names in full, nor a leader: a verb with a capital ("Suspira", "Insiste", "Recorda"), not a person. */
  private verbOpening(subject: Subject): boolean {
    if (!this.pack.proDrop || this.pack.inflectsNames || subject.kind !== 'name' || subject.name!.length !== 1 || !subject.span) return false;
    const word = subject.name![0]!;
    const low = word.toLowerCase();
    // (a noun with its article elided, a body's word, or a word right before a verb of saying is its subject: "L'azienda
    // fa sapere", "Opozycja nazwała")
    if (/['’]/.test(word) || this.persons.knownWord(word) || this.persons.bodyWord(low) || this.pack.institutions.has(low)) return false;
    const s = this.sentenceOf(subject.span.start);
    const para = this.paragraphs[this.paragraphOf(subject.span.start)]!;
    const from = s.start <= para ? datelineEnd(this.text, para) : s.start;
    if (from > subject.span.start || !/^[\s"“”«»„–—-]*$/.test(this.text.slice(from, subject.span.start))) return false;
    const t = this.tokens(subject.span.end, Math.min(this.paragraphEnd(subject.span.end), subject.span.end + 60));
    return t.length > 0 && !this.cueVerb(t, 0) && !this.pack.auxiliaries.has(t.low[0]!) && t.raw[0] !== ',';
  }

  /** German: whether the description at `at` is the definite article and the very role `person` was named with ("Die
   * Bürgermeisterin gab sich gelassen." after "Bürgermeisterin Waltraud Kern"): a sure take-up, like the name. */
  private byOwnRole(at: number, person: string): boolean {
    if (!this.pack.capitalisedNouns) return false;
    const t = this.tokens(at, Math.min(this.text.length, at + 60));
    return t.length > 1 && this.pack.definiteArticles.includes(t.low[0]!) && this.persons.rolesOf(person).includes(t.low[1]!);
  }

  /** Whether the name at token a follows, past a comma, a role phrase that opens its sentence ("Der Anwalt des Mannes,
   * Peter Groß, …"): a determiner or a role first, then only words, no verb of saying, no other comma. */
  private roleBeforeApposition(t: Tokens, a: number): boolean {
    const f = firstWord(t);
    if (a < f + 2 || t.raw[a - 1] !== ',' || a - f > 9) return false;
    if (!(this.pack.determiners.has(t.low[f]!) || this.persons.roleWord(t.low[f]!))) return false;
    for (let j = f; j < a - 1; j++) if (!t.word[j] || this.cueVerb(t, j)) return false;
    return true;
  }

  /** For a phrase that opens its sentence at `at`: the person who is the subject of the sentence before, in the same
   * paragraph ({ person: null } when that subject is someone else, unnamed), or null when it has none or `at` opens no sentence. */
  private personOfSentenceBefore(at: number): { person: string | null } | null {
    const i = this.sentenceIndex(at);
    const s = this.sentences[i];
    const prev = this.sentences[i - 1];
    if (!s || !prev || this.text.slice(this.localStart(s.start, at), at).trim() !== '' || this.paragraphOf(prev.start) !== this.paragraphOf(at)) return null;
    this.trackBefore(at);
    const sub = [...this.subjects].reverse().find((x) => x.at >= prev.start && x.at < prev.end && !this.insideQuote(x.at));
    if (!sub) return null;
    if (!sub.person || sub.named === false || this.otherPersonBetween(sub.at, at, sub.person)) return { person: null };
    return { person: sub.person };
  }

  /** Whether a description's hyphenated compound ("ZSC-Trainer") has a first part other than the one of every role
   * ending in the same word that `person` was named with ("SCB-Trainer"). */
  private otherCompoundRole(text: string, word: string, person: string): boolean {
    const low = word.toLowerCase();
    const w = low.slice(low.lastIndexOf('-') + 1);
    const head = text.toLowerCase().split(/\s+/).find((x) => x.endsWith(`-${w}`));
    if (!head) return false;
    const prefix = head.slice(0, head.lastIndexOf('-'));
    const same = this.persons.rolesOf(person).filter((r) => r.endsWith(`-${w}`));
    return same.length > 0 && same.every((r) => r.slice(0, r.lastIndexOf('-')) !== prefix);
  }

  /** The known people named (outside quotations) from the start of the sentence before `at` up to it, in the order
   * they are named (a name named twice, twice). */
  private knownNamedJustBefore(at: number): string[] {
    const i = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, i - 1)]?.start ?? 0;
    const t = this.tokens(from, at);
    const named: string[] = [];
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      let e = k;
      while (e + 1 < t.length && (this.persons.nameToken(t, e + 1) || this.persons.particleAt(t, e + 1))) e++;
      const name = this.persons.resolveName(t.raw.slice(k, e + 1));
      k = e;
      if (name && this.persons.known(name)) named.push(name);
    }
    return named;
  }

  /** The one person named (outside quotations) from the start of the sentence before `at` up to it whom a description
   * fits — of its gender, named with a role of its kind; null when none, several, or one whose gender is not known. */
  private onlyFitting(at: number, description: string, gender: 'm' | 'f'): string | null {
    const fits = new Set<string>();
    for (const name of this.knownNamedJustBefore(at)) {
      const g = this.persons.personGender(name);
      if (!g) return null;
      // (one of that gender whose role was not read may be the one meant: unsure)
      if (g === gender && !this.persons.hasRole(name)) return null;
      if (g === gender && this.persons.roleFits(description, name)) fits.add(name);
    }
    if (fits.size !== 1) return null;
    const one = [...fits][0]!;
    // (not when someone else is named in the description's own sentence: "Tras reunirse con X, «…», dijo el funcionario")
    return this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, one) ? null : one;
  }

  /** Of two or more people named (outside quotations) from the start of the sentence before `at` up to it, the only one of
   * `gender`, when all their genders are known; else null. */
  private onlyOfGender(at: number, gender: 'm' | 'f'): string | null {
    const named = new Set(this.knownNamedJustBefore(at));
    if (named.size < 2) return null;
    const fits = [...named].filter((n) => this.persons.personGender(n) === gender);
    return fits.length === 1 && [...named].every((n) => this.persons.personGender(n)) ? fits[0]! : null;
  }

  /** Whether a person the article knows is named (outside quotations) from the start of the sentence before `at` up to it. */
  private personNamedBefore(at: number): boolean {
    const i = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, i - 1)]?.start ?? 0;
    const t = this.tokens(from, at);
    for (let k = 0; k < t.length; k++) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      let e = k;
      while (e + 1 < t.length && this.persons.nameToken(t, e + 1)) e++;
      const name = this.persons.resolveName(t.raw.slice(k, e + 1));
      if (name && this.persons.known(name) && this.persons.gender(name.split(' ')[0]!.toLowerCase()) !== undefined) return true;
      k = e;
    }
    return false;
  }

  /** The one body named with capitals (its head a body's word: "el Servicio Nacional de Prevención", "a Casa Aurora") from the
   * start of the sentence before `at` up to it; null when none or several. */
  private bodyNamedBefore(at: number): string | null {
    const i = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, i - 1)]?.start ?? 0;
    const t = this.tokens(from, at);
    const found = new Set<string>();
    for (let k = 0; k < t.length; k++) {
      // (a body's word in small letters names one when a capital follows its link: "el concello de Ourense", past an
      // adjective or two: "a câmara municipal de Braga")
      let adj = k + 1;
      while (!t.cap[k] && adj < k + 3 && t.word[adj] && !t.cap[adj] && !this.pack.stopwords.has(t.low[adj]!) && !this.pack.bodyLinks.has(t.low[adj]!) && !this.cueVerb(t, adj)) adj++;
      if (!this.persons.bodyWord(t.low[k]!) || (!t.cap[k] && !(this.pack.bodyLinks.has(t.low[adj] ?? '') && t.cap[adj + 1]) && !t.cap[k + 1])) continue;
      // ("la empresa Hidrosur", "a construtora Vale Norte": the body's own name after its word in small letters)
      const own = !t.cap[k] && t.cap[k + 1] && t.word[k + 1];
      if (own) k++;
      let j = own ? k : adj - 1;
      while (j + 1 < t.length && (t.cap[j + 1] || (this.pack.bodyLinks.has(t.low[j + 1]!) && t.cap[j + 2]))) j++;
      if (j > k || own) found.add(t.raw.slice(k, j + 1).join(' '));
      k = j;
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /** Whether a description's words from token a (up to `reach`) name its holder: a name, past the complements and the
   * names they hold ("Il ministro dell'Economia Paolo Ferri", "il segretario della Cgil Maurizio Landini" — a given name
   * opens the holder's), not a complement's own name ("Il 23enne di San Candido", "Une habitante du quartier du Rosmeur"). */
  private holderNamed(t: Tokens, a: number, reach: number): boolean {
    for (let j = a; j < t.length && j <= reach && t.word[j] && !this.cueVerb(t, j) && !this.pack.auxiliaries.has(t.low[j]!); j++) {
      if (this.persons.complementAt(t, j)) {
        // (an elided link holds its noun: "dell'Economia")
        const own = unelided(t.low[j]!) !== t.low[j];
        if (!own) j++;
        while (j + 1 < t.length && this.persons.nameToken(t, j + 1) && this.persons.gender(t.low[j + 1]!) === undefined) j++;
        if (!own && !this.persons.nameToken(t, j)) j--;
        continue;
      }
      if (this.persons.nameToken(t, j)) return true;
    }
    return false;
  }

  /** Whether a token opens with an elided definite article ("l'allenatore", "l'attaquant"). */
  private elidedArticle(low: string): boolean {
    const w = unelided(low);
    return w !== low && this.pack.definiteArticles.includes(low.slice(0, low.length - w.length));
  }

  /** The person a definite description at `at` takes up when no one was named with its words (see taken-up.ts): the
   * person spoken of last if no one else is named in the sentence before and they fit, else the one who fits. */
  private describedPerson(word: string, gender: 'm' | 'f' | null, demonym: boolean, at: number, office: readonly string[] = []): string | 'unsure' | null {
    const d: Description = { word, gender, kind: demonym ? 'demonym' : descriptionKind(this.pack, word), office };
    let recent = this.recentPerson(at, gender, true);
    // (one of the description's gender found past the person spoken of last, who is of the other: one of several
    // who may fit, not the one spoken of — "la cantautrice" after a man quoted, with two women named before him)
    if (recent && gender && recent !== this.recentPerson(at, null, true)) recent = null;
    let near = recent && !this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, recent) ? recent : null;
    // (an age or a nationality fits anyone: after "Uli Hoeneß hat Thomas Tuchel verteidigt." the last one named is the
    // object; "der 72-Jährige" is the subject of that sentence, and no one when the reader did not find its subject)
    if (near && (d.kind === 'age' || d.kind === 'demonym')) {
      near = this.subjectOverObject(near, at);
      if (!near) {
        const years = /^(\d{1,3})/.exec(word);
        // (the one given this age is still taken up by personTakenUp; else no one)
        const aged = years ? this.persons.namedBefore(at).filter((x) => this.persons.ageOf(x) === Number(years[1])) : [];
        if (!aged.length) return null;
      }
    }
    return personTakenUp(this.persons, this.pack, d, at, near);
  }

  /** For a description that fits anyone (an age, a nationality), the person spoken of last, `recent`, unless someone
   * else is named in the sentence before it: then the subject of that sentence (or null when it is not read). */
  private subjectOverObject(recent: string, at: number): string | null {
    const i = this.sentenceIndex(at);
    const prev = i > 0 ? Math.max(this.sentences[i - 1]!.start, this.paragraphs[this.paragraphOf(at)]!) : at;
    return prev < at && this.otherPersonBetween(prev, at, recent) ? this.subjectPersonJustBefore(at, prev) : recent;
  }

  /** The person who is the subject of a sentence from `from` up to `at` (the last one the reader noted), or null. */
  private subjectPersonJustBefore(at: number, from: number): string | null {
    this.trackBefore(at);
    for (let j = this.subjects.length - 1; j >= 0 && j >= this.subjects.length - 40; j--) {
      const x = this.subjects[j]!;
      if (x.at >= at) continue;
      return x.at >= from ? x.person : null;
    }
    return null;
  }

  /** The name of a body as its entity shows it: without its article, and in German with its head out of the
   * genitive ("des Landesamts für Umwelt" → "Landesamt für Umwelt", "Ministeriums" → "Ministerium"). */
  private bodyName(text: string): string {
    // (a paper's title keeps no marks: "Der „Falter“" → "Falter")
    const words = text.split(/\s+/).map((w) => w.replace(/^[„“"«»‚]+(?=\p{L})|(?<=\p{L})[“”"«»‘’]+$/gu, ''));
    // (an article written with a capital after the first word is the name's own: "écrit Le Monde", "según El País")
    while (words.length > 1 && this.pack.determiners.has(words[0]!.toLowerCase()) && (this.pack.capitalisedNouns || words[0] === words[0]!.toLowerCase())) words.shift();
    // "le quotidien Le Monde", "l'agence Reuters": a common noun before a name of its own, with no link between
    if (!this.pack.capitalisedNouns && words.length > 1 && /^\p{Ll}/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) && !this.pack.bodyLinks.has(words[0]!.toLowerCase())) {
      const low0 = words[0]!.toLowerCase().replace(/’/g, "'");
      if (!this.persons.bodyWord(low0) && !this.pack.institutions.has(unelided(low0))) words.shift();
    }
    // "dell'Istituto" → "Istituto": an elided article or link before the head
    const low0 = (words[0] ?? '').toLowerCase().replace(/’/g, "'");
    const cut = low0.length - unelided(low0).length;
    if (cut > 0 && (this.pack.determiners.has(low0.slice(0, cut)) || this.pack.bodyLinks.has(low0.slice(0, cut)) || this.pack.genitiveLinks.has(low0.slice(0, cut)) || this.pack.passiveAgents.has(low0.slice(0, cut)))) words[0] = words[0]!.slice(cut);
    if (this.pack.capitalisedNouns && words.length) {
      const head = words[0]!;
      const bare = head.replace(/e?s$/, '');
      if (bare !== head && bare.length >= 3 && this.persons.bodyWord(bare.toLowerCase()) && (this.pack.bodyEndings.some((e) => bare.toLowerCase().endsWith(e)) || this.pack.bodyWords.includes(bare.toLowerCase()))) words[0] = bare;
    }
    // "Instytutu Meteorologii" → "Instytut Meteorologii" (the complements stay as they are)
    if (words.length) {
      const base = this.pack.bodyHeadBase(words[0]!.toLowerCase());
      if (base !== words[0]!.toLowerCase()) words[0] = words[0]![0] === words[0]![0]!.toUpperCase() ? base[0]!.toUpperCase() + base.slice(1) : base;
    }
    return words.join(' ');
  }

  /** The person named last before `at`, outside quotations, in its sentence or the one before ("Il a rencontré Paul
   * Girard. « … », a dit ce dernier." → Paul Girard), the last of `gender` past others of the other gender; null when
   * unsure (a name that is no known person, or of no known gender). */
  private lastNamed(at: number, gender: 'm' | 'f' | null): string | null {
    const i = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, i - 1)]?.start ?? 0;
    const t = this.tokens(from, at);
    for (let k = t.length - 1; k >= 0; k--) {
      if (!this.persons.nameToken(t, k) || this.insideQuote(t.start[k]!)) continue;
      let a = k;
      while (a - 1 >= 0 && (this.persons.nameToken(t, a - 1) || this.persons.particleAt(t, a - 1))) a--;
      const name = this.persons.resolveName(t.raw.slice(a, k + 1));
      if (!name || !this.persons.known(name)) return null;
      // (someone described after the name is mentioned later: "X a interrogé le suspect. « … », a dit ce dernier" is unsure)
      let j = k + 1;
      if (t.raw[j] === ',') while (j + 1 < t.length && t.raw[j + 1] !== ',' && !END.has(t.raw[j + 1]!)) j++;
      for (j++; j < t.length && !END.has(t.raw[j]!) && !isOpenMark(t.raw[j]); j++) if (this.pack.determiners.has(t.low[j]!)) return null;
      // (the last of that gender: "cette dernière" after "Anne Moreau a reçu Luc Dumont" is Anne Moreau)
      const g = this.persons.personGender(name);
      if (!gender || g === gender) return name;
      if (!g) return null;
      k = a;
    }
    return null;
  }

  /** The content words of a description's complement after its role word ("le porte-parole de la préfecture" →
   * préfecture), lower case. */
  private complementWords(subject: Subject): string[] {
    const words = this.text.slice(subject.span!.start, subject.span!.end).toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const r = words.findIndex((w) => w === subject.word || unelided(w) === subject.word);
    if (r < 0) return [];
    // (an origin right after the role is no office's complement: "el delantero vizcaíno", "la mandataria hondureña")
    const origin = (w: string | undefined) => !!w && !this.pack.capitalisedNouns && (!!this.pack.countryAdjectives[w] || (!!this.pack.placeAdjective && this.pack.placeAdjective.test(w) && !this.persons.roleWord(w) && !this.pack.stopwords.has(w)));
    if (origin(words[r + 1])) words.splice(r + 1, 1);
    return words.slice(r + 1).map(unelided).filter((w) => w.length >= 4 && !this.pack.determiners.has(w) && !this.pack.nameParticles.has(w) && !this.pack.stopwords.has(w));
  }

  /** Whether a description's role is followed by a preposition and a complement all in small letters ("présidente de
   * séance", "presidente di turno"), not by an adjective ("il tecnico trentino") nor an office's name ("dell'Economia"). */
  private lowerOfficeComplement(subject: Subject): boolean {
    const raw = this.text.slice(subject.span!.start, subject.span!.end).replace(/’/g, "'").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
    const r = raw.findIndex((w) => w.toLowerCase() === subject.word || unelided(w.toLowerCase()) === subject.word);
    const next = raw[r + 1];
    if (r < 0 || !next || !/^(?:de|di|du|del|della|dello|dei|degli|delle|des|d'.*)$/.test(next)) return false;
    // (a manner, "l'accusé d'une voix à peine audible", "con un filo di voce", is no office)
    if (/^d'une?$/i.test(next) || /^(?:un|une|uno|una|un')$/i.test(raw[r + 2] ?? '')) return false;
    return raw.slice(r + 1).every((w) => !/\p{Lu}/u.test(w)) && raw.length > r + 2;
  }

  /** The gender the article of a description says ("la ministre" → f), or null. */
  private articleGender(span: Span): 'm' | 'f' | null {
    const first = this.text.slice(span.start, span.end).split(/\s+/)[0]!.toLowerCase();
    return this.pack.articleGender[first] ?? null;
  }

  /** Whether a description opens with a definite article ("le ministre", "l'économiste"), or is a bare
   * role in a language without articles ("minister"). */
  /** The person named before with a title's bare word as a role ("le président" after "Le président du Département, X,"),
   * for a title of two words (an article and its word: a complement names an office of its own), of its gender, when no
   * one else is named in its sentence; else null. */
  private namedWithTitleWord(span: Span, gender: 'm' | 'f' | null, at: number): string | null {
    const words = this.text.slice(span.start, span.end).toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/).filter(Boolean);
    if (words.length !== 2 || !this.pack.determiners.has(words[0]!)) return null;
    const named = this.persons.resolveRole(words[1]!, at, true);
    if (!named) return null;
    const g = this.persons.personGender(named);
    if (gender && g && g !== gender) return null;
    return this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, named) ? null : named;
  }

  private definite(span: Span): boolean {
    const first = this.text.slice(span.start, span.end).split(/\s+/)[0]!.toLowerCase().replace(/’/g, "'");
    return this.pack.definiteArticles.includes(first) || this.pack.definiteArticles.some((d) => d.endsWith("'") && first.startsWith(d)) || (!this.pack.definiteArticles.length && (this.persons.roleWord(first) || this.demonstrativeRole(span)));
  }

  /** In a language without articles, a role after a determiner that is no possessive pronoun ("nasz rozmówca", "ten
   * polityk"): it takes up someone, as a bare role does ("jego żona" does not). */
  private demonstrativeRole(span: Span): boolean {
    const words = this.text.slice(span.start, span.end).toLowerCase().split(/\s+/);
    return words.length === 2 && this.pack.determiners.has(words[0]!) && !this.pack.pronouns.has(words[0]!) && this.persons.roleWord(words[1]!);
  }

  /** The gender a description says ("die Ministerin", "der 54-Jährige"): from its article and its first role or title word. */
  private describedGender(span: Span): 'm' | 'f' | null {
    const t = this.tokens(span.start, span.end);
    const det = t.length && this.pack.determiners.has(t.low[0]!) ? t.low[0]! : null;
    for (let k = det ? 1 : 0; k < t.length; k++) {
      if (!t.word[k]) continue;
      if (this.persons.roleWord(t.low[k]!) || this.persons.titleAt(t, k)) return this.pack.descriptionGender(det, t.low[k]!) ?? this.articleGender(span);
      // (past adjectives, "die Hamburger Juristin", up to a complement: "der Sprecher der Stadt")
      if (this.pack.determiners.has(t.low[k]!) || this.pack.nameParticles.has(t.low[k]!) || this.pack.bodyLinks.has(t.low[k]!)) return null;
    }
    return this.articleGender(span);
  }

  /** Unnamed speakers described by a role (entity id → the role word and the gender the description says). */
  private unnamed = new Map<string, { gender: 'm' | 'f' | null; role: string }>();

  /** The unnamed speaker of the item just before `at` (a spokesman), when the pronoun's gender is the description's
   * (and, for a description, its role is the same: "Polizeisprecher" → "der Sprecher"), and no person is spoken of after it. */
  private unnamedJustBefore(at: number, gender: 'm' | 'f' | null, role: string | null = null): Speaker | null {
    const it = this.lastItem(at);
    const u = it?.who.speaker ? this.unnamed.get(it.who.speaker) : undefined;
    if (!it || it.person || !u) return null;
    if (role ? !(u.role === role || (this.pack.capitalisedNouns && u.role.endsWith(role))) || (gender && u.gender && gender !== u.gender) : !gender || u.gender !== gender) return null;
    const end = it.content[it.content.length - 1]!.end;
    if (at - end > 400 || this.paragraphOf(at) - this.paragraphOf(end) > 1) return null;
    if (this.subjects.some((x) => x.at > end && x.at < at) || this.otherPersonBetween(end, at, null)) return null;
    return it.who;
  }

  /** The description of someone unnamed who is the subject of the sentence before `at`'s (or of its own, before it), in
   * its paragraph ("Une habitante du quartier …"), when its gender is `gender` (or, for a dropped subject, when it says
   * none) and no one is named between; else null. */
  private unnamedSubjectJustBefore(at: number, gender: 'm' | 'f' | null, dropped: boolean): Span | null {
    const i = this.sentenceIndex(at);
    const from = this.sentences[Math.max(0, i - 1)]!.start;
    const para = this.paragraphs[this.paragraphOf(at)]!;
    this.trackBefore(at);
    for (let j = this.subjects.length - 1; j >= 0 && j >= this.subjects.length - 40; j--) {
      const x = this.subjects[j]!;
      if (x.at >= at) continue;
      if (x.at < from || x.at < para || x.person || !x.desc) return null;
      const g = this.describedGender(x.desc);
      if (gender ? g !== gender : !dropped) return null;
      return this.otherPersonBetween(x.desc.end, at, null) ? null : x.desc;
    }
    return null;
  }

  /** The person who is the subject of the sentence around `at`, read from its start up to `at` ("Gabi Eutemüller zeigt
   * auf …, „…“", "Ähnlich wie Molina ist auch Davis …, »…«"), when of the given gender; null when there is none. */
  private headSubject(at: number, gender: 'm' | 'f' | null): string | null {
    const s = this.sentenceOf(at);
    const from = this.localStart(s.start, at);
    if (at <= from || !/\p{L}/u.test(this.text.slice(from, at))) return null;
    const saved = this.subjects;
    this.subjects = [];
    let found: { at: number; person: string | null; named?: boolean } | undefined;
    try {
      this.trackSubject({ start: from, end: at });
      found = this.subjects[0];
    } finally {
      this.subjects = saved;
    }
    if (!found?.person || found.named === false) return null;
    const g = this.persons.personGender(found.person);
    if (gender && g && g !== gender) return null;
    // (someone else named after the subject, before the quotation: unsure)
    if (this.otherPersonBetween(found.at, at, found.person)) return null;
    return found.person;
  }

  /** Sentences whose subject is noted already (dash speech reads a paragraph ahead of the sentence loop). */
  private tracked = new Set<number>();

  /** Notes the subjects of the sentences that end before `at` (dash speech later in their paragraph needs them). */
  private trackBefore(at: number): void {
    for (let i = this.sentenceIndex(at) - 1; i >= 0 && !this.tracked.has(this.sentences[i]!.start); i--) {
      if (this.sentences[i]!.end > at) continue;
      // (in order: the earliest first)
      const todo: Span[] = [];
      for (let j = i; j >= 0 && !this.tracked.has(this.sentences[j]!.start); j--) todo.unshift(this.sentences[j]!);
      for (const sp of todo) {
        this.tracked.add(sp.start);
        this.trackSubject(sp);
      }
      break;
    }
  }

  /** People who are the subject of a sentence ("Le juge Bocock estime …", "Il dit …"), in order. */
  private subjects: { at: number; person: string | null; named?: boolean; desc?: Span }[] = [];

  /** Notes the person a sentence is about: its first name (not after a preposition) or its subject pronoun. */
  /** Whether token j is a verb of saying or a finite auxiliary that the stopwords hold (a, ont, est: "Le juge a interrogé"),
   * not a courtesy title. */
  private finiteVerbAt(t: Tokens, j: number): boolean {
    const w = t.low[j]!;
    return !!t.word[j] && (this.cueVerb(t, j) || (this.pack.auxiliaries.has(w) && this.pack.stopwords.has(w) && !this.pack.courtesyTitles.has(w) && !this.pack.pronouns.has(w)));
  }

  /** Given names alone that a kinship noun introduced ("Son mari Bernard"): a sentence they open later is about that person. */
  private kinNames = new Set<string>();

  private trackSubject(s: Span): void {
    // (past a dateline that opens the paragraph: "Buenos Aires (EFE).- La ministra …")
    const para = this.paragraphs[this.paragraphOf(s.start)]!;
    const from = this.text.slice(para, s.start).trim() === '' ? Math.max(s.start, datelineEnd(this.text, para)) : s.start;
    const t = this.tokens(from, Math.min(s.end, from + 400));
    let late: { k: number; e: number } | null = null;
    for (let k = 0; k < t.length && k < 30; k++) {
      if (!t.word[k]) continue;
      // "Son fils Olivier est venu", "Jego syn Marko był …", "Sa veuve a reçu …": a relative opens the sentence — the
      // given name after the kinship noun, else someone new (a later pronoun is not the person spoken of before)
      if (k === firstWord(t) && (this.pack.determiners.has(t.low[k]!) || this.pack.pronouns.has(t.low[k]!)) && this.pack.kinNouns.has(t.low[k + 1] ?? '') && !this.insideQuote(t.start[k]!)) {
        // (or set off by commas: "Son frère, Paul, ne comprend pas", "Su mujer, Rocío, no se sorprendió", "A filha, Sónia, conta")
        const n = t.raw[k + 2] === ',' && t.cap[k + 3] && (this.persons.gender(t.low[k + 3] ?? '') !== undefined || this.persons.nameToken(t, k + 3)) ? k + 3 : k + 2;
        if (n < t.length && t.word[n] && t.cap[n] && !this.pack.stopwords.has(t.low[n]!) && !this.persons.bodyWord(t.low[n]!)) {
          let e = n;
          while (e + 1 < t.length && this.persons.nameToken(t, e + 1)) e++;
          const name = this.persons.resolveName(t.raw.slice(n, e + 1));
          if (e === n) this.kinNames.add(t.raw[n]!);
          this.subjects.push({ at: t.start[n]!, person: name && this.persons.known(name) ? name : t.raw.slice(n, e + 1).join(' ') });
        } else if (!this.pack.genitiveLinks.has(t.low[n] ?? '') && !this.pack.bodyLinks.has(t.low[n] ?? '')) this.subjects.push({ at: t.start[k]!, person: null, named: false, desc: this.kinDescription(t, k) });
        else if (!t.cap[n + 1] && !t.cap[n + 2] && !this.pack.capitalisedNouns && this.kinDescription(t, k)) this.subjects.push({ at: t.start[k]!, person: null, named: false, desc: this.kinDescription(t, k) });
        else continue;
        return;
      }
      if (k === 0 && this.pack.pronouns.has(t.low[k]!) && !this.possessiveAt(t, k)) {
        // (of the pronoun's gender: German "Sie hielt …" after a man is not him)
        const p = this.recentPerson(t.start[k]!, this.pack.pronounGender[t.low[k]!] ?? null);
        if (p) this.subjects.push({ at: t.start[k]!, person: p });
        return;
      }
      // "Interrogée par l'AFP, une source proche du dossier assure …", "La ministre a ajouté …": a description opens
      // the clause — the person its role was given to, else someone unnamed (a later "elle" is not the one before)
      // (not an apposition to the name before its comma: "…, confie Réjean Tremblay, un retraité de 71 ans.")
      const apposition = k >= 2 && t.raw[k - 1] === ',' && this.persons.nameToken(t, k - 2) && this.pack.descriptiveRoles.size > 0;
      if ((k === firstWord(t) || t.raw[k - 1] === ',') && !apposition && this.pack.determiners.has(t.low[k]!) && k + 1 < t.length && !this.persons.nameToken(t, k + 2)) {
        const head = t.low[k + 1]!;
        if (this.pack.vagueHeads.has(head)) {
          this.subjects.push({ at: t.start[k]!, person: null });
          return;
        }
        // ("Le président de l'Association, Olivier Bertrand, …": the name in apposition is the subject, read on)
        // ("le juge en chef Rossiter": the name after the role phrase, read on)
        let apposed = false;
        // (or a bare role before the name there: "O relator do caso, ministro Alexandre Fontoura,")
        // (or an article, a role and the name: "La directora del Hospital Posadas, la infectóloga Mariana Quiroga,")
        // (within the subject: not past its verb, "Le juge a interrogé le témoin, Marc Lefèvre." — in a language that says
        // its subject; the pro-drop packs still read a name after the verb there, which their titles rely on)
        for (let j = k + 2; j < t.length && j <= k + 12 && !apposed && !(!this.pack.proDrop && this.finiteVerbAt(t, j)); j++) apposed = t.raw[j] === ',' && (this.persons.nameToken(t, j + 1) || (this.persons.roleWord(t.low[j + 1] ?? '') && this.persons.nameToken(t, j + 2)) || this.courtesyTitleAt(t, j + 1)
          || (this.pack.determiners.has(t.low[j + 1] ?? '') && this.persons.roleWord(t.low[j + 2] ?? '') && this.persons.nameToken(t, j + 3)));
        // (German: past roles that follow the head, "Die Vorsitzende Richterin Claudia Berger")
        let reach = this.pack.capitalisedNouns ? k + 2 : k + 5;
        if (this.pack.capitalisedNouns) while (reach < k + 4 && this.persons.roleWord(t.low[reach] ?? '')) reach++;
        // (not a complement's name: "Une habitante du quartier du Rosmeur")
        if (!apposed) apposed = this.holderNamed(t, k + 2, reach);
        // (past a longer complement of places and bodies: "A vereadora da oposição na Câmara de Setúbal Carla Mourão acusou")
        if (!apposed && !this.pack.capitalisedNouns) for (let j = reach + 1; j < t.length && j <= k + 10 && !apposed && t.word[j]; j++) apposed = this.persons.nameToken(t, j) && this.persons.gender(t.low[j]!) !== undefined && this.persons.complementRun(t, k + 2, j);
        // "Il capo dello Stato ha poi ricordato …": a title of office is its holder
        const title = !apposed && !this.insideQuote(t.start[k]!) ? this.persons.titleAt(t, k + 1) : null;
        if (title) {
          // (only someone the article has named or quoted already: the knowledge of leaders may not know the country)
          const holder = this.persons.officeHolder(title.office, title.country, t.start[k]!);
          // ("il presidente francese": a country the title or its adjective names is no guess)
          const explicit = !!title.country && title.country !== this.pack.country;
          this.subjects.push({ at: t.start[k]!, person: holder && (explicit || this.persons.seen(holder)) ? holder : null, named: false });
          return;
        }
        // ("Le Toulousain, élu homme du match, disputait …": a person by nationality or place takes someone up)
        const demonym = !apposed && this.pack.descriptiveRoles.size > 0 && this.pack.definiteArticles.includes(t.low[k]!) && !this.insideQuote(t.start[k]!) ? this.demonymAt(t, k, k + 1, k + 1) : null;
        if (demonym) {
          const only = this.describedPerson(demonym, this.pack.articleGender[t.low[k]!] ?? this.pack.descriptionGender(t.low[k]!, demonym), true, t.start[k]!);
          this.subjects.push({ at: t.start[k]!, person: only === 'unsure' ? null : only, named: false });
          return;
        }
        if (this.persons.roleWord(head) && !apposed && !this.insideQuote(t.start[k]!)) {
          let person = this.persons.resolveRole(head, t.start[k]!, true) ?? this.takenUp(t, k);
          // (German: "Der ZSC-Trainer" is not the one named "SCB-Trainer")
          if (person && this.pack.capitalisedNouns && this.otherCompoundRole(t.raw[k + 1]!, head, person)) person = null;
          // (nor a description of the other gender: "Die Oppositionsführerin widersprach." after Hans Müller is someone new)
          let otherGender: Span | undefined;
          if (person) {
            const g = this.describedGender({ start: t.start[k]!, end: t.end[k + 1]! });
            const pg = this.persons.personGender(person);
            if (g && pg && g !== pg) {
              person = null;
              otherGender = { start: t.start[k]!, end: t.end[k + 1]! };
            }
          }
          // ("L'attaquant a renversé la rencontre" after "un doublé de Karim Benali": the one person it fits)
          // (a complement names an office of its own, "le chef du gouvernement"; not an age's or a player's: "il 23enne di San Candido")
          if (!person && this.pack.descriptiveRoles.size > 0 && this.pack.definiteArticles.includes(t.low[k]!) && (!this.persons.complementAt(t, k + 2) || descriptionKind(this.pack, head) !== 'office')) {
            const only = this.describedPerson(head, this.describedGender({ start: t.start[k]!, end: t.end[k + 1]! }), false, t.start[k]!);
            if (only !== 'unsure') person = only;
          }
          // ("Una vecina de 70 años lo vio todo.": someone unnamed, whose paragraph of speech may follow)
          const np = !person && !this.pack.definiteArticles.includes(t.low[k]!) ? this.nounPhrase(t, k, 6) : null;
          const desc = np && np.end > k ? { start: t.start[k]!, end: t.end[np.end]! } : otherGender;
          this.subjects.push({ at: t.start[k]!, person, named: false, desc });
          return;
        }
      }
      // Polish "Reżyserka odebrała nagrodę", "Szefowa MEN przyznała": a bare role opens the sentence — the person it
      // takes up, else someone the reader cannot name (a later dropped subject is not the one spoken of before)
      // "Ein als Zeuge geladener Beamter schilderte …", "Un habitant du quartier, …": an indefinite description opens the
      // sentence, its head a role past the words before it — someone new and unnamed
      if (k === firstWord(t) && this.pack.definiteArticles.length && this.pack.determiners.has(t.low[k]!) && !this.pack.definiteArticles.includes(t.low[k]!) && !this.pack.pronouns.has(t.low[k]!) && !this.insideQuote(t.start[k]!)) {
        let j = k + 1;
        while (j < t.length && j <= k + 6 && t.word[j] && !this.cueVerb(t, j) && !this.pack.auxiliaries.has(t.low[j]!) && !(this.persons.roleWord(t.low[j]!) || this.pack.vagueHeads.has(t.low[j]!))) j++;
        // (past the role's adjectives to its comma: "Son homologue carolo, Rudi Claessens, …" names the one it describes)
        let c = j + 1;
        while (c < t.length && c <= j + 3 && t.word[c] && !t.cap[c] && !this.cueVerb(t, c) && !this.pack.auxiliaries.has(t.low[c]!)) c++;
        if (j < t.length && j <= k + 6 && t.word[j] && (this.persons.roleWord(t.low[j]!) || this.pack.vagueHeads.has(t.low[j]!)) && !this.nameSoonAfter(t, t.raw[c] === ',' ? c + 1 : j + 1)) {
          this.subjects.push({ at: t.start[k]!, person: null, named: false, desc: { start: t.start[k]!, end: t.end[j]! } });
          return;
        }
      }
      // (a language without articles: "Jeden z uratowanych przyznał …" is about someone unnamed)
      if (k === firstWord(t) && !this.pack.definiteArticles.length && this.pack.vagueHeads.has(t.low[k]!)) {
        this.subjects.push({ at: t.start[k]!, person: null });
        return;
      }
      // (when it takes up no one, the sentence is left to the other readings: "Polka pokonała …" after Iga Świątek)
      // (past a word for a former one: "Były burmistrz nie przyznał się")
      const r0 = k === firstWord(t) && this.pack.formerWords.has(t.low[k]!) ? k + 1 : k;
      if (k === firstWord(t) && !this.pack.definiteArticles.length && this.pack.proDrop && this.persons.roleWord(t.low[r0] ?? '') && !this.insideQuote(t.start[k]!) && !this.nameSoonAfter(t, r0 + 1)) {
        const person = this.bareRoleTakesUp(t, r0);
        if (person) {
          this.subjects.push({ at: t.start[k]!, person, named: false });
          return;
        }
      }
      // ("L'attaquant a renversé …", "l'allenatore ha detto …": an elided article in one token with its role)
      const elidedHead = unelided(t.low[k]!);
      if ((k === firstWord(t) || t.raw[k - 1] === ',') && elidedHead !== t.low[k] && this.pack.definiteArticles.includes(t.low[k]!.slice(0, t.low[k]!.length - elidedHead.length))
        && this.persons.roleWord(elidedHead) && !this.persons.nameToken(t, k + 1) && !this.persons.complementAt(t, k + 1) && !this.insideQuote(t.start[k]!)) {
        let apposed = false;
        // (or a role before the name there: "L'imputato, l'imprenditore Sergio Valle, ha …")
        for (let j = k + 1; j < t.length && j <= k + 12 && !apposed; j++) apposed = t.raw[j] === ',' && (this.persons.nameToken(t, j + 1) || (this.persons.roleWord(t.low[j + 1] ?? '') && this.persons.nameToken(t, j + 2)));
        if (!apposed) apposed = this.holderNamed(t, k + 1, k + 4);
        if (!apposed) {
          let person = this.persons.resolveRole(elidedHead, t.start[k]!, true);
          if (!person && this.pack.descriptiveRoles.size > 0) {
            const only = this.describedPerson(elidedHead, this.describedGender({ start: t.start[k]!, end: t.end[k]! }), false, t.start[k]!);
            if (only !== 'unsure') person = only;
          }
          this.subjects.push({ at: t.start[k]!, person, named: false });
          return;
        }
      }
      if (!this.persons.nameToken(t, k)) continue;
      // (German: a name in the genitive before a role is its owner, not the subject: "Zverevs Trainer Sergi Bruguera")
      if (this.pack.capitalisedNouns && /[^sxzß]s$/.test(t.raw[k]!) && this.persons.roleWord(t.low[k + 1] ?? '')) continue;
      const prev = k > 0 ? t.low[k - 1]! : '';
      // a subject opens the sentence or its clause, or follows its determiner or title; a name after
      // a preposition or a verb is not the subject ("à Calgary", "a rencontré Macron"): read on
      // (or a role with its complement: "Il ministro dell'Economia Paolo Ferri", "Minister rolnictwa Czesław Siekierski")
      let roleBefore = false;
      // (not past a verb: "Polka pokonała Arynę Sabalenkę" — the role is the subject, the name its object)
      for (let j = k - 2; j >= 0 && j >= k - 4 && !roleBefore && t.word[j] && !this.cueVerb(t, j) && !this.pastVerbBetween(t, j + 1, k); j--) roleBefore = this.persons.roleWord(t.low[j]!) && (j === 0 || t.raw[j - 1] === ',' || this.pack.determiners.has(t.low[j - 1]!) || j === firstWord(t) || this.elidedArticle(t.low[j]!));
      // ("Anche Lucia Bassi era a bordo", "Poi Rossi ha aggiunto": past adverbs that go with a verb)
      let adverbs = k > 0;
      for (let j = firstWord(t); j < k && adverbs; j++) adverbs = this.pack.auxiliaries.has(t.low[j]!) && this.pack.stopwords.has(t.low[j]!);
      // (German puts the subject after the finite verb when something else opens the sentence: "Ähnlich wie Molina ist
      // auch Davis fasziniert", "Am Montag sagte Merkel")
      const v2 = this.pack.capitalisedNouns && k > 1 && (this.pack.auxiliaries.has(prev) || this.cueVerb(t, k - 1));
      // (Polish: a name in another case is no subject, whatever opens it: "Słowa ministra Jana Kowalskiego …")
      const oblique = this.pack.inflectsNames && this.persons.gender(t.low[k]!) !== undefined && this.pack.nominative(t.raw.slice(k, k + 2)) !== null;
      // (past a courtesy title that opens the clause: "Son avocat, Me Olivier Brun, plaide …")
      const courtesy = k >= 2 && this.courtesyTitleAt(t, k - 1) && (t.raw[k - 2] === ',' || k - 1 === firstWord(t));
      // (Polish: a given name in the nominative before any verb is the subject, past a role's complement of any kind:
      // "Przewodnicząca szpitalnej „Solidarności” Grażyna Pięta zapowiada …")
      const nominativeFirst = this.pack.inflectsNames && this.persons.gender(t.low[k]!) !== undefined && this.persons.nameToken(t, k + 1) && !this.verbBefore(t, k);
      // ("Son fils Olivier est venu", "Jego żona Ewa czuwała": a given name after a kinship noun and its possessive)
      const kin = k >= 2 && this.pack.kinNouns.has(prev) && (this.pack.determiners.has(t.low[k - 2]!) || this.pack.pronouns.has(t.low[k - 2]!)) && k - 2 === firstWord(t) && this.persons.gender(t.low[k]!) !== undefined;
      // ("Dal Ferro è salito", "Di Maio ha detto": a surname that opens with a particle in capitals, the whole known)
      const particled = k >= 1 && t.cap[k - 1] && (k - 1 === firstWord(t) || t.raw[k - 2] === ',') && this.particleOfKnown(t, k - 1);
      // ("A trovarlo è stato Davide Schiavi": the subject after a cleft that opens the sentence)
      const cleft = !!this.pack.cleftOpener && k > firstWord(t) && this.pack.cleftOpener.test(this.text.slice(t.start[firstWord(t)]!, t.start[k]!).toLowerCase());
      const opens = !oblique && (k === 0 || kin || adverbs || particled || cleft || v2 || courtesy || nominativeFirst || this.describedBefore(t, k) || t.raw[k - 1] === ',' || (this.pack.determiners.has(prev) && !this.pack.articlePrepositions.includes(prev)) || this.persons.roleWord(prev) || !!this.persons.titleAt(t, k - 1) || roleBefore) && !this.afterPreposition(t, k);
      // (a name in a title in marks, "szpitalnej „Solidarności” Grażyna Pięta", is no subject: read on past the title)
      if (this.insideQuote(t.start[k]!) && this.titleEnd(t, k - 1) > 0) { k = this.titleEnd(t, k - 1); continue; }
      if (this.insideQuote(t.start[k]!)) return;
      if (!opens) {
        // Polish "Innego zdania był Jakub Kiwior.": a full name in the nominative after its verb is the subject, when
        // no name opens the sentence (a name in another case, "Policja zatrzymała Jana Kowalskiego", is none)
        if (this.pack.inflectsNames && !late && this.persons.gender(t.low[k]!) !== undefined && this.persons.nameToken(t, k + 1) && !this.afterPreposition(t, k)) {
          let e = k + 1;
          while (e + 1 < t.length && this.persons.nameToken(t, e + 1)) e++;
          if (this.pack.nominative(t.raw.slice(k, e + 1)) === null) late = { k, e };
        }
        // (past the rest of the name: "del Real Betis" is no subject, nor is its "Betis"; up to a given name, which opens
        // the person's own name: "L'eurodeputata del Pd Francesca Bruni")
        while (k + 1 < t.length && this.persons.nameToken(t, k + 1) && this.persons.gender(t.low[k + 1]!) === undefined) k++;
        continue;
      }
      let e = k;
      while (e + 1 < t.length && (this.persons.nameToken(t, e + 1) || (this.persons.particleAt(t, e + 1) && (this.persons.nameToken(t, e + 2) || (this.pack.nameParticles.has(t.low[e + 2]!) && this.persons.nameToken(t, e + 3)))))) e++;
      // "Posłanka Lewicy Anna Maria Żukowska": a run that opens with another capital starts at its given name
      if (this.persons.gender(t.low[k]!) === undefined) for (let g = k + 1; g < e; g++) if (this.persons.gender(t.low[g]!) !== undefined) { k = g; break; }
      // ("Politolog z Uniwersytetu Jagiellońskiego dr Marek Zawada": a body's name is no subject, read on)
      if (!this.pack.capitalisedNouns && this.persons.gender(t.low[k]!) === undefined && this.persons.bodyWord(t.low[k]!)) { k = e; continue; }
      e = this.persons.nameEnd(t, k, e);
      const name = this.persons.resolveName(t.raw.slice(k, e + 1));
      if (name && this.persons.known(name)) {
        // "La ministra Ana López y el alcalde Pedro Gómez visitaron …": two people, a later pronoun may be either's
        let pair = false;
        // (past an apposition set off by commas: "Le Premier ministre hongrois, Viktor X, et le chancelier autrichien, Karl Y, ont …")
        let c = e + 1;
        if (t.raw[c] === ',' && this.pack.coordinators.has(t.low[c + 1] ?? '')) c++;
        else if (t.raw[c] === ',') {
          let j = c + 1;
          while (j < t.length && j <= c + 8 && t.raw[j] !== ',' && !this.cueVerb(t, j) && !this.pack.auxiliaries.has(t.low[j]!)) j++;
          if (t.raw[j] === ',' && this.pack.coordinators.has(t.low[j + 1] ?? '')) c = j + 1;
        }
        if (this.pack.coordinators.has(t.low[c] ?? '')) for (let j = c + 1; j < t.length && j <= c + 7 && !pair; j++) pair = this.persons.nameToken(t, j);
        this.subjects.push({ at: t.start[k]!, person: pair ? null : name });
        return;
      }
      // "Pani Halina, emerytka z Nadodrza, przyznaje …": a given name alone after a role or a courtesy word is a person
      if (e === k && k > 0 && (this.persons.roleWord(t.low[k - 1]!) || kin) && this.persons.gender(t.low[k]!) !== undefined && !this.persons.nameToken(t, k + 1)) {
        if (kin) this.kinNames.add(t.raw[k]!);
        this.subjects.push({ at: t.start[k]!, person: t.raw[k]! });
        return;
      }
      // "Polisseuse depuis vingt ans, Martine fait partie des postes supprimés.": a given name alone that opens the clause is
      // someone the article names by it (not in German, whose capitals are nouns too)
      if (e === k && opens && !this.pack.capitalisedNouns && (k === firstWord(t) || t.raw[k - 1] === ',') && this.persons.gender(t.low[k]!) !== undefined && !this.persons.nameToken(t, k + 1) && !this.insideQuote(t.start[k]!)) {
        this.kinNames.add(t.raw[k]!);
        this.subjects.push({ at: t.start[k]!, person: t.raw[k]! });
        return;
      }
      // "Bernard hausse les épaules." after "Son mari Bernard …": the relative named by a given name alone, again
      if (e === k && k === firstWord(t) && this.kinNames.has(t.raw[k]!) && !this.persons.nameToken(t, k + 1)) {
        this.subjects.push({ at: t.start[k]!, person: t.raw[k]! });
        return;
      }
      k = e; // a capitalised word that names no one known ("aux Affaires économiques"): read on
    }
    if (late) {
      const name = this.persons.resolveName(t.raw.slice(late.k, late.e + 1));
      if (name && this.persons.known(name)) this.subjects.push({ at: t.start[late.k]!, person: name });
    }
  }

  /** Whether a verb (of saying, or a past tense) stands before token k in its sentence. */
  private verbBefore(t: Tokens, k: number): boolean {
    for (let j = firstWord(t); j < k; j++) if (t.word[j] && (this.cueVerb(t, j) || this.pastVerbBetween(t, j, j + 1))) return true;
    return false;
  }

  /** Whether a name follows token k within the role's phrase, before a verb ("Prezes ZNP Sławomir Broniarz"). */
  private nameSoonAfter(t: Tokens, k: number): boolean {
    for (let j = k; j < t.length && j < k + 6 && t.word[j] && !this.cueVerb(t, j) && !this.pastVerbBetween(t, j, j + 1); j++) {
      if (!this.persons.nameToken(t, j)) continue;
      // (German nouns have capitals: a given name or a person the article names)
      if (!this.pack.capitalisedNouns || this.persons.gender(t.low[j]!) !== undefined || this.persons.known(this.persons.resolveName([t.raw[j]!]) ?? '')) return true;
    }
    return false;
  }

  /** The person a bare role opening a sentence takes up: the one named with that role before, else the person spoken of
   * last when they were named with a role of its kind and are of its gender; null when unsure. */
  private bareRoleTakesUp(t: Tokens, k: number): string | null {
    const at = t.start[k]!;
    const head = t.low[k]!;
    const byRole = this.persons.resolveRole(head, at, true, [], true);
    if (byRole) return byRole;
    const gender = this.pack.descriptionGender(null, head);
    const recent = this.recentPerson(at, gender, true);
    if (!recent || !((this.persons.hasRole(recent) && this.persons.roleFits(head, recent)) || this.sameParagraphPerson(recent, at, gender))) return null;
    const g = this.persons.personGender(recent);
    return gender && g && g !== gender ? null : recent;
  }

  /** Whether the name at token k follows only its clause's determiner and a few small-letter words, a description in
   * apposition the lexicon may not know as a role ("Il pubblico ministero Chiara Bassi ha chiesto …", "La giovane
   * attrice Giulia Neri", "À 74 ans, la chanteuse Annie Verlaine publie …"): the name is the sentence's subject.
   * The clause opens the sentence or follows a comma. (Not in German, whose nouns have capitals.) */
  private describedBefore(t: Tokens, k: number): boolean {
    let a = firstWord(t);
    if (this.pack.capitalisedNouns) return false;
    // (past an opening adverbial set off by a comma)
    if (!this.pack.determiners.has(t.low[a]!)) for (let c = k - 3; c >= a && c >= k - 5; c--) if (t.raw[c] === ',') { a = c + 1; break; }
    if (k - a < 2 || k - a > 4 || !this.pack.determiners.has(t.low[a]!)) return false;
    for (let j = a + 1; j < k; j++) {
      const w = t.low[j]!;
      if (!t.word[j] || t.cap[j] || /\d/.test(w) || this.pack.stopwords.has(w) || this.pack.auxiliaries.has(w) || this.cueVerb(t, j) || this.pastVerbBetween(t, j, j + 1)) return false;
    }
    return true;
  }

  /** Whether a lowercase past-tense verb (Polish "pokonała", "spotkał") stands in tokens [a, b); only in a language
   * that inflects names, where a name after its verb is its object. */
  private pastVerbBetween(t: Tokens, a: number, b: number): boolean {
    if (!this.pack.inflectsNames) return false;
    for (let j = a; j < b; j++) if (t.word[j] && !t.cap[j] && this.pack.verbGender(t.low[j]!) !== null) return true;
    return false;
  }

  /** The person a definite description that opens a sentence takes up ("La exmandataria criticó …" after Cristina
   * Kirchner was named as ex presidenta): the official spoken of last, of the determiner's gender; null when unsure. */
  private takenUp(t: Tokens, k: number): string | null {
    if (!this.pack.definiteArticles.includes(t.low[k]!)) return null;
    // (a description with a complement names an office of its own: "le chef du gouvernement" is not the deputy before)
    if (this.persons.complementAt(t, k + 2) || this.pack.nameParticles.has(t.low[k + 2] ?? '')) return null;
    if (this.pack.genericDescriptions && !this.pack.genericDescriptions.has(unelided(t.low[k + 1]!))) return null;
    const at = t.start[k]!;
    const recent = this.recentPerson(at, this.pack.articleGender[t.low[k]!] ?? null, true);
    if (!recent || !(this.persons.hasRole(recent) || this.persons.isLeader(recent))) return null;
    // (of the description's kind of role: "O sindicalista" after a minister is someone else)
    if (this.persons.hasRole(recent) && !this.persons.roleFits(unelided(t.low[k + 1]!), recent)) return null;
    return this.otherPersonBetween(this.localStart(this.sentenceOf(at).start, at), at, recent) ? null : recent;
  }

  /** Whether the name at token k is the object of a preposition, past its determiner, role and complement ("con el
   * Fondo Monetario", "reunió con el ministro de Economía Luis Caputo", "avec le président X"): no subject then. */
  private afterPreposition(t: Tokens, k: number): boolean {
    // right after "del", "da", "de": the complement of a noun ("el entrenador del Real Betis")
    if (k >= 1 && t.word[k - 1] && !t.cap[k - 1] && (this.pack.genitiveLinks.has(t.low[k - 1]!) || this.pack.nameParticles.has(t.low[k - 1]!))) return true;
    let j = k - 1;
    // (a small word between two role words belongs to the role: "le juge en chef Rossiter")
    const inRole = (i: number) => i >= 1 && this.persons.roleWord(t.low[i - 1]!) && this.persons.roleWord(t.low[i + 1] ?? '');
    while (j >= 0 && k - j <= 6 && t.word[j] && (this.pack.determiners.has(t.low[j]!) || this.persons.roleWord(t.low[j]!) || (t.cap[j] && !this.pack.stopwords.has(t.low[j]!)) || (this.pack.nameParticles.has(t.low[j]!) && !t.cap[j]) || inRole(j))) {
      // ("Politolog z Uniwersytetu Jagiellońskiego dr Marek Zawada": a role right after a complement's capital opens the
      // name's own phrase)
      if (this.persons.roleWord(t.low[j]!) && !t.cap[j] && j > 0 && t.cap[j - 1] && !this.persons.roleWord(t.low[j - 1]!)) return false;
      j--;
    }
    if (j < 0 || j === k - 1 || !t.word[j]) return false;
    const w = t.low[j]!;
    // (at a clause's start the small word may be a conjunction: "Pero el ministro X dijo")
    // (nor a verb before its subject: German "Nach dem Spiel hat Trainer X …")
    return this.pack.stopwords.has(w) && !this.pack.determiners.has(w) && !this.pack.coordinators.has(w) && !this.pack.subordinators.has(w) && !this.pack.auxiliaries.has(w) && j !== firstWord(t) && t.raw[j - 1] !== ',';
  }

  /** Whether `person` was quoted or was a sentence's subject earlier in the paragraph of `at`, is of a gender known,
   * and the description's (a definite description in a tag takes up the person of its paragraph, named with a role
   * the lexicon does not know: "sagte Staatsrat Frédéric Favre. …, sagte der Sicherheitsdirektor"). */
  private sameParagraphPerson(person: string, at: number, gender: 'm' | 'f' | null): boolean {
    if (!gender || this.persons.personGender(person) !== gender) return false;
    const para = this.paragraphs[this.paragraphOf(at)]!;
    const item = this.lastItem(at);
    if (item?.person === person && item.content[0]!.start >= para) return true;
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 20; i--) {
      const x = this.subjects[i]!;
      if (x.at >= at) continue;
      if (x.at < para) break;
      if (x.person === person) return true;
    }
    return false;
  }

  /** The person spoken of last before `at`: the last quoted speaker or the last sentence subject, whichever is later, when near. */
  private recentPerson(at: number, gender: 'm' | 'f' | null = null, namedOnly = false): string | null {
    const item = this.lastItem(at);
    const quoted = item?.person ? { at: item.content[item.content.length - 1]!.end, person: item.person } : null;
    let subject: { at: number; person: string | null } | null = null;
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      if (this.subjects[i]!.at < at) {
        // (past someone unnamed of the other gender: "Pichler sieht das anders. Der Angeklagte habe …, sagte sie.")
        const x = this.subjects[i]!;
        if (gender && !x.person && x.desc && this.pack.capitalisedNouns && this.describedGender(x.desc) && this.describedGender(x.desc) !== gender) continue;
        subject = x;
        break;
      }
    }
    const best = !quoted ? subject : !subject ? quoted : subject.at > quoted.at ? subject : quoted;
    if (!best || !best.person || at - best.at >= PRONOUN_REACH) return null;
    // (a description of office takes up a person named, not one a role was taken back to: "O presidente eleito …
    // \"…\", acrescentou o comandante" is not the president's)
    if (namedOnly && 'named' in best && best.named === false) return null;
    // a description taken back to someone, with another person of that gender the subject just before it in its
    // paragraph ("Merz wies das zurück. Der Minister betreibe Panikmache. „…“, sagte er."): either may be meant
    if ('named' in best && best.named === false && this.rivalBefore(best as { at: number; person: string }, gender)) return null;
    // "a-t-elle dit" after a man is quoted: not him; the one before him when she is a woman, the other of a pair
    if (gender) {
      const g = this.persons.personGender(best.person);
      if (g && g !== gender) return 'named' in best && best.named === false ? null : this.otherOfPair(at, best.person, gender);
    }
    return best.person;
  }

  /** Whether the sentence subject before `taken` (a description taken back to its person), in its paragraph, is
   * someone else who may be of `gender`. */
  private rivalBefore(taken: { at: number; person: string }, gender: 'm' | 'f' | null): boolean {
    const para = this.paragraphs[this.paragraphOf(taken.at)]!;
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 40; i--) {
      const x = this.subjects[i]!;
      if (x.at >= taken.at) continue;
      if (x.at < para) return false;
      if (!x.person || x.person === taken.person) return false;
      const g = this.persons.personGender(x.person);
      return !gender || !g || g === gender;
    }
    return false;
  }

  /** The person of `gender` spoken of just before `skipped` (of the other gender), when the two are the last two people
   * spoken of ("La ministra … Lando … «…», ha replicato la ministra. «…», ha detto lui." → Lando); else null. */
  private otherOfPair(at: number, skipped: string, gender: 'm' | 'f'): string | null {
    const seen: { at: number; person: string | null }[] = [];
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - 40; i--) {
      const it = this.items[i]!;
      const end = it.content[it.content.length - 1]!.end;
      if (end <= at && it.who.speaker) seen.push({ at: end, person: it.person });
    }
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 40; i--) if (this.subjects[i]!.at < at) seen.push(this.subjects[i]!);
    seen.sort((x, y) => y.at - x.at);
    for (const x of seen) {
      if (at - x.at >= PRONOUN_REACH || !x.person) return null;
      if (x.person === skipped) continue;
      const g = this.persons.personGender(x.person);
      return g === gender && !this.otherPersonBetween(x.at, at, x.person, skipped) ? x.person : null;
    }
    return null;
  }

  /** Whether the sentence before the one at `at`, in its paragraph, has a finite auxiliary in the plural outside
   * quotations ("si sono incrociati", "hanno discusso") and does not name `person`. */
  private pluralSentenceBefore(at: number, person: string): boolean {
    const para = this.paragraphs[this.paragraphOf(at)]!;
    const own = this.localStart(para, at);
    if (own <= para) return false;
    const from = this.localStart(para, own - 1);
    const t = this.tokens(from, own);
    let plural = false;
    for (let k = 0; k < t.length && !plural; k++) plural = !!t.word[k] && this.pack.auxiliaries.has(t.low[k]!) && this.pack.pluralForm.test(t.low[k]!) && !this.insideQuote(t.start[k]!);
    return plural && !this.namedBetween(from, own, person);
  }

  /** Whether the quotation read last before `at`, in its paragraph, had a tag whose subject the reader could not tell. */
  private unreadTagJustBefore(at: number): boolean {
    const para = this.paragraphs[this.paragraphOf(at)]!;
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - 5; i--) {
      const it = this.items[i]!;
      const end = it.content[it.content.length - 1]!.end;
      if (end > at) continue;
      return end >= para && !!it.unread;
    }
    return false;
  }

  /** The item with a speaker that ends last before an offset (items are read in order: the last few are looked at). */
  private lastItem(before: number): Item | null {
    let best: Item | null = null;
    for (let i = this.items.length - 1; i >= 0 && i >= this.items.length - 40; i--) {
      const it = this.items[i]!;
      const end = it.content[it.content.length - 1]!.end;
      if (end <= before && it.who.speaker && (!best || end > best.content[best.content.length - 1]!.end)) best = it;
    }
    return best;
  }

  // ---- dash speech: "– Musimy działać – mówi premier. – To jest pilne."

  private dashSpeechAt(start: number): void {
    const end = this.paragraphEnd(start);
    let at = start;
    while (at < end && (this.text[at] === ' ' || this.text[at] === '\t')) at++;
    // where speech opens: a dash at the paragraph's start, or after a sentence's end inside it
    const opens: number[] = [];
    // (online, a hyphen set off by a space stands for the dash: "- Musimy działać - mówi premier.")
    if (this.text[at] === '–' || this.text[at] === '—' || (this.text[at] === '-' && /\s/.test(this.text[at + 1] ?? ''))) opens.push(at);
    // (Spanish sets the dash right against the words: "… la zona. —No vamos a …")
    const inner = /[.!?…]\s+([–—]|-(?=\s))(?=\s|[\p{Lu}¿¡])/gu;
    const para = this.text.slice(start, end);
    for (let m = inner.exec(para); m; m = inner.exec(para)) opens.push(start + m.index + m[0].length - m[1]!.length);
    // (or after the colon of a clause that introduces it: "Kandydatka wzrusza ramionami: – Wynik jest słabszy …")
    const colonOpens = new Set<number>();
    const afterColon = /:\s+([–—]|-(?=\s))(?=\s*\p{Lu})/gu;
    for (let m = afterColon.exec(para); m; m = afterColon.exec(para)) {
      const o = start + m.index + m[0].length - m[1]!.length;
      if (this.insideQuote(o)) continue;
      colonOpens.add(o);
      opens.push(o);
    }
    if (colonOpens.size) opens.sort((a, b) => a - b);
    let consumed = -1;
    for (let oi = 0; oi < opens.length; oi++) {
      const open = opens[oi]!;
      if (open <= consumed) continue;
      const stop = opens.find((o) => o > open && o > consumed) ?? end;
      const first = this.dashPart(open, stop);
      // (a short answer with its tag is speech too: "– Wygraliśmy zasłużenie – podkreślił.")
      if (!first || wordsIn(this.text.slice(open, first.end)) < (first.tag ? 1 : 3)) continue;
      const content: Span[] = [{ start: open, end: first.end }];
      let last = first.tag ? first.tag.end : first.end;
      // "– A – mówi X. – B": the speech goes on after the tag, to its own tag or the next opening
      if (first.tag) {
        // (past the rest of the tag: "– mówi premier na konferencji. – B")
        const rest = /^[^–—.!?…\n]*?[.!?…,;]?\s*([–—]|(?<=\s)-(?=\s))\s*/.exec(this.text.slice(first.tag.end, end));
        if (rest) {
          const from = first.tag.end + rest[0].indexOf(rest[1]!);
          const next = opens.find((o) => o > from) ?? end;
          const second = this.dashPart(from, next);
          if (second && wordsIn(this.text.slice(from, second.end)) >= 2) {
            content.push({ start: from, end: second.end });
            last = second.tag ? second.tag.end : second.end;
          }
        }
      }
      // (after a colon with no tag of its own: the clause before the colon says who speaks, else it is no speech)
      const colonTag = !first.tag && colonOpens.has(open) ? this.tagBefore({ start: open, end: open + 1, inner: { start: open + 1, end: open + 1 }, depth: 0, closed: true, double: true }) : null;
      if (colonOpens.has(open) && !first.tag && !colonTag) continue;
      consumed = last;
      this.trackBefore(open);
      const r = first.tag ? this.speaker(this.singular(first.tag.subject, first.tag.cue), open) : colonTag ? this.speaker(this.singular(colonTag.subject, colonTag.cue), open) : this.dashGoesOn(open, content[content.length - 1]!.end);
      // (a hyphen with no tag and no one to go on with may be a list's bullet: no speech)
      if (this.text[open] === '-' && !first.tag && !r.who.speaker) continue;
      // (nor is a dash with no tag after a colon that opens a list, or one that does not end as a sentence does:
      // "Nowe przepisy obejmą:\n– szkoły podstawowe,\n– przedszkola")
      if (!first.tag && this.listItem(open, content[content.length - 1]!.end)) continue;
      this.items.push({ content, cue: first.tag?.cue ?? colonTag?.cue ?? null, who: r.who, kind: 'direct', rule: first.tag || colonTag || !r.who.speaker ? 'dash-speech' : 'dash-goes-on', person: r.person });
      this.taken.push({ start: open, end: last });
    }
  }

  /** Whether dash speech with no tag, from `open` to `end`, is an item of a list: its paragraph follows one that ends
   * with a colon, or it ends with no sentence punctuation, or with a comma or a semicolon. */
  private listItem(open: number, end: number): boolean {
    const after = this.text.slice(end, this.paragraphEnd(end)).trim();
    if (/^[,;]/.test(after) || (after === '' && this.paragraphEnd(end) < this.text.length && !/[.!?…]["”»]?$/.test(this.text.slice(open, end)))) return true;
    // (speech opens with a capital: "– przedszkola prowadzone przez gminy." is an item)
    if (/^[–—-]\s*\p{Ll}/u.test(this.text.slice(open, end))) return true;
    const p = this.paragraphOf(open);
    if (p === 0 || this.text.slice(this.paragraphs[p]!, open).trim() !== '') return false;
    // (after "Nowe przepisy obejmą:" a list; after "Jan Nowak mówi:" speech)
    const prev = this.text.slice(this.paragraphs[p - 1]!, this.paragraphs[p]!);
    if (!/:\s*$/.test(prev)) return false;
    const t = this.tokens(this.paragraphs[p - 1]!, this.paragraphs[p]!);
    for (let k = 0; k < t.length; k++) if (this.cueVerb(t, k)) return false;
    return true;
  }

  /** The speaker of dash speech with no tag: the person quoted just before, when near (this paragraph or the one
   * before) and no one else is named between; else the person the sentence before it is about, when it opens its
   * paragraph ("Politolog dr Marek Zawada uważa, że …\n\n– To klasyczna ucieczka do przodu."). A question is
   * none (in an interview the dash opens the interviewer's turn too). */
  /** In an interview set as questions and answers ("¿Cómo se prepara …?\n\n—Con mucha disciplina."), the one person
   * the paragraph before the first question speaks of, for an answer at `open` that opens the paragraph after a
   * question; else null. */
  private interviewee(open: number): string | null {
    const p = this.paragraphOf(open);
    if (p < 2 || this.text.slice(this.paragraphs[p]!, open).trim() !== '') return null;
    const body = (i: number) => this.text.slice(this.paragraphs[i]!, this.paragraphEnd(this.paragraphs[i]!)).trim();
    const question = (x: string) => /\?["”»]?$/.test(x) && x.length < 400;
    if (!question(body(p - 1))) return null;
    let q = p - 1;
    while (q > 0 && (question(body(q - 1)) || /^[–—]/.test(body(q - 1)))) q--;
    if (q < 1) return null;
    const from = this.paragraphs[q - 1]!;
    const to = this.paragraphs[q]!;
    const persons = new Set(this.subjects.filter((x) => x.at >= from && x.at < to).map((x) => x.person));
    if (persons.size !== 1) return null;
    return [...persons][0] ?? null;
  }

  private dashGoesOn(open: number, end: number): { who: Speaker; person: string | null } {
    const none = { who: { source: null, speaker: null, vague: false }, person: null };
    if (/^[\s.!…]*\?/.test(this.text.slice(end, end + 4))) return none;
    // an answer in an interview set as questions and answers: the person the introduction is about
    const asked = this.interviewee(open);
    if (asked) {
      const e = this.persons.entity(asked, 'person', null);
      return { who: { source: null, speaker: e.id, vague: false }, person: asked };
    }
    const prev = this.lastItem(open);
    if (prev) {
      const prevEnd = prev.content[prev.content.length - 1]!.end;
      // (nor past a sentence about someone else, named or not: "Jeden z przedsiębiorców opowiadał … – …")
      if (open - prevEnd < GOES_ON_REACH && this.paragraphOf(open) - this.paragraphOf(prevEnd) <= 1 && !this.otherPersonBetween(prevEnd, open, prev.person) && !this.otherSubjectBetween(prevEnd, open, prev.person)) {
        return { who: prev.who, person: prev.person };
      }
    }
    // (the sentence before is the paragraph's last, or one inside it: "Lider Sparty X przyznał, że … – Przepraszam kibiców.")
    const inside = this.text.slice(this.paragraphs[this.paragraphOf(open)]!, open).trim() !== '';
    const lastSentence = this.sentences[this.sentenceIndex(open) - 1];
    if (inside && (!lastSentence || this.paragraphOf(lastSentence.start) !== this.paragraphOf(open))) return none;
    this.trackBefore(open);
    const sub = lastSentence ? [...this.subjects].reverse().find((x) => x.at >= lastSentence.start && x.at < lastSentence.end) : undefined;
    if (!sub?.person || sub.named === false || this.otherPersonBetween(sub.at, open, sub.person)) return none;
    const e = this.persons.entity(sub.person, 'person', null);
    return { who: { source: null, speaker: e.id, vague: false }, person: sub.person };
  }

  /** Dash speech from `open` (the dash) to its tag ("– … – mówi X") or to `stop`: where the speech ends, and the tag. */
  private dashPart(open: number, stop: number): { end: number; tag: ReturnType<PackReader['tagAfter']> } | null {
    const t = this.tokens(open + 1, stop);
    for (let k = 0; k < t.length; k++) {
      const hyphen = t.raw[k] === '-' && /\s/.test(this.text[t.start[k]! - 1] ?? '') && /\s/.test(this.text[t.end[k]!] ?? '');
      if (!(t.raw[k] === '–' || t.raw[k] === '—' || hyphen)) continue;
      const tag = this.tagAfter(this.tokens(t.start[k]!, this.paragraphEnd(open)));
      if (tag) return { end: trimEnd(this.text, open, t.start[k]!), tag };
    }
    const e = trimEnd(this.text, open, stop);
    return e > open + 1 ? { end: e, tag: null } : null;
  }

  // ---- reported speech: "Experten glauben, dass …", "Le ministre a déclaré que …", "Die Lage sei ernst, sagte sie."

  private reportedIn(s: Span): void {
    {
      if (this.overlapsItem(s.start, s.end)) return;
      const t = this.tokens(s.start, s.end);
      for (let v = 0; v < t.length; v++) {
        if (!this.cueVerb(t, v) || this.insideQuote(t.start[v]!)) continue;
        const cue = { start: t.start[v]!, end: t.end[v]! };
        const last = lastWord(t);
        let subject: Subject | null = null;
        let content: Span | null = null;
        // "La ministra del Trabajo, Ana Ruiz, explicó que …": a name in apposition that opens the sentence is the subject
        const apposed = v >= 3 && t.raw[v - 1] === ',' ? this.subjectBefore(t, v) : null;
        // (or after the role phrase that opens it: "Der Anwalt des Mannes, Peter Groß, kündigte Beschwerde an.")
        if (v >= 3 && t.raw[v - 1] === ',' && !(apposed?.kind === 'name' && apposed.span && (apposed.span.start <= t.start[firstWord(t)]! || this.roleBeforeApposition(t, t.start.indexOf(apposed.span.start))))) {
          // closing: "Die Lage sei ernst, sagte die Ministerin." / "La situation est grave, a-t-il dit."
          const inv = invertedPronoun(t.low[v]!);
          // (past the hearer: "…, dijo a la agencia EFE el ministro")
          const h = this.hearerEnd(t, v + 1);
          subject = inv ? { kind: 'pronoun', span: cue, word: inv.pronoun } : h < 0 ? null : this.subjectAfter(t, h);
          // "…, heißt es in einer Mitteilung von Pro Natura.": an impersonal subject, the body whose statement it is
          if (!inv && this.pack.impersonal.includes(t.low[v + 1] ?? '')) subject = this.impersonalSource(t, v + 2);
          content = { start: t.start[0]!, end: trimEnd(this.text, t.start[0]!, t.start[v - 1]!) };
        } else {
          // opening: the subject, the verb, then "dass"/"que"/"że" or a comma and the clause
          let w = v + 1;
          while (w < t.length && (this.pack.auxiliaries.has(t.low[w]!) || this.cueVerb(t, w))) w++;
          const before = this.subjectBefore(t, v);
          const after = before ? null : this.subjectAfter(t, w);
          subject = before ?? after;
          let k = after?.span ? t.start.findIndex((x) => x >= after.span!.end) : w;
          if (k < 0) k = t.length;
          // past adjuncts ("sagte am Montag vor Journalisten, …") to the comma or the subordinator
          let j = k;
          while (j < t.length && j < k + 6 && t.raw[j] !== ',' && !this.pack.subordinators.has(t.low[j]!) && !END.has(t.raw[j]!)) j++;
          if (t.raw[j] !== ',' && !this.pack.subordinators.has(t.low[j] ?? '')) continue;
          k = j;
          if (t.raw[k] === ',') {
            k++;
            // "ha annunciato ricorso al Tar, mentre la sindaca …": a clause opened by a conjunction is the reporter's
            // next clause, not the words said
            if (this.pack.clauseConjunctions.has(t.low[k] ?? '')) continue;
          }
          if (k < t.length && this.pack.subordinators.has(t.low[k]!)) k++;
          if (k <= last) content = { start: t.start[k]!, end: trimEnd(this.text, t.start[k]!, t.end[last]!) };
        }
        if (!subject || subject.kind === 'other' || subject.kind === 'dropped' || !content || wordsIn(this.text.slice(content.start, content.end)) < 3) break;
        const r = this.speaker(subject, content.start);
        if (!r.who.source) break;
        this.items.push({ content: [content], cue, who: r.who, kind: 'indirect', rule: 'reported-speech', person: r.person });
        break;
      }
    }
  }

  // ---- "according to": laut X, X zufolge, selon X, d'après X, según X, secondo X, według X, zdaniem X

  private accordingIn(s: Span): void {
    {
      const t = this.tokens(s.start, s.end);
      for (let k = 0; k < t.length; k++) {
        if (this.insideQuote(t.start[k]!)) continue;
        // "Jej zdaniem sytuacja jest stabilna": the possessive is the person spoken of (of its gender)
        if (k > 0 && this.pack.accordingPossessive.includes(t.low[k]!) && this.pack.pronouns.has(t.low[k - 1]!) && (k - 1 === firstWord(t) || t.raw[k - 2] === ',')) {
          this.according(t, s, k - 1, k, { start: k - 1, end: k - 1 }, { start: t.start[k - 1]!, end: t.end[k]! });
          continue;
        }
        const len = this.accordingBeforeAt(t, k);
        // "sagte die Ministerin laut Redetext": an adjunct of a verb of saying, whose subject speaks
        if (len > 0 && this.verbJustBefore(t, k)) continue;
        if (len > 0) {
          // "Según ha explicado, los embalses …", "Segundo afirmou, …": a verb with its subject left out, the person spoken of
          if (this.pack.proDrop) {
            let j = k + len;
            while (j < t.length && this.pack.auxiliaries.has(t.low[j]!) && !this.cueVerb(t, j)) j++;
            if (j > k + len - 1 && this.cueVerb(t, j) && t.raw[j + 1] === ',') {
              this.according(t, s, k, j, { start: j, end: j }, { start: t.start[k]!, end: t.end[j]! }, true);
              continue;
            }
          }
          const head = this.text.slice(this.localStart(t.start[0]!, t.start[k]!), t.start[k]!);
          const np = this.sourceAfter(t, k + len, wordsIn(head) >= 3);
          if (np) this.according(t, s, k, np.end, np, { start: t.start[k]!, end: t.end[k + len - 1]! });
          continue;
        }
        // "Para Villarruel, el Congreso debe …": a sentence-opening "for X," with a name or a role before its comma
        if ((k === firstWord(t) || END.has(t.raw[k - 1] ?? '')) && this.pack.accordingOpeners.includes(t.low[k]!)) {
          const np = this.sourceAfter(t, k + 1, false);
          if (np && t.raw[np.end + 1] === ',') {
            const sub = this.subjectOf(t, np.start, np.end, true);
            const kind = sub.kind;
            // (a body only when named as one: "Para a Confederação dos Agricultores," — not "Pour la France,")
            const body = kind === 'body' && this.persons.bodyWord(sub.word);
            if (kind === 'name' || kind === 'title' || kind === 'role' || kind === 'group' || kind === 'pronoun' || body) this.according(t, s, k, np.end, np, { start: t.start[k]!, end: t.end[k]! });
          }
          continue;
        }
        // "…, so Davis." / "Wie Davis berichtet, …" / "comme l'a souligné X, …": a clause of saying set off by commas
        if (this.pack.accordingClosing.includes(t.low[k]!) && k > 2 && t.raw[k - 1] === ',') {
          const np = this.leastPhrase(t, k + 1);
          if (np && (np.end + 1 >= t.length || END.has(t.raw[np.end + 1]!))) {
            const sub = this.subjectOf(t, np.start, np.end);
            if (sub.kind === 'name' || sub.kind === 'title' || sub.kind === 'role') this.according(t, s, k, np.end, np, { start: t.start[k]!, end: t.end[k]! });
          }
          continue;
        }
        if (this.pack.asClause.includes(t.low[k]!) && (k === firstWord(t) || t.raw[k - 1] === ',' || END.has(t.raw[k - 1] ?? ''))) {
          const as = this.asClauseAt(t, k);
          if (as) this.according(t, s, k, as.end, as.np, as.cue, as.dropped);
          continue;
        }
        if (this.pack.accordingAfter.includes(t.low[k]!) && k > 0) {
          // "Der Polizei zufolge …": the phrase before the word, from the sentence start or a comma
          let a = k - 1;
          while (a - 1 >= 0 && t.word[a - 1] && k - a < 6) a--;
          const np = { start: a, end: k - 1 };
          this.according(t, s, a, k, np, { start: t.start[k]!, end: t.end[k]! });
        }
      }
    }
  }

  /** "wie Davis berichtet", "comme l'a souligné le ministre", "como dijo el presidente", "jak mówi premier":
   * the subject and the verb of the clause, up to its comma or the sentence end. */
  private asClauseAt(t: Tokens, k: number): { np: { start: number; end: number }; end: number; cue: Span; dropped?: boolean } | null {
    let stop = k + 1;
    while (stop < t.length && stop < k + 12 && t.raw[stop] !== ',' && !END.has(t.raw[stop]!)) stop++;
    if (stop >= t.length || stop >= k + 12) return null;
    let v = -1;
    for (let j = k + 1; j < stop; j++) if (this.cueVerb(t, j)) { v = j; break; }
    if (v < 0) return null;
    // subject before the verb ("wie Davis berichtet") or after it ("comme l'a souligné X")
    // (past a reflexive after the verb: "jak dowiedziało się RMF FM")
    const sv = v + 1 < stop && this.pack.auxiliaries.has(t.low[v + 1]!) ? v + 2 : v + 1;
    const np = v > k + 1 && !this.pack.auxiliaries.has(t.low[k + 1]!) && !/^[lL]'/.test(t.low[k + 1]!) ? { start: k + 1, end: v - 1 } : sv < stop ? { start: sv, end: stop - 1 } : null;
    // "Jak zaznaczył, …": a dropped subject, the person spoken of (of the verb's gender)
    if (!np) return this.pack.proDrop && this.pack.verbGender(t.low[v]!) ? { np: { start: v, end: v }, end: v, cue: { start: t.start[k]!, end: t.end[v]! }, dropped: true } : null;
    const kind = this.subjectOf(t, np.start, np.end).kind;
    // (a body alone, "RMF FM"; a hearer before a person, "jak powiedział PAP Paweł Wroński", is read elsewhere)
    const bodyAlone = kind === 'body' && !t.low.slice(np.start, np.end + 1).some((w) => this.persons.gender(w) !== undefined);
    if (kind !== 'name' && kind !== 'title' && kind !== 'role' && kind !== 'group' && !bodyAlone) return null;
    return { np, end: Math.max(np.end, v), cue: { start: t.start[k]!, end: t.end[v]! } };
  }

  /** Whether a verb of saying stands in the few tokens before k, with no comma between. */
  private verbJustBefore(t: Tokens, k: number): boolean {
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      if (t.raw[j] === ',' || END.has(t.raw[j]!)) return false;
      if (this.cueVerb(t, j)) return true;
    }
    return false;
  }

  /** The length in tokens of an "according to" phrase at token k, or 0. */
  private accordingBeforeAt(t: Tokens, k: number): number {
    for (const { words: seq } of accordingByFirst(this.pack).get(t.low[k] ?? '') ?? []) {
      let ok = true;
      for (let w = 0; w < seq.length && ok; w++) ok = t.low[k + w] === seq[w];
      if (ok) return seq.length;
    }
    return 0;
  }

  /** The source after an "according to" phrase: to its comma when the phrase opens the sentence or
   * closes it, else the least phrase that names someone ("Laut Polizei wurden …", "Według Putina sankcje …"). */
  /** The number of words of a relative pronoun after "according to" at token k ("cui", "il quale", "la quale"); 0 if none. */
  private relativeAt(t: Tokens, k: number): number {
    for (const r of this.pack.accordingRelatives) {
      const w = r.split(' ');
      if (w.every((x, i) => t.low[k + i] === x)) return w.length;
    }
    return 0;
  }

  private sourceAfter(t: Tokens, k: number, closing: boolean): { start: number; end: number } | null {
    // "Według „Pulsu Biznesu”", "laut „Spiegel“": a newspaper's title in marks
    const title = this.titleEnd(t, k);
    if (title > 0) return { start: k, end: title };
    if (k >= t.length || !t.word[k]) return null;
    // "selon nos informations", "nach unseren Informationen": the outlet's own reporting
    if (this.pack.ownWords.has(t.low[k]!)) return null;
    // "Luigi Sbarra, secondo il quale il dialogo va avanti": a relative, whose source is before it, not after
    if (this.relativeAt(t, k)) return null;
    if (this.pack.pronouns.has(t.low[k]!)) return { start: k, end: k };
    let stop = k;
    while (stop < t.length && stop < k + 9 && t.raw[stop] !== ',' && !END.has(t.raw[stop]!) && !isOpenMark(t.raw[stop])) stop++;
    let np: { start: number; end: number } | null = null;
    // (German puts the verb right after an opening "laut X": "Laut Eder hatten die Männer …, konnten …" — the source
    // ends before the verb, not at the comma)
    let verbInside = false;
    if (this.pack.capitalisedNouns) for (let j = k + 1; j < stop && !verbInside; j++) verbInside = t.word[j]! && !t.cap[j] && (this.pack.auxiliaries.has(t.low[j]!) || this.cueVerb(t, j));
    if (stop > k && !verbInside && (t.raw[stop] === ',' || (closing && (stop >= t.length || END.has(t.raw[stop]!))))) {
      np = { start: k, end: stop - 1 };
      // "Pour le président ivoirien, Kouassi Yao, …": a description, then the name in apposition
      if (t.raw[stop] === ',' && !this.persons.nameToken(t, k) && this.persons.nameToken(t, stop + 1)) {
        let n = stop + 1;
        while (n + 1 < t.length && (this.persons.nameToken(t, n + 1) || this.persons.particleAt(t, n + 1))) n++;
        if (n > stop + 1 && (n + 1 >= t.length || t.raw[n + 1] === ',' || END.has(t.raw[n + 1]!))) np = { start: k, end: n };
      }
    } else {
      np = this.leastPhrase(t, k);
    }
    if (!np) return null;
    // a source is someone: a name, a title, a role, a group or a body (not "según sus normas")
    const kind = this.subjectOf(t, np.start, np.end, true).kind;
    if (kind === 'other') return null;
    return np;
  }

  /** The least noun phrase that names someone from token k: determiners, a head (or a title, a role) with
   * the name after it, and complements of the genitive ("der Polizei", "del Gobierno", "ministère de l'Intérieur"). */
  private leastPhrase(t: Tokens, k: number): { start: number; end: number } | null {
    let j = k;
    while (j < t.length && this.pack.determiners.has(t.low[j]!)) j++;
    if (j >= t.length || !t.word[j] || !this.npWord(t, j)) return null;
    const nameRun = (from: number) => {
      let e = from;
      while (e + 1 < t.length && (this.persons.nameToken(t, e + 1) || (this.pack.nameParticles.has(t.low[e + 1]!) && (this.persons.nameToken(t, e + 2) || (this.pack.nameParticles.has(t.low[e + 2]!) && this.persons.nameToken(t, e + 3)))))) e++;
      return this.persons.nameEnd(t, from, e);
    };
    let end = this.persons.nameToken(t, j) ? nameRun(j) : j;
    const title = this.persons.titleAt(t, j);
    if (title) end = Math.max(end, title.end);
    if (end + 1 < t.length && this.persons.nameToken(t, end + 1)) end = nameRun(end + 1);
    // genitive complements: "des Ministeriums", "del Gobierno", "de l'Intérieur"
    while (end + 2 < t.length && (this.pack.nameParticles.has(t.low[end + 1]!) || this.pack.determiners.has(t.low[end + 1]!)) && t.word[end + 2] && (t.cap[end + 2] || /^[dl]'/.test(t.low[end + 2]!))) {
      end = this.persons.nameToken(t, end + 2) ? nameRun(end + 2) : end + 2;
    }
    // a body's name goes on past its links: "Landesamt für Umwelt", "Instytutu Meteorologii i Gospodarki Wodnej"
    if (this.persons.bodyWord(t.low[j]!)) end = this.bodyEnd(t, end);
    return { start: k, end };
  }

  /** The end of a body's name from its last token so far: past a link word ("für", "de", "i") and a capitalised word
   * (with its own article: "für die Umwelt"), or an elided one ("dell'Economia"). */
  private bodyEnd(t: Tokens, end: number): number {
    // "Ministerstwa Zdrowia", "Instituto Nacional": the capitals right after the head
    while (end + 1 < t.length && t.word[end + 1] && t.cap[end + 1] && !this.pack.stopwords.has(t.low[end + 1]!) && !this.pack.determiners.has(t.low[end + 1]!)) end++;
    for (let n = 0; n < 4; n++) {
      // "Institut für Arbeitsmarkt- und Berufsforschung": a word cut short before its link
      if (t.raw[end + 1] === '-' && this.pack.bodyLinks.has(t.low[end + 2] ?? '')) end++;
      const link = t.low[end + 1];
      if (!link || !this.pack.bodyLinks.has(link)) {
        // "dell'Economia", "de l'Intérieur" written as one token
        if (link && unelided(link) !== link && this.pack.bodyLinks.has(link.slice(0, link.length - unelided(link).length)) && /^\p{Lu}/u.test(t.raw[end + 1]!.slice(link.length - unelided(link).length))) { end++; continue; }
        break;
      }
      let w = end + 2;
      if (this.pack.determiners.has(t.low[w] ?? '') && !t.cap[w]) w++;
      const raw = t.raw[w];
      if (!raw || !t.word[w]) break;
      const capital = t.cap[w] || /^\p{Lu}/u.test(raw.slice(raw.length - unelided(t.low[w]!).length));
      // "la Cour des comptes", "la Corte dei conti": one common noun that ends the name (the sentence or a comma after it)
      const ends = (j: number) => j >= t.length || !t.word[j] || this.pack.auxiliaries.has(t.low[j]!) || this.cueVerb(t, j);
      if (!capital && !this.pack.capitalisedNouns && n === 0 && t.cap[end] && w === end + 2 && this.npWord(t, w) && !this.pack.stopwords.has(t.low[w]!) && ends(w + 1)) { end = w; break; }
      if (!capital) break;
      end = w;
      while (end + 1 < t.length && t.word[end + 1] && t.cap[end + 1] && this.persons.nameToken(t, end + 1)) end++;
    }
    // its short name in brackets goes with it: "(IAB)", "(INE)"
    if (t.raw[end + 1] === '(' && t.raw[end + 3] === ')' && /^[\p{Lu}\d-]{2,}$/u.test(t.raw[end + 2] ?? '')) end += 3;
    return end;
  }

  /** The body or person whose written statement is named at token k: "(in) einer Mitteilung des Ministeriums",
   * "un communiqué de la préfecture", "w komunikacie ministerstwa"; null when there is none. */
  private documentSource(t: Tokens, k: number, phraseEnd = -1): Subject | null {
    let j = k;
    if (j < t.length && this.pack.stopwords.has(t.low[j]!) && !this.pack.determiners.has(t.low[j]!)) j++;
    while (j < t.length && this.pack.determiners.has(t.low[j]!)) j++;
    // ("l'ultimo rapporto della Dia", "le dernier rapport de l'Insee": one adjective before the noun)
    if (j + 1 < t.length && t.word[j] && !t.cap[j] && !this.pack.documentNouns.has(unelided(t.low[j]!)) && !this.pack.stopwords.has(unelided(t.low[j]!)) && this.pack.documentNouns.has(t.low[j + 1]!)) j++;
    if (j >= t.length || !this.pack.documentNouns.has(unelided(t.low[j]!))) return null;
    const noun = j;
    j++;
    // "nella nota diffusa dall'Istituto", "le communiqué publié par la préfecture": past a participle and its agent
    if (j + 1 < t.length && t.word[j] && !t.cap[j] && !this.pack.stopwords.has(t.low[j]!) && this.agentAt(t.low[j + 1]!)) {
      if (this.pack.passiveAgents.has(t.low[j + 1]!)) j += 2;
      else j++;
    }
    // "der Stadt", "du ministère", "ministerstwa": a link or an article, then the body
    let a = j;
    while (a < t.length && a < j + 2 && (this.pack.bodyLinks.has(t.low[a]!) || this.pack.determiners.has(t.low[a]!) || this.pack.nameParticles.has(t.low[a]!))) a++;
    // "indique le communiqué", "heißt es in der Mitteilung", "w komunikacie resortu", "nel comunicato diffuso dalla
    // società": a statement whose issuer the tag does not name (or names by a description only) — see documentIssuer()
    const unsigned: Subject = { kind: 'other', span: { start: t.start[noun]!, end: t.end[noun]! }, word: '', document: true };
    if (a >= t.length || !t.word[a]) return a === j ? unsigned : null;
    if (a === j && !this.pack.documentNouns.has(unelided(t.low[a]!)) && (this.cueVerb(t, a) || this.pack.auxiliaries.has(t.low[a]!) || this.pack.coordinators.has(t.low[a]!))) return unsigned;
    if (!t.cap[a] && !(t.cap[a + 1] ?? false) && this.pack.issuerDescriptions.has(unelided(t.low[a]!)) && !this.pack.bodyLinks.has(t.low[a + 1] ?? '') && !this.persons.roleWord(t.low[a]!)) return unsigned;
    // "une étude de l'Inserm", "una nota dell'Istat": a capital past an elided article names a body
    const elidedCapital = unelided(t.low[a]!) !== t.low[a]! && /^\p{Lu}/u.test(t.raw[a]!.slice(t.raw[a]!.length - unelided(t.low[a]!).length));
    if (elidedCapital && !this.persons.bodyWord(t.low[a]!)) return { kind: 'body', span: { start: t.start[a]!, end: t.end[a]! }, word: unelided(t.low[a]!) };
    // (Polish "w komunikacie KGP", "w oświadczeniu MSZ": a body by its acronym)
    if (this.pack.bareGenitive && /^\p{Lu}{2,6}$/u.test(t.raw[a]!)) return { kind: 'body', span: { start: t.start[a]!, end: t.end[a]! }, word: t.low[a]! };
    // ("l'ordinanza del gip": a role's document is theirs)
    if (!(this.persons.bodyWord(t.low[a]!) || this.persons.nameToken(t, a) || this.pack.institutions.has(unelided(t.low[a]!)) || this.persons.roleWord(t.low[a]!))) return null;
    let e = a;
    if (this.persons.nameToken(t, a)) while (e + 1 < t.length && this.persons.nameToken(t, e + 1)) e++;
    if (this.persons.bodyWord(t.low[a]!)) e = this.bodyEnd(t, e);
    // "stando ai dati dell'Istituto superiore di sanità, …": a body's name in lower case runs to the phrase's comma
    if (this.persons.bodyWord(t.low[a]!) && phraseEnd > e && phraseEnd - a <= 6 && t.raw[phraseEnd + 1] === ',') {
      let ok = true;
      for (let j = e + 1; j <= phraseEnd && ok; j++) ok = !!t.word[j] && !this.cueVerb(t, j) && !this.pack.auxiliaries.has(t.low[j]!);
      if (ok) e = phraseEnd;
    }
    const sub = this.subjectOf(t, a, e, true);
    if (sub.kind === 'name' || sub.kind === 'body' || sub.kind === 'title' || sub.kind === 'role') return sub;
    if (this.pack.institutions.has(unelided(t.low[a]!))) return { kind: 'body', span: { start: t.start[a]!, end: t.end[e]! }, word: t.low[a]! };
    return null;
  }

  /** The one body that issued a statement named in a tag without its issuer ("indique le communiqué"): the body named
   * in the tag's sentence before it or in the sentence before ("La préfecture du Var a publié un communiqué"); null when
   * none, several, or a person is named there too (who may be its author). */
  /** The last token of a body's name that goes on in small letters after its capitalised head at k ("Office national de la
   * protection civile (ONPC)"), when an acronym in brackets, an auxiliary or a verb follows it; else k. */
  private lowerBodyNameEnd(t: Tokens, k: number): number {
    let j = k;
    while (j + 1 < t.length && j < k + 7 && t.word[j + 1] && !t.cap[j + 1] && !this.cueVerb(t, j + 1) && !this.pack.auxiliaries.has(t.low[j + 1]!)
      && (!this.pack.stopwords.has(t.low[j + 1]!) || this.pack.bodyLinks.has(t.low[j + 1]!) || this.pack.determiners.has(t.low[j + 1]!))) j++;
    while (j > k && (this.pack.bodyLinks.has(t.low[j]!) || this.pack.determiners.has(t.low[j]!))) j--;
    if (j === k) return k;
    if (t.raw[j + 1] === '(' && /^\p{Lu}{2,8}$/u.test(t.raw[j + 2] ?? '') && t.raw[j + 3] === ')') return j + 3;
    const next = t.low[j + 1] ?? '';
    return this.pack.auxiliaries.has(next) || this.cueVerb(t, j + 1) ? j : k;
  }

  private documentIssuer(at: number): string | null {
    const i = this.sentenceIndex(at);
    // (from the sentence before, or the paragraph's start when earlier: any body or person named there may be its author)
    const from = Math.min(this.sentences[Math.max(0, i - 1)]?.start ?? 0, this.paragraphs[this.paragraphOf(at)] ?? 0);
    const t = this.tokens(from, at);
    const found = new Set<string>();
    const issuers = this.statementSubjects(t);
    for (let k = 0; k < t.length; k++) {
      if (this.insideQuote(t.start[k]!)) continue;
      if (this.persons.nameToken(t, k) && !this.persons.bodyWord(t.low[k]!)) {
        let e = k;
        while (e + 1 < t.length && this.persons.nameToken(t, e + 1)) e++;
        const name = this.persons.resolveName(t.raw.slice(k, e + 1));
        // (a person named there may be the author; not a company's name that subjects a statement, "Northvale Mining
        // difundió un comunicado")
        if (name && this.persons.known(name) && !issuers.has(t.raw.slice(k, e + 1).join(' '))) return null;
        if (issuers.has(t.raw.slice(k, e + 1).join(' '))) k = e;
      }
      // "Le groupe X et le syndicat Y ont publié …", "O Ibama e a Secretaria …": bodies joined, several issuers
      if (this.pack.coordinators.has(t.low[k]!) && k > 0 && (t.cap[k - 1] || this.persons.bodyWord(t.low[k - 1]!))) {
        let n = k + 1;
        while (n < t.length && this.pack.determiners.has(t.low[n]!)) n++;
        if (n < t.length && (t.cap[n] || this.persons.bodyWord(t.low[n]!) || this.pack.issuerDescriptions.has(unelided(t.low[n]!)))) return null;
      }
      if (!t.word[k] || !(this.persons.bodyWord(t.low[k]!) || this.pack.issuerDescriptions.has(unelided(t.low[k]!))) || this.persons.roleWord(t.low[k]!)) continue;
      let j = k;
      while (j + 1 < t.length && !this.pack.coordinators.has(t.low[j + 1]!) && (t.cap[j + 1] || ((this.pack.bodyLinks.has(t.low[j + 1]!) || this.pack.determiners.has(t.low[j + 1]!)) && t.cap[j + 2]) || (this.pack.bodyLinks.has(t.low[j + 1]!) && this.pack.determiners.has(t.low[j + 2]!) && t.cap[j + 3]))) j++;
      // "L'Office national de la protection civile (ONPC) a publié …": a capitalised head whose name goes on in small letters,
      // up to its verb or its acronym in brackets
      // (or a head in small letters after its article: "La direction de l'hôpital a publié …")
      if (j === k && (t.cap[k] || (k > 0 && this.pack.definiteArticles.includes(t.low[k - 1]!))) && !this.pack.capitalisedNouns) j = this.lowerBodyNameEnd(t, k);
      // ("La direzione della struttura ha pubblicato un comunicato": a body in small letters that opens its sentence, with
      // its complement or adjective, up to its verb)
      if (j === k && !this.pack.capitalisedNouns && !t.cap[k + 1] && (k === 0 || END.has(t.raw[k - 1]!) || (this.pack.determiners.has(t.low[k - 1]!) && (k === 1 || END.has(t.raw[k - 2]!))))) {
        let e = k;
        for (let n = 0; n < 3 && e + 1 < t.length && t.word[e + 1] && !t.cap[e + 1] && !this.cueVerb(t, e + 1) && !this.pack.auxiliaries.has(t.low[e + 1]!); n++) {
          if (this.pack.bodyLinks.has(t.low[e + 1]!) || this.pack.determiners.has(t.low[e + 1]!) || !this.pack.stopwords.has(t.low[e + 1]!)) e++;
          else break;
        }
        while (e > k && (this.pack.bodyLinks.has(t.low[e]!) || this.pack.determiners.has(t.low[e]!))) e--;
        if (e > k && this.pack.auxiliaries.has(t.low[e + 1] ?? '')) {
          found.add(t.raw.slice(k, e + 1).join(' '));
          k = e;
          continue;
        }
      }
      if (j === k) continue;
      // ("la società Autostrade", "der Autobauer Volkswagen": a description, then the body's own name)
      const own = !t.cap[k] || this.pack.capitalisedNouns ? (t.cap[k + 1] && !this.pack.bodyLinks.has(t.low[k + 1]!) ? k + 1 : k) : k;
      found.add(t.raw.slice(own, j + 1).join(' ').replace(/\( (\S+) \)$/, '($1)'));
      k = j;
    }
    for (const x of issuers) found.add(x);
    return found.size === 1 ? [...found][0]! : null;
  }

  /** Names that no given name opens, each the subject of a sentence whose object is a statement: "A Petrobras divulgou
   * uma nota", "Volkswagen veröffentlichte eine Mitteilung", or after one that opens it, "Em nota, o Ceará informou …". */
  private statementSubjects(t: Tokens): Set<string> {
    const found = new Set<string>();
    for (let k = 0; k < t.length; k++) {
      if (!this.pack.documentNouns.has(unelided(t.low[k]!)) || this.insideQuote(t.start[k]!)) continue;
      let f = k - 1;
      while (f > 0 && k - f <= 4 && !t.cap[f] && t.word[f] && !this.pack.documentNouns.has(t.low[f]!)) f--;
      let s = f;
      while (s > 0 && t.cap[s - 1] && t.word[s - 1]) s--;
      // (past a capitalised article that opens the sentence: "A Petrobras", "La Fnac")
      if (s < f && this.pack.determiners.has(t.low[s]!)) s++;
      const opens = s === 0 || END.has(t.raw[s - 1]!) || (s === 1 && this.pack.determiners.has(t.low[0]!)) || (s >= 2 && END.has(t.raw[s - 2]!) && this.pack.determiners.has(t.low[s - 1]!));
      if (f >= 0 && t.cap[f] && f < k - 1 && opens && this.persons.gender(t.low[s]!) === undefined && !this.pack.determiners.has(t.low[s]!) && !this.pack.stopwords.has(t.low[s]!) && this.cueOrAuxBetween(t, f + 1, k)) found.add(t.raw.slice(s, f + 1).join(' '));
      // "Em nota, o Ceará informou que …", "En un comunicado, Northvale señaló …": the capitalised subject right after the
      // statement's opening phrase and its comma, before a verb
      const opening = (k <= 2 || END.has(t.raw[k - 2]!) || END.has(t.raw[k - 3]!)) && t.raw[k + 1] === ',';
      if (!opening) continue;
      let a = k + 2;
      if (this.pack.determiners.has(t.low[a]!)) a++;
      let e = a;
      while (e < t.length && t.cap[e] && t.word[e]) e++;
      if (e > a && e < t.length && t.word[e] && !t.cap[e] && this.persons.gender(t.low[a]!) === undefined && !this.pack.stopwords.has(t.low[a]!) && !this.pack.stopwords.has(t.low[e]!)) found.add(t.raw.slice(a, e).join(' '));
    }
    return found;
  }

  /** Whether a word from a up to b (excluded) is a verb: not a cue perhaps ("publié", "divulgou"), so any lower-case word
   * that is neither a determiner nor a link, or an auxiliary. */
  private cueOrAuxBetween(t: Tokens, a: number, b: number): boolean {
    for (let j = a; j < b; j++) if (t.word[j] && !t.cap[j] && !this.pack.determiners.has(t.low[j]!) && !this.pack.bodyLinks.has(t.low[j]!) && !this.pack.stopwords.has(t.low[j]!)) return true;
    for (let j = a; j < b; j++) if (this.pack.auxiliaries.has(t.low[j]!)) return true;
    return false;
  }

  /** Whether a token is the preposition of a passive's agent, whole or elided with its article ("par", "da", "dall'Istituto"). */
  private agentAt(low: string): boolean {
    const w = unelided(low);
    return this.pack.passiveAgents.has(low) || (w !== low && this.pack.passiveAgents.has(low.slice(0, low.length - w.length)));
  }

  /** The token after the hearer's phrase that follows a verb of saying at k ("à l'AFP", "a este diario", "PAP",
   * "all'ANSA", "dem NDR", "dziennikarzom"), k when there is none, -1 when the phrase runs on too long to tell. */
  private hearerEnd(t: Tokens, k: number): number {
    const w = t.low[k];
    // Polish "powiedziała „Rzeczpospolitej” minister X": a newspaper's title in marks, in the dative, is the hearer
    if (this.pack.bareGenitive && isOpenMark(t.raw[k])) {
      const close = this.titleEnd(t, k);
      return close > 0 ? close + 1 : k;
    }
    if (!w || !t.word[k]) return k;
    if (this.pack.hearers.has(`${w} ${t.low[k + 1] ?? ''}`)) return k + 2;
    if (this.pack.hearers.has(w)) return k + 1;
    const elided = unelided(w) !== w && this.pack.hearerPrepositions.has(w.slice(0, w.length - unelided(w).length));
    if (!elided && !this.pack.hearerPrepositions.has(w)) return k;
    let j = elided ? k + 1 : k + 1;
    if (!elided && this.pack.determiners.has(t.low[j] ?? '')) j++;
    else if (!elided && unelided(t.low[j] ?? '') !== (t.low[j] ?? '')) {
      // "à l'AFP", "à l'agence Reuters": the elided article's noun is the hearer, with an agency's name after it
      j++;
      return this.pack.hearers.has(t.low[j] ?? '') ? j + 1 : j;
    }
    // the hearer's noun and its name ("agencia EFE", "diario", "NDR"), up to the speaker's article, title or role
    // (at most two words: a longer run may hold the speaker, "ha detto all'ANSA l'assessore Luca Bianchi")
    const from = j;
    let inside = 0;
    const article = (w: string) => unelided(w) !== w && this.pack.determiners.has(w.slice(0, w.length - unelided(w).length));
    // (nor past a given name, "à la presse Claire Duval")
    while (j < t.length && t.word[j] && !this.pack.determiners.has(t.low[j]!) && !article(t.low[j]!) && !this.persons.roleWord(t.low[j]!) && !this.persons.titleAt(t, j) && !this.cueVerb(t, j) && !this.pack.stopwords.has(t.low[j]!) && !(j > from && t.cap[j] && this.persons.gender(t.low[j]!) !== undefined)) {
      if (j >= from + 2 + inside) return -1;
      j++;
      // (a small word inside the medium's name: "à Folha de S.Paulo", "al Diario de Sevilla")
      if (j + 1 < t.length && t.cap[j - 1] && this.pack.nameParticles.has(t.low[j]!) && !t.cap[j] && t.cap[j + 1] && this.persons.gender(t.low[j + 1]!) === undefined) { j++; inside++; }
    }
    return j > k + 1 || elided ? j : k;
  }

  /** Where the sentence around `at` starts, past sentence ends the splitter left inside (after a closing mark). */
  private localStart(from: number, at: number): number {
    const head = this.text.slice(from, at);
    const m = /[.!?…]["“”»«]?\s+(?=[^\s]|$)/gu;
    let cut = 0;
    for (let r = m.exec(head); r; r = m.exec(head)) cut = r.index + r[0].length;
    return from + cut;
  }

  private according(t: Tokens, s: Span, cueTok: number, srcEnd: number, np: { start: number; end: number }, cue: Span, dropped = false): void {
    const first = this.localStart(t.start[0]!, t.start[Math.min(cueTok, np.start)]!);
    const content: Span[] = [];
    const head = trimEnd(this.text, first, t.start[Math.min(cueTok, np.start)]!);
    if (wordsIn(this.text.slice(first, head)) >= 3) content.push({ start: first, end: head });
    let k = srcEnd + 1;
    // "Pour l'économiste Marie Lefèvre, chercheuse à l'OFCE, …": an apposition of the source is the source's
    if (t.raw[k] === ',' && (this.persons.roleWord(t.low[k + 1] ?? '') || (this.pack.determiners.has(t.low[k + 1] ?? '') && this.persons.roleWord(t.low[k + 2] ?? '')))) {
      let c = k + 2;
      while (c < t.length && c < k + 10 && t.raw[c] !== ',' && !END.has(t.raw[c]!)) c++;
      if (t.raw[c] === ',') k = c;
    }
    while (k < t.length && (t.raw[k] === ',' || !t.word[k]) && !isOpenMark(t.raw[k])) k++;
    // past a sentence adverb set off by commas ("Para a Confederação, porém, o valor …", "Selon lui, en revanche, …")
    for (let j = k; j < t.length && j <= k + 2; j++) {
      if (!t.word[j] || !this.pack.stopwords.has(t.low[j]!)) break;
      if (t.raw[j + 1] === ',') { k = j + 2; break; }
    }
    // the tail ends with its sentence (the splitter may have run on past a closing mark)
    let stop = k;
    while (stop < t.length && !END.has(t.raw[stop]!)) stop++;
    const tailEnd = trimEnd(this.text, k < t.length ? t.start[k]! : s.end, stop < t.length ? t.end[stop]! : s.end);
    if (k < t.length && wordsIn(this.text.slice(t.start[k]!, tailEnd)) >= 3) content.push({ start: t.start[k]!, end: tailEnd });
    if (!content.length) return;
    // a quotation already read is not read again as a statement
    if (this.overlapsItem(content[0]!.start, content[content.length - 1]!.end)) return;
    // (a title in marks is the newspaper, a body)
    const titled = isOpenMark(t.raw[np.start]) && np.end > np.start + 1;
    const subject: Subject = titled
      ? { kind: 'body', span: { start: t.start[np.start + 1]!, end: t.end[np.end - 1]! }, word: t.low[np.start + 1]! }
      : dropped
      ? this.singular({ kind: 'dropped', span: null, word: t.low[np.start]! }, { start: t.start[np.start]!, end: t.end[np.start]! })
      : this.pack.pronouns.has(t.low[np.start]!)
        ? { kind: 'pronoun' as const, span: { start: t.start[np.start]!, end: t.end[np.end]! }, word: t.low[np.start]! }
        : this.subjectOf(t, np.start, np.end, true);
    const r = this.speaker(subject, content[0]!.start);
    if (dropped && !r.who.speaker) return;
    if (!r.who.source && subject.kind !== 'pronoun' && !dropped) return;
    this.items.push({ content, cue, who: r.who, kind: 'indirect', rule: 'according-to', person: r.person });
  }
}

interface Subject {
  kind: 'pronoun' | 'dropped' | 'latter' | 'name' | 'title' | 'role' | 'group' | 'body' | 'other';
  span: Span | null;
  word: string;
  name?: string[];
  office?: string;
  country?: string | null;
  /** After a preposition ("według Putina"): an inflected name may be read back to its base form. */
  oblique?: boolean;
  /** A role of someone named in the genitive ("Scholz' Sprecher"): someone new, not a person named with that role. */
  possessed?: boolean;
  /** A person by nationality or place ("le Néo-Zélandais"): `word` is the adjective. */
  demonym?: boolean;
  /** A statement whose issuer the tag does not name ("le communiqué", "in der Mitteilung"). */
  document?: boolean;
  /** A dropped subject's gender said by a description the lexicon does not know ("la pasticciera aveva spiegato"). */
  gender?: 'm' | 'f';
}

/** The pack's "according to" phrases split into words, by their first word, in the pack's order. */
const accordingByFirst = perPack((pack) => byFirstWord(pack.accordingBefore, (phrase) => phrase));

/** The first word token of a sentence. */
function firstWord(t: Tokens): number {
  let k = 0;
  while (k < t.length - 1 && !t.word[k]) k++;
  return k;
}

/** The last word token of a sentence. */
function lastWord(t: Tokens): number {
  let k = t.length - 1;
  while (k > 0 && !t.word[k]) k--;
  return k;
}

/** French inversion: "écrit-il" → écrit + il, "a-t-elle" → a + elle, "déclare-t-on". */
function invertedPronoun(w: string): { verb: string; pronoun: string } | null {
  const m = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/.exec(w);
  return m ? { verb: m[1]!, pronoun: m[2]! } : null;
}

/** End of the text between a and b without trailing spaces, commas, dashes and sentence punctuation. */
function trimEnd(text: string, a: number, b: number): number {
  let e = b;
  while (e > a && /[\s,;:–—.!?-]/.test(text[e - 1]!)) e--;
  return e;
}

/** The comma before an age set off by commas that ends at the comma at token e (", 64 ans," / ", 54,"), or -1. */
function ageBefore(t: Tokens, e: number): number {
  if (t.raw[e] !== ',') return -1;
  if (e >= 2 && /^\d{1,3}$/.test(t.raw[e - 1]!) && t.raw[e - 2] === ',') return e - 2;
  if (e >= 3 && /^\d{1,3}$/.test(t.raw[e - 2]!) && t.word[e - 1] && t.raw[e - 3] === ',') return e - 3;
  return -1;
}
