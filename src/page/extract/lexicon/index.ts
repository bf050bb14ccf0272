// Every language's furniture words, joined into the sets and patterns the block rules use.
// A page's language is not trusted (many pages state none, or the wrong one, and quote other
// languages): every language's words are tried on every page.
import ar from './ar.ts';
import ca from './ca.ts';
import common from './common.ts';
import cs from './cs.ts';
import da from './da.ts';
import de from './de.ts';
import el from './el.ts';
import en from './en.ts';
import es from './es.ts';
import fa from './fa.ts';
import fi from './fi.ts';
import fr from './fr.ts';
import he from './he.ts';
import hi from './hi.ts';
import hu from './hu.ts';
import id from './id.ts';
import it from './it.ts';
import ja from './ja.ts';
import ko from './ko.ts';
import nb from './nb.ts';
import nl from './nl.ts';
import pl from './pl.ts';
import pt from './pt.ts';
import ro from './ro.ts';
import ru from './ru.ts';
import sv from './sv.ts';
import th from './th.ts';
import tr from './tr.ts';
import uk from './uk.ts';
import vi from './vi.ts';
import zh from './zh.ts';
import type { LeakWords } from './types.ts';

// The seven languages we read first, then the others in alphabetical order.
export const LANGUAGES: LeakWords[] = [common, en, de, fr, es, it, pt, pl, ar, ca, cs, da, el, fa, fi, he, hi, hu, id, ja, ko, nb, nl, ro, ru, sv, th, tr, uk, vi, zh];

const all = (field: keyof LeakWords) => LANGUAGES.flatMap((l) => l[field] ?? []);
const alternatives = (field: keyof LeakWords) => all(field).join('|');

/** Class and id words of furniture in languages other than English (class-signals.ts holds the English ones). */
export const CLASS_WORDS = new Set(all('classWords'));
export const COMMENT_CLASS_WORDS = new Set(all('commentClassWords'));
export const MEDIA_CLASS_WORDS = new Set(all('mediaClassWords'));

/** Whole-block labels, lower case. */
export const LABELS = new Set(all('labels'));

/** The label over a list of other stories, at the start of a short line. */
export const RELATED_LABEL = new RegExp(`^(?:${alternatives('related')})(?![\\p{L}])`, 'iu');

/** "READ MORE:", "Related:", "See also -", "ALSO READ >>", "延伸阅读：" ... as the start of a block. */
export const LEAD_LABEL = new RegExp(`^(?:${alternatives('leadLabels')})(?![\\p{L}])[^:：>»|–—-]{0,24}(?::|：|>>|»|\\||–|—|-)\\s*`, 'iu');

/** Lines that address the reader about the site rather than tell the story... */
export const PROMO = new RegExp(`^(?:${alternatives('promo')})(?![\\p{L}])`, 'iu');
/** ... when a topic word follows. */
export const PROMO_TOPIC = new RegExp(alternatives('promoTopics'), 'iu');

/** Paywall and subscription notices: a short block that offers access to the rest of the story. */
export const PAYWALL = new RegExp(`^(?:${alternatives('paywall')})`, 'iu');

/** A disclaimer's label, then a colon. */
export const DISCLAIMER = new RegExp(`^(?:${alternatives('disclaimer')})\\s*:`, 'iu');

/** Appeals to the reader that need no topic word, and the messages of a newsletter form. */
export const APPEAL = new RegExp(`^(?:${alternatives('appeal')})`, 'iu');

/** A photo credit line: its label, then a colon (or the label's own full stop: "Fot. …"). */
export const CREDIT = new RegExp(`^(?:${alternatives('credits')})(?:\\s*[:：]|(?<=\\.))\\s*\\S`, 'iu');

/** A byline line of its own: its label, then a colon ("Text: Julia Hahn · Fotos: Max Roth"). */
export const BYLINE_LABEL = new RegExp(`^(?:${alternatives('bylineLabels')})\\s*[:：]\\s*\\S`, 'iu');

/** A reading-time line ("6 min read", "Temps de lecture : 3 min"). */
export const READING_TIME = new RegExp(alternatives('readingTime'), 'iu');
