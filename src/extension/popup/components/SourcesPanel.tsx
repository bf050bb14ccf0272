// The sources panel: the sourcing summary, then every source grouped by entity.
import { useState } from 'preact/hooks';
import type { SourceGroup as Group } from '../model/group-sources.ts';
import { summarizeSourcing } from '../model/summarize-sourcing.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { SourceGroup } from './SourceGroup.tsx';
import { ShowMore } from './ShowMore.tsx';
import { SourcingSummary } from './SourcingSummary.tsx';
import { LanguageNote } from './LanguageNote.tsx';
import type { PageLanguage } from '../model/page-language.ts';
import { t } from '../i18n.ts';

/** Sources rendered at first; the rest behind "Show N more". */
export const FIRST_GROUPS = 30;

export function SourcesPanel({ groups, language, actions }: { groups: Group[]; language?: PageLanguage | null; actions: PopupActions }) {
  const [all, setAll] = useState(false);
  if (!groups.length)
    return (
      <>
        <LanguageNote language={language} />
        <p class="none">{t('sourcesNone')}</p>
      </>
    );
  return (
    <>
      <LanguageNote language={language} />
      <SourcingSummary sum={summarizeSourcing(groups)} actions={actions} />
      <ul class="groups" aria-label={t('tabSources')}>
        {(all ? groups : groups.slice(0, FIRST_GROUPS)).map((g) => (
          <SourceGroup key={g.key} g={g} actions={actions} />
        ))}
      </ul>
      {!all && <ShowMore hidden={groups.length - FIRST_GROUPS} what="sources" onShow={() => setAll(true)} />}
    </>
  );
}
