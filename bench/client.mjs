// @ts-check
/**
 * Client bench (issue 14's "Cost to a consumer"): GitHub's generated client against openapi-fetch on
 * openapi-typescript's types, in one run, on three figures.
 *
 * Once per run (not measured), GitHub's package is generated with the built CLI and openapi-typescript's
 * `schema.d.ts` with its own CLI, each into the `node_modules/` of a project in a temporary folder (openapi-fetch
 * linked beside the second). Then:
 *
 * 1. type-check: a strict `consumer.ts` that calls twenty GitHub operations with `createClient(…)`, narrows each
 *    answer on its status and reads a field of the 200/201 body and of an error status's body; the same consumer
 *    with openapi-fetch's `createClient<paths>()`. `tsc -p` alternated A/B, B/A, … per round, skipLibCheck on and
 *    off, each a fresh child process (wall and peak RSS by runMeasured, tsc's Check time and Memory used).
 * 2. per-call overhead: in this process, with a stub `fetch` answering a fresh `Response` per call, calls per
 *    second of the same operations through specforge's `createClient`, its lean `connect` + function, and
 *    openapi-fetch; alternated rounds after a warm-up, each bounded in time and count.
 * 3. bundle size: an app calling one operation, bundled by esbuild (bundle, minify, ESM, browser), through
 *    `<package>/client`, through the package root's `createClient`, and through openapi-fetch; bytes and gzip.
 *
 * A bench reports, it does not judge: exit 0 whatever the ratios; 1 when a tool crashed, a consumer does not
 * type-check clean, or a client answered a call wrongly.
 *
 *   node bench/client.mjs [--rounds 3] [--ms 400] [--only typecheck,calls,bundle] [--json FILE] [--keep]
 */
import { readFileSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fetchPackage, OCTOKIT_OPENAPI, ROOT_DIR } from './fetch-package.mjs';
import { runMeasured, median, parseOptions, formatMiB, RSS_METHOD_TEXT, machineBusySeconds, killRunning, describeBuild, benchWorkDir } from './measure.mjs';
import { GITHUB_OPERATIONS, camel, deref, listOperations, narrowing, objectShape, packageFiles, parseDiagnostics, readSpec, sample, secs, typecheckKey, typecheckSummary, writeProject } from './consumer.mjs';

const USAGE = `Usage: node bench/client.mjs [options]

GitHub's generated client against openapi-fetch on openapi-typescript's types: a strict consumer's
type-check, calls per second with a stub fetch, and the bundle of an app calling one operation.

Options:
  --rounds N        A/B rounds of tsc per skipLibCheck setting, and timed rounds of calls (default 3)
  --ms N            milliseconds per client per round of calls (default 400; at most 200,000 calls)
  --only LIST       some of typecheck,calls,bundle (default all three)
  --json FILE       also write the raw measurements as JSON
  --keep            keep the projects (printed) instead of deleting them
`;

/** Targets of issue 14, each a ratio specforge / openapi-fetch. */
const TARGETS = { typecheck: 1.5, calls: 1.0, bundle: 2.0 };
const TSC_TIMEOUT_MS = 10 * 60 * 1000;
const GENERATE_TIMEOUT_MS = 10 * 60 * 1000;
const MAX_CALLS_PER_ROUND = 200_000;
const WARMUP_MS = 300;
/** Turns per client in a round of calls. */
const SLICES = 8;

const SPECFORGE_CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const OTS_CLI = join(ROOT_DIR, 'node_modules/openapi-typescript/bin/cli.js');
const TSC = join(ROOT_DIR, 'node_modules/typescript/bin/tsc');
const OPENAPI_FETCH = join(ROOT_DIR, 'node_modules/openapi-fetch');

const SPECFORGE_PACKAGE = '@bench/github';
const OTS_PACKAGE = '@bench/github-openapi-typescript';
const BASE_URL = 'https://api.github.com';

/**
 * The operations timed per call: one with path parameters, one with a query, one with a JSON body; the stub
 * answers each with its success status and this body (small, so that the clients' own work shows, not JSON.parse).
 */
const CALLS = [
  {
    id: 'repos/get',
    status: 200,
    input: { path: { owner: 'octocat', repo: 'Hello-World' } },
    body: { id: 1296269, name: 'Hello-World', full_name: 'octocat/Hello-World', private: false, owner: { login: 'octocat', id: 1 }, html_url: 'https://github.com/octocat/Hello-World', fork: false, stargazers_count: 80, default_branch: 'main' },
    field: 'full_name',
  },
  {
    id: 'issues/list-for-repo',
    status: 200,
    input: { path: { owner: 'octocat', repo: 'Hello-World' }, query: { state: 'open', labels: 'bug,ui', per_page: 30, page: 2 } },
    body: [{ id: 1, number: 1347, title: 'Found a bug', state: 'open', user: { login: 'octocat', id: 1 }, labels: [{ name: 'bug' }], comments: 0 }],
    field: 'title',
  },
  {
    id: 'issues/create',
    status: 201,
    input: { path: { owner: 'octocat', repo: 'Hello-World' }, body: { title: 'Found a bug', body: "I'm having a problem with this.", labels: ['bug'], assignees: ['octocat'] } },
    body: { id: 1, number: 1348, title: 'Found a bug', state: 'open', user: { login: 'octocat', id: 1 }, labels: [{ name: 'bug' }], comments: 0 },
    field: 'number',
  },
];

/**
 * @typedef {Record<string, any>} Json
 * @typedef {import('./consumer.mjs').Operation} Operation
 */

// ---------------------------------------------------------------------------------------------
// Generating the two packages
// ---------------------------------------------------------------------------------------------

/**
 * @param {string} spec
 * @param {string} work
 */
async function generate(spec, work) {
  const specforgeDir = join(work, 'specforge');
  const otsDir = join(work, 'openapi-fetch');
  const specforgePkg = join(specforgeDir, 'node_modules', SPECFORGE_PACKAGE);
  const otsPkg = join(otsDir, 'node_modules', OTS_PACKAGE);
  const started = performance.now();
  const [a, b] = await Promise.all([
    runMeasured(process.execPath, [SPECFORGE_CLI, 'generate', spec, '--out', specforgePkg, '--package-name', SPECFORGE_PACKAGE], { cwd: ROOT_DIR, timeoutMs: GENERATE_TIMEOUT_MS }),
    runMeasured(process.execPath, [OTS_CLI, spec, '-o', join(otsPkg, 'schema.d.ts')], { cwd: ROOT_DIR, timeoutMs: GENERATE_TIMEOUT_MS }),
  ]);
  for (const [name, r] of /** @type {const} */ ([['specforge generate', a], ['openapi-typescript', b]])) {
    if (r.code !== 0) throw new Error(`${name} failed (${r.signal ?? `exit ${r.code}`}${r.timedOut ? ', timed out' : ''}):\n${r.stderr.trim().split('\n').slice(-15).join('\n')}`);
  }
  writeFileSync(
    join(otsPkg, 'package.json'),
    `${JSON.stringify({ name: OTS_PACKAGE, version: '0.0.0', private: true, type: 'module', types: './schema.d.ts', exports: { '.': { types: './schema.d.ts' } } }, null, 2)}\n`,
  );
  // openapi-fetch as the project's own dependency (the compiler and esbuild follow the link to its real place,
  // where its one dependency, openapi-typescript-helpers, is found)
  symlinkSync(OPENAPI_FETCH, join(otsDir, 'node_modules', 'openapi-fetch'), 'dir');
  for (const dir of [specforgeDir, otsDir]) writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
  return { specforgeDir, otsDir, specforgePkg, otsPkg, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------
// 1. The type-check consumers
// ---------------------------------------------------------------------------------------------

/** @param {string} type */
const isJson = (type) => {
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json');
};

/**
 * The first JSON media type of a content map and its schema.
 * @param {Json} doc
 * @param {Json | undefined} content
 */
function jsonContent(doc, content) {
  const media = Object.keys(content ?? {}).find(isJson);
  return media === undefined ? undefined : { media, schema: deref(doc, content?.[media]?.schema ?? {}) };
}

/** @param {string} name */
const access = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

/**
 * The two consumers' sources: the same twenty functions, each calling one operation with sample values (the
 * required ones, from the schemas, written in the call so that literal types are checked against the request's),
 * narrowing the answer on its status, and reading a field of the success body (as consumer.mjs narrows it) and a
 * field of the first documented 4XX/5XX body. specforge's narrows on `res.status`; openapi-fetch's answer is
 * `{ data, error, response }`, so it narrows on `data`, and reads the error body after checking `response.status`
 * (its `error` is the union of every error status's body: a field not all of them have is read after an `in`).
 *
 * @param {Json} doc
 * @param {Operation[]} operations
 * @param {string} clientDts  specforge's `client.d.ts`, where each method is checked to exist
 */
function writeConsumers(doc, operations, clientDts) {
  /** @type {string[]} */
  const sf = [];
  /** @type {string[]} */
  const of = [];
  /** @type {{ id: string, method: string, parts: string[] }[]} */
  const used = [];
  for (const o of operations) {
    const method = camel(/** @type {string} */ (o.operationId ?? o.id));
    if (!new RegExp(`^ {4}"?${method}"?\\(input`, 'm').test(clientDts)) throw new Error(`${o.id}: no method ${method} in the package's Client`);
    /** @type {string[]} */
    const parts = [];
    /** @type {Record<string, string>} */
    const params = {};
    for (const location of /** @type {const} */ (['path', 'query'])) {
      const ps = o.parameters.filter((p) => p.in === location && (location === 'path' || p.required));
      if (ps.length === 0) continue;
      /** @type {Record<string, any>} */
      const value = {};
      for (const p of ps) value[p.name] = sample(doc, p.schema ?? {}, 'request');
      params[location] = JSON.stringify(value);
      parts.push(location);
    }
    let body;
    const requestBody = o.op.requestBody ? deref(doc, o.op.requestBody) : undefined;
    const requestJson = jsonContent(doc, requestBody?.content);
    if (requestJson && requestBody.required) {
      body = JSON.stringify(sample(doc, requestJson.schema, 'request'));
      parts.push('body');
    }
    const responses = /** @type {Json} */ (o.op.responses ?? {});
    const successStatus = ['200', '201'].find((s) => jsonContent(doc, deref(doc, responses[s])?.content));
    if (!successStatus) throw new Error(`${o.id}: no 200 or 201 JSON response`);
    const success = /** @type {{ media: string, schema: any }} */ (jsonContent(doc, deref(doc, responses[successStatus]).content));
    const errorStatuses = Object.keys(responses).filter((s) => /^[45]\d\d$/.test(s) && jsonContent(doc, deref(doc, responses[s])?.content));
    const errorStatus = errorStatuses[0];
    /** @type {string | undefined} */
    let errorField;
    let everyErrorHasIt = false;
    if (errorStatus) {
      const shape = objectShape(doc, /** @type {any} */ (jsonContent(doc, deref(doc, responses[errorStatus]).content)).schema);
      const names = shape ? [...shape.required.keys(), ...shape.optional.keys()] : [];
      errorField = names.includes('message') ? 'message' : names[0];
      const all = Object.keys(responses)
        .filter((s) => /^([45]\d\d|[45]XX|default)$/i.test(s))
        .map((s) => jsonContent(doc, deref(doc, responses[s])?.content))
        .filter((c) => c !== undefined)
        .map((c) => objectShape(doc, c.schema));
      const field = errorField;
      everyErrorHasIt = field !== undefined && all.every((s) => s !== null && (s.required.has(field) || s.optional.has(field)));
    }
    parts.push(`${successStatus} body`, ...(errorStatus && errorField ? [`${errorStatus} body`] : []));
    used.push({ id: o.id, method, parts });
    const narrow = narrowing(doc, success.schema, 'response', '    ');
    const name = `use${method.charAt(0).toUpperCase()}${method.slice(1)}`;
    const sfInput = [params.path && `path: ${params.path}`, params.query && `query: ${params.query}`, body && `body: ${body}`].filter(Boolean).join(', ');
    sf.push(
      `// ${o.id}: ${o.method.toUpperCase()} ${o.path}`,
      `export async function ${name}(): Promise<unknown> {`,
      `  const res = await client.${method}(${sfInput ? `{ ${sfInput} }` : ''});`,
      `  if (res.status === ${successStatus}) {`,
      `    const response = res.body;`,
      ...narrow,
      `  }`,
      ...(errorStatus && errorField ? [`  if (res.status === ${errorStatus}) return res.body${access(errorField)};`] : []),
      `  return res.status;`,
      `}`,
      '',
    );
    const ofParams = [params.path && `path: ${params.path}`, params.query && `query: ${params.query}`].filter(Boolean).join(', ');
    const ofInit = [ofParams && `params: { ${ofParams} }`, body && `body: ${body}`].filter(Boolean).join(', ');
    const ofError =
      errorStatus && errorField
        ? everyErrorHasIt
          ? [`  if (error !== undefined && raw.status === ${errorStatus}) return error${access(errorField)};`]
          : [`  if (error !== undefined && raw.status === ${errorStatus}) return ${JSON.stringify(errorField)} in error ? error${access(errorField)} : undefined;`]
        : [];
    of.push(
      `// ${o.id}: ${o.method.toUpperCase()} ${o.path}`,
      `export async function ${name}(): Promise<unknown> {`,
      `  const { data, error, response: raw } = await client.${o.method.toUpperCase()}(${JSON.stringify(o.path)}${ofInit ? `, { ${ofInit} }` : ''});`,
      `  if (data !== undefined) {`,
      `    const response = data;`,
      ...narrow,
      `  }`,
      ...ofError,
      `  return raw.status;`,
      `}`,
      '',
    );
  }
  const specforge =
    `// A strict consumer of specforge's client: ${operations.length} operations called and narrowed on their status.\n` +
    `import { createClient } from '${SPECFORGE_PACKAGE}';\n\n` +
    `const client = createClient({ baseUrl: ${JSON.stringify(BASE_URL)}, token: 'x' });\n\n${sf.join('\n')}`;
  const ots =
    `// The same consumer with openapi-fetch on openapi-typescript's types.\n` +
    `import createClient from 'openapi-fetch';\nimport type { paths } from '${OTS_PACKAGE}';\n\n` +
    `const client = createClient<paths>({ baseUrl: ${JSON.stringify(BASE_URL)}, headers: { authorization: 'Bearer x' } });\n\n${of.join('\n')}`;
  return { specforge, ots, used };
}

/** @param {number} v @param {number} target @param {'max' | 'min'} kind */
const ratioCell = (v, target, kind) => `${Number.isNaN(v) ? 'n/a' : `${v.toFixed(2)}×`}${(kind === 'max' ? v <= target : v >= target) ? '' : '!'}`;

/**
 * @param {{ rounds: number }} opts
 * @param {{ specforgeDir: string, otsDir: string, specforgePkg: string, otsPkg: string }} gen
 * @param {Json} doc
 * @param {Operation[]} chosen
 * @param {(line: string) => void} out
 */
async function typecheck(opts, gen, doc, chosen, out) {
  const { specforge, ots, used } = writeConsumers(doc, chosen, readFileSync(join(gen.specforgePkg, 'client.d.ts'), 'utf8'));
  const projects = /** @type {const} */ ({
    specforge: { dir: gen.specforgeDir, pkg: gen.specforgePkg },
    'openapi-fetch': { dir: gen.otsDir, pkg: gen.otsPkg },
  });
  writeProject(projects.specforge.dir, specforge);
  writeProject(projects['openapi-fetch'].dir, ots);
  out(`\n== 1. type-check: a strict consumer calling ${used.length} operations (consumer.ts: ${specforge.split('\n').length} and ${ots.split('\n').length} lines)\n`);
  out(`${used.map((u) => `  ${u.id} → ${u.method} (${u.parts.join(', ')})`).join('\n')}\n\n`);

  let failed = false;
  for (const [tool, p] of Object.entries(projects)) {
    const r = await runMeasured(process.execPath, [TSC, '-p', join(p.dir, 'tsconfig.libcheck.json'), '--listFiles'], { cwd: p.dir, timeoutMs: TSC_TIMEOUT_MS });
    const files = packageFiles(r.stdout, p.pkg);
    out(`${tool.padEnd(14)} tsc --listFiles: ${files.dts.length} .d.ts file(s) of the generated package reached${files.sources.length ? `, ${files.sources.length} .ts SOURCE(S)` : ''}\n`);
    if (files.sources.length > 0) {
      out(`FAILURE: the consumer's compiler reached .ts sources of the package: ${files.sources.join(', ')}\n`);
      failed = true;
    }
    if (r.code !== 0) {
      const errors = r.stdout.split('\n').filter((l) => !l.startsWith('/')).join('\n').trim();
      out(`FAILURE: the ${tool} consumer does not type-check clean (${r.signal ?? `exit ${r.code}`}):\n${errors.slice(0, 20000)}\n${r.stderr.slice(0, 2000)}\n`);
      return { failed: true, crashed: r.code === null || r.timedOut };
    }
  }
  if (failed) return { failed, crashed: false };
  out('\n');

  /** @typedef {{ wallMs: number, maxRssKiB: number | null, cpuSeconds: number | null, code: number | null, diagnostics: Record<string, number> }} Run */
  /** @type {Record<string, Run[]>} */
  const results = {};
  const key = typecheckKey;
  const tools = /** @type {const} */ (['specforge', 'openapi-fetch']);
  let crashed = false;
  for (let round = 1; round <= opts.rounds; round++) {
    for (const skip of [true, false]) {
      for (const tool of round % 2 === 1 ? tools : [...tools].reverse()) {
        const p = projects[tool];
        const r = await runMeasured(process.execPath, [TSC, '-p', join(p.dir, skip ? 'tsconfig.json' : 'tsconfig.libcheck.json'), '--extendedDiagnostics'], { cwd: p.dir, timeoutMs: TSC_TIMEOUT_MS });
        const diagnostics = parseDiagnostics(r.stdout);
        const status = r.timedOut ? 'timed out' : r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
        out(
          `  round ${round} skipLibCheck ${String(skip).padEnd(5)} ${tool.padEnd(14)} ${secs(r.wallMs / 1000).padStart(8)} ${formatMiB(r.maxRssKiB).padStart(9)}` +
            `   check ${secs(diagnostics['Check time'] ?? NaN).padStart(7)}  tsc memory ${formatMiB(diagnostics['Memory used'] ?? NaN).padStart(8)}  ${status}\n`,
        );
        if (r.code !== 0) {
          failed = true;
          if (r.code === null || r.timedOut) crashed = true;
          out(`    ${r.stdout.trim().split('\n').slice(0, 30).join('\n    ')}\n    ${r.stderr.trim().split('\n').slice(-6).join('\n    ')}\n`);
        }
        (results[key(tool, skip)] ??= []).push({ wallMs: r.wallMs, maxRssKiB: r.maxRssKiB, cpuSeconds: r.cpuSeconds, code: r.code, diagnostics });
      }
    }
  }

  const summary = typecheckSummary(results, tools, opts.rounds, out);
  /** @type {Record<string, Record<string, number>>} */
  const ratios = {};
  out(`\n${'ratio specforge / openapi-fetch'.padEnd(34)}${'wall'.padStart(9)}${'check'.padStart(9)}${'peak RSS'.padStart(11)}${'tsc mem'.padStart(10)}\n`);
  for (const skip of [true, false]) {
    const a = summary[key('specforge', skip)];
    const b = summary[key('openapi-fetch', skip)];
    if (!a?.ok || !b?.ok) {
      out(`${`skipLibCheck ${skip}`.padEnd(34)}no ratios: a consumer had no clean run\n`);
      continue;
    }
    /** @type {Record<string, number>} */
    const r = {};
    for (const f of ['wall', 'check time', 'peak RSS', 'tsc memory']) r[f] = /** @type {number} */ (a[f]) / /** @type {number} */ (b[f]);
    ratios[`skipLibCheck=${skip}`] = r;
    const t = TARGETS.typecheck;
    out(
      `${`skipLibCheck ${skip}`.padEnd(34)}${ratioCell(r.wall ?? NaN, t, 'max').padStart(9)}${ratioCell(r['check time'] ?? NaN, t, 'max').padStart(9)}` +
        `${ratioCell(r['peak RSS'] ?? NaN, t, 'max').padStart(11)}${ratioCell(r['tsc memory'] ?? NaN, t, 'max').padStart(10)}  ` +
        `${[r.wall, r['check time'], r['peak RSS'], r['tsc memory']].every((v) => (v ?? Infinity) <= t) ? 'ok' : 'OVER'}\n`,
    );
  }
  out(`${'target (each)'.padEnd(34)}${`≤ ${TARGETS.typecheck}×`.padStart(9)}${`≤ ${TARGETS.typecheck}×`.padStart(9)}${`≤ ${TARGETS.typecheck}×`.padStart(11)}${`≤ ${TARGETS.typecheck}×`.padStart(10)}   (! marks a figure over it)\n`);
  const childCpu = Object.values(results).flat().reduce((s, r) => (s === null || r.cpuSeconds === null ? null : s + r.cpuSeconds), /** @type {number | null} */ (0));
  return { failed, crashed, results, summary, ratios, used, childCpu };
}

// ---------------------------------------------------------------------------------------------
// 2. Calls per second with a stub fetch
// ---------------------------------------------------------------------------------------------

/**
 * @param {{ rounds: number, ms: number }} opts
 * @param {{ specforgePkg: string }} gen
 * @param {Operation[]} all
 * @param {(line: string) => void} out
 */
async function calls(opts, gen, all, out) {
  const byId = new Map(all.map((o) => [o.id, o]));
  const root = await import(pathToFileURL(join(gen.specforgePkg, 'index.js')).href);
  const lean = await import(pathToFileURL(join(gen.specforgePkg, 'client.js')).href);
  const openapiFetch = (await import(pathToFileURL(join(OPENAPI_FETCH, 'dist/index.mjs')).href)).default;
  out(`\n== 2. per-call overhead: stub fetch, a fresh Response per call; ${opts.rounds} round(s) of ${opts.ms} ms per client (≤ ${MAX_CALLS_PER_ROUND.toLocaleString('en-US')} calls) in ${SLICES} turns, the clients alternating; after ${WARMUP_MS} ms of warm-up each\n`);

  let failed = false;
  /** @type {Record<string, Record<string, Record<string, number[]>>>} */
  const rates = {};
  /** @type {Record<string, Record<string, number>>} */
  const summary = {};
  for (const c of CALLS) {
    const o = byId.get(c.id);
    if (!o) throw new Error(`${c.id} is not in the spec`);
    const text = JSON.stringify(c.body);
    const headers = { 'content-type': 'application/json; charset=utf-8' };
    /** @type {(request: Request) => Promise<Response>} */
    const stub = async () => new Response(text, { status: c.status, headers });
    const method = camel(/** @type {string} */ (o.operationId));
    const leanFn = lean[method];
    const ofMethod = o.method.toUpperCase();
    const ofInit = { params: { path: c.input.path, ...('query' in c.input ? { query: c.input.query } : {}) }, ...('body' in c.input ? { body: c.input.body } : {}) };
    const first = (/** @type {any} */ b) => (Array.isArray(b) ? b[0] : b);
    /** Each client, made once with a `fetch`, as a function making one call and reading a field of the answer. */
    /** @type {Record<string, (fetch: (request: Request) => Promise<Response>) => () => Promise<unknown>>} */
    const make = {
      'specforge createClient': (fetch) => {
        const client = root.createClient({ baseUrl: BASE_URL, fetch });
        return async () => {
          const res = await client[method](c.input);
          return res.status === c.status ? first(res.body)[c.field] : undefined;
        };
      },
      'specforge connect + fn': (fetch) => {
        const api = lean.connect({ baseUrl: BASE_URL, fetch });
        return async () => {
          const res = await leanFn(api, c.input);
          return res.status === c.status ? first(res.body)[c.field] : undefined;
        };
      },
      'openapi-fetch': (fetch) => {
        const client = openapiFetch({ baseUrl: BASE_URL, fetch });
        return async () => {
          const { data } = await client[ofMethod](o.path, ofInit);
          return data !== undefined ? first(data)[c.field] : undefined;
        };
      },
    };
    const clients = Object.fromEntries(Object.entries(make).map(([name, f]) => [name, f(stub)]));
    // Before timing: each client sends the same request and reads the same answer.
    out(`\n${c.id} (${ofMethod} ${o.path}), the stub answering ${c.status} with ${text.length} bytes of JSON:\n`);
    const expected = first(c.body)[c.field];
    /** @type {Set<string>} */
    const requests = new Set();
    for (const [name, f] of Object.entries(make)) {
      /** @type {Request[]} */
      const seen = [];
      const got = await f(async (request) => {
        seen.push(request);
        return stub(request);
      })();
      const r = seen[0];
      const sent = r ? `${r.method} ${r.url}${r.body ? ` ${await r.text()}` : ''}` : 'nothing';
      requests.add(sent.replace(/ (\{.*)$/, (_, j) => ` ${JSON.stringify(JSON.parse(j))}`));
      out(`  ${name.padEnd(24)} sends ${sent.length > 150 ? `${sent.slice(0, 150)}…` : sent}\n`);
      if (got !== expected || seen.length !== 1) {
        out(`FAILURE: ${name} ${c.id} read ${JSON.stringify(got)}, not ${JSON.stringify(expected)}, after ${seen.length} request(s)\n`);
        failed = true;
      }
    }
    if (requests.size !== 1) {
      out(`FAILURE: the clients do not send the same request (above)\n`);
      failed = true;
    }

    const names = Object.keys(clients);
    /** Calls for about `ms`, in batches of 64: the calls made, the wall and this process's CPU milliseconds. */
    const time = async (/** @type {() => Promise<unknown>} */ f, /** @type {number} */ ms, /** @type {number} */ maxCalls) => {
      let n = 0;
      const cpu = process.cpuUsage();
      const started = performance.now();
      let elapsed = 0;
      while (n < maxCalls) {
        for (let i = 0; i < 64; i++) await f();
        n += 64;
        elapsed = performance.now() - started;
        if (elapsed >= ms) break;
      }
      const used = process.cpuUsage(cpu);
      return { n, wallMs: elapsed, cpuMs: (used.user + used.system) / 1000 };
    };
    for (const name of names) await time(/** @type {() => Promise<unknown>} */ (clients[name]), WARMUP_MS, MAX_CALLS_PER_ROUND);
    /** @type {Record<string, number[]>} */
    const perClient = Object.fromEntries(names.map((n) => [n, []]));
    /** @type {Record<string, number[]>} */
    const perClientCpu = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 1; round <= opts.rounds; round++) {
      // A round is SLICES turns per client, the order rotated each turn, so that a burst of other work on a shared
      // machine falls on every client alike.
      /** @type {Record<string, { n: number, wallMs: number, cpuMs: number }>} */
      const sums = Object.fromEntries(names.map((n) => [n, { n: 0, wallMs: 0, cpuMs: 0 }]));
      for (let slice = 0; slice < SLICES; slice++) {
        for (let i = 0; i < names.length; i++) {
          const name = /** @type {string} */ (names[(i + slice + round) % names.length]);
          const t = await time(/** @type {() => Promise<unknown>} */ (clients[name]), opts.ms / SLICES, MAX_CALLS_PER_ROUND / SLICES);
          const sum = /** @type {{ n: number, wallMs: number, cpuMs: number }} */ (sums[name]);
          sum.n += t.n;
          sum.wallMs += t.wallMs;
          sum.cpuMs += t.cpuMs;
        }
      }
      /** @type {string[]} */
      const cells = [];
      for (const name of names) {
        const sum = /** @type {{ n: number, wallMs: number, cpuMs: number }} */ (sums[name]);
        perClient[name]?.push((sum.n / sum.wallMs) * 1000);
        perClientCpu[name]?.push((sum.n / sum.cpuMs) * 1000);
        cells.push(`${name} ${Math.round((sum.n / sum.wallMs) * 1000).toLocaleString('en-US')}/s`);
      }
      out(`  round ${round}: ${cells.join(', ')}\n`);
    }
    rates[c.id] = { wall: perClient, cpu: perClientCpu };
    const anchor = median(perClient['openapi-fetch'] ?? []);
    const anchorCpu = median(perClientCpu['openapi-fetch'] ?? []);
    /** @type {Record<string, number>} */
    const s = {};
    for (const name of names) {
      const m = median(perClient[name] ?? []);
      const cpu = median(perClientCpu[name] ?? []);
      s[name] = m;
      s[`${name} per CPU-second`] = cpu;
      out(
        `  ${name.padEnd(24)} ${Math.round(m).toLocaleString('en-US').padStart(9)} calls/s  ${(1e6 / m).toFixed(1).padStart(6)} µs/call` +
          (name === 'openapi-fetch' ? '  (anchor)' : `  ${ratioCell(m / anchor, TARGETS.calls, 'min').padStart(7)} of openapi-fetch's`) +
          `   ${Math.round(cpu).toLocaleString('en-US').padStart(9)} per CPU-s${name === 'openapi-fetch' ? '' : ` (${(cpu / anchorCpu).toFixed(2)}×)`}\n`,
      );
    }
    summary[c.id] = s;
  }
  out(`target: specforge's calls/s ≥ ${TARGETS.calls}× openapi-fetch's (! marks a figure under it)\n`);
  return { failed, rates, summary };
}

// ---------------------------------------------------------------------------------------------
// 3. Bundle size
// ---------------------------------------------------------------------------------------------

/**
 * @param {{ specforgeDir: string, otsDir: string }} gen
 * @param {(line: string) => void} out
 */
async function bundle(gen, out) {
  const esbuild = await import(pathToFileURL(join(ROOT_DIR, 'node_modules/esbuild/lib/main.js')).href);
  const apps = {
    'specforge <pkg>/client (connect + reposGet)': {
      dir: gen.specforgeDir,
      source: `import { connect, reposGet } from '${SPECFORGE_PACKAGE}/client';\n\nconst api = connect({ baseUrl: '${BASE_URL}' });\nconst res = await reposGet(api, { path: { owner: 'octocat', repo: 'Hello-World' } });\nif (res.status === 200) console.log(res.body.full_name);\nelse console.log(res.status);\n`,
    },
    'specforge <pkg> (createClient)': {
      dir: gen.specforgeDir,
      source: `import { createClient } from '${SPECFORGE_PACKAGE}';\n\nconst client = createClient({ baseUrl: '${BASE_URL}' });\nconst res = await client.reposGet({ path: { owner: 'octocat', repo: 'Hello-World' } });\nif (res.status === 200) console.log(res.body.full_name);\nelse console.log(res.status);\n`,
    },
    'openapi-fetch (createClient, GET)': {
      dir: gen.otsDir,
      source: `import createClient from 'openapi-fetch';\n\nconst client = createClient({ baseUrl: '${BASE_URL}' });\nconst { data, response } = await client.GET('/repos/{owner}/{repo}', { params: { path: { owner: 'octocat', repo: 'Hello-World' } } });\nif (data !== undefined) console.log(data.full_name);\nelse console.log(response.status);\n`,
    },
  };
  out(`\n== 3. bundle: an app calling repos/get, esbuild ${esbuild.version} (bundle, minify, format esm, platform browser); gzip: node:zlib at level 9\n\n`);
  /** @type {Record<string, { bytes: number, gzip: number, inputs: [string, number][] }>} */
  const sizes = {};
  let i = 0;
  for (const [name, app] of Object.entries(apps)) {
    const entry = join(app.dir, `app-${++i}.mjs`);
    writeFileSync(entry, app.source);
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, logLevel: 'silent', outfile: join(app.dir, `out-${i}.js`) });
    const code = /** @type {Uint8Array} */ (result.outputFiles[0].contents);
    const output = /** @type {any} */ (Object.values(result.metafile.outputs)[0]);
    /** @type {[string, number][]} */
    const inputs = Object.entries(output.inputs).map(([file, v]) => [file.replace(/^.*node_modules\//, ''), /** @type {any} */ (v).bytesInOutput]);
    inputs.sort((a, b) => b[1] - a[1]);
    sizes[name] = { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
  }
  const anchor = /** @type {{ bytes: number, gzip: number }} */ (sizes['openapi-fetch (createClient, GET)']);
  out(`${'app'.padEnd(46)}${'minified'.padStart(12)}${'gzip'.padStart(10)}${'ratio min'.padStart(11)}${'ratio gz'.padStart(10)}\n`);
  for (const [name, s] of Object.entries(sizes)) {
    const lean = name.includes('/client');
    const cell = (/** @type {number} */ v) => (lean ? ratioCell(v, TARGETS.bundle, 'max') : `${v.toFixed(2)}×`);
    out(
      `${name.padEnd(46)}${s.bytes.toLocaleString('en-US').padStart(12)}${s.gzip.toLocaleString('en-US').padStart(10)}` +
        (s === anchor ? '  (anchor)\n' : `${cell(s.bytes / anchor.bytes).padStart(11)}${cell(s.gzip / anchor.gzip).padStart(10)}\n`),
    );
  }
  out(`target: the <pkg>/client app ≤ ${TARGETS.bundle}× openapi-fetch's (! marks a figure over it)\n`);
  for (const [name, s] of Object.entries(sizes)) {
    if (name.startsWith('openapi-fetch')) continue;
    const top = s.inputs.filter(([, b]) => b > 0).slice(0, 8);
    out(`\n${name}: what the bundle holds (esbuild metafile, bytes in the minified output)\n`);
    for (const [file, b] of top) out(`  ${b.toLocaleString('en-US').padStart(10)}  ${file}\n`);
    const rest = s.inputs.slice(8).reduce((sum, [, b]) => sum + b, 0);
    if (rest > 0) out(`  ${rest.toLocaleString('en-US').padStart(10)}  ${s.inputs.length - 8} other file(s)\n`);
  }
  return { sizes: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { bytes: v.bytes, gzip: v.gzip, inputs: v.inputs.slice(0, 20) }])) };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const opts = parseOptions(process.argv.slice(2), { rounds: 3, ms: 400, only: 'typecheck,calls,bundle', json: '', keep: false }, USAGE);
  opts.rounds = Math.max(1, Math.floor(opts.rounds));
  const parts = new Set(opts.only.split(',').map((s) => s.trim()));
  for (const p of parts) {
    if (!['typecheck', 'calls', 'bundle'].includes(p)) {
      process.stderr.write(`--only: unknown part "${p}"\n\n${USAGE}`);
      return 2;
    }
  }
  for (const [name, file, fix] of [
    ['specforge', SPECFORGE_CLI, 'run `npm run build`'],
    ['openapi-typescript', OTS_CLI, 'run `npm install`'],
    ['openapi-fetch', OPENAPI_FETCH, 'run `npm install`'],
    ['tsc', TSC, 'run `npm install`'],
  ]) {
    if (!existsSync(/** @type {string} */ (file))) {
      process.stderr.write(`${name}: ${file} is missing (${fix} first)\n`);
      return 1;
    }
  }
  const spec = join(fetchPackage(OCTOKIT_OPENAPI.name, OCTOKIT_OPENAPI.version), 'generated/api.github.com.json');
  const { work, cleanUp } = benchWorkDir('bench-client-', opts.keep);
  const out = (/** @type {string} */ line) => void process.stdout.write(line);
  try {
    const doc = readSpec(spec);
    const all = listOperations(doc);
    const byId = new Map(all.map((o) => [o.id, o]));
    const missing = GITHUB_OPERATIONS.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new Error(`operations missing from ${spec}: ${missing.join(', ')}`);
    const chosen = GITHUB_OPERATIONS.map((id) => /** @type {Operation} */ (byId.get(id)));
    const cpu = cpus();
    const buildAtStart = describeBuild(ROOT_DIR);
    const version = (/** @type {string} */ name) => JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
    out(
      `Client bench: ${relative(process.cwd(), spec) || spec} (${all.length} operations)\n` +
        `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n` +
        `${buildAtStart}; openapi-fetch ${version('openapi-fetch')}, openapi-typescript ${version('openapi-typescript')}, TypeScript ${version('typescript')}, esbuild ${version('esbuild')}\n` +
        `peak RSS by ${RSS_METHOD_TEXT}\n` +
        `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}${(loadavg()[0] ?? 0) > 0.5 ? ' (other work is running: figures will be noisy)' : ''}\n`,
    );
    const gen = await generate(spec, work);
    out(`generated both packages in ${gen.seconds.toFixed(1)} s (not measured)\n`);

    const busyStart = machineBusySeconds();
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    /** @type {Record<string, unknown>} */
    const report = { spec, date: new Date().toISOString(), node: process.version, build: buildAtStart, rounds: opts.rounds, ms: opts.ms };
    let failed = false;
    let crashed = false;
    let childCpu = /** @type {number | null} */ (0);
    if (parts.has('typecheck')) {
      const r = await typecheck(opts, gen, doc, chosen, out);
      report.typecheck = r;
      failed ||= r.failed;
      crashed ||= r.crashed;
      childCpu = r.childCpu ?? null;
    }
    if (parts.has('calls') && !crashed) {
      const r = await calls(opts, gen, all, out);
      report.calls = r;
      failed ||= r.failed;
    }
    if (parts.has('bundle') && !crashed) report.bundle = await bundle(gen, out);

    const busyEnd = machineBusySeconds();
    if (busyStart !== null && busyEnd !== null && childCpu !== null) {
      const own = process.cpuUsage(cpuStart);
      const others = Math.max(0, busyEnd - busyStart - childCpu - (own.user + own.system) / 1e6);
      const capacity = ((performance.now() - started) / 1000) * cpus().length;
      out(`\nCPU taken by other processes during the runs: ${others.toFixed(1)} core-s, ${((100 * others) / capacity).toFixed(0)}% of the machine${others / capacity > 0.05 ? ' (shared machine: figures are noisy)' : ''}\n`);
    }
    const buildNow = describeBuild(ROOT_DIR);
    if (buildNow !== buildAtStart) out(`WARNING: specforge changed during the run (now ${buildNow}): the figures mix builds\n`);
    out(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
    if (opts.json) {
      writeFileSync(opts.json, `${JSON.stringify(report, null, 2)}\n`);
      out(`raw measurements written to ${opts.json}\n`);
    }
    if (failed) out(`\nFAILURES above\n`);
    return failed || crashed ? 1 : 0;
  } finally {
    cleanUp();
    if (opts.keep) out(`projects kept in ${work}\n`);
  }
}

try {
  process.exitCode = await main();
} catch (err) {
  killRunning();
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
