// "Show N more …": lists are cut to a first screenful so the popup's first render stays fast on any
// page (a hostile page can have thousands of "said"); the rest is one click away.
import { plural } from '../i18n.ts';

const KEY = { statements: 'showMoreStatements', sources: 'showMoreSources', vague: 'showMoreVague', events: 'showMoreEvents' } as const;

export function ShowMore({ hidden, what, onShow }: { hidden: number; what: keyof typeof KEY; onShow: () => void }) {
  if (hidden <= 0) return null;
  return (
    <button type="button" class="link-button show-more" data-testid="show-more" data-what={what} onClick={onShow}>
      {plural(KEY[what], hidden)}
    </button>
  );
}
