// The timeline: vertical, chronological; each date with its precision, marked when it was resolved
// from the publication date or is uncertain. Click → the page scrolls to the sentence.
import { useState } from 'preact/hooks';
import type { TimelineItem, TimelineView } from '../model/build-timeline-view.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { MoreButton } from './MoreButton.tsx';
import { ShowMore } from './ShowMore.tsx';

/** Events rendered at first in each list. */
export const FIRST_EVENTS = 40;

function Event({ t, actions }: { t: TimelineItem; actions: PopupActions }) {
  const [open, setOpen] = useState(false);
  const flags: string[] = [];
  if (t.date) flags.push(t.precision === 'approximate' ? 'approximate' : `to the ${t.precision}`);
  if (t.relative && t.date) flags.push('from the publication date');
  if (t.uncertain) flags.push(t.date ? 'uncertain' : 'date unknown');
  return (
    <li class={`event${t.uncertain ? ' is-uncertain' : ''}${t.relative ? ' is-relative' : ''}`} data-testid="event" data-date={t.date ?? ''}>
      <span class="event-dot" aria-hidden="true" />
      <button type="button" class="event-button" onClick={() => actions.scrollTo(t.sentence)} title="Show in the page">
        <span class="when" data-testid="event-date">
          {t.when}
        </span>
        <span class="flags">{flags.join(' · ')}</span>
        <span class="what">{open ? t.text : t.short}</span>
      </button>
      {t.short !== t.text && <MoreButton open={open} onToggle={() => setOpen(!open)} what="event" />}
    </li>
  );
}

export function Timeline({ view, actions, published }: { view: TimelineView; actions: PopupActions; published: boolean }) {
  const [all, setAll] = useState(false);
  const cut = (list: TimelineItem[]) => (all ? list : list.slice(0, FIRST_EVENTS));
  const hidden = all ? 0 : Math.max(0, view.dated.length - FIRST_EVENTS) + Math.max(0, view.undated.length - FIRST_EVENTS);
  if (!view.dated.length && !view.undated.length) return <p class="none">No dated events were found in this article.</p>;
  return (
    <>
      {view.dated.length > 0 && (
        <ol class="timeline" aria-label="Dated events, oldest first" data-testid="timeline">
          {cut(view.dated).map((t) => (
            <Event key={t.index} t={t} actions={actions} />
          ))}
        </ol>
      )}
      {view.undated.length > 0 && (
        <section class="undated" aria-labelledby="undated-title">
          <h2 id="undated-title" class="subhead">
            Date unknown
          </h2>
          <p class="hint">
            {published
              ? 'These dates could not be worked out; they are shown as written.'
              : 'The page gives no publication date, so these relative dates are shown as written.'}
          </p>
          <ol class="timeline" data-testid="timeline-undated">
            {cut(view.undated).map((t) => (
              <Event key={t.index} t={t} actions={actions} />
            ))}
          </ol>
        </section>
      )}
      <ShowMore hidden={hidden} what="events" onShow={() => setAll(true)} />
    </>
  );
}
