// Bench-only bundle for Node: the parser and the extractor as shipped (minified by the same tool family).
export { analyze } from '../src/core/index.ts';
export { extractArticle } from '../src/page/extract/extract-article.ts';
export { countWords } from '../src/core/text/reading-length.ts';
