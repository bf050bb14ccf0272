// One statement of a source: the words (short, expandable), its kind and cue; a click on the words
// scrolls the page to them.
import { useState } from 'preact/hooks';
import type { SourceStatement } from '../model/group-sources.ts';
import { KIND_KEY } from '../model/group-sources.ts';
import { t } from '../i18n.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { MoreButton } from './MoreButton.tsx';
import { withQuoteMarks } from '../../../page/card/statements.ts';

/** A direct quote between marks, unless its text brings its own (one rule with the card). */
export const quoted = (kind: SourceStatement['kind'], s: string) => withQuoteMarks(kind, s);

export function QuoteItem({ s, actions }: { s: SourceStatement; actions: PopupActions }) {
  const [open, setOpen] = useState(false);
  const long = s.short !== s.text;
  return (
    <li class={`stmt kind-${s.kind}`} data-testid="statement">
      <button type="button" class="stmt-text" data-testid="quote" title={t('showInPage')} onClick={() => actions.scrollTo(s.span)}>
        {quoted(s.kind, open ? s.text : s.short)}
      </button>
      <div class="stmt-meta">
        <span class={`kind-tag kind-tag-${s.kind}`}>{t(KIND_KEY[s.kind])}</span>
        {s.cue && <span class="cue"> · {s.cue}</span>}
        {s.vague && <span class="vague-tag"> · {t('vagueBadge')}</span>}
        {long && <MoreButton open={open} onToggle={() => setOpen(!open)} what="statement" />}
      </div>
    </li>
  );
}
