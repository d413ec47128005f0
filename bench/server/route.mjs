// @ts-check
/**
 * The route bench/server.mjs serves three ways: AgentMessage's `updateWebhook` (`PATCH /v1/webhooks/{id}`), read
 * from specs/agentmessage.yaml as the generator sees it (loaded, bundled, turned into the IR by the built CLI's
 * modules, so run `npm run build` first).
 *
 * `loadRoute()` gives everything the servers and the load need as plain JSON: the path parameters' and the body's
 * schemas as self-contained JSON Schema 2020-12 documents (the components they reach as `$defs`, the idea of
 * bench/validate.mjs's rewriteRefs), the answer body (the documented example `WebhookFromSeed`), the error bodies of
 * `x-specforge-errors`, the operation's request examples (valid bodies) and bodies that break the schema (invalid).
 */
import { join } from 'node:path';
import { readSpec, JsonFirstResolver } from '../../dist/generator/load/read-spec.js';
import { bundleSpec } from '../../dist/generator/load/bundle-spec.js';
import { buildIR } from '../../dist/generator/ir/build-ir.js';
import { loadLintConfig } from '../../dist/generator/lint/config.js';
import { ROOT_DIR } from '../fetch-package.mjs';

export const SPEC_FILE = join(ROOT_DIR, 'specs', 'agentmessage.yaml');
export const OPERATION = 'updateWebhook';

/**
 * Invalid bodies: each breaks one rule of UpdateWebhookRequest, so each is refused by one keyword.
 * The first is the issue's: a URL that is not HTTPS (`pattern: '^https://'`).
 */
export const INVALID_BODIES = [
  { url: 'http://insecure.example' }, // pattern
  { events: [] }, // WebhookEvents minItems 1
  { api_version: '2026-04-01' }, // `not: {}`: may not be sent
];

/** The bearer token every server accepts (and the scopes it grants, for the specforge handler's authenticate). */
export const TOKEN = 'am_live_bench_0123456789abcdef';
export const TOKEN_SCOPES = ['webhooks:read', 'webhooks:write'];

/**
 * @typedef {object} Route
 * @property {string} spec              the spec file
 * @property {string} operation         operationId
 * @property {string} method            upper case
 * @property {string} template          the spec's path, `/v1/webhooks/{id}` (the server URL's path is empty)
 * @property {string} fastifyUrl        the same in Fastify's syntax, `/v1/webhooks/:id`
 * @property {string} path              the path requested, with the id parameter's documented example
 * @property {string} scope             the scope the operation requires
 * @property {string} token
 * @property {string[]} tokenScopes
 * @property {object} paramsSchema      path parameters as one object schema
 * @property {object} bodySchema        the JSON request body's schema, self-contained (`$defs`)
 * @property {object} errorSchema       the error envelope, self-contained
 * @property {unknown} answerBody       the 200 body every server answers
 * @property {Record<string, { status: number, body: unknown }>} errors  `x-specforge-errors` kinds
 * @property {unknown[]} validBodies
 * @property {unknown[]} invalidBodies
 * @property {string} [package]         the generated package the specforge server imports (set by the bench)
 */

/** @param {unknown} value */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `#/components/schemas/X…` → `#/$defs/X…`, so that one self-contained schema holds what it needs.
 * @param {unknown} node
 * @returns {unknown}
 */
function rewriteRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!isObject(node)) return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(/** @type {Record<string, unknown>} */ (node))) {
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '#/$defs/') : rewriteRefs(value);
  }
  return out;
}

/** The value at a JSON pointer of the document, following `$ref`s on the way. */
function valueAt(/** @type {any} */ doc, /** @type {string} */ pointer) {
  let node = doc;
  for (const segment of pointer.replace(/^#?\//, '').split('/')) {
    node = node?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    while (isObject(node) && typeof node.$ref === 'string') node = valueAt(doc, node.$ref);
  }
  return node;
}

/** Documented examples of a media type: `example`, and the values of `examples`. */
function examplesOf(/** @type {any} */ doc, /** @type {any} */ media) {
  const out = [];
  if (media && 'example' in media) out.push(media.example);
  for (const example of Object.values(media?.examples ?? {})) {
    const resolved = isObject(example) && typeof example.$ref === 'string' ? valueAt(doc, example.$ref) : example;
    if (isObject(resolved) && 'value' in resolved) out.push(resolved.value);
  }
  return out;
}

/** @returns {Promise<Route>} */
export async function loadRoute() {
  const config = await loadLintConfig();
  const spec = await readSpec(SPEC_FILE, new JsonFirstResolver());
  const bundled = /** @type {any} */ (await bundleSpec(spec, config));
  const ir = buildIR(bundled, spec.version);
  const op = ir.operations.find((o) => o.id === OPERATION);
  if (!op) throw new Error(`${SPEC_FILE}: no operation ${OPERATION}`);
  const serverPath = new URL(bundled.servers?.[0]?.url ?? '/', 'http://placeholder').pathname.replace(/\/$/, '');
  const $defs = Object.fromEntries([...ir.schemas].map(([key, schema]) => [key, rewriteRefs(schema)]));

  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const paramsSchema = {
    type: 'object',
    required: pathParams.filter((p) => p.required).map((p) => p.name),
    properties: Object.fromEntries(pathParams.map((p) => [p.name, rewriteRefs(p.schema)])),
    $defs,
  };
  const media = op.requestBody?.content.find((m) => m.mediaType === 'application/json');
  if (!media?.schema) throw new Error(`${SPEC_FILE}: ${OPERATION} has no application/json request body`);
  const bodySchema = { ...(/** @type {object} */ (rewriteRefs(media.schema))), $defs };
  const rawMedia = valueAt(bundled, `${op.pointer}/requestBody/content/application~1json`);
  const validBodies = examplesOf(bundled, rawMedia);

  /** @type {Record<string, string>} */
  const params = {};
  for (const p of pathParams) {
    // declared on the operation or on its path item, maybe through a $ref
    const declared = [`${op.pointer}/parameters`, op.pointer.replace(/\/[^/]+$/, '/parameters')]
      .flatMap((pointer) => /** @type {any[]} */ (valueAt(bundled, pointer) ?? []))
      .map((raw) => (isObject(raw) && typeof raw.$ref === 'string' ? valueAt(bundled, raw.$ref) : raw))
      .find((raw) => raw?.name === p.name && raw?.in === 'path');
    const value = declared?.example ?? /** @type {any} */ (Object.values(declared?.examples ?? {})[0])?.value;
    if (typeof value !== 'string') throw new Error(`${SPEC_FILE}: path parameter ${p.name} of ${OPERATION} has no example`);
    params[p.name] = value;
  }
  const path = serverPath + op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(/** @type {string} */ (params[name])));

  const answerBody = valueAt(bundled, '#/components/examples/WebhookFromSeed')?.value;
  if (answerBody === undefined) throw new Error(`${SPEC_FILE}: no components/examples/WebhookFromSeed`);
  const declaredErrors = bundled['x-specforge-errors'];
  /** @type {Record<string, { status: number, body: unknown }>} */
  const errors = {};
  for (const [kind, value] of Object.entries(declaredErrors?.kinds ?? {})) errors[kind] = { status: Number(value.status), body: value.body };
  const envelope = String(declaredErrors?.envelope ?? '').replace('#/components/schemas/', '');
  const scope = op.security?.[0]?.[0]?.scopes?.[0];
  if (!scope) throw new Error(`${SPEC_FILE}: ${OPERATION} declares no scope`);

  return {
    spec: SPEC_FILE,
    operation: OPERATION,
    method: op.method.toUpperCase(),
    template: serverPath + op.path,
    fastifyUrl: serverPath + op.path.replace(/\{([^}]+)\}/g, ':$1'),
    path,
    scope,
    token: TOKEN,
    tokenScopes: TOKEN_SCOPES,
    paramsSchema,
    bodySchema,
    errorSchema: { $ref: `#/$defs/${envelope}`, $defs },
    answerBody,
    errors,
    validBodies,
    invalidBodies: INVALID_BODIES,
  };
}
