// Named vs unnamed sources, the share of direct quotes, and a warning listing vague attributions.
import { useState } from 'preact/hooks';
import type { SourcingSummary as Summary } from '../model/summarize-sourcing.ts';
import { percent } from '../model/summarize-sourcing.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { ShowMore } from './ShowMore.tsx';

/** Vague attributions listed at first. */
export const FIRST_VAGUE = 5;

export function SourcingSummary({ sum, actions }: { sum: Summary; actions: PopupActions }) {
  const [all, setAll] = useState(false);
  return (
    <section class="summary" aria-labelledby="summary-title" data-testid="sourcing-summary">
      <h2 id="summary-title" class="sr-only">
        Sourcing summary
      </h2>
      <dl class="stats">
        <div class="stat">
          <dt>Named sources</dt>
          <dd data-testid="named-count">{sum.named}</dd>
        </div>
        <div class="stat">
          <dt>Unnamed</dt>
          <dd data-testid="unnamed-count">{sum.unnamed}</dd>
        </div>
        <div class="stat">
          <dt>Direct quotes</dt>
          <dd data-testid="direct-share">{percent(sum.directShare)}</dd>
        </div>
      </dl>
      {sum.vague.length > 0 && (
        <div class="warning" role="note" data-testid="vague-warning">
          <p class="warning-title">
            <span aria-hidden="true">⚠ </span>
            {sum.vague.length === 1 ? '1 vague attribution' : `${sum.vague.length} vague attributions`}: who said it is not named.
          </p>
          <ul>
            {(all ? sum.vague : sum.vague.slice(0, FIRST_VAGUE)).map((v) => (
              <li key={v.statement.index}>
                <button type="button" class="link-button vague-item" data-testid="vague-item" onClick={() => actions.scrollTo(v.statement.span)}>
                  <strong>
                    {v.source}
                    {v.cue ? ` ${v.cue}` : ''}
                  </strong>
                  {`: ${v.statement.short}`}
                </button>
              </li>
            ))}
          </ul>
          {!all && <ShowMore hidden={sum.vague.length - FIRST_VAGUE} what="vague attributions" onShow={() => setAll(true)} />}
        </div>
      )}
    </section>
  );
}
