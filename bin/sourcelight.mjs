#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx compiles them on load), so the command line always
// runs the same core and page code as the extension, with no build step in between.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
