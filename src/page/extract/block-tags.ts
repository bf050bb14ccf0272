// Elements that start a new block of text (a paragraph break in the article text). Everything
// else (a, span, b, em, custom elements, ...) flows inline within the block around it.
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'form', 'fieldset', 'legend',
  'address', 'hr', 'center', 'details', 'summary', 'body', 'html', 'menu', 'hgroup', 'output',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
