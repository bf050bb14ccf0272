// The card's line from the reading journal: "Also quoted in N other articles you read", the
// latest statements elsewhere with their outlets and dates, and a button to the person's page in
// the journal. Its strings live here, in one place (to move into _locales with the others).
export interface AlsoQuotedView {
  person: string;
  others: number;
  latest: { text: string; outlet: string; readAt: number; published: string | null; url: string }[];
}

export const ALSO_STRINGS = {
  alsoQuoted: (n: number) => `Also quoted in ${n} other article${n === 1 ? '' : 's'} you read`,
  openJournal: 'See all in your journal',
  /** The accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch). */
  openJournalLabel: (name: string) => `See all in your journal: ${name}`,
};

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

function shortDate(s: { readAt: number; published: string | null }): string {
  const iso = s.published && /^\d{4}-\d{2}-\d{2}/.test(s.published) ? s.published.slice(0, 10) : new Date(s.readAt).toISOString().slice(0, 10);
  return iso;
}

/** The section, or null when the person is quoted nowhere else (page text goes in as textContent). */
export function renderAlsoQuoted(doc: Document, info: AlsoQuotedView | null, name: string): HTMLElement | null {
  if (!info || info.others <= 0) return null;
  const box = doc.createElement('section');
  box.className = 'also';
  box.setAttribute('aria-label', ALSO_STRINGS.alsoQuoted(info.others));
  const title = doc.createElement('p');
  title.className = 'also-title';
  title.textContent = ALSO_STRINGS.alsoQuoted(info.others);
  box.append(title);
  if (info.latest.length) {
    const ul = doc.createElement('ul');
    for (const s of info.latest) {
      const li = doc.createElement('li');
      const text = s.text.length > MAX ? `${s.text.slice(0, MAX - 1).trimEnd()}…` : s.text;
      li.append(doc.createTextNode(`${text} `));
      const where = doc.createElement('span');
      where.className = 'where';
      where.textContent = `— ${s.outlet}, ${shortDate(s)}`;
      li.append(where);
      ul.append(li);
    }
    box.append(ul);
  }
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'journal';
  b.dataset.person = info.person;
  b.textContent = ALSO_STRINGS.openJournal;
  b.setAttribute('aria-label', ALSO_STRINGS.openJournalLabel(name));
  box.append(b);
  return box;
}
