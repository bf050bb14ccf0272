// Settings: automatic reading on all sites (asks for the permission), theme, shortcuts, privacy.
import type { Settings } from '../../shared/settings.ts';
import type { PopupActions, Theme } from '../state/popup-state.ts';

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
        Read every news page automatically
        <span class="hint block">Asks for access to all sites. Otherwise a page is read only when you click “Read this page”.</span>
      </span>
    </label>
  );
}

export function SettingsPanel({ settings, theme, actions }: { settings: Settings; theme: Theme; actions: PopupActions }) {
  return (
    <div class="settings" data-testid="settings">
      <section aria-labelledby="set-reading">
        <h2 id="set-reading" class="subhead">
          Reading
        </h2>
        <AutoReadToggle settings={settings} actions={actions} />
      </section>
      <section aria-labelledby="set-theme">
        <h2 id="set-theme" class="subhead">
          Theme
        </h2>
        <div class="radios" role="radiogroup" aria-labelledby="set-theme">
          {(['auto', 'light', 'dark'] as const).map((t) => (
            <label key={t} class="radio">
              <input type="radio" name="theme" value={t} checked={theme === t} onChange={() => actions.setTheme(t)} />
              {t === 'auto' ? 'Like the system' : t === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </div>
      </section>
      <section aria-labelledby="set-keys">
        <h2 id="set-keys" class="subhead">
          Keyboard
        </h2>
        <ul class="keys">
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> open this panel
          </li>
          <li>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>Q</kbd> next quote in the page
          </li>
          <li>
            <kbd>←</kbd> <kbd>→</kbd> switch tabs here
          </li>
        </ul>
      </section>
      <p class="hint">Sourcelight reads the page inside your browser. Nothing is sent anywhere.</p>
    </div>
  );
}
