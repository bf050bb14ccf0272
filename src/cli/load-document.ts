// Node's DOM for the command line. A page is parsed the way a browser parses it: parse5 implements
// the HTML standard's tree construction (two <html> tags from conditional comments, text before
// <html>, a tag between </head> and <body>, no <body> at all, misnested tables and formatting
// tags all give the browser's tree), and the tree is then built as linkedom nodes, a fast and small
// DOM that the page layer reads. linkedom's own parser (htmlparser2) does not build the browser's
// tree: it leaves content outside <body> on such pages. It stays as loadDocumentLinkedom, the
// baseline of the parse-cost measurement in scripts/eval-extraction.mjs.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseHTML } from 'linkedom';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['parentNode'];
type P5Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export function loadDocument(html: string): Document {
  const tree = parse(html, { scriptingEnabled: true });
  const { document } = parseHTML('<!doctype html>');
  const doc = document as unknown as Document;
  // Iterative copy (deep pages must not overflow the stack): [parse5 node, linkedom parent].
  const stack: [P5Node, Node][] = [];
  for (let k = tree.childNodes.length - 1; k >= 0; k--) {
    const c = tree.childNodes[k]!;
    if (c.nodeName !== '#documentType') stack.push([c, doc]);
  }
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    let out: Node;
    if (node.nodeName === '#text') out = doc.createTextNode((node as DefaultTreeAdapterMap['textNode']).value);
    else if (node.nodeName === '#comment') out = doc.createComment((node as DefaultTreeAdapterMap['commentNode']).data);
    else {
      const el = node as P5Element;
      const created = el.namespaceURI === HTML_NS ? doc.createElement(el.tagName) : doc.createElementNS(el.namespaceURI, el.tagName);
      for (const a of el.attrs) {
        try {
          created.setAttribute(a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
        } catch {
          // a name no DOM accepts ('"x', '1a'): a browser keeps it, but nothing here reads it
        }
      }
      out = created;
      // A <template>'s content lives apart from the tree (as in a browser): not copied.
      const kids = el.tagName === 'template' ? [] : el.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k]!, out]);
    }
    parent.appendChild(out);
  }
  return doc;
}

export function loadDocumentLinkedom(html: string): Document {
  // linkedom needs a document element; a fragment or an empty string still gives a Document.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}
