// dev helper: ancestors of the element holding a given text, with furniture flags
import { register } from 'tsx/esm/api'; register();
import { readFileSync } from 'node:fs'; import { gunzipSync } from 'node:zlib';
const { loadDocument } = await import('../src/cli/load-document.ts');
const { measureTree } = await import('../src/page/extract/measure-tree.ts');
const [corpus, id, needle] = process.argv.slice(2);
const dir = corpus === 'r' ? '/work/shared/corpora/extraction-readability' : '/work/shared/corpora/extraction';
const doc = loadDocument(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString());
const st = measureTree(doc.documentElement);
let i = st.els.findIndex((e, k) => st.tag[k] === 'p' && (e.textContent ?? '').includes(needle));
if (i < 0) i = st.els.findIndex((e) => e.children.length === 0 && (e.textContent ?? '').includes(needle));
for (; i >= 0; i = st.parent[i]) console.log(st.tag[i], JSON.stringify((st.els[i].getAttribute('class')||'')+' #'+(st.els[i].getAttribute('id')||'')+' role='+(st.els[i].getAttribute('role')||'')).slice(0,90), 'sig', st.signal[i], 'furn', st.furniture[i], 'skip', st.skipped[i], 'para', st.para[i], 'raw', st.paraRaw[i], 'text', st.text[i], 'link', st.link[i]);
