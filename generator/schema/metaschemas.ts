import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import type { JsonSchema } from './json-schema.js';

/** A `$ref` or `$dynamicRef` to JSON Schema 2020-12's own metaschemas, in a schema's JSON text. */
export const NAMES_METASCHEMA = /"\$(?:dynamicRef|ref)":"https:\/\/json-schema\.org\/draft\/2020-12\//;

let loaded: Map<string, JsonSchema> | undefined;

/** JSON Schema 2020-12's metaschemas, by their `$id`: the copies in generator/schema/metaschemas/ (see its README). */
export function metaschemas(): ReadonlyMap<string, JsonSchema> {
  if (loaded) return loaded;
  const folder = join(packageRoot(), 'generator', 'schema', 'metaschemas');
  const files = ['schema.json', ...readdirSync(join(folder, 'meta')).filter((name) => name.endsWith('.json')).sort().map((name) => `meta/${name}`)];
  loaded = new Map();
  for (const file of files) {
    const metaschema = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { $id: string };
    loaded.set(metaschema.$id, metaschema);
  }
  return loaded;
}
