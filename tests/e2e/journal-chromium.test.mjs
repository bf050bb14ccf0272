// The reading journal end to end in Chromium (the suite: journal-suite.mjs).
import { journalSuite } from './journal-suite.mjs';

journalSuite('chromium');
