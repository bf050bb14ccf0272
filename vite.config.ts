// One config, four outputs (`vite build --mode <target>`):
//   chrome        store build: MV3 service worker, no host access up front
//   firefox       store build: MV3 background.scripts + browser_specific_settings.gecko
//   chrome-test   chrome + host access to http://127.0.0.1/* and automatic reading there (tests only)
//   firefox-test  the same for Firefox (tests only; never zipped for a store)
// The source manifest is ./manifest.json; the differences per target live in ./scripts/manifest-for.ts.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { manifestFor, parseTarget } from './scripts/manifest-for.ts';
import { dropWebAccessibleResources } from './scripts/drop-web-accessible-resources.ts';

export default defineConfig(({ mode }) => {
  const target = parseTarget(mode);
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target.browser }), dropWebAccessibleResources()],
    define: {
      // Pages the test builds read automatically, without a user gesture (empty in store builds).
      __SL_TEST_HOSTS__: JSON.stringify(target.test ? ['http://127.0.0.1/*'] : []),
      __SL_TEST_BUILD__: JSON.stringify(target.test),
    },
    build: {
      outDir: `dist/${target.name}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 600,
      // Extension pages that the manifest does not name: the reading journal (journal.html at the
      // root of each build, opened in a tab from the popup and the card).
      rolldownOptions: {
        input: { journal: 'journal.html' },
        output: {
          // crxjs emits each entry (background, content script, popup) as a chunk. The bundler's hash
          // of the background chunk depended on the checkout's absolute path, so a rebuild elsewhere
          // gave a different zip (reviewers rebuild it). An extension needs no cache-busting names:
          // the entries get fixed ones; shared chunks keep their content hash.
          chunkFileNames: (chunk) => {
            const id = chunk.facadeModuleId;
            if (!chunk.isEntry || !id?.startsWith('/')) return 'assets/[name]-[hash].js';
            return id.includes('/background/') ? 'assets/background.js' : `assets/${chunk.name.replace(/\.(ts|tsx|html)$/, '')}.js`;
          },
          entryFileNames: (chunk) => (chunk.name === 'journal' ? 'assets/journal.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
  };
});
