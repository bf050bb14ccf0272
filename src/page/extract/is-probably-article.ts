// A cheap "is there probably an article here?" check for the content script (a badge, or whether
// to read the page at all), far cheaper than extractArticle: it reads only <p>/<pre> text lengths
// and the page's own declaration. It answers "maybe" generously; extractArticle has the last word.
const DECLARED = /"@type"\s*:\s*"?\[?\s*"(?:News|Blog|Scholarly|Tech|Report|Opinion|Analysis|Review|Satirical)?(?:Article|BlogPosting|ReportageNewsArticle|LiveBlogPosting)"/;

export function isProbablyArticle(doc: Document, minChars = 250): boolean {
  const type = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(type)) return true;
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 10)) {
    const t = s.textContent ?? '';
    if (t.length < 200_000 && DECLARED.test(t)) return true;
  }
  let chars = 0;
  for (const p of Array.from(doc.querySelectorAll('p, pre'))) {
    const n = (p.textContent ?? '').trim().length;
    // Short lines (labels, credits) are not evidence; a paragraph is.
    if (n >= 80) chars += n;
    if (chars >= minChars) return true;
  }
  return false;
}
