// No word of the interface is written in the code of the popup, the card or the journal page: every user-visible
// string comes from public/_locales through the Localizer. The sources are parsed (oxc, through
// rolldown, which vite builds with) and these fail:
//   - JSX text with a letter (except key caps in <kbd> and aria-hidden samples);
//   - a string with a letter in a JSX child expression or in a visible attribute (aria-label, title,
//     alt, placeholder), unless it is a message key (the first argument of t / plural);
//   - anywhere else, a string holding two words in a row ("No source named"), outside message keys,
//     errors for developers and comments.
// The card is built with DOM calls, not JSX, so the same string rule covers its el(…, text) and
// setAttribute('aria-label', …) calls.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync } from 'rolldown/utils';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const DIRS = ['src/extension/popup', 'src/page/card', 'src/extension/journal-page'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

type Node = { type: string; start: number; end: number; [k: string]: unknown };
const VISIBLE_ATTRS = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'label']);
const KEY_CALLS = new Set(['t', 'tr', 'plural']);
const LETTER = /\p{L}/u;
const TWO_WORDS = /\p{L}{2,} \p{L}{2,}/u;

const calleeName = (n: Node): string | null => {
  const c = n.callee as Node | undefined;
  if (!c) return null;
  if (c.type === 'Identifier') return c.name as string;
  if (c.type === 'MemberExpression' || c.type === 'StaticMemberExpression') return ((c.property as Node).name as string) ?? null;
  return null;
};
const attrName = (n: Node): string => {
  const name = n.name as Node;
  return name.type === 'JSXNamespacedName' ? `${(name.namespace as Node).name}:${(name.name as Node).name}` : (name.name as string);
};
const isAriaHidden = (el: Node) =>
  ((el.openingElement as Node).attributes as Node[]).some((a) => a.type === 'JSXAttribute' && attrName(a) === 'aria-hidden');
const tagName = (el: Node) => ((el.openingElement as Node).name as Node).name as string | undefined;

interface Finding { file: string; line: number; text: string; why: string }

const COMPARISON = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=']);
const NOT_SHOWN_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matchMedia', 'getItem', 'setItem', 'removeItem', 'getElementById', 'addEventListener', 'removeEventListener', 'mark', 'measure', 'getEntriesByName', 'createElement', 'replace', 'test', 'startsWith', 'endsWith', 'includes', 'split', 'join']);

/** Every hard-coded user-visible string of one source file. */
export function hardCodedStrings(file: string, src: string): Finding[] {
  const { program, errors } = parseSync(file, src, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length) throw new Error(`${file}: ${errors[0]!.message}`);
  const out: Finding[] = [];
  const lineOf = (pos: number) => src.slice(0, pos).split('\n').length;
  const report = (n: Node, text: string, why: string) => out.push({ file, line: lineOf(n.start), text: text.trim(), why });
  const str = (n: Node) => (n.type === 'Literal' && typeof n.value === 'string' ? n.value : n.type === 'TemplateElement' ? ((n.value as { cooked?: string; raw: string }).cooked ?? (n.value as { raw: string }).raw) : null);

  /** An expression whose value is shown (a JSX child, a visible attribute, a DOM text): any letter counts. */
  const shown = (n: Node | null | undefined, exempt: boolean): void => {
    if (!n) return;
    switch (n.type) {
      case 'Literal': case 'TemplateElement': {
        const s = str(n);
        if (s != null && !exempt && LETTER.test(s)) report(n, s, 'shown string');
        return;
      }
      case 'TemplateLiteral':
        (n.quasis as Node[]).forEach((q) => shown(q, exempt));
        (n.expressions as Node[]).forEach((e) => shown(e, exempt));
        return;
      case 'ConditionalExpression':
        walk(n.test, exempt);
        shown(n.consequent as Node, exempt);
        shown(n.alternate as Node, exempt);
        return;
      case 'LogicalExpression':
        if (n.operator === '&&') walk(n.left, exempt);
        else shown(n.left as Node, exempt);
        shown(n.right as Node, exempt);
        return;
      case 'BinaryExpression':
        if (n.operator === '+') {
          shown(n.left as Node, exempt);
          shown(n.right as Node, exempt);
          return;
        }
        break;
      case 'JSXExpressionContainer':
        shown(n.expression as Node, exempt);
        return;
      case 'ParenthesizedExpression': case 'TSAsExpression': case 'TSNonNullExpression':
        shown(n.expression as Node, exempt);
        return;
    }
    walk(n, exempt);
  };

  /** Code: a string is a shown word only when it holds two words in a row. */
  const walk = (n: unknown, exempt: boolean): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach((x) => walk(x, exempt));
    const node = n as Node;
    switch (node.type) {
      case 'ImportDeclaration': case 'ExportAllDeclaration':
        return;
      case 'ExportNamedDeclaration':
        if (node.source) return;
        break;
      case 'TSTypeAnnotation': case 'TSTypeAliasDeclaration': case 'TSInterfaceDeclaration': case 'TSLiteralType':
        return; // types are not shown
      case 'VariableDeclarator':
        if (/css|style/i.test(((node.id as Node).name as string) ?? '')) return; // stylesheets
        break;
      case 'BinaryExpression':
        if (COMPARISON.has(node.operator as string)) return; // compared, not shown
        break;
      case 'NewExpression':
        if ((node.callee as Node)?.type === 'Identifier' && /Error$/.test((node.callee as Node).name as string)) return; // for developers
        break;
      case 'CallExpression': {
        const name = calleeName(node);
        const args = node.arguments as Node[];
        if (name && KEY_CALLS.has(name)) return args.slice(1).forEach((a) => shown(a, exempt)); // a message key, then its substitutions
        if (name && NOT_SHOWN_CALLS.has(name)) return;
        if (name === 'setAttribute') {
          const attr = args[0]?.type === 'Literal' ? String(args[0].value) : '';
          if (VISIBLE_ATTRS.has(attr)) shown(args[1], exempt);
          return;
        }
        if (name === 'el') return args.slice(2).forEach((a) => shown(a, exempt)); // el(tag, class, text)
        break;
      }
      case 'AssignmentExpression': {
        const prop = ((node.left as Node)?.property as Node | undefined)?.name as string | undefined;
        if (prop && ['textContent', 'innerText', 'innerHTML', 'title', 'ariaLabel', 'placeholder', 'alt'].includes(prop)) return shown(node.right as Node, exempt);
        if (prop === 'className' || prop === 'id') return;
        break;
      }
      case 'JSXElement': {
        walk(node.openingElement, exempt);
        const skip = exempt || tagName(node) === 'kbd' || isAriaHidden(node);
        for (const c of node.children as Node[]) c.type === 'JSXText' ? (!skip && LETTER.test(c.value as string) && report(c, c.value as string, 'JSX text')) : shown(c, skip);
        return;
      }
      case 'JSXFragment':
        for (const c of node.children as Node[]) c.type === 'JSXText' ? (!exempt && LETTER.test(c.value as string) && report(c, c.value as string, 'JSX text')) : shown(c, exempt);
        return;
      case 'JSXAttribute':
        if (VISIBLE_ATTRS.has(attrName(node))) shown(node.value as Node, exempt);
        else if (!/^(class|className|id|data-.*|key|type|role|name|value|style|href|for|htmlFor|rel|target|accept|autocomplete|aria-(labelledby|describedby|controls|live|current|pressed|expanded|selected|hidden|modal))$/.test(attrName(node))) walk(node.value, exempt);
        return;
      case 'Literal': case 'TemplateElement': {
        const s = str(node);
        if (s != null && !exempt && TWO_WORDS.test(s)) report(node, s, 'two words in a string');
        return;
      }
    }
    for (const k of Object.keys(node)) if (k !== 'type' && k !== 'start' && k !== 'end') walk(node[k], exempt);
  };
  walk(program, false);
  return out;
}

describe('no hard-coded interface string in the popup, the card or the journal page', () => {
  for (const dir of DIRS) {
    test(dir, () => {
      const found = files(resolve(root, dir)).flatMap((f) => hardCodedStrings(relative(root, f), readFileSync(f, 'utf8')));
      expect(found.map((f) => `${f.file}:${f.line} ${f.why}: ${JSON.stringify(f.text)}`)).toEqual([]);
    });
  }

  test('the scan finds what it is meant to find', () => {
    const found = (src: string, file = 'x.tsx') => hardCodedStrings(file, src).map((f) => f.text);
    expect(found(`export const A = () => <p class="none">No leaders here.</p>;`)).toEqual(['No leaders here.']);
    expect(found(`export const A = ({ o }) => <button aria-label="Close it" title={o ? 'Less' : t('more')}>{o ? 'less' : 'more'}</button>;`)).toEqual(['Close it', 'Less', 'less', 'more']);
    expect(found(`export const A = ({ n, p }) => <p>{p === 'ready' && n === 1 ? '1 mention' : t('none')}</p>;`)).toEqual(['1 mention']);
    expect(found('export const A = ({ n }) => <span>{`${n} mentions`}</span>;')).toEqual(['mentions']);
    expect(found(`const name = 'No source named';`, 'x.ts')).toEqual(['No source named']);
    expect(found(`el('p', 'meta', 'Cue: '); b.setAttribute('aria-label', 'Close'); x.textContent = 'Hi';`, 'x.ts')).toEqual(['Cue:', 'Close', 'Hi']);
    // message keys, classes, test ids, key caps, hidden samples, developer errors: not shown words
    expect(found(`export const A = () => <p class="a b" data-testid="x">{t('readThisPage')}<kbd>Alt</kbd><span aria-hidden="true">Aa</span></p>;`)).toEqual([]);
    expect(found(`export const A = () => <a href={u} target="_blank" rel="noopener noreferrer">{t('journalOpenArticle')}</a>;`)).toEqual([]);
    expect(found(`throw new Error('popup: no Localizer set'); el('p', 'meta counts', t('cardCounts', n));`, 'x.ts')).toEqual([]);
  });
});
