// The reading journal's model: what is kept of an article the reader read, and who is who across
// articles. Pure: no IndexedDB, no browser API, no clock (times come in as arguments).
// Never the article's full text: the page's metadata, its attributions (speaker, words, kind, cue),
// its leaders and its timeline.
import type { Analysis, Attribution, Entity, EntityType } from '../../core/types.ts';
import { leaderTerms, soloNames } from '../../core/knowledge/leaders.ts';

/** The journal's schema version (IndexedDB and export files). */
export const SCHEMA_VERSION = 2;
export const EXPORT_FORMAT = 'sourcelight-journal';
export const DEFAULT_RETENTION_DAYS = 90;
const MAX_STATEMENT = 1000;
const MAX_TIMELINE = 60;

export type StatementKind = 'direct' | 'partial' | 'indirect' | 'mixed';

export interface ArticleRecord {
  /** Canonical URL: the key. */
  url: string;
  title: string;
  /** The outlet's name as the page states it, else its host. */
  outlet: string;
  /** The host (forget a site works on it). */
  site: string;
  lang: string | null;
  published: string | null;
  /** When it was read (ms since epoch). */
  readAt: number;
  leaders: { name: string; role: string | null; country: string | null; mentions: number }[];
  timeline: { date: string | null; precision: string; text: string }[];
  /** How many statements were recorded with it. */
  statements: number;
}

export interface StatementRecord {
  id?: number;
  url: string;
  /** Who said it across articles ('' for an unnamed source). */
  person: string;
  name: string;
  type: EntityType | 'source';
  role: string | null;
  country: string | null;
  leader: boolean;
  text: string;
  kind: StatementKind;
  cue: string | null;
  vague: boolean;
  /** Key of the words normalised (quote marks, case, whitespace) for "same quote, several
   *  outlets": a 64-bit hash, absent for statements of fewer than four words (not indexed). */
  qk?: string;
  readAt: number;
  published: string | null;
  outlet: string;
  site: string;
  lang: string | null;
}

/** One person (or organisation) across the journal, kept up to date with every write. */
export interface PersonRecord {
  key: string;
  name: string;
  type: EntityType | 'source';
  role: string | null;
  country: string | null;
  leader: boolean;
  direct: number;
  reported: number;
  /** direct + reported (indexed: most quoted first). */
  total: number;
  /** Articles they are quoted in. */
  articles: number;
  /** Statements per outlet. */
  outlets: Record<string, number>;
  lastReadAt: number;
}

/** Statements whose words match, with the outlets that carried them. */
export interface QuoteRecord {
  qk: string;
  outlets: Record<string, number>;
  outletCount: number;
}

/** What the content script sends when a page has been read: everything but the text. */
export interface ArticleEntry {
  article: ArticleRecord;
  statements: StatementRecord[];
}

// ---------------------------------------------------------------- names and people

const QUOTE_MARKS = /["“”„‟«»‹›‘’‚‛'`´「」『』〝〞＂]/g;

/** Case, accents, dots and spacing folded: "Vladimir  Pútin" and "vladimir putin" are one. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[’'`]/g, '').replace(/[.,]/g, ' ').replace(/[-‐‑–]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Words of a statement folded for matching across outlets: quote marks, case and whitespace. */
export function normalizeQuote(text: string): string {
  return text.normalize('NFKC').replace(QUOTE_MARKS, '').replace(/…/g, '...').toLowerCase()
    .replace(/\s+/g, ' ').replace(/^[\s.,;:!?—–-]+|[\s.,;:!?—–-]+$/g, '').trim();
}

let leaderIndex: Map<string, string> | null = null;
/** Every written form of a leader's name (full names and listed other spellings) → the canonical name. */
function leaders(): Map<string, string> {
  if (leaderIndex) return leaderIndex;
  leaderIndex = new Map();
  for (const t of leaderTerms()) {
    for (const n of [t.name, ...t.aliases]) leaderIndex.set(normalizeName(n), t.name);
  }
  for (const [solo, full] of soloNames()) leaderIndex.set(`solo:${normalizeName(solo)}`, full);
  return leaderIndex;
}

/** The canonical name of a leader for this written form, or null. */
export function leaderName(name: string, isLeader = false): string | null {
  const n = normalizeName(name);
  const m = leaders();
  return m.get(n) ?? (isLeader ? m.get(`solo:${n}`) ?? null : null);
}

/**
 * The key that makes a speaker the same person across articles.
 * - a leader: the built-in knowledge's canonical name (the core has already resolved "Putin" and
 *   "the Russian president" against the publication date to the entity "Vladimir Putin");
 * - a person named in full (two words or more): the normalised full name;
 * - a person known only by one name here ("Smith"): this article only, never merged;
 * - an organisation, a medium, a group: its normalised name; an unnamed source: no key.
 */
export function personKey(e: Pick<Entity, 'name' | 'type' | 'leader'>, url: string): string {
  if (e.type === 'anonymous') return '';
  const canonical = leaderName(e.name, e.leader);
  if (canonical) return `p:${normalizeName(canonical)}`;
  const n = normalizeName(e.name);
  if (!n) return '';
  if (e.type !== 'person') return `o:${n}`;
  if (n.split(' ').length < 2) return `a:${url}#${n}`;
  return `p:${n}`;
}

// ---------------------------------------------------------------- from a reading to a record

/** The URL the article is kept under: the page's canonical link when it is on the same site, without
 *  fragment and tracking parameters. */
export function canonicalUrl(href: string, canonical?: string | null): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  if (canonical) {
    try {
      const c = new URL(canonical, u);
      const base = (h: string) => h.replace(/^(www|m|amp)\./, '');
      if ((c.protocol === 'https:' || c.protocol === 'http:') && base(c.hostname) === base(u.hostname)) u = c;
    } catch { /* keep the page's own URL */ }
  }
  u.hash = '';
  for (const k of [...u.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_|ref$|ocid$|cmpid$)/i.test(k)) u.searchParams.delete(k);
  }
  return u.toString();
}

export interface ReadingInput {
  url: string;
  canonical?: string | null;
  title: string;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  text: string;
  analysis: Analysis;
}

function spansOf(a: Attribution) {
  return Array.isArray(a.content) ? a.content : [a.content];
}

/** The journal entry for one reading (no article text in it: only the statements' own words). */
export function entryFromReading(r: ReadingInput, readAt: number): ArticleEntry {
  const url = canonicalUrl(r.url, r.canonical);
  let site = '';
  try { site = new URL(url).hostname.replace(/^www\./, ''); } catch { /* not a URL */ }
  const outlet = (r.siteName ?? '').trim() || site;
  const lang = r.lang ? r.lang.toLowerCase().split(/[-_]/)[0]! : null;
  const entities = new Map(r.analysis.entities.map((e) => [e.id, e]));
  const statements: StatementRecord[] = [];
  for (const a of r.analysis.attributions) {
    const text = spansOf(a).map((s) => r.text.slice(s.start, s.end)).join(' … ').replace(/\s+/g, ' ').trim().slice(0, MAX_STATEMENT);
    if (!text) continue;
    const e = a.speaker ? entities.get(a.speaker) : undefined;
    const sourceText = a.source ? r.text.slice(a.source.start, a.source.end).replace(/\s+/g, ' ').trim() : '';
    const canonical = e ? leaderName(e.name, e.leader) : null;
    statements.push({
      url, person: e ? personKey(e, url) : '',
      name: canonical ?? e?.name ?? (sourceText || 'Unnamed source'),
      type: e ? (a.vague ? 'anonymous' : e.type) : a.vague ? 'anonymous' : 'source',
      role: e?.role ?? null, country: e?.country ?? null, leader: !!e?.leader,
      text, kind: a.kind, cue: a.cue ? r.text.slice(a.cue.start, a.cue.end) : null, vague: a.vague,
      qk: quoteKey(text), readAt, published: r.published, outlet, site, lang,
    });
  }
  const article: ArticleRecord = {
    url, title: r.title.slice(0, 500), outlet, site, lang, published: r.published, readAt,
    leaders: r.analysis.entities.filter((e) => e.leader).map((e) => ({
      name: leaderName(e.name, true) ?? e.name, role: e.role, country: e.country ?? null, mentions: e.mentions.length,
    })),
    timeline: r.analysis.timeline.slice(0, MAX_TIMELINE).map((t) => ({ date: t.date, precision: t.precision, text: t.text.slice(0, 500) })),
    statements: statements.length,
  };
  return { article, statements };
}

/** Reported (indirect) vs direct: partial and mixed quotes carry the speaker's own words. */
export const isReported = (k: StatementKind) => k === 'indirect';

/** The quote counted as "the same quote" across outlets only when it has a few words. */
export const quotable = (norm: string) => norm.split(' ').length >= 4;

/** The key of a statement's words for "same quote" (two 32-bit FNV-1a hashes), or undefined. */
export function quoteKey(text: string): string | undefined {
  const n = normalizeQuote(text);
  if (!quotable(n)) return undefined;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ n.length;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}

// ---------------------------------------------------------------- people, incrementally

/** Add (sign +1) or remove (sign -1) articles' statements (each article's all of them) to the people they quote. */
export function applyToPeople(people: Map<string, PersonRecord>, statements: readonly StatementRecord[], sign: 1 | -1): void {
  const seen = new Set<string>();
  for (const s of statements) {
    if (!s.person) continue;
    let p = people.get(s.person);
    if (!p) {
      if (sign < 0) continue;
      p = { key: s.person, name: s.name, type: s.type, role: s.role, country: s.country, leader: s.leader,
        direct: 0, reported: 0, total: 0, articles: 0, outlets: {}, lastReadAt: 0 };
      people.set(s.person, p);
    }
    if (sign > 0) {
      // The newest reading names them best (a role changes; a fuller name appears).
      if (s.readAt >= p.lastReadAt) {
        p.lastReadAt = s.readAt;
        if (s.name.length >= p.name.length || s.leader) p.name = s.name;
        p.role = s.role ?? p.role; p.country = s.country ?? p.country; p.leader ||= s.leader;
      }
    }
    if (isReported(s.kind)) p.reported += sign; else p.direct += sign;
    p.total += sign;
    p.outlets[s.outlet] = (p.outlets[s.outlet] ?? 0) + sign;
    if (p.outlets[s.outlet]! <= 0) delete p.outlets[s.outlet];
    const pa = `${s.person}\u0001${s.url}`;
    if (!seen.has(pa)) { seen.add(pa); p.articles += sign; }
  }
}

export function applyToQuotes(quotes: Map<string, QuoteRecord>, statements: readonly StatementRecord[], sign: 1 | -1): void {
  for (const s of statements) {
    if (!s.qk) continue;
    let q = quotes.get(s.qk);
    if (!q) {
      if (sign < 0) continue;
      q = { qk: s.qk, outlets: {}, outletCount: 0 };
      quotes.set(s.qk, q);
    }
    q.outlets[s.outlet] = (q.outlets[s.outlet] ?? 0) + sign;
    if (q.outlets[s.outlet]! <= 0) delete q.outlets[s.outlet];
    q.outletCount = Object.keys(q.outlets).length;
  }
}

// ---------------------------------------------------------------- export and import

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  articles: (ArticleRecord & { quotes: Omit<StatementRecord, 'id' | 'url' | 'readAt' | 'published' | 'outlet' | 'site' | 'lang' | 'qk'>[] })[];
}

export class ImportError extends Error {}

const LIMITS = { articles: 100_000, statementsPerArticle: 2_000, string: 10_000, leaders: 500 };

function str(v: unknown, what: string, max = LIMITS.string): string {
  if (typeof v !== 'string') throw new ImportError(`${what} is not text`);
  if (v.length > max) throw new ImportError(`${what} is too long`);
  return v;
}
function optStr(v: unknown, what: string, max = LIMITS.string): string | null {
  return v === null || v === undefined ? null : str(v, what, max);
}
function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new ImportError(`${what} is not a date`);
  return v;
}
function obj(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ImportError(`${what} is not an object`);
  return v as Record<string, unknown>;
}
function arr(v: unknown, what: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new ImportError(`${what} is not a list`);
  if (v.length > max) throw new ImportError(`${what} has too many entries`);
  return v;
}
const KINDS = new Set(['direct', 'partial', 'indirect', 'mixed']);
const TYPES = new Set(['person', 'organization', 'media', 'group', 'anonymous', 'source']);

/**
 * Read an export file (this schema or an older one) into entries, checking everything first: a
 * malformed or hostile file throws an ImportError with a message for the reader, and nothing is
 * returned to write. Person keys are recomputed here, never taken from the file.
 */
export function parseExport(json: string): ArticleEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ImportError('This file is not a Sourcelight journal: it is not valid JSON.');
  }
  const root = obj(raw, 'The file');
  if (root.format !== EXPORT_FORMAT) throw new ImportError('This file is not a Sourcelight journal export.');
  const version = root.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new ImportError('The file has no valid schema version.');
  if (version > SCHEMA_VERSION) throw new ImportError(`The file was made by a newer Sourcelight (schema ${version}); this one reads up to ${SCHEMA_VERSION}.`);
  const out: ArticleEntry[] = [];
  const where = (i: number) => `Article ${i + 1}`;
  arr(root.articles, 'The list of articles', LIMITS.articles).forEach((ra, i) => {
    const a = obj(ra, where(i));
    const url = str(a.url, `${where(i)}: its address`, 4000);
    let parsed: URL;
    try { parsed = new URL(url); } catch { throw new ImportError(`${where(i)}: its address is not a web address`); }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ImportError(`${where(i)}: its address is not a web page`);
    const readAt = num(a.readAt, `${where(i)}: its reading date`);
    const title = str(a.title ?? '', `${where(i)}: its title`, 2000);
    const site = version >= 2 ? str(a.site, `${where(i)}: its site`, 500) : parsed.hostname.replace(/^www\./, '');
    const outlet = str(a.outlet ?? site, `${where(i)}: its outlet`, 500);
    const lang = optStr(a.lang, `${where(i)}: its language`, 20);
    const published = optStr(a.published, `${where(i)}: its publication date`, 40);
    const leadersIn = arr(a.leaders ?? [], `${where(i)}: its leaders`, LIMITS.leaders).map((rl, j) => {
      const l = obj(rl, `${where(i)}: leader ${j + 1}`);
      return { name: str(l.name, 'A leader’s name', 300), role: optStr(l.role, 'A leader’s role', 300), country: optStr(l.country, 'A leader’s country', 300), mentions: Math.floor(num(l.mentions ?? 0, 'A leader’s mentions')) };
    });
    const timeline = arr(a.timeline ?? [], `${where(i)}: its timeline`, LIMITS.leaders).map((rt, j) => {
      const t = obj(rt, `${where(i)}: timeline entry ${j + 1}`);
      return { date: optStr(t.date, 'A timeline date', 40), precision: str(t.precision ?? 'day', 'A timeline precision', 20), text: str(t.text, 'A timeline entry', 2000) };
    });
    // Schema 1 called the statements "attributions" and the speaker "speaker".
    const rawQuotes = arr(version >= 2 ? a.quotes : a.attributions, `${where(i)}: its statements`, LIMITS.statementsPerArticle);
    const statements = rawQuotes.map((rq, j) => {
      const q = obj(rq, `${where(i)}: statement ${j + 1}`);
      const w = `${where(i)}, statement ${j + 1}`;
      const name = str(version >= 2 ? q.name : q.speaker, `${w}: the speaker`, 300);
      const type = str(q.type ?? 'person', `${w}: the speaker's kind`, 20);
      if (!TYPES.has(type)) throw new ImportError(`${w}: unknown kind of speaker`);
      const kind = str(q.kind, `${w}: its kind`, 20);
      if (!KINDS.has(kind)) throw new ImportError(`${w}: unknown kind of statement`);
      const text = str(q.text, `${w}: its words`, MAX_STATEMENT);
      const leader = q.leader === true;
      const vague = q.vague === true;
      const e = { name, type: (type === 'source' ? 'anonymous' : type) as EntityType, leader };
      const s: StatementRecord = {
        url, person: type === 'source' || vague ? '' : personKey(e, url), name, type: type as StatementRecord['type'],
        role: optStr(q.role, `${w}: the role`, 300), country: optStr(q.country, `${w}: the country`, 300), leader,
        text, kind: kind as StatementKind, cue: optStr(q.cue, `${w}: the cue`, 300), vague,
        qk: quoteKey(text), readAt, published, outlet, site, lang,
      };
      return s;
    });
    out.push({ article: { url, title, outlet, site, lang, published, readAt, leaders: leadersIn, timeline, statements: statements.length }, statements });
  });
  return out;
}

/** The export file for these entries (this schema). */
export function buildExport(entries: readonly ArticleEntry[], now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: entries.map(({ article, statements }) => ({
      ...article,
      quotes: statements.map((s) => ({ person: s.person, name: s.name, type: s.type, role: s.role, country: s.country, leader: s.leader, text: s.text, kind: s.kind, cue: s.cue, vague: s.vague })),
    })),
  };
}
