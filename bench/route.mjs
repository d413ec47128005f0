// @ts-check
/**
 * Routing cost bench: does a request to GitHub's 1,223rd operation cost what one to its first does?
 *
 * Issue 13: "The route table is compiled at generation time; matching costs the same for GitHub's 1,223th operation
 * as for its first." The built CLI generates the package of GitHub's REST API description (`@octokit/openapi`,
 * fetched on demand into bench/.corpus/), and this process imports its `createHandler` with a handler for every
 * operation (each answers its first documented 2xx status, `{}` as the body, 204 without) and an `authenticate` that
 * accepts any credentials. Requests go straight to the server core that `createNodeListener` calls (no sockets, no
 * web `Request`), so what is timed is the package's own work: routing, security, parameter parsing and validation,
 * the handler, the answer.
 *
 * Timed, all GET: the first operation in the spec's order that reaches its handler, the one nearest the middle, the
 * last, and the first operation whose path has the last one's shape (same segments, parameters in the same places:
 * the same routing and parsing work, 1,200 operations apart); and two paths no operation has (404): one whose first
 * segment matches nothing, one that walks the deepest route and misses at its end. Before timing, each case must get
 * the answer it should (the handler's status, or 404), or the run stops with exit 1: the figures would compare
 * different work. Rounds alternate the order of the cases; each prints its ns/request, then the medians, requests per
 * second, the segments each path walks, and the ratios last / first (target about 1.0×).
 *
 *   npm run build && node bench/route.mjs [--rounds 7] [--ms 300] [--spec FILE] [--package DIR] [--keep]
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { fetchPackage, OCTOKIT_OPENAPI, ROOT_DIR } from './fetch-package.mjs';
import { describeBuild, formatMiB, killRunning, machineBusySeconds, median, parseOptions, runMeasured } from './measure.mjs';

const USAGE = `Usage: node bench/route.mjs [options]

Generates GitHub's package with the built CLI and times requests through its server core to the first, a middle
and the last operation in the spec's order (all GET), to the first with the last one's path shape, and to two
paths that match nothing (404), in alternating rounds. Prints ns/request per case and the ratio last / first.

Options:
  --rounds N      rounds (default 7)
  --ms MS         time per case per round, in ms (default 300)
  --spec FILE     another spec instead of api.github.com.json (to try the harness on a small one)
  --package DIR   a package already generated from the spec (skips generation)
  --keep          keep the generated package (printed) instead of deleting it
`;

const CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SERVER_CORE = Symbol.for('specforge.server-core');
/** How many operations to try, from a case's place onwards, for one that reaches its handler. */
const TRIES = 25;

/**
 * @typedef {object} Operation
 * @property {number} index      place in the spec's order, from 0
 * @property {string} method     upper case
 * @property {string} path       the path template, as the spec writes it
 * @property {string} operationId
 * @property {any[]} parameters  path item's and operation's, `$ref`s followed
 */

/**
 * @typedef {object} Case
 * @property {string} label
 * @property {string} what       what it is, for the table
 * @property {string} target     path and query, base path included
 * @property {number} expected   the status it must get
 * @property {number} segments   how many path segments the router walks (below the base path)
 * @property {number[]} ns       ns/request per round
 * @property {Operation} [op]
 */

/** @param {any} doc @param {any} node */
function deref(doc, node) {
  let at = node;
  for (let hops = 0; at && typeof at.$ref === 'string' && at.$ref.startsWith('#/') && hops < 20; hops++) {
    at = at.$ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((/** @type {any} */ parent, /** @type {string} */ key) => parent?.[key], doc);
  }
  return at;
}

/** The spec's operations in document order. @param {any} doc @returns {Operation[]} */
function operationsOf(doc) {
  /** @type {Operation[]} */
  const operations = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = deref(doc, rawItem);
    for (const key of Object.keys(item)) {
      if (!METHODS.includes(key)) continue;
      const op = item[key];
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(doc, p));
      operations.push({ index: operations.length, method: key.toUpperCase(), path, operationId: op.operationId, parameters });
    }
  }
  return operations;
}

/** A value the parameter's schema accepts, as text. @param {any} doc @param {any} parameter @returns {string} */
function sampleValue(doc, parameter) {
  const schema = deref(doc, parameter.schema ?? {});
  const example = parameter.example ?? Object.values(parameter.examples ?? {}).map((e) => deref(doc, e)?.value)[0] ?? schema.example ?? schema.enum?.[0] ?? schema.default;
  if (example !== undefined && typeof example !== 'object') return String(example);
  const type = Array.isArray(schema.type) ? schema.type.find((/** @type {string} */ t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') return String(Math.max(1, schema.minimum ?? 1));
  if (type === 'boolean') return 'true';
  if (schema.format === 'uuid') return '497f6eca-6276-4993-bfeb-53cbbbba6f08';
  return 'octocat';
}

/** The operation's path with its parameters filled, and its required query. @param {any} doc @param {Operation} op @param {string} basePath */
function targetOf(doc, op, basePath) {
  const byName = new Map(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(byName.has(name) ? sampleValue(doc, byName.get(name)) : 'octocat'));
  const query = op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(sampleValue(doc, p))}`);
  return `${basePath}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** Literal segments as they are, parameters as `{}`: two paths of one shape take the same walk. @param {string} path */
const shapeOf = (path) => path.replace(/\{[^}]+\}/g, '{}').split('/').map((segment) => (segment.includes('{}') ? segment.replace(/[^{}]+/g, '') || '{}' : 'L')).join('/');

/** How many segments a path has (the root none); one trailing slash does not count, as the router drops it. @param {string} target */
function segmentsOf(target) {
  const path = target.split('?')[0] ?? '';
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' || trimmed === '' ? 0 : trimmed.split('/').length - 1;
}

/** The route table's size, as the spec's paths make it: nodes (distinct prefixes, parameters alike) and depth. @param {string[]} paths */
function routeTableOf(paths) {
  const nodes = new Set();
  let depth = 0;
  for (const path of paths) {
    const segments = path.split('/').slice(1).map((segment) => segment.replace(/\{[^}]+\}/g, '{}'));
    depth = Math.max(depth, segments.length);
    for (let i = 1; i <= segments.length; i++) nodes.add(segments.slice(0, i).join('/'));
  }
  return { nodes: nodes.size, depth };
}

/** The status a handler answers for the operation: its first documented 2xx. @param {any} doc @param {string} operationId */
function documentedStatus(doc, operationId) {
  for (const item of Object.values(doc.paths ?? {})) {
    for (const key of METHODS) {
      const op = deref(doc, item)?.[key];
      if (op?.operationId !== operationId) continue;
      const codes = Object.keys(op.responses ?? {});
      const success = codes.find((code) => /^2\d\d$/.test(code)) ?? codes.find((code) => /^2XX$/i.test(code));
      return success === undefined ? 200 : /^2XX$/i.test(success) ? 200 : Number(success);
    }
  }
  return 200;
}

/** Every scope the spec's security schemes name, so that `authenticate` grants all of them. @param {any} doc */
function allScopes(doc) {
  /** @type {Set<string>} */
  const scopes = new Set();
  for (const scheme of Object.values(doc.components?.securitySchemes ?? {})) {
    const resolved = deref(doc, scheme);
    for (const flow of Object.values(resolved.flows ?? {})) for (const scope of Object.keys(/** @type {any} */ (flow).scopes ?? {})) scopes.add(scope);
    for (const scope of Object.keys(resolved['x-specforge-scopes'] ?? {})) scopes.add(scope);
  }
  return [...scopes];
}

/**
 * The handler name of every operation, read from the generated server module (`"reposGet": { endpoint:
 * endpoints["repos/get"], …`): the names are the name planner's, which this bench does not guess.
 * @param {string} dir @returns {Map<string, string>} operationId → name
 */
function handlerNames(dir) {
  const source = readFileSync(join(dir, 'server.js'), 'utf8');
  return new Map([...source.matchAll(/^ {4}"([^"]+)": \{\n {6}endpoint: endpoints\["((?:[^"\\]|\\.)*)"\]/gm)].map((m) => [JSON.parse(`"${m[2]}"`), /** @type {string} */ (m[1])]));
}

/**
 * The server core's work for one request: what `createNodeListener` hands it for a GET, with Node-style headers.
 * @param {string} target
 */
function incomingFor(target) {
  return {
    method: 'GET',
    target,
    headers: { host: 'api.github.com', accept: 'application/vnd.github+json', 'user-agent': 'specforge-bench', authorization: 'Bearer bench' },
    // No GET timed here has a body; both forms of the core's body reader are served (see answerOf).
    /** @param {number} _limit @param {((error: unknown, body: undefined) => void)} [done] */
    readBody(_limit, done) {
      if (done) done(undefined, undefined);
      else return Promise.resolve(undefined);
    },
    webRequest() {
      throw new Error('the bench makes no web Request');
    },
  };
}

/** @param {number} ns */
const formatNs = (ns) => (Number.isNaN(ns) ? 'n/a' : `${ns.toFixed(0)} ns`);

async function main() {
  const opts = parseOptions(process.argv.slice(2), { rounds: 7, ms: 300, spec: '', package: '', keep: false }, USAGE);
  if (!existsSync(CLI)) {
    process.stderr.write(`${CLI} is missing: run \`npm run build\` first\n`);
    process.exit(1);
  }
  const spec = opts.spec ? resolve(opts.spec) : join(fetchPackage(OCTOKIT_OPENAPI.name, OCTOKIT_OPENAPI.version), 'generated', 'api.github.com.json');
  const text = readFileSync(spec, 'utf8');
  const doc = spec.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  const operations = operationsOf(doc);
  const basePath = new URL(doc.servers?.[0]?.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
  const table = routeTableOf(Object.keys(doc.paths ?? {}));

  /** @type {string | undefined} */
  let scratch;
  process.on('SIGINT', () => {
    killRunning();
    if (scratch && !opts.keep) rmSync(scratch, { recursive: true, force: true });
    process.stderr.write('\ninterrupted\n');
    process.exit(130);
  });

  const cpu = cpus();
  process.stdout.write(
    `route bench: ${relative(process.cwd(), spec) || spec}: ${operations.length} operations, ${Object.keys(doc.paths ?? {}).length} paths; ` +
      `route table ${table.nodes} nodes, at most ${table.depth} segments deep; base path "${basePath}"\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${describeBuild(ROOT_DIR)}\n` +
      `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}${(loadavg()[0] ?? 0) > 0.5 ? ' (other work is running: figures will be noisy)' : ''}\n`,
  );

  let dir = opts.package ? resolve(opts.package) : '';
  if (!dir) {
    scratch = mkdtempSync(join(tmpdir(), 'specforge-route-'));
    dir = join(scratch, 'pkg');
    const run = await runMeasured(process.execPath, [CLI, 'generate', spec, '--out', dir], { cwd: ROOT_DIR, timeoutMs: 300_000 });
    process.stdout.write(`generated the package in ${(run.wallMs / 1000).toFixed(1)} s, peak RSS ${formatMiB(run.maxRssKiB)}${opts.keep ? `, kept in ${dir}` : ''}\n`);
    if (run.code !== 0) {
      process.stdout.write(`specforge generate ${run.signal ? `was killed by ${run.signal}` : `exited ${run.code}`}${run.timedOut ? ' (timed out)' : ''}:\n  ${run.stderr.trim().split('\n').slice(-8).join('\n  ')}\n`);
      cleanUp();
      process.exit(1);
    }
  }

  /** Removes the generated package unless --keep or --package. */
  function cleanUp() {
    if (scratch && !opts.keep) rmSync(scratch, { recursive: true, force: true });
  }

  const started = performance.now();
  const pkg = await import(pathToFileURL(join(dir, 'index.js')).href);
  const imported = performance.now() - started;
  const names = handlerNames(dir);
  if (names.size !== Object.keys(pkg.endpoints).length || names.size !== operations.length) {
    process.stdout.write(`read ${names.size} handler names from ${join(dir, 'server.js')}, for ${Object.keys(pkg.endpoints).length} endpoints and ${operations.length} operations in the spec: the server module's layout changed\n`);
    cleanUp();
    process.exit(1);
  }
  /** @type {Record<string, () => Promise<{ status: number, body?: unknown }>>} */
  const handlers = {};
  for (const [operationId, name] of names) {
    const status = documentedStatus(doc, operationId);
    const answer = status === 204 || status === 304 ? { status } : { status, body: {} };
    handlers[name] = async () => answer;
  }
  const scopes = allScopes(doc);
  const handler = pkg.createHandler(handlers, { authenticate: () => ({ scopes, principal: 'bench' }) });
  const core = handler[SERVER_CORE];
  if (typeof core !== 'function') {
    process.stdout.write('createHandler gave no server core: this package predates createNodeListener\'s fast path\n');
    cleanUp();
    process.exit(1);
  }
  process.stdout.write(`imported in ${imported.toFixed(0)} ms; createHandler with ${names.size} handlers, validateResponses off; timed through the server core, ${opts.rounds} rounds × ${opts.ms} ms per case\n\n`);

  /**
   * The core's answer to one request. The core takes a callback, `core(incoming, respond)`; in packages made before
   * 3704f20 it returned a promise. Either way the timed loop awaits one promise per request.
   * @type {(incoming: ReturnType<typeof incomingFor>) => Promise<{ status: number, body: unknown }>}
   */
  const answerOf = core.length >= 2 ? (incoming) => new Promise((resolve) => core(incoming, resolve)) : (incoming) => core(incoming);
  /** @param {string} target */
  const statusOf = async (target) => (await answerOf(incomingFor(target))).status;
  const gets = operations.filter((op) => op.method === 'GET');
  if (gets.length === 0) {
    process.stdout.write('the spec has no GET operation to time\n');
    cleanUp();
    process.exit(1);
  }

  /** @type {string[]} */
  const notes = [];
  /**
   * The first of `candidates` that reaches its handler; the ones that do not are noted.
   * @param {string} label @param {Operation[]} candidates
   * @returns {Promise<Case | undefined>}
   */
  const firstServed = async (label, candidates) => {
    for (const op of candidates.slice(0, TRIES)) {
      const target = targetOf(doc, op, basePath);
      const name = /** @type {string} */ (names.get(op.operationId));
      const expected = documentedStatus(doc, op.operationId);
      const status = await statusOf(target);
      if (status === expected) {
        return { label, what: `GET ${op.path} (${name}, #${op.index + 1} of ${operations.length})`, target, expected, segments: segmentsOf(op.path), ns: [], op };
      }
      const answer = await answerOf(incomingFor(target));
      const body = typeof answer.body === 'string' ? answer.body : '';
      notes.push(`${label}: GET ${target} (${name}, #${op.index + 1}) answered ${status}, not its handler's ${expected}, so it is not timed: ${body.slice(0, 160)}`);
    }
    return undefined;
  };

  const last = await firstServed('last', [...gets].reverse());
  const middleAt = gets.findIndex((op) => op.index >= Math.floor(operations.length / 2));
  const lastOp = last?.op;
  const sameShape = lastOp ? gets.filter((op) => op !== lastOp && shapeOf(op.path) === shapeOf(lastOp.path)) : [];
  const deepest = Object.keys(doc.paths ?? {}).reduce((a, b) => (segmentsOf(b) > segmentsOf(a) ? b : a), '/');
  const deepMiss = `${deepest.replace(/\{[^}]+\}/g, 'octocat')}/no-such-segment`;
  /** @type {(Case | undefined)[]} */
  const candidates = [
    await firstServed('first', gets),
    await firstServed('middle', gets.slice(Math.max(0, middleAt))),
    last,
    sameShape.length > 0 ? await firstServed('last\'s shape', sameShape) : undefined,
    { label: '404 shallow', what: 'a first segment no route has', target: `${basePath}/no-such-resource`, expected: 404, segments: 1, ns: [] },
    { label: '404 deep', what: `the deepest route, ${deepest}, and one more segment`, target: `${basePath}${deepMiss}`, expected: 404, segments: segmentsOf(deepMiss), ns: [] },
  ];
  const cases = /** @type {Case[]} */ (candidates.filter((c) => c !== undefined));
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
  for (const c of cases) {
    const status = await statusOf(c.target);
    if (status !== c.expected) {
      process.stdout.write(`${c.label}: GET ${c.target} answered ${status}, not ${c.expected}: the cases would not compare the same work\n`);
      cleanUp();
      process.exit(1);
    }
  }
  if (notes.length > 0) process.stdout.write('\n');

  /** Runs one case for `ms` milliseconds; ns per request. @param {Case} c @param {number} ms */
  const timeCase = async (c, ms) => {
    const incoming = incomingFor(c.target);
    const budget = BigInt(Math.round(ms * 1e6));
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    do {
      for (let i = 0; i < 128; i++) await answerOf(incoming);
      count += 128;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < budget);
    return Number(elapsed) / count;
  };

  const busyStart = machineBusySeconds();
  const cpuStart = process.cpuUsage();
  const timedFrom = performance.now();
  for (const c of cases) await timeCase(c, Math.min(200, opts.ms));
  for (let round = 1; round <= opts.rounds; round++) {
    const order = round % 2 === 1 ? cases : [...cases].reverse();
    const line = [];
    for (const c of order) {
      const ns = await timeCase(c, opts.ms);
      c.ns.push(ns);
      line.push(`${c.label} ${ns.toFixed(0)}`);
    }
    process.stdout.write(`  round ${round}: ${line.join(', ')} ns/request\n`);
  }

  process.stdout.write(`\n${'case'.padEnd(14)}${'median'.padStart(10)}${'req/s'.padStart(11)}${'spread'.padStart(16)}${'segments'.padStart(10)}   path\n`);
  /** @type {Record<string, number>} */
  const medians = {};
  for (const c of cases) {
    const m = median(c.ns);
    medians[c.label] = m;
    const spread = `${Math.min(...c.ns).toFixed(0)}–${Math.max(...c.ns).toFixed(0)}`;
    process.stdout.write(
      `${c.label.padEnd(14)}${formatNs(m).padStart(10)}${Math.round(1e9 / m).toLocaleString('en-US').padStart(11)}${spread.padStart(16)}${String(c.segments).padStart(10)}   ${c.what}: ${c.target}\n`,
    );
  }
  /** @param {string} a @param {string} b */
  const ratio = (a, b) => (medians[a] !== undefined && medians[b] !== undefined ? `${(/** @type {number} */ (medians[a]) / /** @type {number} */ (medians[b])).toFixed(2)}×` : 'n/a');
  process.stdout.write(
    `\nratio last / first            ${ratio('last', 'first')}   (target: about 1.0×; the two differ in path length and parameters too)\n` +
      `ratio last / last's shape     ${ratio('last', "last's shape")}   (same segments and parameters, far apart in the spec)\n` +
      `ratio middle / first          ${ratio('middle', 'first')}\n` +
      `ratio 404 deep / 404 shallow  ${ratio('404 deep', '404 shallow')}\n`,
  );

  const busyEnd = machineBusySeconds();
  if (busyStart !== null && busyEnd !== null) {
    const own = process.cpuUsage(cpuStart);
    const others = Math.max(0, busyEnd - busyStart - (own.user + own.system) / 1e6);
    const capacity = ((performance.now() - timedFrom) / 1000) * cpu.length;
    process.stdout.write(
      `\nCPU taken by other processes while timing: ${others.toFixed(1)} core-s, ${((100 * others) / capacity).toFixed(0)}% of the machine${others / capacity > 0.05 ? ' (shared machine: figures are noisy)' : ''}\n`,
    );
  }
  cleanUp();
}

main().catch((error) => {
  killRunning();
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
