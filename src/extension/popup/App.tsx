import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Reading } from '../shared/messages.ts';

export function App() {
  const [reading, setReading] = useState<Reading | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const q = new URLSearchParams(location.search).get('tab');
      const tabId = q ? Number(q) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId == null) return setReading(null);
      setReading(await browser.tabs.sendMessage(tabId, { type: 'getReading' }).catch(() => null) as Reading | null);
    })();
  }, []);
  if (reading === undefined) return <p>Reading…</p>;
  if (reading === null) return <p>This page has not been read yet.</p>;
  return <h1>{reading.title}</h1>;
}
