import { isObject } from '../util/is-object.js';
import type { JsonSchema } from './json-schema.js';
import { forEachSubschema } from './subschemas.js';

/**
 * The schema documents that have `readOnly` (`writeOnly`) in reach: somewhere in their own tree, or in a document
 * they refer to, however indirectly. Only those differ between a request and a response: the generator names a
 * request and a response form of them, and the validator compiler compiles a function per direction for them.
 */
export interface ReadWriteReach<Document> {
  readOnly: ReadonlySet<Document>;
  writeOnly: ReadonlySet<Document>;
}

/**
 * Walks each document's subschemas once for the two markers and its `$ref`s, then follows the references backwards
 * from the marked documents. `referenced` names the document a `$ref` at `path` in `document` points into (undefined
 * for none), reading `path` before it returns. `known`: documents whose reach is settled already (not walked again);
 * the documents walked here may refer to them, never the other way round.
 */
export function readWriteReach<Document>(
  documents: Iterable<readonly [Document, JsonSchema]>,
  referenced: (ref: string, document: Document, path: readonly string[]) => Document | undefined,
  known?: ReadWriteReach<Document>,
): ReadWriteReach<Document> {
  const referrers = new Map<Document, Set<Document>>();
  const readOnly: Document[] = [...(known?.readOnly ?? [])];
  const writeOnly: Document[] = [...(known?.writeOnly ?? [])];
  for (const [document, root] of documents) {
    let hasReadOnly = false;
    let hasWriteOnly = false;
    // One path, grown and shrunk as the walk goes: `referenced` reads it before it returns, and keeps none of it.
    const path: string[] = [];
    const walk = (schema: JsonSchema): void => {
      if (!isObject(schema)) return;
      if (schema['readOnly'] === true) hasReadOnly = true;
      if (schema['writeOnly'] === true) hasWriteOnly = true;
      const ref = schema['$ref'];
      if (typeof ref === 'string' && Object.hasOwn(schema, '$ref')) {
        const target = referenced(ref, document, path);
        if (target !== undefined && target !== document) {
          let set = referrers.get(target);
          if (set === undefined) referrers.set(target, (set = new Set()));
          set.add(document);
        }
      }
      forEachSubschema(schema, (subschema, segments) => {
        path.push(...segments);
        walk(subschema);
        path.length -= segments.length;
      });
    };
    walk(root);
    if (hasReadOnly) readOnly.push(document);
    if (hasWriteOnly) writeOnly.push(document);
  }
  return { readOnly: spread(readOnly, referrers), writeOnly: spread(writeOnly, referrers) };
}

/** `start` and every document that refers to one of them, however indirectly. */
function spread<Document>(start: readonly Document[], referrers: ReadonlyMap<Document, ReadonlySet<Document>>): Set<Document> {
  const reached = new Set(start);
  const pending = [...start];
  for (let document = pending.pop(); document !== undefined; document = pending.pop()) {
    for (const referrer of referrers.get(document) ?? []) {
      if (!reached.has(referrer)) {
        reached.add(referrer);
        pending.push(referrer);
      }
    }
  }
  return reached;
}
