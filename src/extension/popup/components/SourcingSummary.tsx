// Named vs unnamed sources, the share of direct quotes, and a warning listing vague attributions.
import { useState } from 'preact/hooks';
import type { SourcingSummary as Summary } from '../model/summarize-sourcing.ts';
import { percent, sourceWithCue } from '../model/summarize-sourcing.ts';
import type { PopupActions } from '../state/popup-state.ts';
import { num, plural, t } from '../i18n.ts';
import { ShowMore } from './ShowMore.tsx';

/** Vague attributions listed at first. */
export const FIRST_VAGUE = 5;

export function SourcingSummary({ sum, actions }: { sum: Summary; actions: PopupActions }) {
  const [all, setAll] = useState(false);
  return (
    <section class="summary" aria-labelledby="summary-title" data-testid="sourcing-summary">
      <h2 id="summary-title" class="sr-only">
        {t('summaryTitle')}
      </h2>
      <dl class="stats">
        <div class="stat">
          <dt>{t('statNamed')}</dt>
          <dd data-testid="named-count">{num(sum.named)}</dd>
        </div>
        <div class="stat">
          <dt>{t('statUnnamed')}</dt>
          <dd data-testid="unnamed-count">{num(sum.unnamed)}</dd>
        </div>
        <div class="stat">
          <dt>{t('statDirect')}</dt>
          <dd data-testid="direct-share">{percent(sum.directShare)}</dd>
        </div>
      </dl>
      {sum.vague.length > 0 && (
        <div class="warning" role="note" data-testid="vague-warning">
          <p class="warning-title">
            <span aria-hidden="true">⚠ </span>
            {plural('vagueWarning', sum.vague.length)}
          </p>
          <ul>
            {(all ? sum.vague : sum.vague.slice(0, FIRST_VAGUE)).map((v) => (
              <li key={v.statement.index}>
                <button type="button" class="link-button vague-item" data-testid="vague-item" onClick={() => actions.scrollTo(v.statement.span)}>
                  <strong>{sourceWithCue(v.source, v.cue, v.statement.tag)}</strong>
                  {`: ${v.statement.short}`}
                </button>
              </li>
            ))}
          </ul>
          {!all && <ShowMore hidden={sum.vague.length - FIRST_VAGUE} what="vague" onShow={() => setAll(true)} />}
        </div>
      )}
    </section>
  );
}
