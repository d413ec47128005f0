// @ts-check
/**
 * Consumer type-check bench: what a strict consumer's compiler pays for using specforge's package,
 * against the same consumer written on openapi-typescript's types alone.
 *
 * Once per run (not measured), GitHub's package is generated with the built CLI and
 * openapi-typescript's `schema.d.ts` with its own CLI, each into the `node_modules/` of a consumer
 * project in a temporary folder. Each project has one `consumer.ts` that, for twenty operations,
 * uses the path parameters, query, request body and 200/201 response body types the way
 * application code would: a declared function taking the request parts and returning the response
 * body, sample values assigned to the request types, and a response field narrowed. The two
 * consumers are the same text below their type declarations: specforge's imports the friendly
 * types from the package, openapi-typescript's declares the same names as indexed accesses into
 * `operations`.
 *
 * Then `tsc -p` runs for each consumer, alternated A/B, B/A, … for --rounds rounds, with
 * `skipLibCheck` true and false, each a fresh child process (wall time and peak RSS by
 * runMeasured, tsc's own `Check time` and `Memory used` from `--extendedDiagnostics`). Prints the
 * medians per configuration and the ratios specforge / openapi-typescript against the target
 * (≤ 1.5× for each). A bench reports, it does not judge: exit 0 whatever the ratios; 1 when a tool
 * crashed, a consumer does not type-check clean, or the specforge consumer's compiler reached a
 * `.ts` source of the package.
 *
 *   node bench/consumer.mjs [--rounds 3] [--spec FILE] [--json FILE] [--keep]
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fetchPackage, OCTOKIT_OPENAPI, ROOT_DIR } from './fetch-package.mjs';
import { runMeasured, median, parseOptions, formatMiB, RSS_METHOD_TEXT, machineBusySeconds, killRunning, describeBuild, benchWorkDir } from './measure.mjs';

const USAGE = `Usage: node bench/consumer.mjs [options]

Type-checks a strict consumer of specforge's package for GitHub's REST API against the same
consumer written on openapi-typescript's types, alternating runs of tsc, each a fresh child
process, with skipLibCheck on and off.

Options:
  --rounds N        A/B rounds per skipLibCheck setting (default 3)
  --spec FILE       another spec instead of api.github.com.json (its first twenty operations)
  --json FILE       also write the raw measurements as JSON
  --keep            keep the consumer projects (printed) instead of deleting them
`;

const TARGET = 1.5;
const OPERATION_COUNT = 20;
/** Each tsc run is killed after this long: a bounded bench. */
const TSC_TIMEOUT_MS = 10 * 60 * 1000;
const GENERATE_TIMEOUT_MS = 10 * 60 * 1000;

const SPECFORGE_CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const OTS_CLI = join(ROOT_DIR, 'node_modules/openapi-typescript/bin/cli.js');
const TSC = join(ROOT_DIR, 'node_modules/typescript/bin/tsc');

const SPECFORGE_PACKAGE = '@bench/github';
const OTS_PACKAGE = '@bench/github-openapi-typescript';

/**
 * Twenty well-known operations of GitHub's REST API, in this order: reads and writes of
 * repositories, pull requests, issues, users, Actions and search, with path parameters, queries,
 * request bodies, objects, arrays and unions among their types.
 */
export const GITHUB_OPERATIONS = [
  'repos/get',
  'repos/list-for-org',
  'repos/create-for-authenticated-user',
  'repos/get-content',
  'repos/list-commits',
  'repos/list-branches',
  'repos/create-release',
  'pulls/list',
  'pulls/get',
  'pulls/create',
  'pulls/merge',
  'issues/list-for-repo',
  'issues/get',
  'issues/create',
  'issues/update',
  'issues/create-comment',
  'users/get-authenticated',
  'users/get-by-username',
  'actions/list-workflow-runs-for-repo',
  'search/repos',
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * @typedef {Record<string, any>} Json
 * @typedef {object} Operation
 * @property {string} id        operationId, or `METHOD path` when it has none
 * @property {string | undefined} operationId
 * @property {string} path
 * @property {string} method
 * @property {Json} op          the Operation Object
 * @property {Json[]} parameters  path-level and operation-level parameters, resolved, operation's winning
 */

// ---------------------------------------------------------------------------------------------
// Reading the spec
// ---------------------------------------------------------------------------------------------

/**
 * @param {string} file
 * @returns {Json}
 */
export function readSpec(file) {
  const text = readFileSync(file, 'utf8');
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

/**
 * Resolves a local `$ref` (`#/a/b`) until the value is not a reference; other refs throw.
 * @param {Json} doc
 * @param {any} value
 * @returns {any}
 */
export function deref(doc, value) {
  for (let hops = 0; value && typeof value === 'object' && typeof value.$ref === 'string'; hops++) {
    if (hops > 64) throw new Error(`$ref loop at ${value.$ref}`);
    const ref = value.$ref;
    if (!ref.startsWith('#/')) throw new Error(`the bench reads local $refs only, not ${ref}`);
    value = ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((/** @type {any} */ at, /** @type {string} */ key) => (at == null ? undefined : at[key]), doc);
    if (value === undefined) throw new Error(`unresolved $ref ${ref}`);
  }
  return value;
}

/**
 * Every operation in document order.
 * @param {Json} doc
 * @returns {Operation[]}
 */
export function listOperations(doc) {
  /** @type {Operation[]} */
  const out = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    if (path.startsWith('x-')) continue;
    const item = deref(doc, rawItem);
    for (const method of METHODS) {
      const op = item?.[method];
      if (!op || typeof op !== 'object') continue;
      /** @type {Map<string, Json>} */
      const params = new Map();
      for (const p of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const r = deref(doc, p);
        params.set(`${r.in}:${r.name}`, r);
      }
      out.push({
        id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
        operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
        path,
        method,
        op,
        parameters: [...params.values()],
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sample values and narrowing, from the schemas
// ---------------------------------------------------------------------------------------------

/**
 * @param {any} schema
 * @returns {string[]}
 */
function typesOf(schema) {
  if (!schema || typeof schema !== 'object') return [];
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties || schema.additionalProperties || schema.required) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

/**
 * A sample value of a schema, as application code would write one: required properties only, the
 * first branch of a union, the first value of an enum. `mode` 'request' leaves out read-only
 * properties (specforge's `Writable` forbids them), 'response' write-only ones.
 *
 * @param {Json} doc
 * @param {any} schema
 * @param {'request' | 'response'} mode
 * @param {number} depth
 * @returns {any}
 */
export function sample(doc, schema, mode, depth = 0) {
  schema = deref(doc, schema);
  if (schema === true || schema === undefined || schema === null || typeof schema !== 'object') return 'x';
  if (depth > 12) throw new Error('schema too deep for a sample value');
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum.find((/** @type {unknown} */ v) => v !== null) ?? null;
  if (Array.isArray(schema.allOf)) {
    /** @type {Record<string, any>} */
    let merged = {};
    let object = true;
    /** @type {any} */
    let last;
    for (const branch of schema.allOf) {
      const b = deref(doc, branch);
      // a branch that constrains no type (`if`/`then`, `not`, only `required`) adds nothing to a sample
      if (typesOf(b).length === 0 && !b?.allOf && !b?.oneOf && !b?.anyOf && !b?.enum && !(b && typeof b === 'object' && 'const' in b)) continue;
      const v = sample(doc, b, mode, depth + 1);
      if (v && typeof v === 'object' && !Array.isArray(v)) merged = { ...merged, ...v };
      else {
        object = false;
        last = v;
      }
    }
    if (schema.properties || schema.required) merged = { ...merged, ...sample(doc, { ...schema, allOf: undefined }, mode, depth + 1) };
    return object ? merged : last;
  }
  for (const key of ['oneOf', 'anyOf']) {
    if (!Array.isArray(schema[key])) continue;
    const branches = schema[key].filter((/** @type {any} */ b) => !typesOf(deref(doc, b)).every((t) => t === 'null') || typesOf(deref(doc, b)).length === 0);
    const first = branches[0] ?? schema[key][0];
    const v = sample(doc, first, mode, depth + 1);
    // openapi-typescript gives each mapped branch of a discriminator its tag as a literal
    const d = schema.discriminator;
    if (d && typeof d.propertyName === 'string' && v && typeof v === 'object' && typeof first?.$ref === 'string') {
      const tag = Object.entries(d.mapping ?? {}).find(([, ref]) => ref === first.$ref)?.[0];
      if (tag !== undefined) v[d.propertyName] = tag;
    }
    return v;
  }
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types[0] ?? (schema.nullable ? 'null' : 'string');
  switch (type) {
    case 'string':
      return 'x';
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'array':
      return schema.items && depth < 6 ? [sample(doc, schema.items, mode, depth + 1)] : [];
    case 'object': {
      /** @type {Record<string, any>} */
      const out = {};
      const properties = schema.properties ?? {};
      // openapi-typescript (defaultNonNullable) makes a property with a default required, in requests too
      const required = new Set(schema.required ?? []);
      for (const [name, p] of Object.entries(properties)) if (deref(doc, p)?.default !== undefined) required.add(name);
      for (const name of required) {
        const prop = deref(doc, properties[name] ?? schema.additionalProperties ?? {});
        if (mode === 'request' && prop?.readOnly) continue;
        if (mode === 'response' && prop?.writeOnly) continue;
        out[name] = sample(doc, prop, mode, depth + 1);
      }
      return out;
    }
    default:
      return 'x';
  }
}

/**
 * The properties every value of an object schema has (required, after allOf), with their schemas.
 * For a union, those every branch has. Write-only properties are left out (responses are `Readable`).
 *
 * @param {Json} doc
 * @param {any} schema
 * @param {number} depth
 * @returns {{ required: Map<string, any>, optional: Map<string, any> } | null}  null: not an object
 */
export function objectShape(doc, schema, depth = 0) {
  schema = deref(doc, schema);
  if (!schema || typeof schema !== 'object' || depth > 8) return null;
  for (const key of ['oneOf', 'anyOf']) {
    if (!Array.isArray(schema[key])) continue;
    /** @type {({ required: Map<string, any>, optional: Map<string, any> } | null)[]} */
    const shapes = schema[key].map((/** @type {any} */ b) => objectShape(doc, b, depth + 1));
    const [first, ...rest] = shapes;
    if (!first || rest.some((s) => s === null)) return null;
    /** @type {Map<string, any>} */
    const required = new Map();
    for (const [name, s] of first.required) if (rest.every((r) => r?.required.has(name))) required.set(name, s);
    return { required, optional: new Map() };
  }
  /** @type {Map<string, any>} */
  const required = new Map();
  /** @type {Map<string, any>} */
  const optional = new Map();
  if (Array.isArray(schema.allOf)) {
    for (const branch of schema.allOf) {
      const s = objectShape(doc, branch, depth + 1);
      if (!s) return null;
      for (const [k, v] of s.required) required.set(k, v);
      for (const [k, v] of s.optional) if (!required.has(k)) optional.set(k, v);
    }
  } else if (!typesOf(schema).includes('object')) {
    return null;
  }
  const req = new Set(schema.required ?? []);
  for (const [name, prop] of Object.entries(schema.properties ?? {})) {
    if (deref(doc, prop)?.writeOnly) continue;
    if (req.has(name)) {
      required.set(name, prop);
      optional.delete(name);
    } else if (!required.has(name)) optional.set(name, prop);
  }
  return { required, optional };
}

/**
 * TypeScript statements that narrow a field of `value` (of `schema`) and return something of it,
 * as application code reads an answer: the first item of a list, a property that may be absent or
 * null checked before use, an enum compared with one of its values.
 *
 * @param {Json} doc
 * @param {any} schema
 * @param {string} value   expression of the value
 * @param {string} indent
 * @returns {string[]}
 */
export function narrowing(doc, schema, value, indent) {
  const s = deref(doc, schema);
  const types = typesOf(s);
  if (types.includes('array') && !s.oneOf && !s.anyOf) {
    return [
      `${indent}const first = ${value}[0];`,
      `${indent}if (first === undefined) return undefined;`,
      ...narrowing(doc, s.items ?? {}, 'first', indent).filter((l) => !l.includes('const first')),
    ];
  }
  const union = s.oneOf ?? s.anyOf;
  if (Array.isArray(union) && union.some((/** @type {any} */ b) => typesOf(deref(doc, b)).includes('array'))) {
    return [`${indent}if (Array.isArray(${value})) return ${value}.length;`, `${indent}return typeof ${value};`];
  }
  const shape = objectShape(doc, s);
  if (!shape) return [`${indent}return ${value};`];
  const rank = (/** @type {any} */ p) => {
    const d = deref(doc, p) ?? {};
    if (Array.isArray(d.enum) && d.enum.length > 1 && typeof d.enum[0] === 'string') return 0;
    const t = typesOf(d);
    if (t.length === 0 || d.oneOf || d.anyOf || d.allOf) return 4;
    if (d.nullable || t.includes('null')) return 1;
    if (t.includes('string') || t.includes('integer') || t.includes('number') || t.includes('boolean')) return 2;
    return 3;
  };
  const candidates = [...shape.required].sort((a, b) => rank(a[1]) - rank(b[1]));
  const optional = [...shape.optional].sort((a, b) => rank(a[1]) - rank(b[1]));
  const [name, prop] = candidates[0] ?? optional[0] ?? [];
  if (name === undefined) return [`${indent}return Object.keys(${value}).length;`];
  const d = deref(doc, prop) ?? {};
  const access = /^[A-Za-z_$][\w$]*$/.test(name) ? `${value}.${name}` : `${value}[${JSON.stringify(name)}]`;
  const lines = [`${indent}const field = ${access};`];
  if (Array.isArray(d.enum) && d.enum.length > 1 && typeof d.enum[0] === 'string') {
    lines.push(`${indent}if (field === ${JSON.stringify(d.enum[0])}) return field.length;`);
  }
  lines.push(`${indent}if (field === undefined || field === null) return undefined;`);
  const t = typesOf(d).filter((x) => x !== 'null');
  if (t.length === 1 && !d.oneOf && !d.anyOf && !d.allOf && !d.enum) {
    const use = { string: 'field.toUpperCase()', integer: 'field.toFixed(0)', number: 'field.toFixed(2)', boolean: '!field', array: 'field.length', object: 'Object.keys(field).length' }[/** @type {string} */ (t[0])];
    if (use) return [...lines, `${indent}return ${use};`];
  }
  return [...lines, `${indent}return field;`];
}

// ---------------------------------------------------------------------------------------------
// The consumers
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ path?: string, query?: string, body?: { name: string, media: string }, responses: Map<string, { name: string, media: string }> }} FriendlyNames
 */

/**
 * specforge's friendly names of each operation's types, read from the package's `types.d.ts`
 * (whatever `package-names.ts` chose, collisions included), by `path method`, with the media type
 * each body type is of. A body type is `Readable<…>`/`Writable<…>` of its indexed access when its
 * schema has read-only or write-only fields, the indexed access itself otherwise.
 *
 * @param {string} typesDts
 * @returns {Map<string, FriendlyNames>}
 */
function friendlyNames(typesDts) {
  /** @type {Map<string, FriendlyNames>} */
  const out = new Map();
  const at = (/** @type {string} */ path, /** @type {string} */ method) => {
    const key = `${JSON.parse(path)} ${method}`;
    let v = out.get(key);
    if (!v) out.set(key, (v = { responses: new Map() }));
    return v;
  };
  const S = String.raw`("(?:[^"\\]|\\.)*")`;
  const P = String.raw`paths\[${S}\]\["(\w+)"\]`;
  const param = new RegExp(String.raw`^export type (\w+) = NonNullable<${P}\["parameters"\]\["(path|query)"\]>;$`);
  const body = new RegExp(String.raw`^export type (\w+) = (?:Writable<)?NonNullable<${P}\["requestBody"\]>\["content"\]\[${S}\]>?;$`);
  const response = new RegExp(String.raw`^export type (\w+) = (?:Readable<)?${P}\["responses"\]\["(\w+)"\]\["content"\]\[${S}\]>?;$`);
  for (const line of typesDts.split('\n')) {
    if (!line.startsWith('export type ')) continue;
    let m = param.exec(line);
    if (m) {
      at(/** @type {string} */ (m[2]), /** @type {string} */ (m[3]))[/** @type {'path' | 'query'} */ (m[4])] = m[1];
      continue;
    }
    m = body.exec(line);
    if (m) {
      at(/** @type {string} */ (m[2]), /** @type {string} */ (m[3])).body = { name: /** @type {string} */ (m[1]), media: JSON.parse(/** @type {string} */ (m[4])) };
      continue;
    }
    m = response.exec(line);
    if (m) {
      at(/** @type {string} */ (m[2]), /** @type {string} */ (m[3])).responses.set(/** @type {string} */ (m[4]), {
        name: /** @type {string} */ (m[1]),
        media: JSON.parse(/** @type {string} */ (m[5])),
      });
    }
  }
  return out;
}

/**
 * @param {string} id
 * @returns {string}
 */
export function camel(id) {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const s = words.map((w, i) => (i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1))).join('');
  return /^[0-9]/.test(s) ? `op${s}` : s;
}

/**
 * Writes the two consumers' sources. Both share the body (the code using the types); they differ
 * in how the type names are declared: imports from specforge's package, or aliases of indexed
 * accesses into openapi-typescript's `operations` (`paths` for an operation without operationId).
 *
 * @param {Json} doc
 * @param {Operation[]} operations
 * @param {ReturnType<typeof friendlyNames>} names
 * @returns {{ specforge: string, ots: string, used: { id: string, parts: string[] }[] }}
 */
function writeConsumers(doc, operations, names) {
  /** @type {string[]} */
  const imports = [];
  /** @type {string[]} */
  const aliases = [];
  /** @type {string[]} */
  const body = [];
  /** @type {{ id: string, parts: string[] }[]} */
  const used = [];
  const taken = new Set();
  for (const o of operations) {
    const friendly = names.get(`${o.path} ${o.method}`);
    if (!friendly) throw new Error(`${o.id}: no friendly types of ${o.method} ${o.path} in the package's types.d.ts`);
    const base = o.operationId !== undefined ? `operations[${JSON.stringify(o.operationId)}]` : `paths[${JSON.stringify(o.path)}][${JSON.stringify(o.method)}]`;
    let fn = camel(o.id);
    while (taken.has(fn)) fn += '_';
    taken.add(fn);
    /** @type {string[]} */
    const params = [];
    /** @type {string[]} */
    const args = [];
    /** @type {string[]} */
    const samples = [];
    /** @type {string[]} */
    const parts = [];
    const declare = (/** @type {string} */ name, /** @type {string} */ otsType) => {
      imports.push(name);
      aliases.push(`type ${name} = ${otsType};`);
    };
    for (const location of /** @type {const} */ (['path', 'query'])) {
      const name = friendly[location];
      const ps = o.parameters.filter((p) => p.in === location);
      if (!name || ps.length === 0) continue;
      declare(name, location === 'path' ? `${base}["parameters"]["path"]` : `NonNullable<${base}["parameters"]["query"]>`);
      /** @type {Record<string, any>} */
      const value = {};
      for (const p of ps) if (location === 'path' || p.required) value[p.name] = sample(doc, p.schema ?? {}, 'request');
      params.push(`${location}: ${name}`);
      samples.push(`  const ${location}: ${name} = ${JSON.stringify(value)};`);
      args.push(location);
      parts.push(location === 'path' ? 'path parameters' : 'query');
    }
    if (friendly.body) {
      const { name, media } = friendly.body;
      const requestBody = deref(doc, o.op.requestBody);
      declare(name, `NonNullable<${base}["requestBody"]>["content"][${JSON.stringify(media)}]`);
      params.push(`body: ${name}`);
      samples.push(`  const body: ${name} = ${JSON.stringify(sample(doc, requestBody.content[media].schema ?? {}, 'request'))};`);
      args.push('body');
      parts.push('request body');
    }
    const status = ['200', '201'].find((s) => friendly.responses.has(s));
    /** @type {string[]} */
    let narrow = [];
    let returns = 'void';
    if (status) {
      const { name, media } = /** @type {{ name: string, media: string }} */ (friendly.responses.get(status));
      const response = deref(doc, o.op.responses?.[status]);
      declare(name, `${base}["responses"][${status}]["content"][${JSON.stringify(media)}]`);
      returns = name;
      narrow = narrowing(doc, response.content[media].schema ?? {}, 'response', '  ');
      parts.push(`${status} response`);
    }
    used.push({ id: o.id, parts });
    body.push(
      `// ${o.id}: ${o.method.toUpperCase()} ${o.path}`,
      `declare function ${fn}(request: { ${params.join('; ')} }): Promise<${returns}>;`,
      `export async function use${fn.charAt(0).toUpperCase()}${fn.slice(1)}(): Promise<unknown> {`,
      ...samples,
      status ? `  const response = await ${fn}({ ${args.join(', ')} });` : `  await ${fn}({ ${args.join(', ')} });`,
      ...(status ? narrow : ['  return undefined;']),
      `}`,
      '',
    );
  }
  const shared = `${body.join('\n')}`;
  const specforge =
    `// A strict consumer of specforge's package: ${operations.length} operations' request and response types.\n` +
    `import type {\n${imports.map((n) => `  ${n},\n`).join('')}} from '${SPECFORGE_PACKAGE}';\n\n${shared}`;
  const ots =
    `// The same consumer on openapi-typescript's types alone.\n` +
    `import type { operations, paths } from '${OTS_PACKAGE}';\n\n${aliases.join('\n')}\n// keeps \`paths\` used when every operation has an operationId\nexport type Paths = paths;\n\n${shared}`;
  return { specforge, ots: ots, used };
}

/**
 * A strict consumer project in `dir`: package.json, tsconfig.json (skipLibCheck on), tsconfig.libcheck.json (off)
 * and `consumer.ts` holding `source`.
 * @param {string} dir
 * @param {string} source
 */
export function writeProject(dir, source) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  const compilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    noEmit: true,
    types: [],
    skipLibCheck: true,
  };
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions, files: ['consumer.ts'] }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'tsconfig.libcheck.json'),
    `${JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: false } }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'consumer.ts'), source);
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

/**
 * tsc's `--extendedDiagnostics` figures: seconds for times, KiB for memory, counts.
 * @param {string} stdout
 * @returns {Record<string, number>}
 */
export function parseDiagnostics(stdout) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const line of stdout.split('\n')) {
    const m = /^([A-Z][A-Za-z ]+?):\s+([\d.]+)(s|K)?\s*$/.exec(line.trim());
    if (m && m[1] !== undefined) out[m[1]] = Number(m[2]);
  }
  return out;
}

/**
 * @param {string} spec
 * @param {string} outDir
 */
async function generate(spec, outDir) {
  const specforgePkg = join(outDir, 'specforge/node_modules', SPECFORGE_PACKAGE);
  const otsPkg = join(outDir, 'openapi-typescript/node_modules', OTS_PACKAGE);
  const started = performance.now();
  const [a, b] = await Promise.all([
    runMeasured(process.execPath, [SPECFORGE_CLI, 'generate', spec, '--out', specforgePkg, '--package-name', SPECFORGE_PACKAGE], {
      cwd: ROOT_DIR,
      timeoutMs: GENERATE_TIMEOUT_MS,
    }),
    runMeasured(process.execPath, [OTS_CLI, spec, '-o', join(otsPkg, 'schema.d.ts')], { cwd: ROOT_DIR, timeoutMs: GENERATE_TIMEOUT_MS }),
  ]);
  for (const [name, r] of /** @type {const} */ ([['specforge generate', a], ['openapi-typescript', b]])) {
    if (r.code !== 0) {
      throw new Error(`${name} failed (${r.signal ?? `exit ${r.code}`}${r.timedOut ? ', timed out' : ''}):\n${r.stderr.trim().split('\n').slice(-15).join('\n')}`);
    }
  }
  writeFileSync(
    join(otsPkg, 'package.json'),
    `${JSON.stringify({ name: OTS_PACKAGE, version: '0.0.0', private: true, type: 'module', types: './schema.d.ts', exports: { '.': { types: './schema.d.ts' } } }, null, 2)}\n`,
  );
  return { specforgePkg, otsPkg, seconds: (performance.now() - started) / 1000 };
}

/**
 * Files of a package a tsc program reached (`--listFiles`), by kind.
 * @param {string} stdout
 * @param {string} pkgDir
 */
export function packageFiles(stdout, pkgDir) {
  const files = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith(`${pkgDir}/`))
    .map((l) => relative(pkgDir, l));
  const dts = files.filter((f) => f.endsWith('.d.ts'));
  const sources = files.filter((f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f));
  return { dts, sources, other: files.filter((f) => !dts.includes(f) && !sources.includes(f)) };
}

/**
 * Breaks a long line at spaces, continuing lines indented by two.
 * @param {string} text
 * @param {number} width
 * @returns {string}
 */
function wrap(text, width) {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = /** @type {string} */ (lines[lines.length - 1]);
    if (last.length > 2 && last.length + word.length + 1 > width) lines.push(`  ${word}`);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.join('\n');
}

/** @param {number} s */
export const secs = (s) => (Number.isNaN(s) ? 'n/a' : `${s.toFixed(2)} s`);

/**
 * One tsc run of a type-check bench, as the summary reads it.
 * @typedef {{ wallMs: number, maxRssKiB: number | null, code: number | null, diagnostics: Record<string, number> }} TypecheckRun
 */

/** @param {string} tool @param {boolean} skip */
export const typecheckKey = (tool, skip) => `${tool} skipLibCheck=${skip}`;

/**
 * The medians of each tool's clean tsc runs, with `skipLibCheck` on and off, printed as a table by `out`; returned by
 * `typecheckKey(tool, skip)`, with `ok`, the count of clean runs.
 * @param {Record<string, TypecheckRun[]>} results by `typecheckKey`
 * @param {readonly string[]} tools
 * @param {number} rounds
 * @param {(line: string) => void} out
 */
export function typecheckSummary(results, tools, rounds, out) {
  const figures = /** @type {const} */ ([
    ['wall', (/** @type {TypecheckRun} */ r) => r.wallMs / 1000],
    ['peak RSS', (/** @type {TypecheckRun} */ r) => (r.maxRssKiB ?? NaN) / 1024],
    ['check time', (/** @type {TypecheckRun} */ r) => r.diagnostics['Check time'] ?? NaN],
    ['tsc memory', (/** @type {TypecheckRun} */ r) => (r.diagnostics['Memory used'] ?? NaN) / 1024],
    ['types', (/** @type {TypecheckRun} */ r) => r.diagnostics.Types ?? NaN],
    ['instantiations', (/** @type {TypecheckRun} */ r) => r.diagnostics.Instantiations ?? NaN],
  ]);
  /** @type {Record<string, Record<string, number>>} */
  const summary = {};
  out(`\n${'configuration'.padEnd(38)}${'wall'.padStart(9)}${'peak RSS'.padStart(11)}${'check'.padStart(9)}${'tsc mem'.padStart(10)}${'types'.padStart(10)}${'instant.'.padStart(12)}  ok\n`);
  for (const skip of [true, false]) {
    for (const tool of tools) {
      const runs = (results[typecheckKey(tool, skip)] ?? []).filter((r) => r.code === 0);
      /** @type {Record<string, number>} */
      const m = {};
      for (const [name, get] of figures) m[name] = median(runs.map(get).filter((v) => !Number.isNaN(v)));
      m.ok = runs.length;
      summary[typecheckKey(tool, skip)] = m;
      out(
        `${`${tool}, skipLibCheck ${skip}`.padEnd(38)}${secs(m.wall ?? NaN).padStart(9)}${`${(m['peak RSS'] ?? NaN).toFixed(0)} MiB`.padStart(11)}` +
          `${secs(m['check time'] ?? NaN).padStart(9)}${`${(m['tsc memory'] ?? NaN).toFixed(0)} MiB`.padStart(10)}` +
          `${(m.types ?? NaN).toLocaleString('en-US').padStart(10)}${(m.instantiations ?? NaN).toLocaleString('en-US').padStart(12)}  ${runs.length}/${rounds}\n`,
      );
    }
  }
  return summary;
}

async function main() {
  const opts = parseOptions(process.argv.slice(2), { rounds: 3, spec: '', json: '', keep: false }, USAGE);
  const rounds = Math.max(1, Math.floor(opts.rounds));
  const spec = opts.spec
    ? resolve(opts.spec)
    : join(fetchPackage(OCTOKIT_OPENAPI.name, OCTOKIT_OPENAPI.version), 'generated/api.github.com.json');
  for (const [name, file, fix] of [
    ['specforge', SPECFORGE_CLI, 'run `npm run build`'],
    ['openapi-typescript', OTS_CLI, 'run `npm install`'],
    ['tsc', TSC, 'run `npm install`'],
  ]) {
    if (!existsSync(/** @type {string} */ (file))) {
      process.stderr.write(`${name}: ${file} is missing (${fix} first)\n`);
      process.exit(1);
    }
  }

  const { work, cleanUp } = benchWorkDir('bench-consumer-', opts.keep);

  try {
    return await run(opts, rounds, spec, work);
  } finally {
    cleanUp();
    if (opts.keep) process.stdout.write(`consumer projects kept in ${work}\n`);
  }
}

/**
 * @param {{ rounds: number, spec: string, json: string, keep: boolean }} opts
 * @param {number} rounds
 * @param {string} spec
 * @param {string} work
 * @returns {Promise<number>} exit code
 */
async function run(opts, rounds, spec, work) {
  const doc = readSpec(spec);
  const all = listOperations(doc);
  /** @type {Operation[]} */
  let chosen;
  if (opts.spec) {
    chosen = all.slice(0, OPERATION_COUNT);
  } else {
    const byId = new Map(all.map((o) => [o.id, o]));
    const missing = GITHUB_OPERATIONS.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new Error(`operations missing from ${spec}: ${missing.join(', ')}`);
    chosen = GITHUB_OPERATIONS.map((id) => /** @type {Operation} */ (byId.get(id)));
  }

  const cpu = cpus();
  const buildAtStart = describeBuild(ROOT_DIR);
  const tsVersion = JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules/typescript/package.json'), 'utf8')).version;
  const otsVersion = JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules/openapi-typescript/package.json'), 'utf8')).version;
  process.stdout.write(
    `Consumer bench: ${relative(process.cwd(), spec) || spec} (${all.length} operations; ${chosen.length} used)\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n` +
      `${buildAtStart}; openapi-typescript ${otsVersion}; TypeScript ${tsVersion}\n` +
      `${rounds} round(s) × skipLibCheck true/false, alternating specforge / openapi-typescript; peak RSS by ${RSS_METHOD_TEXT}\n` +
      `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      `${(loadavg()[0] ?? 0) > 0.5 ? ' (other work is running: figures will be noisy)' : ''}\n\n`,
  );

  const { specforgePkg, otsPkg, seconds } = await generate(spec, work);
  const names = friendlyNames(readFileSync(join(specforgePkg, 'types.d.ts'), 'utf8'));
  const { specforge, ots, used } = writeConsumers(doc, chosen, names);
  const projects = {
    specforge: { dir: join(work, 'specforge'), pkg: specforgePkg, label: 'specforge' },
    'openapi-typescript': { dir: join(work, 'openapi-typescript'), pkg: otsPkg, label: 'openapi-typescript' },
  };
  writeProject(projects.specforge.dir, specforge);
  writeProject(projects['openapi-typescript'].dir, ots);
  process.stdout.write(
    `generated both packages in ${seconds.toFixed(1)} s (not measured); consumer.ts: ${specforge.split('\n').length} and ${ots.split('\n').length} lines\n` +
      `${wrap(`operations: ${used.map((u) => `${u.id} (${u.parts.join(', ') || 'no types'})`).join('; ')}`, 100)}\n\n`,
  );

  // Before measuring: both consumers must type-check clean, and what they reach of their package.
  let failed = false;
  /** @type {Record<string, ReturnType<typeof packageFiles>>} */
  const reached = {};
  for (const [tool, p] of Object.entries(projects)) {
    const r = await runMeasured(process.execPath, [TSC, '-p', join(p.dir, 'tsconfig.libcheck.json'), '--listFiles'], {
      cwd: p.dir,
      timeoutMs: TSC_TIMEOUT_MS,
    });
    const files = packageFiles(r.stdout, p.pkg);
    reached[tool] = files;
    process.stdout.write(
      `${tool.padEnd(19)} tsc --listFiles: ${files.dts.length} .d.ts file(s) of the package reached` +
        `${files.sources.length ? `, ${files.sources.length} .ts SOURCE(S): ${files.sources.join(', ')}` : ', no .ts source'}` +
        ` (${files.dts.map((f) => f).join(', ')})\n`,
    );
    if (tool === 'specforge' && files.sources.length > 0) {
      process.stdout.write(`FAILURE: the consumer's compiler reached .ts sources of the package\n`);
      failed = true;
    }
    if (r.code !== 0) {
      const errors = r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('/'))
        .join('\n')
        .trim();
      process.stdout.write(`FAILURE: the ${tool} consumer does not type-check clean (${r.signal ?? `exit ${r.code}`}):\n${errors.slice(0, 20000)}\n`);
      if (!opts.keep) process.stdout.write(`(run again with --keep to look at ${p.dir})\n`);
      return 1;
    }
  }
  process.stdout.write('\n');

  /** @typedef {{ wallMs: number, maxRssKiB: number | null, code: number | null, signal: string | null, diagnostics: Record<string, number> }} Run */
  /** @type {Record<string, Run[]>} */
  const results = {};
  const key = typecheckKey;
  const tools = /** @type {const} */ (['specforge', 'openapi-typescript']);
  let crashed = false;
  let childCpu = 0;
  let childCpuKnown = true;
  const busyStart = machineBusySeconds();
  const benchCpuStart = process.cpuUsage();
  const benchStarted = performance.now();

  for (let round = 1; round <= rounds; round++) {
    for (const skip of [true, false]) {
      // Alternate which consumer goes first: A/B, B/A, ...
      const order = round % 2 === 1 ? tools : [...tools].reverse();
      for (const tool of order) {
        const p = projects[tool];
        const config = skip ? 'tsconfig.json' : 'tsconfig.libcheck.json';
        const r = await runMeasured(process.execPath, [TSC, '-p', join(p.dir, config), '--extendedDiagnostics'], {
          cwd: p.dir,
          timeoutMs: TSC_TIMEOUT_MS,
        });
        if (r.cpuSeconds === null) childCpuKnown = false;
        else childCpu += r.cpuSeconds;
        const diagnostics = parseDiagnostics(r.stdout);
        const status = r.timedOut ? 'timed out' : r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
        process.stdout.write(
          `  round ${round} skipLibCheck ${String(skip).padEnd(5)} ${tool.padEnd(18)} ${secs(r.wallMs / 1000).padStart(8)} ${formatMiB(r.maxRssKiB).padStart(9)}` +
            `   check ${secs(diagnostics['Check time'] ?? NaN).padStart(7)}  tsc memory ${formatMiB(diagnostics['Memory used'] ?? NaN).padStart(8)}  ${status}\n`,
        );
        if (r.code !== 0) {
          failed = true;
          if (r.code === null || r.timedOut) crashed = true;
          const tail = r.stdout.trim().split('\n').slice(0, 30).join('\n    ');
          process.stdout.write(`    ${tail}\n    ${r.stderr.trim().split('\n').slice(-6).join('\n    ')}\n`);
        }
        (results[key(tool, skip)] ??= []).push({ wallMs: r.wallMs, maxRssKiB: r.maxRssKiB, code: r.code, signal: r.signal, diagnostics });
      }
    }
  }

  const summary = typecheckSummary(results, tools, rounds, (line) => void process.stdout.write(line));

  process.stdout.write(`\n${'ratio specforge / openapi-typescript'.padEnd(38)}${'wall'.padStart(9)}${'check'.padStart(9)}${'peak RSS'.padStart(11)}${'tsc mem'.padStart(10)}\n`);
  /** @type {Record<string, Record<string, number>>} */
  const ratios = {};
  for (const skip of [true, false]) {
    const a = summary[key('specforge', skip)];
    const b = summary[key('openapi-typescript', skip)];
    if (!a || !b || !a.ok || !b.ok) {
      process.stdout.write(`${`skipLibCheck ${skip}`.padEnd(38)}no ratios: a consumer had no clean run\n`);
      continue;
    }
    /** @type {Record<string, number>} */
    const r = {};
    for (const f of ['wall', 'check time', 'peak RSS', 'tsc memory']) r[f] = /** @type {number} */ (a[f]) / /** @type {number} */ (b[f]);
    ratios[`skipLibCheck=${skip}`] = r;
    const cell = (/** @type {number} */ v, /** @type {number} */ w) => `${v.toFixed(2)}×${v <= TARGET ? '' : '!'}`.padStart(w);
    process.stdout.write(
      `${`skipLibCheck ${skip}`.padEnd(38)}${cell(r.wall ?? NaN, 9)}${cell(r['check time'] ?? NaN, 9)}${cell(r['peak RSS'] ?? NaN, 11)}${cell(r['tsc memory'] ?? NaN, 10)}  ` +
        `${[r.wall, r['check time'], r['peak RSS']].every((v) => (v ?? Infinity) <= TARGET) ? 'ok' : 'OVER'}\n`,
    );
  }
  process.stdout.write(`${'target (wall, check time, peak RSS)'.padEnd(38)}${`≤ ${TARGET}×`.padStart(9)}${`≤ ${TARGET}×`.padStart(9)}${`≤ ${TARGET}×`.padStart(11)}   (! marks a figure over it)\n`);

  const busyEnd = machineBusySeconds();
  if (busyStart !== null && busyEnd !== null && childCpuKnown) {
    const own = process.cpuUsage(benchCpuStart);
    const others = Math.max(0, busyEnd - busyStart - childCpu - (own.user + own.system) / 1e6);
    const capacity = ((performance.now() - benchStarted) / 1000) * cpus().length;
    process.stdout.write(
      `\nCPU taken by other processes during the runs: ${others.toFixed(1)} core-s, ${((100 * others) / capacity).toFixed(0)}% of the machine` +
        `${others / capacity > 0.05 ? ' (shared machine: figures are noisy)' : ''}\n`,
    );
  }
  const buildNow = describeBuild(ROOT_DIR);
  if (buildNow !== buildAtStart) process.stdout.write(`WARNING: specforge changed during the run (now ${buildNow}): the figures mix builds\n`);
  process.stdout.write(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  if (opts.json) {
    writeFileSync(
      opts.json,
      `${JSON.stringify({ spec, date: new Date().toISOString(), node: process.version, cpus: cpus().length, rssMethod: RSS_METHOD_TEXT, rounds, operations: used, reached, results, summary, ratios }, null, 2)}\n`,
    );
    process.stdout.write(`\nraw measurements written to ${opts.json}\n`);
  }
  if (failed) process.stdout.write(`\nFAILURES above: a consumer did not type-check clean or reached package sources\n`);
  return crashed || failed ? 1 : 0;
}

// Run as a script; imported (by client.mjs, for its spec reading and sample values), it only exports.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main();
  } catch (err) {
    killRunning();
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  }
}
