// The "more"/"less" toggle beside a shortened text. The visible word starts the accessible name
// (axe: label-content-name-mismatch), the rest is for screen readers.
import { t } from '../i18n.ts';

export function MoreButton({ open, onToggle, what }: { open: boolean; onToggle: () => void; what: 'statement' | 'event' }) {
  return (
    <button type="button" class="link-button more" aria-expanded={open} onClick={onToggle}>
      {t(open ? 'less' : 'more')}
      <span class="sr-only"> {t(what === 'statement' ? 'moreOfStatement' : 'moreOfEvent')}</span>
    </button>
  );
}
