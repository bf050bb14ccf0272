// A page in a language without a language pack: which languages get speakers, and that this
// page's does not (its quotations are still highlighted).
import { localizer } from '../i18n.ts';
import { languageNote, type PageLanguage } from '../model/page-language.ts';

export function LanguageNote({ language }: { language?: PageLanguage | null }) {
  const note = languageNote(language, localizer());
  if (!note) return null;
  return (
    <p class="language-note" role="note" data-testid="language-note">
      {note}
    </p>
  );
}
