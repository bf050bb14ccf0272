// The language an article is read in, for the core: the page's own <html lang> first; else the
// browser's detector (i18n.detectLanguage: CLD in Chromium and Firefox), when it is sure; else null,
// and the core tells it from the text itself (franc-min). The core only ever sees a tag or null.
import browser from 'webextension-polyfill';

/** How much of the text the browser's detector reads (enough for a confident answer). */
const SAMPLE = 3000;
/** Below this share of the sample, the browser's answer is not taken. */
const MIN_PERCENTAGE = 80;

export async function pageLanguage(declared: unknown, text: string): Promise<string | null> {
  if (typeof declared === 'string' && declared.trim()) return declared.trim();
  const detect = (browser.i18n as { detectLanguage?: (t: string) => Promise<{ isReliable: boolean; languages: { language: string; percentage: number }[] }> }).detectLanguage;
  if (typeof detect !== 'function' || !text) return null;
  try {
    const got = await detect(text.slice(0, SAMPLE));
    const best = got?.languages?.[0];
    if (!got?.isReliable || !best || best.percentage < MIN_PERCENTAGE || best.language === 'und') return null;
    return best.language;
  } catch {
    return null;
  }
}
