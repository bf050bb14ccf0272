// The timeline as the popup shows it: dated entries in chronological order, then the entries whose
// date depends on an unknown publication date (kept in the page's order, shown as written).
import type { DatePrecision, Span, TimelineEntry } from '../../../core/types.ts';
import { t as tr } from '../i18n.ts';
import { formatIsoDate } from './format-date.ts';
import { clip, oneLine, spanText } from './span-text.ts';

export interface TimelineItem {
  index: number;
  /** ISO date, or null when it could not be resolved. */
  date: string | null;
  /** "20 March 2023" (UI locale), or the expression as written ("on Monday") when the date is unknown. */
  when: string;
  precision: DatePrecision;
  /** Resolved against the publication date ("on Monday" → 20 March 2023). */
  relative: boolean;
  /** The date could not be fixed (no publication date, or the parser was unsure). */
  uncertain: boolean;
  text: string;
  short: string;
  sentence: Span;
}

export interface TimelineView {
  dated: TimelineItem[];
  undated: TimelineItem[];
}

export const SHORT_EVENT = 160;

export function buildTimelineView(reading: { text: string; timeline: TimelineEntry[] }): TimelineView {
  const text = reading.text ?? '';
  const items: TimelineItem[] = (reading.timeline ?? []).map((t, index) => {
    const statement = oneLine(t.text || spanText(text, t.sentence));
    const written = oneLine(t.label ?? spanText(text, t.timex));
    return {
      index,
      date: t.date,
      when: t.date ? formatIsoDate(t.date, t.precision) : written || tr('dateUnknownFlag'),
      precision: t.precision,
      relative: !!t.relative,
      uncertain: !!t.uncertain || !t.date,
      text: statement,
      short: clip(statement, SHORT_EVENT),
      sentence: t.sentence,
    };
  });
  const dated = items.filter((i) => i.date);
  // ISO strings sort chronologically ("2022" < "2022-02" < "2022-02-24"); stable for equal dates.
  dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.sentence.start - b.sentence.start));
  return { dated, undated: items.filter((i) => !i.date) };
}
