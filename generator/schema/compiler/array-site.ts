import { typedConst, type Lines } from './body-lines.js';
import { keywordsCode, type Keyword } from './keyword.js';
import { SchemaSite } from './schema-site.js';

/** A schema's array keywords' site: the value, known to be an array, as the local `array`. */
export class ArraySite extends SchemaSite {
  readonly array: string;

  constructor(site: SchemaSite) {
    super(site.scope, site.schema, site.location, site.context);
    this.array = site.local('a');
  }
}

/** The code of the array keywords, on the value as a typed local. */
export function arrayCode(site: SchemaSite, keywords: readonly Keyword<ArraySite>[]): Lines {
  const arraySite = new ArraySite(site);
  const out = keywordsCode(arraySite, keywords);
  if (out.length === 0) return out;
  return [typedConst(arraySite.array, site.value, 'readonly unknown[]'), ...out];
}
