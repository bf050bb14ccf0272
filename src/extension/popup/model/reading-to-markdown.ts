// The whole reading as Markdown, for "copy as Markdown". Page text is escaped so that it reads as
// plain text wherever the Markdown is pasted (no links, HTML or emphasis smuggled in by the page).
import type { Reading } from '../../shared/messages.ts';
import { buildTimelineView } from './build-timeline-view.ts';
import { KIND_LABEL, SOURCE_TYPE_LABEL, groupSources } from './group-sources.ts';
import { headerInfo } from './header-info.ts';
import { listLeaders } from './list-leaders.ts';
import { percent, summarizeSourcing } from './summarize-sourcing.ts';

/** Backslash-escape Markdown's active characters, and neutralise HTML tags. */
export function escapeMarkdown(s: string): string {
  let out = '';
  for (const ch of s) {
    if ('\\`*_[]{}()#+!|~>'.includes(ch)) out += '\\' + ch;
    else if (ch === '<') out += '&lt;';
    else if (ch === '\n' || ch === '\r') out += ' ';
    else out += ch;
  }
  return out;
}

export function readingToMarkdown(r: Reading): string {
  const e = escapeMarkdown;
  const h = headerInfo(r);
  const out: string[] = [`# ${e(h.title)}`, ''];
  const meta = [h.outlet && e(h.outlet), h.byline && `by ${e(h.byline)}`, h.published ? `published ${h.published}` : 'date unknown', `${h.minutes} min read`];
  out.push(meta.filter(Boolean).join(' · '));
  if (r.url) out.push('', `<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (!r.found) {
    out.push('', 'No article was found on this page.');
    return out.join('\n') + '\n';
  }

  const groups = groupSources(r);
  const sum = summarizeSourcing(groups);
  out.push('', `## Sources (${groups.length})`, '');
  out.push(`${sum.named} named, ${sum.unnamed} unnamed; ${sum.statements} statements, ${percent(sum.directShare)} direct quotes.`);
  if (sum.vague.length) {
    out.push('', `**Vague attributions (${sum.vague.length}):**`);
    for (const v of sum.vague) out.push(`- ${e(v.source)}${v.cue ? ` ${e(v.cue)}` : ''}: “${e(v.statement.text)}”`);
  }
  for (const g of groups) {
    const tags = [SOURCE_TYPE_LABEL[g.type], g.leader ? 'leader' : null].filter(Boolean).join(', ');
    out.push('', `### ${e(g.name)}${g.role ? ` — ${e(g.role)}` : ''} (${tags})`, '');
    out.push(`${g.direct} direct, ${g.reported} reported${g.cues.length ? `; cues: ${g.cues.map(e).join(', ')}` : ''}`, '');
    for (const s of g.statements) out.push(`- ${KIND_LABEL[s.kind]}${s.cue ? ` (${e(s.cue)})` : ''}: “${e(s.text)}”`);
  }

  const tl = buildTimelineView(r);
  out.push('', `## Timeline (${tl.dated.length + tl.undated.length})`, '');
  for (const t of tl.dated) {
    const flag = t.uncertain ? ' (uncertain)' : t.relative ? ' (from the publication date)' : '';
    out.push(`- **${e(t.when)}**${flag}: ${e(t.text)}`);
  }
  for (const t of tl.undated) out.push(`- **${e(t.when)}** (date unknown): ${e(t.text)}`);
  if (!tl.dated.length && !tl.undated.length) out.push('No dated events.');

  const leaders = listLeaders(r.entities);
  out.push('', `## Leaders (${leaders.length})`, '');
  for (const l of leaders) out.push(`- ${e(l.name)}${l.role ? ` — ${e(l.role)}` : ''} (${l.mentions} mention${l.mentions === 1 ? '' : 's'})`);
  if (!leaders.length) out.push('None named.');
  out.push('', '_Read by Sourcelight, inside the browser._');
  return out.join('\n') + '\n';
}
