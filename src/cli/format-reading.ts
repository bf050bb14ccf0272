// A reading a person can use in a terminal: title, date, leaders, sources and what each said, timeline.
import type { Analysis, Attribution, Span } from '../core/index.ts';
import { countWords, readingMinutes } from '../core/text/reading-length.ts';

const contentSpans = (a: Attribution): Span[] => (Array.isArray(a.content) ? a.content : [a.content]);
const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function formatReading(r: Analysis & { title: string; published: string | null; byline: string | null; text: string; siteName?: string | null }): string {
  const out: string[] = [];
  const text = r.text;
  out.push(r.title ? r.title : '(no title)');
  out.push('='.repeat(Math.min(80, Math.max(10, r.title.length))));
  if (r.siteName) out.push(`Outlet:    ${r.siteName}`);
  if (r.byline) out.push(`By:        ${r.byline}`);
  out.push(`Published: ${r.published ?? 'date unknown (relative dates such as "on Monday" are shown as written)'}`);
  const words = countWords(text);
  out.push(`Length:    ${words} words, about ${readingMinutes(words)} min to read`);
  if (r.readUpTo != null) out.push(`Note:      a very long text; read up to character ${r.readUpTo} of ${text.length}`);
  if (!text.trim()) {
    out.push('', 'No article found on this page.');
    return out.join('\n') + '\n';
  }
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const leaders = r.entities.filter((e) => e.leader);
  out.push('', `Leaders (${leaders.length})`);
  for (const e of leaders) out.push(`  • ${e.name}${e.role ? ` — ${e.role}` : ''} (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'})`);
  if (!leaders.length) out.push('  none named');

  const groups = new Map<string, Attribution[]>();
  for (const a of r.attributions) {
    const key = a.speaker ?? (a.source ? `@${oneLine(text.slice(a.source.start, a.source.end))}` : '@(no source named)');
    const list = groups.get(key) ?? [];
    list.push(a);
    groups.set(key, list);
  }
  out.push('', `Sources (${groups.size}) — ${r.attributions.length} attributed statements`);
  for (const [key, list] of groups) {
    const e = byId.get(key);
    const name = e ? e.name : key.slice(1);
    const direct = list.filter((a) => a.kind === 'direct').length;
    const vague = list.some((a) => a.vague);
    const tag = e ? [e.type, e.role].filter(Boolean).join(', ') : 'unresolved';
    out.push(`  ${name} [${tag}]${vague ? ' ⚠ vague source' : ''} — ${direct} direct, ${list.length - direct} reported`);
    for (const a of list) {
      const said = contentSpans(a).map((s) => text.slice(s.start, s.end)).join(' … ');
      const cue = a.cue ? text.slice(a.cue.start, a.cue.end) : '';
      out.push(`    - (${a.kind}${cue ? `, "${oneLine(cue)}"` : ''}) ${clip(oneLine(said))}`);
    }
  }
  out.push('', `Timeline (${r.timeline.length})`);
  for (const t of r.timeline) {
    const when = t.date ?? `${t.label ?? text.slice(t.timex.start, t.timex.end)} — date unknown`;
    const flag = t.uncertain ? ' (uncertain)' : t.relative ? ' (from the publication date)' : '';
    out.push(`  ${when.padEnd(12)} [${t.precision}]${flag} ${clip(oneLine(t.text), 120)}`);
  }
  if (!r.timeline.length) out.push('  no dated events');
  return out.join('\n') + '\n';
}
