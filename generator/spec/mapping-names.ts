import { isObject } from '../util/is-object.js';
import { escapePointerSegment } from '../util/json-pointer.js';

/**
 * A discriminator mapping's value may be a schema's name (`cat: Cat`) or a reference (OpenAPI 3.0 and 3.1 allow
 * both): a value with neither `/` nor `#` that names a schema of `components.schemas` is that schema.
 */
export function mappedSchemaName(value: unknown, document: unknown): string | undefined {
  if (typeof value !== 'string' || value.includes('/') || value.includes('#')) return undefined;
  const schemas = isObject(document) && isObject(document['components']) ? document['components']['schemas'] : undefined;
  return isObject(schemas) && Object.hasOwn(schemas, value) ? value : undefined;
}

/**
 * Rewrites each discriminator mapping value that is a schema's name into the reference it stands for
 * (`#/components/schemas/Cat`), in place, so that what reads mappings as references (openapi-typescript, Redocly)
 * reads them right. Walks the whole document, as a discriminator may sit in any schema.
 */
export function resolveMappingNames(document: Record<string, unknown>): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!isObject(node)) return;
    const discriminator = node['discriminator'];
    if (isObject(discriminator) && isObject(discriminator['mapping'])) {
      const mapping = discriminator['mapping'];
      for (const key of Object.keys(mapping)) {
        const name = mappedSchemaName(mapping[key], document);
        if (name !== undefined) mapping[key] = `#/components/schemas/${escapePointerSegment(name)}`;
      }
    }
    for (const key in node) if (Object.hasOwn(node, key)) visit(node[key]);
  };
  visit(document);
}
