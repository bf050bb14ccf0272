// The legend of the page's highlights, each a toggle (on/off per kind), with a sample drawn in the
// page's own highlight style.
import type { HighlightKind } from '../../shared/messages.ts';
import { HIGHLIGHT_LEGEND, highlightDeclarations } from '../model/highlight-legend.ts';
import { t } from '../i18n.ts';

export function HighlightLegend({ kinds, dark, onToggle }: { kinds: Record<HighlightKind, boolean>; dark: boolean; onToggle: (k: HighlightKind) => void }) {
  const styles = highlightDeclarations(dark ? 'dark' : 'light');
  return (
    <div class="legend" role="group" aria-label={t('legendLabel')} data-testid="legend">
      {HIGHLIGHT_LEGEND.map((l) => (
        <button
          key={l.kind}
          type="button"
          class={`chip${kinds[l.kind] ? '' : ' is-off'}`}
          aria-pressed={kinds[l.kind]}
          data-testid={`kind-${l.kind}`}
          title={t(kinds[l.kind] ? 'legendHide' : 'legendShow')}
          onClick={() => onToggle(l.kind)}
        >
          <span class="swatch" style={styles[l.kind] ?? ''} aria-hidden="true">
            Aa
          </span>
          {t(l.label)}
        </button>
      ))}
    </div>
  );
}
