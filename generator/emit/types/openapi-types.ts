import type * as OpenapiTypescript from 'openapi-typescript';
import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { ts } from '../../util/ts-morph.js';
import { UnsupportedConstructError } from '../../ir/unsupported.js';
import { withPatchedCopies } from './patched-copies.js';
import { hoistDeepSchemaRefs, hasDeepSchemaRefs } from './hoist-deep-refs.js';
import { neverForImpossibleNull } from './impossible-null.js';
import { neverForForbidden } from './forbidden-never.js';
import { scanDiscriminators } from './scan-discriminators.js';

// openapi-typescript's package index also loads its own Redocly 1, for `openapiTS()`, which is not used here (140 ms
// and 16 MB at every start), so the modules of its transform are loaded directly, as CommonJS: Node's ES module
// loader would scan and compile the whole TypeScript compiler again for them. They are given the TypeScript that
// ts-morph already loaded (its factory and printer are all they use), which saves loading a second compiler (about
// 150 ms and 30 MB). package.json pins the version these paths are from; every generate test goes through them.
const requireFromHere = createRequire(import.meta.url);
const otsDist = dirname(requireFromHere.resolve('openapi-typescript'));
shareTypeScript(createRequire(join(otsDist, 'index.cjs')), ts);
const transformSchema = requireFromHere(join(otsDist, 'transform/index.cjs')) as typeof OpenapiTypescript.transformSchema;
const { resolveRef, createRef } = requireFromHere(join(otsDist, 'lib/utils.cjs')) as Pick<typeof OpenapiTypescript, 'resolveRef' | 'createRef'>;
const { astToString } = requireFromHere(join(otsDist, 'lib/ts.cjs')) as Pick<typeof OpenapiTypescript, 'astToString'>;

/** Makes `require('typescript')`, from where `packageRequire` resolves it, return the compiler already loaded. */
function shareTypeScript(packageRequire: NodeJS.Require, loaded: typeof ts): void {
  const filename = packageRequire.resolve('typescript');
  if (packageRequire.cache[filename]) return;
  const shared = new Module(filename);
  shared.filename = filename;
  shared.exports = loaded;
  shared.loaded = true;
  packageRequire.cache[filename] = shared;
}

/**
 * openapi-typescript's `paths` / `components` / `operations` / `webhooks` types for an already bundled document.
 *
 * `openapiTS()` would load, lint and bundle the document again with its own Redocly 1 (two thirds of its time on
 * GitHub's spec), so its transform is called directly, with the context `openapiTS()` builds for these options.
 * openapi-typescript patches discriminator targets in the document it is given, so it gets copies of those
 * (see withPatchedCopies); deep `$ref`s need components of their own, made in a copy of the whole document.
 * Either way the caller's document is never changed.
 */
export function openapiTypes(document: Record<string, unknown>): string {
  let schema = document;
  if (hasDeepSchemaRefs(document)) {
    schema = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
    hoistDeepSchemaRefs(schema);
  }
  const { document: withCopies, copies } = withPatchedCopies(schema);
  const openapi = withCopies as unknown as OpenAPI3;
  const discriminators = scanDiscriminators(openapi, { createRef, resolveRef });
  dropRedeclaredDiscriminatorProperties(openapi, discriminators, copies);
  const context: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators,
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    // the same compiler at run time (see shareTypeScript), declared by two copies of its types
    postTransform: neverForImpossibleNull as unknown as GlobalContext['postTransform'],
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext['redoc'], // read only by openapiTS()'s own loading, skipped here
    silent: true,
    inject: undefined,
    transform: neverForForbidden as unknown as GlobalContext['transform'],
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: true,
    resolve<T>($ref: string): T | undefined {
      return resolveRef<T>(openapi, $ref, { silent: true });
    },
  };
  let nodes: ReturnType<typeof transformSchema>;
  try {
    nodes = transformSchema(openapi, context);
  } catch (error) {
    // openapi-typescript throws on schemas it cannot type (an object schema whose `enum` holds strings, say), naming
    // the place as `at #/…`: a refusal at that place, not a crash.
    const message = error instanceof Error ? error.message : String(error);
    const at = / at #(\/\S*)\s*$/.exec(message)?.[1] ?? '';
    throw new UnsupportedConstructError(`openapi-typescript cannot type the schema: ${message}`, at);
  }
  return astToString(nodes);
}

/**
 * openapi-typescript adds a discriminator's property to each schema whose `allOf` or `anyOf` names the object
 * holding the discriminator when the mapping does not list it; a schema that declares the property itself then has
 * it twice (TS2300, Apple's SiriKit specs). Its own declaration is dropped from the copy openapi-typescript gets:
 * the one added is the literal the discriminator requires there.
 */
function dropRedeclaredDiscriminatorProperties(openapi: OpenAPI3, discriminators: GlobalContext['discriminators'], copies: ReadonlySet<unknown>): void {
  const handled = new Set(discriminators.refsHandled);
  for (const [path, discriminator] of Object.entries(discriminators.objects)) {
    if (handled.has(path)) continue;
    const schema = resolveRef<Record<string, unknown>>(openapi, path, { silent: true });
    if (!schema || typeof schema !== 'object' || schema.discriminator || !(Array.isArray(schema.allOf) || Array.isArray(schema.anyOf))) continue;
    const properties = schema.properties as Record<string, unknown> | undefined;
    if (!properties || !copies.has(properties) || !Object.hasOwn(properties, discriminator.propertyName)) continue;
    delete properties[discriminator.propertyName];
  }
}
