import type { DiscriminatorObject, GlobalContext, OpenAPI3 } from 'openapi-typescript';

type Discriminators = GlobalContext['discriminators'];
type Json = Record<string, unknown>;

export interface ScanHelpers {
  /** openapi-typescript's own `createRef`, `resolveRef` (lib/utils.cjs), so that pointers and lookups are its. */
  createRef(parts: readonly (number | string | undefined | null)[]): string;
  resolveRef<T>(schema: unknown, $ref: string, options: { silent: boolean }): T | undefined;
}

/**
 * openapi-typescript's `scanDiscriminators` (lib/utils.cjs of the version package.json pins), step for step: the
 * same two walks in the same order, the same patches to the document, the same `objects` and `refsHandled`.
 * Its walk gives each node a new array of its path (`path.concat(key)`), a fifth of a second and much garbage on
 * GitHub's spec; this one keeps one path array, which the visitors read only where they act.
 * test/generate/scan-discriminators.test.ts holds the two equal on every spec the tests have.
 */
export function scanDiscriminators(schema: OpenAPI3, helpers: ScanHelpers): Discriminators {
  const objects: Record<string, DiscriminatorObject> = {};
  const refsHandled: string[] = [];
  walk(schema, (obj, path) => {
    const discriminator = obj?.discriminator as DiscriminatorObject | undefined;
    if (!discriminator?.propertyName) return;
    const ref = helpers.createRef(path);
    objects[ref] = discriminator;
    if (!obj?.oneOf || !Array.isArray(obj.oneOf)) return;
    const oneOf = obj.oneOf as Json[];
    const mapping: Record<string, { inferred?: string; defined?: string[] }> = {};
    for (const item of oneOf) {
      if ('$ref' in item) {
        const value = (item.$ref as string).split('/').pop();
        if (value) {
          if (!mapping[item.$ref as string]) mapping[item.$ref as string] = { inferred: value };
          else mapping[item.$ref as string]!.inferred = value;
        }
      }
    }
    if (discriminator.mapping) {
      for (const mappedValue in discriminator.mapping) {
        const mappedRef = discriminator.mapping[mappedValue];
        if (!mappedRef) continue;
        if (!mapping[mappedRef]?.defined) mapping[mappedRef] = { defined: [] };
        mapping[mappedRef]!.defined?.push(mappedValue);
      }
    }
    for (const [mappedRef, { inferred, defined }] of Object.entries(mapping)) {
      if (refsHandled.includes(mappedRef)) continue;
      if (!inferred && !defined) continue;
      const mappedValues = defined ?? [inferred!];
      if (patchDiscriminatorEnum(schema, mappedRef, mappedValues, discriminator, helpers)) refsHandled.push(mappedRef);
    }
  });
  walk(schema, (obj, path) => {
    if (!obj || !Array.isArray(obj.allOf)) return;
    for (const item of obj.allOf as Json[]) {
      if ('$ref' in item) {
        if (!objects[item.$ref as string]) return;
        const ref = helpers.createRef(path);
        const discriminator = objects[item.$ref as string]!;
        const mappedValues: string[] = [];
        if (discriminator.mapping) {
          for (const mappedValue in discriminator.mapping) {
            if (discriminator.mapping[mappedValue] === ref) mappedValues.push(mappedValue);
          }
          if (mappedValues.length > 0) {
            if (patchDiscriminatorEnum(schema, ref, mappedValues, discriminator, helpers)) refsHandled.push(ref);
          }
        }
        objects[ref] = { ...objects[item.$ref as string]! };
      } else if ((item.discriminator as DiscriminatorObject | undefined)?.propertyName) {
        objects[helpers.createRef(path)] = { ...(item.discriminator as DiscriminatorObject) };
      }
    }
  });
  return { objects, refsHandled };
}

function patchDiscriminatorEnum(schema: OpenAPI3, ref: string, values: string[], discriminator: DiscriminatorObject, helpers: ScanHelpers): boolean {
  const resolvedSchema = helpers.resolveRef<Json>(schema, ref, { silent: true });
  if (resolvedSchema?.allOf) {
    (resolvedSchema.allOf as unknown[]).push({
      type: 'object',
      required: [discriminator.propertyName],
      properties: { [discriminator.propertyName]: discriminatorEnum(values) },
    });
    return true;
  } else if (typeof resolvedSchema === 'object' && 'type' in resolvedSchema && resolvedSchema.type === 'object') {
    if (!resolvedSchema.properties) resolvedSchema.properties = {};
    if (!resolvedSchema.required) resolvedSchema.required = [discriminator.propertyName];
    else if (!(resolvedSchema.required as string[]).includes(discriminator.propertyName)) (resolvedSchema.required as string[]).push(discriminator.propertyName);
    const properties = resolvedSchema.properties as Record<string, Json | undefined>;
    properties[discriminator.propertyName] = discriminatorEnum(values, properties[discriminator.propertyName]);
    return true;
  }
  // openapi-typescript warns here, unless silent (as specforge runs it)
  return false;
}

function discriminatorEnum(values: string[], prevSchema?: Json): Json {
  return {
    type: 'string',
    enum: values,
    description: prevSchema?.description ? `${prevSchema.description as string} (enum property replaced by openapi-typescript)` : 'discriminator enum property added by openapi-typescript',
  };
}

/** openapi-typescript's `walk`: objects before their keys (`Object.keys` when reached), arrays by live length. */
function walk(root: unknown, visit: (obj: Json, path: readonly (string | number)[]) => void): void {
  const path: (string | number)[] = [];
  // one array for the whole walk: the visitors above read it at once (createRef) and never keep it
  const step = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path.push(i);
        step(node[i]);
        path.pop();
      }
      return;
    }
    visit(node as Json, path);
    for (const key of Object.keys(node)) {
      path.push(key);
      step((node as Json)[key]);
      path.pop();
    }
  };
  step(root);
}
