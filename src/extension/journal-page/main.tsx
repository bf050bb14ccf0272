// Journal page entry (journal.html, opened in a tab from the popup or the card).
import { render } from 'preact';
import { App } from './App.tsx';
import { browserApi, keepBackgroundAwake } from './api.ts';
import { browserLocalizer } from '../shared/i18n.ts';
import { setLocalizer } from './i18n.ts';
import '../shared/theme.css';
import './journal.css';

document.documentElement.dataset.slBoot = String(Math.round(performance.now()));
const l = browserLocalizer();
setLocalizer(l);
document.documentElement.lang = l.lang;
document.title = l.t('journalDocTitle');

function initialTheme(): 'light' | 'dark' {
  const forced = new URLSearchParams(location.search).get('theme');
  if (forced === 'light' || forced === 'dark') return forced;
  try {
    const saved = localStorage.getItem('sl-journal-theme');
    if (saved === 'light' || saved === 'dark') return saved;
  } catch { /* storage off */ }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

render(<App api={browserApi} initialTheme={initialTheme()} />, document.getElementById('app')!);
keepBackgroundAwake();
// Test builds: the benchmark's hook (scripts/bench-journal.mjs); store builds leave it out.
if (__SL_TEST_BUILD__) void import('./bench-hook.ts');
