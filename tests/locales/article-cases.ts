// Invented articles as data: each expected quotation (found by a needle in its content) with its speaker — a
// name, a pattern for a body's name, or null where a careful reader cannot name anyone — and a count of
// speakers right, wrong, missing (a quotation with no speaker where one was expected) and quotations not found.
import { read, said } from './read.ts';

export interface ArticleCase {
  title: string;
  paragraphs: string[];
  /** [needle in the quotation, its speaker (null: no one may be given)]; a speaker "Name|alias|alias" is also right
   * as one of the ways the article refers to them ("Frédéric Favre|Sicherheitsdirektor"), as the scorer of
   * ../shared/eval takes its gold aliases */
  quotes: [string, string | RegExp | null][];
  /** Needles the reader does not read yet (no speaker or not found): they may not be given a wrong speaker. */
  open?: string[];
}

export interface CaseResult { needle: string; expected: string | RegExp | null; got: string | null; rule?: string; found: boolean; verdict: 'right' | 'wrong' | 'missing' | 'not found' }

export function checkCase(c: ArticleCase, lang: string): CaseResult[] {
  const { items } = read(c.paragraphs.join('\n\n'), lang);
  return c.quotes.map(([needle, expected]) => {
    const item = said(items, needle);
    const got = item?.speaker ?? null;
    // (null: no one named in the article may be given; a description of its own, "eine Hebamme", is no wrong one)
    const named = c.quotes.flatMap(([, e]) => (typeof e === 'string' ? [e] : []));
    const ok = expected === null ? got === null || !named.some((n) => n.split('|')[0] === got) : typeof expected === 'string' ? got !== null && nameOrAlias(expected, got) : got !== null && expected.test(got);
    const verdict = !item ? 'not found' : ok ? 'right' : got === null ? 'missing' : 'wrong';
    return { needle, expected, got, rule: item?.rule, found: !!item, verdict };
  });
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** Whether `got` is the name or contains one of the aliases at a word start, or its last word starts a word of the name. */
function nameOrAlias(expected: string, got: string): boolean {
  const [name, ...aliases] = expected.split('|');
  if (got === name) return true;
  const g = fold(got);
  if (aliases.some((a) => new RegExp(`(?:^|[^\\p{L}])${fold(a)}`, 'u').test(g))) return true;
  const last = g.match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)?.at(-1) ?? '';
  return last.length >= 3 && new RegExp(`(?:^|[^\\p{L}])${last}`, 'u').test(fold(name!));
}

/** The failures of an article, for a test: every quotation right, those still open at least not wrong. */
export function failures(c: ArticleCase, lang: string): string[] {
  return checkCase(c, lang)
    .filter((r) => r.verdict !== 'right' && !(c.open?.includes(r.needle) && r.verdict !== 'wrong'))
    .map((r) => `${r.needle}: ${r.verdict}, got ${r.got}`);
}

/** Totals over some articles: right / wrong / missing / not found. */
export function tally(cases: ArticleCase[], lang: string) {
  const t = { right: 0, wrong: 0, missing: 0, 'not found': 0 };
  const lines: string[] = [];
  for (const c of cases) {
    for (const r of checkCase(c, lang)) {
      t[r.verdict]++;
      if (r.verdict !== 'right') lines.push(`${r.verdict.padEnd(9)} ${c.title} | ${r.needle} | want ${String(r.expected)} got ${r.got} (${r.rule})`);
    }
  }
  return { ...t, lines };
}
