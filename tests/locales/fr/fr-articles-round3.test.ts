// French, round 3: invented articles (tests/locales/fr/articles-round3.ts), each quotation with the
// speaker a careful reader gives it, or none where the text does not say; pieces marked open may
// have no speaker yet, never a wrong one.
import { checkExpectedSpeakers } from '../expected-speakers.ts';
import { ARTICLES } from './articles-round3.ts';

checkExpectedSpeakers('French articles, round 3', 'fr', ARTICLES);
