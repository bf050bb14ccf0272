// What the popup says when there is nothing to show: not read yet (with the "read this page"
// button), no article on the page, a page that cannot be read, or no tab.
import type { Reading } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import type { MessageKey } from '../../../page/card/localizer.ts';
import { localizer, t } from '../i18n.ts';
import type { Phase, PopupActions } from '../state/popup-state.ts';
import { AutoReadToggle } from './SettingsPanel.tsx';

/** "no article text found" → "No article text found." */
const sentence = (s: string) => {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.') : t;
};

const TEXT: Record<Exclude<Phase, 'ready'> | 'no-article', [MessageKey, MessageKey]> = {
  loading: ['emptyLoadingTitle', 'emptyLoadingBody'],
  reading: ['emptyReadingTitle', 'emptyReadingBody'],
  unread: ['emptyUnreadTitle', 'emptyUnreadBody'],
  error: ['emptyErrorTitle', 'emptyErrorBody'],
  'no-tab': ['emptyNoTabTitle', 'emptyNoTabBody'],
  'no-article': ['emptyNoArticleTitle', 'emptyNoArticleBody'],
};

export function EmptyState({ phase, reading, error, settings, actions }: { phase: Phase; reading: Reading | null; error: string | null; settings: Settings; actions: PopupActions }) {
  const [titleKey, bodyKey] = TEXT[phase === 'ready' ? 'no-article' : phase];
  const title = t(titleKey);
  let body = t(bodyKey);
  const button = phase === 'unread' || phase === 'error';
  if (phase === 'error' && error) body = error;
  // The extractor's reason is English (it is written for debugging): shown to English readers only.
  if (phase === 'ready' && reading?.reason && localizer().lang === 'en') body = sentence(reading.reason);
  return (
    <div class="empty" data-testid="empty-state" data-phase={phase}>
      <h1 class="empty-title">{title}</h1>
      <p class="empty-body">{body}</p>
      {button && (
        <button type="button" class="primary" data-testid="read-page" onClick={() => void actions.readPage()}>
          {t('readThisPage')}
        </button>
      )}
      {(phase === 'unread' || phase === 'error' || (phase === 'ready' && reading && !reading.found)) && (
        <div class="empty-settings">
          <AutoReadToggle settings={settings} actions={actions} />
        </div>
      )}
    </div>
  );
}
