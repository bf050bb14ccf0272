// Popup entry: mark the start (for the render timing), build the store and its actions, render.
import { render } from 'preact';
import { App } from './App.tsx';
import { browserLocalizer } from '../shared/i18n.ts';
import { setLocalizer } from './i18n.ts';
import { browserPopupApi } from './state/browser-popup-api.ts';
import { createStore } from './state/create-store.ts';
import { createPopupActions, initialState, MARK_START } from './state/popup-state.ts';
import '../shared/theme.css';
import './popup.css';

performance.mark(MARK_START);
const l = browserLocalizer();
setLocalizer(l);
document.documentElement.lang = l.lang;
const store = createStore(initialState());
const actions = createPopupActions(store, browserPopupApi());
render(<App store={store} actions={actions} />, document.getElementById('app')!);
// Opened from the toolbar (no ?tab=): activeTab is granted, so an unread page is read at once.
void actions.init({ readIfUnread: !new URLSearchParams(location.search).has('tab') });
