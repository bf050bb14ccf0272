// The timeline: vertical, chronological; each date with its precision, marked when it was resolved
// from the publication date or is uncertain. Click → the page scrolls to the sentence.
import { useState } from 'preact/hooks';
import type { DatePrecision } from '../../../core/types.ts';
import type { TimelineItem, TimelineView } from '../model/build-timeline-view.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { t } from '../i18n.ts';
import { MoreButton } from './MoreButton.tsx';
import { ShowMore } from './ShowMore.tsx';

/** Events rendered at first in each list. */
export const FIRST_EVENTS = 40;

const PRECISION_KEY = { day: 'precisionDay', month: 'precisionMonth', year: 'precisionYear', approximate: 'precisionApproximate' } as const satisfies Record<DatePrecision, string>;

function Event({ item, actions }: { item: TimelineItem; actions: PopupActions }) {
  const [open, setOpen] = useState(false);
  const flags: string[] = [];
  if (item.date) flags.push(t(PRECISION_KEY[item.precision]));
  if (item.relative && item.date) flags.push(t('fromPublication'));
  if (item.uncertain) flags.push(t(item.date ? 'uncertain' : 'dateUnknownFlag'));
  return (
    <li class={`event${item.uncertain ? ' is-uncertain' : ''}${item.relative ? ' is-relative' : ''}`} data-testid="event" data-date={item.date ?? ''}>
      <span class="event-dot" aria-hidden="true" />
      <button type="button" class="event-button" onClick={() => actions.scrollTo(item.sentence)} title={t('showInPage')}>
        <span class="when" data-testid="event-date">
          {item.when}
        </span>
        <span class="flags">{flags.join(' · ')}</span>
        <span class="what">{open ? item.text : item.short}</span>
      </button>
      {item.short !== item.text && <MoreButton open={open} onToggle={() => setOpen(!open)} what="event" />}
    </li>
  );
}

export function Timeline({ view, actions, published }: { view: TimelineView; actions: PopupActions; published: boolean }) {
  const [all, setAll] = useState(false);
  const cut = (list: TimelineItem[]) => (all ? list : list.slice(0, FIRST_EVENTS));
  const hidden = all ? 0 : Math.max(0, view.dated.length - FIRST_EVENTS) + Math.max(0, view.undated.length - FIRST_EVENTS);
  if (!view.dated.length && !view.undated.length) return <p class="none">{t('timelineNone')}</p>;
  return (
    <>
      {view.dated.length > 0 && (
        <ol class="timeline" aria-label={t('timelineLabel')} data-testid="timeline">
          {cut(view.dated).map((item) => (
            <Event key={item.index} item={item} actions={actions} />
          ))}
        </ol>
      )}
      {view.undated.length > 0 && (
        <section class="undated" aria-labelledby="undated-title">
          <h2 id="undated-title" class="subhead">
            {t('dateUnknown')}
          </h2>
          <p class="hint">{t(published ? 'undatedHintPublished' : 'undatedHintNoDate')}</p>
          <ol class="timeline" data-testid="timeline-undated">
            {cut(view.undated).map((item) => (
              <Event key={item.index} item={item} actions={actions} />
            ))}
          </ol>
        </section>
      )}
      <ShowMore hidden={hidden} what="events" onShow={() => setAll(true)} />
    </>
  );
}
