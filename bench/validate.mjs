// @ts-check
/**
 * Validator throughput bench: specforge's generated validators against ajv on the same schemas and bodies, and
 * the seed update operations' whole request checks against ajv on their bodies alone.
 *
 * The schemas are the JSON request bodies of the four bundled specs, as the generator sees them (JSON Schema
 * 2020-12 after the IR, their components as `$defs`). specforge compiles each with `compileSchema` (the code the
 * generator emits); ajv compiles the same schema with `ajv/dist/2020`, ajv-formats and `allErrors: true`, the
 * anchor the issue names. The bodies are each operation's documented examples (valid) and, from each of them,
 * bodies with one property of the wrong type, one required property missing and an undeclared property where
 * the schema forbids them (invalid). Before timing, both validators must agree on every body; a disagreement is
 * printed and ends the run with exit 1 (it would make the figures meaningless).
 *
 * Timing alternates specforge / ajv for --rounds rounds of --ms milliseconds each, in this one process, and
 * prints each side's median throughput (bodies validated per second) and the ratio against the target (≥ 1.5×).
 *
 * Then the four seed update operations (operationId `updateWebhook` of specs/*.yaml) through the bundled generated
 * packages (`generated/<spec>`): `endpoints.updateWebhook.validateRequest` given the path id (the spec's example)
 * and the headers as Node's `req.headers` has them (lower-case names, `authorization: Bearer …` among them) with
 * the body, against ajv validating the body alone, for the valid bodies, the invalid ones and all of them, each
 * class alternating specforge / ajv within each round. Nothing is asserted: a bench reports.
 *
 *   npm run build && npm run generate && node bench/validate.mjs [--rounds 5] [--ms 500] [--bodies all|valid|invalid]
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSchema } from '../dist/generator/index.js';
import { readSpec, JsonFirstResolver } from '../dist/generator/load/read-spec.js';
import { bundleSpec } from '../dist/generator/load/bundle-spec.js';
import { buildIR } from '../dist/generator/ir/build-ir.js';
import { loadLintConfig } from '../dist/generator/lint/config.js';
import { ROOT_DIR } from './fetch-package.mjs';
import { median, parseOptions } from './measure.mjs';

const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

const USAGE = `Usage: node bench/validate.mjs [--rounds N] [--ms MS] [--bodies all|valid|invalid]

Compares specforge's generated validators with ajv (2020-12, ajv-formats, allErrors) on the request-body
schemas of the four bundled specs, valid and invalid bodies, alternating in one process; then each bundled
package's endpoints.updateWebhook.validateRequest (path, headers and body) with ajv on the body alone.
--bodies picks the bodies of the first part.
`;
const TARGET = 1.5;
const SPECS = ['autousers', 'autosend', 'agentmessage', 'middesk'];

/** @param {unknown} value */
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `#/components/schemas/X…` → `#/$defs/X…`, so that one self-contained schema holds what the body needs. */
function rewriteRefs(/** @type {unknown} */ node) {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!isObject(node)) return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(/** @type {Record<string, unknown>} */ (node))) {
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '#/$defs/') : rewriteRefs(value);
  }
  return out;
}

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

/** Invalid variants of a valid object body: each property with a value of another type, each required one gone. */
function invalidVariants(/** @type {unknown} */ body, /** @type {any} */ schema) {
  if (!isObject(body)) return [12345];
  const object = /** @type {Record<string, unknown>} */ (body);
  const out = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    out.push({ ...object, [key]: typeof value === 'number' ? 'not a number' : 12345 });
  }
  for (const key of Array.isArray(schema?.required) ? schema.required : []) {
    if (key in object) {
      const { [key]: _gone, ...rest } = object;
      out.push(rest);
    }
  }
  if (schema?.additionalProperties === false || schema?.unevaluatedProperties === false) out.push({ ...object, undeclared: true });
  return out;
}

/** The example value of an operation's path parameter `name` (its `example`, else its first `examples` entry). */
function pathExample(/** @type {any} */ doc, /** @type {string} */ pointer, /** @type {string} */ name) {
  const operation = valueAt(doc, pointer);
  const pathItem = valueAt(doc, pointer.replace(/\/[^/]+$/, ''));
  for (const raw of [...(operation?.parameters ?? []), ...(pathItem?.parameters ?? [])]) {
    const parameter = isObject(raw) && typeof raw.$ref === 'string' ? valueAt(doc, raw.$ref) : raw;
    if (parameter?.in !== 'path' || parameter.name !== name) continue;
    if ('example' in parameter) return parameter.example;
    const first = Object.values(parameter.examples ?? {})[0];
    return isObject(first) && typeof first.$ref === 'string' ? valueAt(doc, first.$ref)?.value : first?.value;
  }
  return undefined;
}

async function loadCases() {
  const config = await loadLintConfig();
  /** @type {{ name: string, spec: string, operationId: string, path: Record<string, unknown>, schema: any, bodies: { body: unknown, valid: boolean }[] }[]} */
  const cases = [];
  for (const name of SPECS) {
    const spec = await readSpec(join(ROOT_DIR, 'specs', `${name}.yaml`), new JsonFirstResolver());
    const bundled = await bundleSpec(spec, config);
    const ir = buildIR(bundled, spec.version);
    const $defs = Object.fromEntries([...ir.schemas].map(([key, schema]) => [key, rewriteRefs(schema)]));
    for (const op of ir.operations) {
      const media = op.requestBody?.content.find((m) => m.mediaType === 'application/json' || m.mediaType.endsWith('+json'));
      if (!media?.schema) continue;
      const schema = { ...(/** @type {object} */ (rewriteRefs(media.schema))), $defs };
      const raw = valueAt(bundled, `${op.pointer}/requestBody/content/${media.mediaType.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      const examples = examplesOf(bundled, raw);
      const target = isObject(media.schema) && typeof media.schema.$ref === 'string' ? $defs[media.schema.$ref.split('/').pop() ?? ''] : schema;
      const bodies = [
        ...examples.map((body) => ({ body, valid: true })),
        ...examples.flatMap((body) => invalidVariants(body, target)).map((body) => ({ body, valid: false })),
      ];
      /** @type {Record<string, unknown>} */
      const path = {};
      for (const parameter of op.parameters) if (parameter.in === 'path') path[parameter.name] = pathExample(bundled, op.pointer, parameter.name);
      if (bodies.length > 0) cases.push({ name: `${name} ${op.id}`, spec: name, operationId: op.id, path, schema, bodies });
    }
  }
  return cases;
}

async function main() {
  const options = parseOptions(process.argv.slice(2), { rounds: '5', ms: '500', bodies: 'all' }, USAGE);
  const rounds = Number(options.rounds);
  const ms = Number(options.ms);
  const cases = await loadCases();
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const specforge = cases.map((c) => compileSchema(c.schema, { formats: 'assert' }).validate);
  const anchor = cases.map((c) => ajv.compile(c.schema));
  const work = cases
    .flatMap((c, index) => c.bodies.map((b) => ({ index, ...b, name: c.name })))
    .filter((item) => options.bodies === 'all' || item.valid === (options.bodies === 'valid'));

  // Both must agree with the expectation on every body, or the race compares different work.
  const disagreements = [];
  for (const item of work) {
    const ours = specforge[item.index](item.body).ok;
    const theirs = anchor[item.index](item.body);
    if (ours !== item.valid || theirs !== item.valid) disagreements.push(`${item.name}: expected ${item.valid ? 'valid' : 'invalid'}, specforge ${ours}, ajv ${theirs}: ${JSON.stringify(item.body).slice(0, 120)}`);
  }
  const valid = work.filter((w) => w.valid).length;
  console.log(`${cases.length} request-body schemas of ${SPECS.length} specs; ${work.length} bodies (${valid} valid, ${work.length - valid} invalid)`);
  if (disagreements.length > 0) {
    console.log(`the validators disagree on ${disagreements.length} bodies:\n  ${disagreements.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }

  /** Bodies validated per second, over `ms` milliseconds of passes through all the bodies. */
  const throughput = (/** @type {(index: number, body: unknown) => void} */ run) => {
    let count = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (const item of work) run(item.index, item.body);
      count += work.length;
      now = performance.now();
    }
    return (count / (now - start)) * 1000;
  };
  const runSpecforge = (/** @type {number} */ i, /** @type {unknown} */ body) => void specforge[i](body);
  const runAjv = (/** @type {number} */ i, /** @type {unknown} */ body) => {
    // allErrors: ajv's errors array is built on every invalid body, as specforge's is
    anchor[i](body);
  };
  throughput(runSpecforge);
  throughput(runAjv); // warm-up of both
  const ours = [];
  const theirs = [];
  for (let round = 1; round <= rounds; round++) {
    const first = round % 2 === 1;
    const a = first ? throughput(runSpecforge) : 0;
    const b = throughput(runAjv);
    const c = first ? 0 : throughput(runSpecforge);
    ours.push(first ? a : c);
    theirs.push(b);
    console.log(`  round ${round}  specforge ${Math.round(ours[ours.length - 1]).toLocaleString('en')}/s  ajv ${Math.round(b).toLocaleString('en')}/s`);
  }
  const ratio = median(ours) / median(theirs);
  console.log(`\nmedian bodies per second: specforge ${Math.round(median(ours)).toLocaleString('en')}, ajv ${Math.round(median(theirs)).toLocaleString('en')}`);
  console.log(`ratio specforge / ajv ${ratio.toFixed(2)}× (target ≥ ${TARGET}×): ${ratio >= TARGET ? 'MET' : 'UNDER'}`);

  await benchRequests(cases, anchor, rounds, ms);
}

/** Headers as Node's `req.headers` gives them for a JSON request with a bearer key (lower-case names). */
const NODE_HEADERS = {
  host: 'api.example.test',
  'user-agent': 'curl/8.5.0',
  accept: '*/*',
  authorization: 'Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  'content-type': 'application/json',
  'content-length': '112',
};

/**
 * The seed update operations through their packages' `validateRequest` (path, headers and body), against ajv on the
 * body alone: for the valid bodies, the invalid ones and all, each class timed specforge / ajv alternately, the
 * order flipped every round.
 */
async function benchRequests(
  /** @type {Awaited<ReturnType<typeof loadCases>>} */ cases,
  /** @type {((body: unknown) => boolean)[]} */ anchor,
  /** @type {number} */ rounds,
  /** @type {number} */ ms,
) {
  /** @type {{ validateRequest: (request: unknown) => { ok: boolean } }[]} */
  const endpoints = [];
  /** @type {((body: unknown, pointer: string, errors: unknown[]) => boolean)[]} */
  const bodyValidators = [];
  /** @type {{ index: number, request: { path: Record<string, unknown>, headers: Record<string, string>, body: unknown }, valid: boolean }[]} */
  const work = [];
  const disagreements = [];
  for (const [index, c] of cases.entries()) {
    if (c.operationId !== 'updateWebhook') continue;
    const pkg = await import(pathToFileURL(join(ROOT_DIR, 'generated', c.spec, 'index.js')).href);
    endpoints[index] = pkg.endpoints.updateWebhook;
    bodyValidators[index] = pkg.validators.validateUpdateWebhookRequestBody;
    for (const { body, valid } of c.bodies) {
      const request = { path: c.path, headers: NODE_HEADERS, body };
      const ours = endpoints[index].validateRequest(request).ok;
      const theirs = anchor[index](body);
      if (ours !== valid || theirs !== valid) disagreements.push(`${c.name}: expected ${valid ? 'valid' : 'invalid'}, validateRequest ${ours}, ajv ${theirs}: ${JSON.stringify(request).slice(0, 160)}`);
      work.push({ index, request, valid });
    }
  }
  const valid = work.filter((w) => w.valid).length;
  console.log(`\nupdateWebhook of ${SPECS.length} specs through generated/<spec>'s endpoints.updateWebhook.validateRequest (path, headers, body) against ajv on the body alone; ${work.length} requests (${valid} valid, ${work.length - valid} invalid)`);
  if (disagreements.length > 0) {
    console.log(`the checks disagree on ${disagreements.length} requests:\n  ${disagreements.join('\n  ')}`);
    process.exitCode = 1;
    return;
  }
  const classes = /** @type {const} */ (['valid', 'invalid', 'all']);
  const items = { valid: work.filter((w) => w.valid), invalid: work.filter((w) => !w.valid), all: work };
  /** Checks per second over `ms` milliseconds of passes through `list`. */
  const throughput = (/** @type {typeof work} */ list, /** @type {(item: typeof work[number]) => void} */ run) => {
    let count = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (const item of list) run(item);
      count += list.length;
      now = performance.now();
    }
    return (count / (now - start)) * 1000;
  };
  const runOurs = (/** @type {typeof work[number]} */ item) => void endpoints[item.index].validateRequest(item.request);
  const runAjv = (/** @type {typeof work[number]} */ item) => void anchor[item.index](item.request.body);
  // Not the target's anchor: what the same bodies cost specforge's body validator alone, to show the rest's cost.
  const runBody = (/** @type {typeof work[number]} */ item) => void bodyValidators[item.index](item.request.body, '', []);
  for (const run of [runOurs, runAjv, runBody]) throughput(work, run); // warm-up
  /** @type {Record<string, { ours: number[], theirs: number[], body: number[] }>} */
  const results = Object.fromEntries(classes.map((name) => [name, { ours: [], theirs: [], body: [] }]));
  for (let round = 1; round <= rounds; round++) {
    const line = [];
    for (const name of classes) {
      const order = round % 2 === 1 ? (['ours', 'theirs', 'body']) : (['body', 'theirs', 'ours']);
      const runs = { ours: runOurs, theirs: runAjv, body: runBody };
      /** @type {Record<string, number>} */
      const got = {};
      for (const side of order) got[side] = throughput(items[name], runs[/** @type {'ours'} */ (side)]);
      for (const side of order) results[name][/** @type {'ours'} */ (side)].push(got[side]);
      line.push(`${name} ${Math.round(got.ours).toLocaleString('en')}/s vs ${Math.round(got.theirs).toLocaleString('en')}/s`);
    }
    console.log(`  round ${round}  validateRequest vs ajv body: ${line.join('; ')}`);
  }
  console.log('');
  for (const name of classes) {
    const { ours, theirs, body } = results[name];
    const ratio = median(ours) / median(theirs);
    console.log(
      `${name.padEnd(7)} median per second: validateRequest ${Math.round(median(ours)).toLocaleString('en')}, ajv body ${Math.round(median(theirs)).toLocaleString('en')}; ratio ${ratio.toFixed(2)}× (target ≥ ${TARGET}×): ${ratio >= TARGET ? 'MET' : 'UNDER'}` +
        `  [specforge's body validator alone ${Math.round(median(body)).toLocaleString('en')}/s, ${(median(body) / median(theirs)).toFixed(2)}× ajv]`,
    );
  }
}

await main();
