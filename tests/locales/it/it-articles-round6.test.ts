// Italian, round 6: invented articles (tests/locales/it/articles-round6.ts), each quotation with the
// speaker a careful reader gives it, or none where the text does not say; pieces marked open may
// have no speaker yet, never a wrong one.
import { checkExpectedSpeakers } from '../expected-speakers.ts';
import { ARTICLES } from './articles-round6.ts';

checkExpectedSpeakers('Italian articles, round 6', 'it', ARTICLES);
