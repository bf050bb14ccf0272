// One source: name, role, type, leader badge, counts, cues, and each statement.
import { useState } from 'preact/hooks';
import type { SourceGroup as Group } from '../model/group-sources.ts';
import { SOURCE_TYPE_LABEL } from '../model/group-sources.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { QuoteItem } from './QuoteItem.tsx';
import { ShowMore } from './ShowMore.tsx';

/** Statements shown per source at first. */
export const FIRST_STATEMENTS = 6;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

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
          {SOURCE_TYPE_LABEL[g.type]}
        </span>
        {g.leader && <span class="badge badge-leader">leader</span>}
        {g.vague && <span class="badge badge-warn">vague</span>}
      </div>
      {g.role && (
        <p class="role" data-testid="source-role">
          {g.role}
        </p>
      )}
      <p class="counts">
        {plural(g.direct, 'direct quote', 'direct quotes')}, {plural(g.reported, 'reported statement', 'reported statements')}
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
