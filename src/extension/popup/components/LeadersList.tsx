// The leaders named in the article: role and mention count; click → first mention in the page.
import type { LeaderItem } from '../model/list-leaders.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { plural, t } from '../i18n.ts';

export function LeadersList({ leaders, actions }: { leaders: LeaderItem[]; actions: PopupActions }) {
  if (!leaders.length) return <p class="none">{t('leadersNone')}</p>;
  return (
    <ul class="leaders" aria-label={t('tabLeaders')} data-testid="leaders">
      {leaders.map((l) => (
        <li key={l.id} class="leader" data-testid="leader">
          <button type="button" class="leader-button" disabled={!l.first} onClick={() => l.first && actions.scrollTo(l.first)} title={t('leaderFirstMention')}>
            <span class="leader-name" data-testid="leader-name">
              {l.name}
            </span>
            <span class="leader-count">{plural('mentions', l.mentions)}</span>
            {(l.role || l.country) && (
              <span class="leader-role" data-testid="leader-role">
                {l.role ?? l.country}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
