// A PopupApi fake for the popup's tests: records every call, answers from a script.
import { vi } from 'vitest';
import type { Reading } from '../../../src/extension/shared/messages.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/extension/shared/settings.ts';
import type { PopupApi } from '../../../src/extension/popup/state/popup-api.ts';

export function fakePopupApi(opts: { reading?: Reading | null; afterRead?: Reading | null; noContentScript?: boolean; readOk?: boolean; grant?: boolean } = {}) {
  let injected = !opts.noContentScript;
  let reading = opts.reading ?? null;
  let settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const api = {
    tabId: vi.fn(async () => 7),
    getReading: vi.fn(async () => {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      return reading;
    }),
    scrollToSpan: vi.fn(async () => true),
    setHighlights: vi.fn(async () => {}),
    readTab: vi.fn(async () => {
      if (opts.readOk === false) return { ok: false, error: 'Cannot access a chrome:// URL' };
      injected = true;
      reading = opts.afterRead ?? reading;
      return { ok: true };
    }),
    requestAllSites: vi.fn(async () => opts.grant ?? true),
    setAutoRead: vi.fn(async () => ({ ok: true })),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch })),
    copyText: vi.fn(async () => {}),
    download: vi.fn(),
  } satisfies PopupApi;
  return api;
}
