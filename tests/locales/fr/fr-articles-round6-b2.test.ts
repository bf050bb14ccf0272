// French, round 6, batch 2: invented articles (tests/locales/fr/articles-round6-b2.ts), written after the round's
// rule changes and run once as they were before the fixes they led to.
import { checkExpectedSpeakers } from '../expected-speakers.ts';
import { ARTICLES } from './articles-round6-b2.ts';

checkExpectedSpeakers('French articles, round 6, batch 2', 'fr', ARTICLES);
