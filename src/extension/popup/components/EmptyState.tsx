// What the popup says when there is nothing to show: not read yet (with the "read this page"
// button), no article on the page, a page that cannot be read, or no tab.
import type { Reading } from '../../shared/messages.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Phase, PopupActions } from '../state/popup-state.ts';
import { AutoReadToggle } from './SettingsPanel.tsx';

/** "no article text found" → "No article text found." */
const sentence = (s: string) => {
  const t = s.trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) + (/[.!?]$/.test(t) ? '' : '.') : t;
};

export function EmptyState({ phase, reading, error, settings, actions }: { phase: Phase; reading: Reading | null; error: string | null; settings: Settings; actions: PopupActions }) {
  let title: string;
  let body: string;
  let button = false;
  if (phase === 'loading') {
    title = 'Reading…';
    body = 'Asking the page for its reading.';
  } else if (phase === 'reading') {
    title = 'Reading this page…';
    body = 'Finding the article, its sources and its dates.';
  } else if (phase === 'unread') {
    title = 'This page has not been read yet';
    body = 'Sourcelight reads a page only when you ask (or when automatic reading is on).';
    button = true;
  } else if (phase === 'error') {
    title = 'Could not read this page';
    body = error ?? 'Something went wrong.';
    button = true;
  } else if (phase === 'no-tab') {
    title = 'No page to read';
    body = 'Open a news article in a tab, then open Sourcelight again.';
  } else {
    title = 'No article found on this page';
    body = reading?.reason ? sentence(reading.reason) : 'This page does not look like a news article, so there is nothing to highlight.';
  }
  return (
    <div class="empty" data-testid="empty-state" data-phase={phase}>
      <h1 class="empty-title">{title}</h1>
      <p class="empty-body">{body}</p>
      {button && (
        <button type="button" class="primary" data-testid="read-page" onClick={() => void actions.readPage()}>
          Read this page
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
