// The sources panel: the sourcing summary, then every source grouped by entity.
import type { SourceGroup as Group } from '../model/group-sources.ts';
import { summarizeSourcing } from '../model/summarize-sourcing.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { SourceGroup } from './SourceGroup.tsx';
import { SourcingSummary } from './SourcingSummary.tsx';

export function SourcesPanel({ groups, actions }: { groups: Group[]; actions: PopupActions }) {
  if (!groups.length) return <p class="none">No attributed statements were found in this article.</p>;
  return (
    <>
      <SourcingSummary sum={summarizeSourcing(groups)} actions={actions} />
      <ul class="groups" aria-label="Sources">
        {groups.map((g) => (
          <SourceGroup key={g.key} g={g} actions={actions} />
        ))}
      </ul>
    </>
  );
}
