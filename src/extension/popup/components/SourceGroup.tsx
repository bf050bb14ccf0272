// One source: name, role, type, leader badge, counts, cues, and each statement.
import { useState } from 'preact/hooks';
import type { SourceGroup as Group } from '../model/group-sources.ts';
import { SOURCE_TYPE_KEY } from '../model/group-sources.ts';
import { describeCounts } from '../../../page/card/statements.ts';
import { localizer, t } from '../i18n.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { QuoteItem } from './QuoteItem.tsx';
import { ShowMore } from './ShowMore.tsx';

/** Statements shown per source at first. */
export const FIRST_STATEMENTS = 6;

export function SourceGroup({ g, actions }: { g: Group; actions: PopupActions }) {
  const [all, setAll] = useState(false);
  const headingId = `src-${g.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  return (
    <li class={`group type-${g.type}${g.vague ? ' is-vague' : ''}`} data-testid="source" data-type={g.type} aria-labelledby={headingId}>
      <div class="group-head">
        <h3 class="group-name" id={headingId} data-testid="source-name">
          {g.name}
        </h3>
        <span class={`badge badge-${g.type}`} data-testid="source-type">
          {t(SOURCE_TYPE_KEY[g.type])}
        </span>
        {g.leader && <span class="badge badge-leader">{t('leaderBadge')}</span>}
        {g.vague && <span class="badge badge-warn">{t('vagueBadge')}</span>}
      </div>
      {g.role && (
        <p class="role" data-testid="source-role">
          {g.role}
        </p>
      )}
      <p class="counts">
        {describeCounts(g.counts, localizer())}
        {g.cues.length > 0 && <span class="cues"> · {g.cues.join(', ')}</span>}
      </p>
      <ul class="stmts">
        {(all ? g.statements : g.statements.slice(0, FIRST_STATEMENTS)).map((s) => (
          <QuoteItem key={s.index} s={s} actions={actions} />
        ))}
      </ul>
      {!all && <ShowMore hidden={g.statements.length - FIRST_STATEMENTS} what="statements" onShow={() => setAll(true)} />}
    </li>
  );
}
