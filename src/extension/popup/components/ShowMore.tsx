// "Show all N": lists are cut to a first screenful so the popup's first render stays fast on any
// page (a hostile page can have thousands of "said"); the rest is one click away.
export function ShowMore({ hidden, what, onShow }: { hidden: number; what: string; onShow: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button type="button" class="link-button show-more" data-testid="show-more" data-what={what} onClick={onShow}>
      Show {hidden} more {what}
    </button>
  );
}
