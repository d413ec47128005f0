import { isObject } from '../../../util/is-object.js';
import type { JsonSchema } from '../../json-schema.js';
import { block } from '../../compiler/body-lines.js';
import type { PropertyCheck } from '../../compiler/check-blocks.js';
import type { ValidationDirection } from '../../compiler/contract.js';
import type { InstancePath } from '../../compiler/instance-path.js';
import type { ObjectSite } from '../../compiler/object-site.js';
import { childLocation, locationKey, type SchemaDocuments, type SchemaLocation } from '../../compiler/schema-documents.js';
import type { SchemaSite } from '../../compiler/schema-site.js';

// OpenAPI's reading of readOnly and writeOnly: a read-only property may not be sent in a request (and is not
// required there), a write-only one is never returned in a response. Elsewhere both are annotations.

export type Marker = 'readOnly' | 'writeOnly';

/** The marker whose properties may not travel in `direction`. */
export function forbiddenKeyword(direction: ValidationDirection): Marker | undefined {
  return direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : undefined;
}

/** Whether a property's schema is marked `marker`, directly, via `$ref` or via `allOf`. */
export function isMarked(documents: SchemaDocuments, schema: JsonSchema, location: SchemaLocation, marker: Marker, seen = new Set<string>()): boolean {
  if (!isObject(schema)) return false;
  if (schema[marker] === true) return true;
  if (Object.hasOwn(schema, '$ref')) {
    const target = documents.tryResolve(schema['$ref'], location);
    if (target !== undefined) {
      const id = locationKey(target);
      if (!seen.has(id)) {
        seen.add(id);
        const targetSchema = documents.schemaAt(target);
        if (targetSchema !== undefined && isMarked(documents, targetSchema, target, marker, seen)) return true;
      }
    }
  }
  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) {
    return allOf.some(
      (member: unknown, index) => (isObject(member) || typeof member === 'boolean') && isMarked(documents, member, childLocation(location, 'allOf', String(index)), marker, seen),
    );
  }
  return false;
}

/** Names of properties marked `marker` in this schema's `properties` and (through `$ref`) its `allOf` members. */
export function markedNames(documents: SchemaDocuments, schema: JsonSchema, location: SchemaLocation, marker: Marker, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (!isObject(schema)) return names;
  const properties = schema['properties'];
  if (isObject(properties)) {
    for (const name of Object.keys(properties)) {
      const property = properties[name];
      if ((isObject(property) || typeof property === 'boolean') && isMarked(documents, property, childLocation(location, 'properties', name), marker)) names.add(name);
    }
  }
  const members: Array<[JsonSchema, SchemaLocation]> = [];
  if (Object.hasOwn(schema, '$ref')) {
    const target = documents.tryResolve(schema['$ref'], location);
    const targetSchema = target === undefined ? undefined : documents.schemaAt(target);
    if (target !== undefined && targetSchema !== undefined) members.push([targetSchema, target]);
  }
  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) {
    allOf.forEach((member: unknown, index) => {
      if (isObject(member)) members.push([member, childLocation(location, 'allOf', String(index))]);
    });
  }
  for (const [member, memberLocation] of members) {
    const id = locationKey(memberLocation);
    if (seen.has(id)) continue;
    seen.add(id);
    for (const name of markedNames(documents, member, memberLocation, marker, seen)) names.add(name);
  }
  return names;
}

/** The properties that may not travel in the site's direction: its schema's, and those of an `allOf` around it. */
export function forbiddenPropertyNames(site: SchemaSite, marker: Marker): Set<string> {
  const names = markedNames(site.compiler.documents, site.schema, site.location, marker);
  for (const name of site.context.forbiddenAround) names.add(name);
  return names;
}

/** The check that a property marked `marker` is absent; `count` counts it present (see ObjectSite.counted). */
export function forbiddenPropertyCheck(site: ObjectSite, name: string, path: InstancePath, marker: Marker, count: readonly string[]): PropertyCheck {
  const message = marker === 'readOnly' ? 'is read-only and may not be sent' : 'is write-only and may not be returned';
  const slot = site.slot(name);
  const sent = slot !== undefined ? `${slot} !== undefined` : site.hasOwnCall(name);
  return { name, lines: (at) => block(`if (${sent})`, [...count, ...at.error(marker, message, path)]) };
}
