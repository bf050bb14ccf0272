// crxjs lists every `?script` file as web-accessible so a loader could import() it. Ours are
// self-contained IIFE files injected by browser.scripting, which needs no such entry; leaving
// it would let any page probe for the extension's files. Runs after crxjs wrote the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export function dropWebAccessibleResources(): Plugin {
  return {
    name: 'sourcelight:drop-web-accessible-resources',
    apply: 'build',
    enforce: 'post',
    writeBundle(options) {
      const file = join(options.dir ?? 'dist', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      delete manifest.web_accessible_resources;
      writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
    },
  };
}
