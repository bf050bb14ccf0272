// Tests that measure on ../shared (corpora, seed, scorers) skip with a message where it is absent
// (a user's clone has no ../shared).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED = resolve(import.meta.dirname, '../../../shared');
export const hasShared = existsSync(resolve(SHARED, 'eval/CONTRACT.md'));
export const sharedPath = (...p: string[]) => resolve(SHARED, ...p);
if (!hasShared) console.warn(`../shared not found at ${SHARED}: corpus and seed tests are skipped`);
