// The reading journal end to end in Firefox ESR (the suite: journal-suite.mjs).
import { journalSuite } from './journal-suite.mjs';

journalSuite('firefox');
