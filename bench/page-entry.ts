// Bench-only bundle injected into Chromium pages: our extractor and Readability side by side.
// Public entry points only, so it keeps working as the internals change.
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/page/extract/extract-article.ts';

export { Readability, extractArticle };
