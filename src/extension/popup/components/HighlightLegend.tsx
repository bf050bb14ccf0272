// The legend of the page's highlights, each a toggle (on/off per kind), in the page's colours.
import type { HighlightKind } from '../../shared/messages.ts';
import { HIGHLIGHT_LEGEND } from '../model/highlight-legend.ts';

export function HighlightLegend({ kinds, onToggle }: { kinds: Record<HighlightKind, boolean>; onToggle: (k: HighlightKind) => void }) {
  return (
    <div class="legend" role="group" aria-label="Highlights in the page" data-testid="legend">
      {HIGHLIGHT_LEGEND.map((l) => (
        <button
          key={l.kind}
          type="button"
          class={`chip${kinds[l.kind] ? '' : ' is-off'}`}
          aria-pressed={kinds[l.kind]}
          data-testid={`kind-${l.kind}`}
          title={kinds[l.kind] ? `Hide ${l.label.toLowerCase()} in the page` : `Show ${l.label.toLowerCase()} in the page`}
          onClick={() => onToggle(l.kind)}
        >
          <span class={`swatch swatch-${l.style}`} style={{ '--swatch': l.color }} aria-hidden="true" />
          {l.label}
        </button>
      ))}
    </div>
  );
}
