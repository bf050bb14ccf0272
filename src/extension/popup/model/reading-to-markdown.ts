// The whole reading as Markdown, for "copy as Markdown", in the interface's language. Page text is
// escaped so that it reads as plain text wherever the Markdown is pasted (no links, HTML or emphasis
// smuggled in by the page).
import type { Reading } from '../../shared/messages.ts';
import { buildTimelineView } from './build-timeline-view.ts';
import { describeCounts } from '../../../page/card/statements.ts';
import { localizer, plural, t } from '../i18n.ts';
import { KIND_KEY, SOURCE_TYPE_KEY, groupSources } from './group-sources.ts';
import { headerInfo } from './header-info.ts';
import { listLeaders } from './list-leaders.ts';
import { percent, sourceWithCue, summarizeSourcing } from './summarize-sourcing.ts';

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
  const meta = [h.outlet && e(h.outlet), h.byline && t('mdBy', e(h.byline)), h.published ? t('mdPublished', h.published) : t('dateUnknownFlag'), plural('readingTime', h.minutes)];
  out.push(meta.filter(Boolean).join(' · '));
  if (r.url) out.push('', `<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (!r.found) {
    out.push('', t('mdNoArticle'));
    return out.join('\n') + '\n';
  }

  const groups = groupSources(r);
  const sum = summarizeSourcing(groups);
  out.push('', `## ${t('tabSources')} (${groups.length})`, '');
  out.push(t('mdSummary', sum.named, sum.unnamed, sum.statements, percent(sum.directShare)));
  if (sum.vague.length) {
    out.push('', `**${t('mdVague')} (${sum.vague.length}):**`);
    for (const v of sum.vague) out.push(`- ${e(sourceWithCue(v.source, v.cue, v.statement.tag))}: “${e(v.statement.text)}”`);
  }
  for (const g of groups) {
    const tags = [t(SOURCE_TYPE_KEY[g.type]), g.leader ? t('leaderBadge') : null].filter(Boolean).join(', ');
    out.push('', `### ${e(g.name)}${g.role ? ` — ${e(g.role)}` : ''} (${tags})`, '');
    out.push(`${describeCounts(g.counts, localizer())}${g.cues.length ? `; ${t('mdCues', g.cues.map(e).join(', '))}` : ''}`, '');
    for (const s of g.statements) out.push(`- ${t(KIND_KEY[s.kind])}${s.cue ? ` (${e(s.cue)})` : ''}: “${e(s.text)}”`);
  }

  const tl = buildTimelineView(r);
  out.push('', `## ${t('tabTimeline')} (${tl.dated.length + tl.undated.length})`, '');
  for (const x of tl.dated) {
    const flag = x.uncertain ? ` (${t('uncertain')})` : x.relative ? ` (${t('fromPublication')})` : '';
    out.push(`- **${e(x.when)}**${flag}: ${e(x.text)}`);
  }
  for (const x of tl.undated) out.push(`- **${e(x.when)}** (${t('dateUnknownFlag')}): ${e(x.text)}`);
  if (!tl.dated.length && !tl.undated.length) out.push(t('mdNoEvents'));

  const leaders = listLeaders(r.entities);
  out.push('', `## ${t('tabLeaders')} (${leaders.length})`, '');
  for (const l of leaders) out.push(`- ${e(l.name)}${l.role ? ` — ${e(l.role)}` : ''} (${plural('mentions', l.mentions)})`);
  if (!leaders.length) out.push(t('mdNoLeaders'));
  out.push('', `_${t('mdFooter')}_`);
  return out.join('\n') + '\n';
}
