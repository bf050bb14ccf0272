// The "more"/"less" toggle beside a shortened text.
export function MoreButton({ open, onToggle, what }: { open: boolean; onToggle: () => void; what: string }) {
  return (
    <button type="button" class="link-button more" aria-expanded={open} aria-label={open ? `Show less of the ${what}` : `Show the whole ${what}`} onClick={onToggle}>
      {open ? 'less' : 'more'}
    </button>
  );
}
