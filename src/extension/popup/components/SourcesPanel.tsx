// The sources panel: the sourcing summary, then every source grouped by entity.
import { useState } from 'preact/hooks';
import type { SourceGroup as Group } from '../model/group-sources.ts';
import { summarizeSourcing } from '../model/summarize-sourcing.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { SourceGroup } from './SourceGroup.tsx';
import { ShowMore } from './ShowMore.tsx';
import { SourcingSummary } from './SourcingSummary.tsx';

/** Sources rendered at first; the rest behind "Show N more". */
export const FIRST_GROUPS = 30;

export function SourcesPanel({ groups, actions }: { groups: Group[]; actions: PopupActions }) {
  const [all, setAll] = useState(false);
  if (!groups.length) return <p class="none">No attributed statements were found in this article.</p>;
  return (
    <>
      <SourcingSummary sum={summarizeSourcing(groups)} actions={actions} />
      <ul class="groups" aria-label="Sources">
        {(all ? groups : groups.slice(0, FIRST_GROUPS)).map((g) => (
          <SourceGroup key={g.key} g={g} actions={actions} />
        ))}
      </ul>
      {!all && <ShowMore hidden={groups.length - FIRST_GROUPS} what="sources" onShow={() => setAll(true)} />}
    </>
  );
}
