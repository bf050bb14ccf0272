import { readFileSync } from 'node:fs';
import { loadDocument } from './src/cli/load-document.ts';
