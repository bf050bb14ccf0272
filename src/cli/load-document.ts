// Node's DOM for the command line: linkedom (fast and small; see README for the measurement).
import { parseHTML } from 'linkedom';

export function loadDocumentLinkedom(html: string): Document {
  // linkedom needs a document element; a fragment or an empty string still gives a Document.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export const loadDocument = loadDocumentLinkedom;
