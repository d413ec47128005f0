import type { Lines } from './body-lines.js';
import type { SchemaSite } from './schema-site.js';

/**
 * One keyword of a vocabulary, or a family of keywords one piece of code checks (`minimum`, `maximum`,
 * `exclusiveMinimum`, `exclusiveMaximum`), after ajv's CodeKeywordDefinition: the code is called only when the
 * schema at the site has one of `keywords`, and returns the lines that check the site's value, pushing an error and
 * clearing the site's `valid` flag per failure. It throws UnsupportedSchemaError (`site.fail`) for a value of the
 * keyword it cannot check exactly.
 *
 * Keywords of one JSON type run under that type's guard (see schema-code.ts), with a site that knows the value as
 * that type: an ArraySite's array, an ObjectSite's object and what its one scan of the keys found.
 */
export interface Keyword<Site extends SchemaSite = SchemaSite> {
  readonly keywords: readonly string[];
  code(site: Site): Lines;
}

/** The lines of each keyword the site's schema has, in order. */
export function keywordsCode<Site extends SchemaSite>(site: Site, keywords: readonly Keyword<Site>[]): Lines {
  const out: Lines = [];
  for (const keyword of keywords) if (keyword.keywords.some((name) => site.has(name))) out.push(...keyword.code(site));
  return out;
}
