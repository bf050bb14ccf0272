// The user's settings, kept in browser.storage.local (nothing leaves the machine).
import browser from 'webextension-polyfill';
import type { HighlightKind } from './messages.ts';

export interface Settings {
  /** Read every page automatically (needs host permission, asked when turned on). */
  autoRead: boolean;
  /** Which highlight kinds are painted. */
  kinds: Record<HighlightKind, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoRead: false,
  kinds: { direct: true, partial: true, indirect: true, source: true, cue: true, leader: true },
};

export async function loadSettings(): Promise<Settings> {
  const got = (await browser.storage.local.get('settings')) as { settings?: Partial<Settings> };
  const s = got.settings ?? {};
  return { ...DEFAULT_SETTINGS, ...s, kinds: { ...DEFAULT_SETTINGS.kinds, ...(s.kinds ?? {}) } };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ settings: next });
  return next;
}
