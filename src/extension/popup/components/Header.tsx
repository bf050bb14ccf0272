// Title, outlet, publication date (or "date unknown" and how relative dates are then shown),
// reading time, and the export and theme buttons.
import type { Reading } from '../../shared/messages.ts';
import { headerInfo } from '../model/header-info.ts';
import { plural, t } from '../i18n.ts';
import type { PopupActions } from '../state/popup-state.ts';

export function Header({ reading, dark, actions }: { reading: Reading | null; dark: boolean; actions: PopupActions }) {
  const h = reading?.found ? headerInfo(reading) : null;
  return (
    <header class="header">
      <div class="brand-row">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true" />
          {t('extName')}
        </span>
        <div class="header-actions">
          {h && (
            <>
              <button type="button" class="icon-button" data-testid="copy-markdown" aria-label={t('copyLabel')} title={t('copyTitle')} onClick={() => void actions.copyMarkdown()}>
                {t('copyButton')}
              </button>
              <button type="button" class="icon-button" data-testid="download-json" aria-label={t('jsonLabel')} title={t('jsonTitle')} onClick={() => actions.downloadJson()}>
                {t('jsonButton')}
              </button>
            </>
          )}
          <button type="button" class="icon-button" data-testid="open-journal" aria-label={t('journalButtonLabel')} title={t('journalButtonLabel')} onClick={() => actions.openJournal()}>
            {t('journalButton')}
          </button>
          <button
            type="button"
            class="icon-button"
            data-testid="theme-toggle"
            aria-label={t(dark ? 'themeToLight' : 'themeToDark')}
            title={t(dark ? 'themeLightTitle' : 'themeDarkTitle')}
            onClick={() => actions.setTheme(dark ? 'light' : 'dark')}
          >
            <span aria-hidden="true">{dark ? '☀' : '☾'}</span>
          </button>
        </div>
      </div>
      {h && (
        <>
          <h1 class="title" data-testid="title" title={h.title}>
            {h.title}
          </h1>
          <p class="meta">
            {h.outlet && <span data-testid="outlet">{h.outlet}</span>}
            {h.outlet && <span aria-hidden="true"> · </span>}
            {h.published ? (
              <span data-testid="published">{h.published}</span>
            ) : (
              <span data-testid="published" class="unknown-date">
                {t('dateUnknown')}
              </span>
            )}
            <span aria-hidden="true"> · </span>
            <span data-testid="reading-time">{plural('readingTime', h.minutes)}</span>
          </p>
          {h.byline && <p class="meta byline">{t('byline', h.byline)}</p>}
          <p class="date-note" data-testid="date-note">
            {h.dateNote}
          </p>
        </>
      )}
    </header>
  );
}
