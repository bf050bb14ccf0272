// The page's own statements about its article: JSON-LD (schema.org Article and kin) and <meta> tags.
// Read once; every field is optional and nothing here throws on broken markup.

export interface PageMetadata {
  /** JSON-LD objects whose @type is an article type, in document order. */
  articles: Record<string, unknown>[];
  /** <meta> values by lowercased name/property/itemprop (first one wins). */
  meta: Map<string, string>;
}

const ARTICLE_TYPE = /(article|posting|report|review)$/i;
const MAX_JSON = 2_000_000; // a larger script is not metadata

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Collects JSON-LD objects, following @graph, arrays and mainEntity, breadth-limited. */
function collectObjects(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || out.length > 200 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  const o = value as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) collectObjects(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') collectObjects(o.mainEntity, out, depth + 1);
}

export function readMetadata(doc: Document): PageMetadata {
  const meta = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') || m.getAttribute('name') || m.getAttribute('itemprop') || '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && content.trim() && !meta.has(key)) meta.set(key, content.trim());
  }
  const objects: Record<string, unknown>[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    if (!raw || raw.length > MAX_JSON) continue;
    try {
      collectObjects(JSON.parse(raw), objects, 0);
    } catch {
      // Broken JSON-LD is common (trailing commas, raw newlines): ignore that block.
    }
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  return { articles, meta };
}

/** A JSON-LD value as text: strings as they are, {name}/{@value} objects and arrays of them joined. */
export function ldText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(ldText).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ldText(o.name ?? o['@value'] ?? null);
  }
  return null;
}

/** The JSON-LD article that describes this page (matching url when several), or null. */
export function mainLdArticle(md: PageMetadata, url?: string): Record<string, unknown> | null {
  if (!md.articles.length) return null;
  if (md.articles.length > 1 && url) {
    const bare = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[?#].*$/, '').replace(/\/$/, '');
    const want = bare(url);
    const hit = md.articles.find((a) => {
      const u = ldText(a.url) ?? ldText((a.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']) ?? ldText(a.mainEntityOfPage);
      return !!u && bare(u) === want;
    });
    if (hit) return hit;
  }
  return md.articles[0]!;
}
