// People, organizations, news outlets, groups and unnamed sources in an article, each with
// every mention linked to it (full name, surname, title + name, description), leaders flagged
// with their office. Then resolve() links a written source (a name, a description, a pronoun)
// to an entity, adding one when needed. Steps: words → candidates (scan-candidates.ts) →
// entities (entity-registry.ts) → resolve (resolve-source.ts).
import type { Entity, Span } from '../types.ts';
import { tokenizeWords } from './tokenize-words.ts';
import { CandidateScanner } from './scan-candidates.ts';
import { EntityRegistry } from './entity-registry.ts';
import { resolveSource, type ResolveContext } from './resolve-source.ts';

export interface EntityIndex {
  list: Entity[];
  /** The entity a written source span refers to (name, surname, title, description, pronoun), or null. */
  resolve(source: Span, context?: ResolveContext): string | null;
  /** The entity with this id. */
  get(id: string | null | undefined): Entity | undefined;
}

export interface FindEntitiesOptions {
  /** Publication date (ISO): picks the officeholder of the day from the built-in knowledge. */
  published?: string | null;
}

export function findEntities(text: string, sentences: Span[], options: FindEntitiesOptions = {}): EntityIndex {
  const src = typeof text === 'string' ? text : '';
  const date = typeof options.published === 'string' && /^\d{4}-\d\d-\d\d/.test(options.published) ? options.published.slice(0, 10) : null;
  const sents = Array.isArray(sentences) ? sentences : [];
  let reg = new EntityRegistry(src, date, sents);
  try {
    reg.build(new CandidateScanner(src, tokenizeWords(src, sents)).scan());
  } catch {
    // a bug must not cost the reader the page: no entities rather than an exception
    reg = new EntityRegistry(src, date, sents);
    reg.build([]);
  }
  const r = reg;
  return {
    list: r.list,
    resolve: (source: Span, context?: ResolveContext) => {
      try {
        return resolveSource(r, source, context ?? {});
      } catch {
        return null;
      }
    },
    get: (id) => r.get(id)?.e,
  };
}
