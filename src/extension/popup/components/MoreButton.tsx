// The "more"/"less" toggle beside a shortened text. The visible word starts the accessible name
// (axe: label-content-name-mismatch), the rest is for screen readers.
export function MoreButton({ open, onToggle, what }: { open: boolean; onToggle: () => void; what: string }) {
  return (
    <button type="button" class="link-button more" aria-expanded={open} onClick={onToggle}>
      {open ? 'less' : 'more'}
      <span class="sr-only"> of the {what}</span>
    </button>
  );
}
