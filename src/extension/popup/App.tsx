// The popup: header, then (once the page is read) tabs for sources, timeline, leaders and settings,
// and the highlight legend. A pure view over the popup store; all browser access is in the actions.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { buildTimelineView } from './model/build-timeline-view.ts';
import { groupSources } from './model/group-sources.ts';
import { listLeaders } from './model/list-leaders.ts';
import { pageLanguage } from './model/page-language.ts';
import type { Store } from './state/create-store.ts';
import { MARK_RECEIVED, type PopupActions, type PopupState } from './state/popup-state.ts';
import { useDark } from './state/use-dark.ts';
import { t } from './i18n.ts';
import { useStore } from './state/use-store.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { Header } from './components/Header.tsx';
import { HighlightLegend } from './components/HighlightLegend.tsx';
import { LeadersList } from './components/LeadersList.tsx';
import { SettingsPanel } from './components/SettingsPanel.tsx';
import { SourcesPanel } from './components/SourcesPanel.tsx';
import { Tabs, type TabDef } from './components/Tabs.tsx';
import { Timeline } from './components/Timeline.tsx';

export const MARK_RENDERED = 'sl:first-render';
export const MEASURE_RENDER = 'sl:render-reading';

/** Marks the first commit with a reading (the figure the e2e test reads: reading received → DOM). */
function useFirstRenderMark(ready: boolean) {
  const done = useRef(false);
  useLayoutEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    try {
      performance.mark(MARK_RENDERED);
      const m = performance.measure(MEASURE_RENDER, MARK_RECEIVED, MARK_RENDERED);
      document.documentElement.dataset.slRenderMs = m.duration.toFixed(1);
    } catch {
      /* no reading-received mark (tests that set the store directly) */
    }
  }, [ready]);
}

export function App({ store, actions }: { store: Store<PopupState>; actions: PopupActions }) {
  const phase = useStore(store, (s) => s.phase);
  const reading = useStore(store, (s) => s.reading);
  const error = useStore(store, (s) => s.error);
  const panel = useStore(store, (s) => s.panel);
  const settings = useStore(store, (s) => s.settings);
  const theme = useStore(store, (s) => s.theme);
  const notice = useStore(store, (s) => s.notice);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);

  const dark = useDark(theme);
  const ready = phase === 'ready' && !!reading?.found;
  useFirstRenderMark(ready);

  const groups = useMemo(() => (reading?.found ? groupSources(reading) : []), [reading]);
  const timeline = useMemo(() => (reading?.found ? buildTimelineView(reading) : { dated: [], undated: [] }), [reading]);
  const leaders = useMemo(() => (reading?.found ? listLeaders(reading.entities) : []), [reading]);

  const tabs: TabDef[] = [
    { id: 'sources', label: t('tabSources'), count: groups.length },
    { id: 'timeline', label: t('tabTimeline'), count: timeline.dated.length + timeline.undated.length },
    { id: 'leaders', label: t('tabLeaders'), count: leaders.length },
    // An icon: the four labels must fit 400 px in every language ("Einstellungen", "Impostazioni").
    { id: 'settings', label: t('tabSettings'), icon: '⚙' },
  ];

  return (
    <div class="app" data-phase={phase}>
      <Header reading={reading} dark={dark} actions={actions} />
      {ready && reading ? (
        <>
          <main class="main">
            <Tabs tabs={tabs} active={panel} onSelect={actions.setPanel} />
            <div id="panel" class="panel" role="tabpanel" aria-labelledby={`tab-${panel}`} tabIndex={0} data-testid={`panel-${panel}`}>
              {panel === 'sources' && <SourcesPanel groups={groups} language={pageLanguage(reading)} actions={actions} />}
              {panel === 'timeline' && <Timeline view={timeline} actions={actions} published={!!reading.published} />}
              {panel === 'leaders' && <LeadersList leaders={leaders} actions={actions} />}
              {panel === 'settings' && <SettingsPanel settings={settings} theme={theme} actions={actions} />}
            </div>
          </main>
          <footer class="footer">
            <HighlightLegend kinds={settings.kinds} dark={dark} onToggle={(k) => void actions.toggleKind(k)} />
          </footer>
        </>
      ) : (
        <main class="panel" data-testid="panel-empty">
          <EmptyState phase={phase} reading={reading} error={error} settings={settings} actions={actions} />
        </main>
      )}
      <p class="notice" role="status" aria-live="polite" data-testid="notice">
        {notice ?? ''}
      </p>
    </div>
  );
}
