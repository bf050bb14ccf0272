// The panel switcher: an ARIA tablist (arrow keys, Home and End move between tabs).
import { useRef } from 'preact/hooks';
import { num, t } from '../i18n.ts';
import type { PanelId } from '../state/popup-state.ts';

export interface TabDef {
  id: PanelId;
  label: string;
  count?: number;
  /** Shown instead of the label (which stays the tab's accessible name and tooltip). */
  icon?: string;
}

export function Tabs({ tabs, active, onSelect }: { tabs: TabDef[]; active: PanelId; onSelect: (id: PanelId) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === active);
    let next = -1;
    if (e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next]!.id);
    list.current?.querySelector<HTMLButtonElement>(`#tab-${tabs[next]!.id}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          data-testid={`tab-${t.id}`}
          aria-selected={t.id === active}
          aria-controls="panel"
          tabIndex={t.id === active ? 0 : -1}
          class={t.icon ? 'tab tab-icon' : 'tab'}
          title={t.icon ? t.label : undefined}
          onClick={() => onSelect(t.id)}
        >
          {t.icon ? (
            <>
              <span aria-hidden="true">{t.icon}</span>
              <span class="sr-only">{t.label}</span>
            </>
          ) : (
            t.label
          )}
          {t.count != null && (
            <>
              {' '}
              <span class="tab-count">{num(t.count)}</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
