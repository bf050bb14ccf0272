// The card's line from the reading journal: "Also quoted in N other articles you read", the
// latest statements elsewhere with their outlets and dates, and a button to the person's page in
// the journal. Words from public/_locales through the card's Localizer, dates with Intl in its locale.
import type { Localizer } from './localizer.ts';

export interface AlsoQuotedView {
  person: string;
  others: number;
  latest: { text: string; outlet: string; readAt: number; published: string | null; url: string }[];
}

export const ALSO_CSS = `
.also { margin: 10px 0 0; padding: 8px 10px; border-radius: 8px; background: rgba(37, 99, 235, 0.07); }
:host([data-theme=dark]) .also { background: rgba(96, 165, 250, 0.12); }
.also-title { margin: 0; font-size: 13px; font-weight: 600; }
.also ul { margin: 4px 0 0; padding: 0; list-style: none; font-size: 12.5px; }
.also li + li { margin-top: 3px; }
.also .where { color: #4b5563; }
:host([data-theme=dark]) .also .where { color: #9ca3af; }
.also .journal { margin-top: 6px; border: 1px solid #93c5fd; background: transparent; border-radius: 6px; padding: 2px 10px; font-size: 12.5px; }
:host([data-theme=dark]) .also .journal { border-color: #3b82f6; }
`;

const MAX = 140;

/** The article's publication day, else the day it was read, in the Localizer's locale. */
function shortDate(s: { readAt: number; published: string | null }, l: Localizer): string {
  return s.published && /^\d{4}-\d{2}-\d{2}/.test(s.published) ? l.date(s.published) : l.date(s.readAt);
}

/** The section, or null when the person is quoted nowhere else (page text goes in as textContent). */
export function renderAlsoQuoted(doc: Document, info: AlsoQuotedView | null, name: string, l: Localizer): HTMLElement | null {
  if (!info || info.others <= 0) return null;
  const box = doc.createElement('section');
  box.className = 'also';
  const heading = l.plural('alsoQuoted', info.others);
  box.setAttribute('aria-label', heading);
  const title = doc.createElement('p');
  title.className = 'also-title';
  title.textContent = heading;
  box.append(title);
  if (info.latest.length) {
    const ul = doc.createElement('ul');
    for (const s of info.latest) {
      const li = doc.createElement('li');
      const text = s.text.length > MAX ? `${s.text.slice(0, MAX - 1).trimEnd()}…` : s.text;
      li.append(doc.createTextNode(`${text} `));
      const where = doc.createElement('span');
      where.className = 'where';
      where.textContent = `— ${s.outlet}, ${shortDate(s, l)}`;
      li.append(where);
      ul.append(li);
    }
    box.append(ul);
  }
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'journal';
  b.dataset.person = info.person;
  b.textContent = l.t('alsoOpenJournal');
  // The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch).
  b.setAttribute('aria-label', l.t('alsoOpenJournalLabel', name));
  box.append(b);
  return box;
}
