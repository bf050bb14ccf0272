// Settings: automatic reading on all sites (asks for the permission), theme, shortcuts, privacy.
import type { Settings } from '../../shared/settings.ts';
import type { PopupActions, Theme } from '../state/popup-state.ts';
import { t } from '../i18n.ts';

export function AutoReadToggle({ settings, actions }: { settings: Settings; actions: PopupActions }) {
  return (
    <label class="check">
      <input
        type="checkbox"
        data-testid="auto-read"
        checked={settings.autoRead}
        onChange={(e) => {
          const box = e.currentTarget as HTMLInputElement;
          const want = box.checked;
          box.checked = settings.autoRead; // the store decides once the permission is known
          void actions.setAutoRead(want);
        }}
      />
      <span>
        {t('autoRead')}
        <span class="hint block">{t('autoReadHint', t('readThisPage'))}</span>
      </span>
    </label>
  );
}

const THEME_KEY = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;

export function SettingsPanel({ settings, theme, actions }: { settings: Settings; theme: Theme; actions: PopupActions }) {
  return (
    <div class="settings" data-testid="settings">
      <section aria-labelledby="set-reading">
        <h2 id="set-reading" class="subhead">
          {t('setReading')}
        </h2>
        <AutoReadToggle settings={settings} actions={actions} />
      </section>
      <section aria-labelledby="set-theme">
        <h2 id="set-theme" class="subhead">
          {t('setTheme')}
        </h2>
        <div class="radios" role="radiogroup" aria-labelledby="set-theme">
          {(['auto', 'light', 'dark'] as const).map((theme_) => (
            <label key={theme_} class="radio">
              <input type="radio" name="theme" value={theme_} checked={theme === theme_} onChange={() => actions.setTheme(theme_)} />
              {t(THEME_KEY[theme_])}
            </label>
          ))}
        </div>
      </section>
      <section aria-labelledby="set-keys">
        <h2 id="set-keys" class="subhead">
          {t('setKeys')}
        </h2>
        <ul class="keys">
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> {t('keyOpen')}
          </li>
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Q</kbd> {t('keyNext')}
          </li>
          <li>
            <kbd>←</kbd> <kbd>→</kbd> {t('keyTabs')}
          </li>
        </ul>
      </section>
      <p class="hint">{t('privacy')}</p>
    </div>
  );
}
