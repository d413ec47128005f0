// @ts-check
/**
 * Server bench: the handler specforge generates, on `node:http`, against Fastify 5 serving the same route, with a
 * bare `node:http` answer as the ceiling (issue 13).
 *
 * The route is AgentMessage's `updateWebhook`, `PATCH /v1/webhooks/{id}` (specs/agentmessage.yaml), bearer auth with
 * the scope `webhooks:write`, a JSON `UpdateWebhookRequest` body, answered 200 with the documented `WebhookFromSeed`
 * body. Three servers, each a child process listening on 127.0.0.1 (bench/server/*.mjs):
 *   - specforge: generated/agentmessage's `createHandler` through its `createNodeListener`;
 *   - fastify:   Fastify 5, the route's `params` and `body` schemas from the spec validated by ajv (2020-12,
 *                ajv-formats, all errors), a bearer check in `onRequest`, the 422 envelope from its error handler;
 *   - bare:      `node:http` reading the request and answering the same 200 body, no checks (the ceiling).
 * The load is autocannon, run in this process (a second process to every server) over loopback: `valid` bodies are
 * the operation's three request examples, `invalid` ones three bodies that break one rule each (an http:// URL, no
 * events, `api_version`), each class cycled through by every connection. Before timing, each server must answer
 * every valid body 200 with the answer body, every invalid one 422 in the spec's error envelope (the bare server:
 * 200), and a request without a token or with another token 401; otherwise the bench exits 1.
 *
 * A round loads every server with each body class for --seconds, servers and classes in an order that rotates from
 * round to round, after one --warmup run of each. Latency is taken per response from autocannon's `response` event
 * (its own histogram keeps whole milliseconds). Prints the median requests/s and p99 per server and class over the
 * rounds, the ratios specforge / Fastify against the targets (requests/s ≥ 1.0, p99 ≤ 1.0) and each against the
 * ceiling, and how much CPU each server and the load generator took (2 cores: they share them). A bench reports: it
 * exits 0 whatever the ratios, 1 when a server could not start or failed the checks, or something crashed.
 *
 *   npm run build && node bench/server.mjs [--rounds 5] [--seconds 3] [--connections 10] [--json FILE]
 */
// @ts-ignore: autocannon ships no type declarations (it is `any` here)
import autocannonModule from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileSchema } from '../dist/generator/index.js';
import { ROOT_DIR } from './fetch-package.mjs';
import { describeBuild, machineBusySeconds, median, parseOptions } from './measure.mjs';
import { loadRoute } from './server/route.mjs';

/** autocannon has no type declarations. @type {any} */
const autocannon = autocannonModule;

const USAGE = `Usage: node bench/server.mjs [options]

Loads specforge's generated handler (node:http), Fastify 5 (ajv validation, bearer check) and a bare
node:http answer with AgentMessage's updateWebhook (PATCH /v1/webhooks/{id}), valid and invalid bodies,
from autocannon in this process, alternating servers and body classes round by round.

Options:
  --rounds N        rounds (default 5); each loads every server with each body class once
  --seconds S       length of one load run, in seconds (default 3; short runs, many rounds: on a shared
                    machine, neighbouring runs see the same other work)
  --connections C   autocannon connections (default 10)
  --rate R          hold the load at R requests/s in all (autocannon's overallRate) instead of as many as
                    the server answers: then CPU per request and latency compare at the same load (default 0,
                    no limit; the targets are about the unlimited load)
  --warmup S        one unrecorded run of each server and class before the rounds (default 2; 0 for none)
  --servers LIST    which servers, comma-separated: specforge,fastify,bare (default all three)
  --package DIR     the package the specforge server imports (default generated/agentmessage; another
                    build's output, say, generated with \`specforge generate specs/agentmessage.yaml --out DIR\`)
  --json FILE       also write the figures and every run as JSON
  --profile DIR     run the servers under node --cpu-prof (profiles in DIR/<server>/) and print where each
                    spent its time; profiling slows them, so such figures do not compare with others
`;

const SERVERS = /** @type {const} */ (['specforge', 'fastify', 'bare']);
const CLASSES = /** @type {const} */ (['valid', 'invalid']);
const TARGET_RPS = 1.0;
const TARGET_P99 = 1.0;
const START_TIMEOUT_MS = 30_000;
const CHECK_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 5_000;
const CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux this runs on

/** @typedef {(typeof SERVERS)[number]} ServerName */
/** @typedef {(typeof CLASSES)[number]} BodyClass */

/**
 * @typedef {object} Server
 * @property {ServerName} name
 * @property {import('node:child_process').ChildProcess} child
 * @property {number} pid
 * @property {number} port
 * @property {string} stderr
 * @property {boolean} exited
 */

/**
 * @typedef {object} Run
 * @property {number} round        0 for the warm-up
 * @property {ServerName} server
 * @property {BodyClass} bodies
 * @property {number} rps          responses per second over the run
 * @property {number} p50          latency percentiles, ms
 * @property {number} p99
 * @property {number} p999
 * @property {number} max
 * @property {number} responses
 * @property {Record<string, number>} statuses   responses by status code
 * @property {number} unexpected   responses with another status than the class's
 * @property {number} errors       connection errors and timeouts
 * @property {number | null} serverCpu  the server's CPU time over the run, as a share of one core
 * @property {number} loadCpu      this process's (autocannon's) CPU time over the run, as a share of one core
 * @property {number | null} cpuPerRequest  the server's CPU time per response, µs: less moved than requests/s by
 *                                 what else the machine runs
 */

/** Children alive now, stopped on every way out. @type {Set<Server>} */
const live = new Set();

/** Sends SIGKILL to every server still running (used when the bench exits without stopping them). */
function killAll() {
  for (const s of live) {
    try {
      process.kill(s.pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  live.clear();
}

/**
 * Stops one server by its pid: SIGTERM (it exits 0, writing its CPU profile if it has one), SIGKILL after a while.
 * @param {Server} server
 */
async function stopServer(server) {
  if (server.exited) {
    live.delete(server);
    return;
  }
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  try {
    process.kill(server.pid, 'SIGTERM');
  } catch {
    // gone already
  }
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve('late'), STOP_TIMEOUT_MS);
  });
  if ((await Promise.race([gone, late])) === 'late') {
    try {
      process.kill(server.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await gone;
  }
  clearTimeout(timer);
  live.delete(server);
}

/**
 * Starts `node bench/server/<name>.mjs ROUTE_FILE` and waits for the port it prints.
 * @param {ServerName} name
 * @param {string} routeFile
 * @param {number} maxSeconds   the server exits by itself after this long
 * @param {string} profileDir   '' for no profile
 * @returns {Promise<Server>}
 */
function startServer(name, routeFile, maxSeconds, profileDir) {
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', join(profileDir, name)] : [];
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT_DIR, 'bench/server', `${name}.mjs`), routeFile, '--max-seconds', String(maxSeconds)], {
    cwd: ROOT_DIR,
    // stdin stays open as long as this process lives: the server exits when it closes
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) return Promise.reject(new Error(`${name}: could not start node`));
  /** @type {Server} */
  const server = { name, child, pid: child.pid, port: 0, stderr: '', exited: false };
  live.add(server);
  child.stderr?.setEncoding('utf8').on('data', (d) => {
    if (server.stderr.length < 64 * 1024) server.stderr += d;
  });
  child.stdin?.on('error', () => {});
  return new Promise((resolvePromise, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`${name}: no port printed within ${START_TIMEOUT_MS / 1000} s${tail(server.stderr)}`)), START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      const m = /^listening (\d+)$/m.exec(stdout);
      if (m && server.port === 0) {
        server.port = Number(m[1]);
        clearTimeout(timer);
        resolvePromise(server);
      }
    });
    child.on('exit', (code, signal) => {
      server.exited = true;
      live.delete(server);
      if (server.port === 0) {
        clearTimeout(timer);
        reject(new Error(`${name}: exited (${signal ?? `exit ${code}`}) before listening${tail(server.stderr)}`));
      }
    });
  });
}

/** @param {string} text */
function tail(text) {
  const lines = text.trim().split('\n').filter(Boolean).slice(-8);
  return lines.length ? `:\n    ${lines.join('\n    ')}` : '';
}

/**
 * CPU time (user + system) of a process so far, in seconds, from /proc/<pid>/stat; null where there is none.
 * @param {number} pid
 * @returns {number | null}
 */
function processCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the fields after the command name, which is in parentheses and may hold spaces
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * One request to a server, for the checks before timing.
 * @param {Server} server
 * @param {import('./server/route.mjs').Route} route
 * @param {unknown} body
 * @param {string | undefined} authorization
 * @returns {Promise<{ status: number, body: unknown, text: string }>}
 */
async function request(server, route, body, authorization) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(`http://127.0.0.1:${server.port}${route.path}`, {
    method: route.method,
    headers,
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
  });
  const text = await response.text();
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

/**
 * What a server must answer before it is timed; the list of what it did not.
 * @param {Server} server
 * @param {import('./server/route.mjs').Route} route
 * @param {(value: unknown) => { ok: boolean }} isErrorEnvelope
 * @returns {Promise<string[]>}
 */
async function check(server, route, isErrorEnvelope) {
  const problems = [];
  const bearer = `Bearer ${route.token}`;
  const bare = server.name === 'bare';
  const show = (/** @type {unknown} */ body) => JSON.stringify(body).slice(0, 100);
  const got = (/** @type {{ status: number, text: string }} */ r) => `${r.status} ${r.text.slice(0, 160)}`;
  for (const body of route.validBodies) {
    const r = await request(server, route, body, bearer);
    if (r.status !== 200 || !isDeepStrictEqual(r.body, route.answerBody)) problems.push(`valid body ${show(body)}: expected 200 with the answer body, got ${got(r)}`);
  }
  const invalid = route.errors.invalidRequest;
  for (const body of route.invalidBodies) {
    const r = await request(server, route, body, bearer);
    if (bare) {
      if (r.status !== 200) problems.push(`invalid body ${show(body)}: the ceiling checks nothing, expected 200, got ${got(r)}`);
    } else if (
      r.status !== invalid?.status ||
      !isErrorEnvelope(r.body).ok ||
      /** @type {any} */ (r.body)?.error?.code !== /** @type {any} */ (invalid?.body)?.error?.code
    ) {
      problems.push(`invalid body ${show(body)}: expected ${invalid?.status} in the spec's error envelope, got ${got(r)}`);
    }
  }
  if (!bare) {
    const unauthenticated = route.errors.unauthenticated;
    for (const [what, authorization] of /** @type {const} */ ([
      ['no token', undefined],
      ['another token', 'Bearer am_live_not_the_token'],
    ])) {
      const r = await request(server, route, route.validBodies[0], authorization);
      if (r.status !== unauthenticated?.status || !isErrorEnvelope(r.body).ok) {
        problems.push(`${what}: expected ${unauthenticated?.status} in the spec's error envelope, got ${got(r)}`);
      }
    }
  }
  return problems;
}

/**
 * Percentile of sorted values (nearest rank).
 * @param {Float64Array} sorted
 * @param {number} p  0 to 100
 */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]);
}

/**
 * One load run: autocannon against one server with one class of bodies.
 * @param {Server} server
 * @param {import('./server/route.mjs').Route} route
 * @param {BodyClass} bodyClass
 * @param {{ seconds: number, connections: number, rate: number, round: number }} how
 * @returns {Promise<Run>}
 */
async function loadRun(server, route, bodyClass, how) {
  const bodies = bodyClass === 'valid' ? route.validBodies : route.invalidBodies;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${route.token}` };
  const expected = bodyClass === 'valid' || server.name === 'bare' ? 200 : (route.errors.invalidRequest?.status ?? 422);
  /** @type {number[]} */
  const latencies = [];
  const cpuBefore = processCpuSeconds(server.pid);
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const result = await new Promise((resolvePromise, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${server.port}`,
        connections: how.connections,
        ...(how.rate > 0 ? { overallRate: how.rate } : {}),
        pipelining: 1,
        duration: how.seconds,
        timeout: 10,
        requests: bodies.map((body) => ({ method: /** @type {any} */ (route.method), path: route.path, headers, body: JSON.stringify(body) })),
      },
      (/** @type {Error | null} */ error, /** @type {any} */ res) => (error ? reject(error) : resolvePromise(res)),
    );
    instance.on('response', (/** @type {unknown} */ _client, /** @type {number} */ _status, /** @type {number} */ _bytes, /** @type {number} */ ms) => {
      latencies.push(ms);
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = processCpuSeconds(server.pid);
  const own = process.cpuUsage(ownBefore);
  const sorted = Float64Array.from(latencies).sort();
  /** @type {Record<string, number>} */
  const statuses = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = /** @type {any} */ (stats).count;
  const responses = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    round: how.round,
    server: server.name,
    bodies: bodyClass,
    rps: responses / (Number(result.duration) || elapsed),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.length ? /** @type {number} */ (sorted[sorted.length - 1]) : NaN,
    responses,
    statuses,
    unexpected: responses - (statuses[String(expected)] ?? 0),
    errors: Number(result.errors ?? 0) + Number(result.timeouts ?? 0),
    serverCpu: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / elapsed : null,
    loadCpu: (own.user + own.system) / 1e6 / elapsed,
    cpuPerRequest: cpuBefore !== null && cpuAfter !== null && responses > 0 ? ((cpuAfter - cpuBefore) * 1e6) / responses : null,
  };
}

/**
 * Self time by function and by file of a V8 CPU profile (`node --cpu-prof`), idle time left out.
 * @param {string} file
 * @returns {{ totalMs: number, functions: { name: string, ms: number }[], files: { name: string, ms: number }[] }}
 */
function summarizeProfile(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const selfUs = new Map();
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byFile = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)?.callFrame ?? {};
    if (frame.functionName === '(idle)') continue;
    total += us;
    const url = String(frame.url ?? '')
      .replace(`file://${ROOT_DIR}/`, '')
      .replace(/^.*\/node_modules\//, 'node_modules/');
    const where = url ? `${url}:${Number(frame.lineNumber) + 1}` : '';
    const fn = `${frame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const fileKey = url ? url.replace(/^(node_modules\/(?:@[^/]+\/)?[^/]+)\/.*$/, '$1') : frame.functionName || '(native)';
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + us);
  }
  const top = (/** @type {Map<string, number>} */ m, /** @type {number} */ n) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000 }));
  return { totalMs: total / 1000, functions: top(byFunction, 25), files: top(byFile, 15) };
}

/** @param {number} n */
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en') : 'n/a');
/** @param {number} ms */
const msText = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(2)} ms` : 'n/a');
/** @param {number | null} share */
const pct = (share) => (share === null || !Number.isFinite(share) ? 'n/a' : `${Math.round(share * 100)}%`);
/** @param {number} r */
const times = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');

/** @param {string} name */
function versionOf(name) {
  try {
    return JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function main() {
  const opts = parseOptions(
    process.argv.slice(2),
    { rounds: 5, seconds: 3, connections: 10, rate: 0, warmup: 2, servers: SERVERS.join(','), package: 'generated/agentmessage', json: '', profile: '' },
    USAGE,
  );
  const rounds = Math.max(1, Math.floor(opts.rounds));
  const seconds = Math.max(1, Math.floor(opts.seconds));
  const connections = Math.max(1, Math.floor(opts.connections));
  const warmup = Math.floor(opts.warmup);
  const rate = Math.floor(opts.rate);
  const names = opts.servers.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(/** @type {readonly string[]} */ (SERVERS)).includes(n));
  if (unknown.length > 0 || names.length === 0) {
    process.stderr.write(`--servers: unknown ${unknown.join(', ') || '(none given)'}; choose from ${SERVERS.join(', ')}\n\n${USAGE}`);
    process.exit(2);
  }
  const chosen = SERVERS.filter((s) => names.includes(s));
  if (!existsSync(join(ROOT_DIR, 'dist/generator/index.js'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first\n');
    process.exit(1);
  }

  const work = mkdtempSync(join(tmpdir(), 'bench-server-'));
  const cleanUp = () => {
    killAll();
    rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', cleanUp);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      process.stderr.write('\ninterrupted\n');
      process.exit(130); // the exit handler stops the servers
    });
  }
  process.stdout.on('error', () => process.exit(1));

  const route = await loadRoute();
  const routeFile = join(work, 'route.json');
  const packageDir = resolve(opts.package);
  writeFileSync(routeFile, JSON.stringify({ ...route, package: packageDir }));
  const isErrorEnvelope = compileSchema(/** @type {any} */ (route.errorSchema), { dialect: '2020-12', formats: 'assert' }).validate;

  const runsPlanned = chosen.length * CLASSES.length * (rounds + (warmup > 0 ? 1 : 0));
  const plannedSeconds = chosen.length * CLASSES.length * (rounds * seconds + warmup);
  // each server's own bound: the whole plan, with room for start-up, checks and a slow machine
  const maxSeconds = Math.ceil(plannedSeconds * 2 + 120);
  const cpu = cpus();
  const buildAtStart = describeBuild(ROOT_DIR);
  process.stdout.write(
    `server bench: ${route.method} ${route.template} (${route.operation}, specs/agentmessage.yaml), bearer with ${route.scope}\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n` +
      `${buildAtStart}; package ${relative(ROOT_DIR, packageDir) || packageDir}; fastify ${versionOf('fastify')}, ajv ${versionOf('ajv')}, autocannon ${versionOf('autocannon')}\n` +
      `${chosen.join(' / ')}; ${rounds} round(s) of ${seconds} s per server and body class, ${connections} connections${rate > 0 ? `, held at ${rate} requests/s` : ''}, ` +
      `warm-up ${warmup} s; ${runsPlanned} runs, about ${Math.ceil(plannedSeconds / 60)} min\n` +
      `bodies: valid ${route.validBodies.map((b) => JSON.stringify(b)).join(' ')}\n` +
      `        invalid ${route.invalidBodies.map((b) => JSON.stringify(b)).join(' ')}\n` +
      `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      `${(loadavg()[0] ?? 0) > 0.5 ? ' (other work is running: figures will be noisy)' : ''}\n` +
      (opts.profile ? `profiling the servers into ${opts.profile}: figures are slowed by the profiler\n` : '') +
      '\n',
  );

  /** @type {Server[]} */
  const servers = [];
  try {
    for (const name of chosen) servers.push(await startServer(name, routeFile, maxSeconds, opts.profile));
  } catch (error) {
    process.stdout.write(`${/** @type {Error} */ (error).message}\n`);
    return 1;
  }
  let failed = false;
  for (const server of servers) {
    const problems = await check(server, route, isErrorEnvelope).catch((error) => [`request failed: ${error.message}`]);
    process.stdout.write(`check ${server.name.padEnd(10)} port ${server.port}  ${problems.length === 0 ? 'ok' : 'FAILED'}\n`);
    for (const p of problems) process.stdout.write(`    ${p}\n`);
    if (problems.length > 0) failed = true;
  }
  if (failed) {
    process.stdout.write('\na server does not answer as the contract says: nothing timed\n');
    for (const s of servers) await stopServer(s);
    return 1;
  }
  process.stdout.write('\n');

  const busyStart = machineBusySeconds();
  const ownStart = process.cpuUsage();
  const cpuStart = new Map(servers.map((s) => [s.name, processCpuSeconds(s.pid)]));
  const benchStarted = performance.now();
  /** @type {Run[]} */
  const runs = [];
  const line = (/** @type {Run} */ r) => {
    const label = r.round === 0 ? 'warm-up' : `round ${r.round}`;
    const odd = r.unexpected > 0 || r.errors > 0 ? `  UNEXPECTED: ${JSON.stringify(r.statuses)}, ${r.errors} errors/timeouts` : '';
    process.stdout.write(
      `  ${label.padEnd(8)} ${r.bodies.padEnd(8)} ${r.server.padEnd(10)} ${int(r.rps).padStart(8)} req/s  p50 ${msText(r.p50).padStart(8)}  p99 ${msText(r.p99).padStart(8)}` +
        `  cpu: server ${pct(r.serverCpu).padStart(4)} (${r.cpuPerRequest === null ? 'n/a' : `${r.cpuPerRequest.toFixed(0)} µs/req`}), load ${pct(r.loadCpu).padStart(4)}${odd}\n`,
    );
  };
  for (let round = warmup > 0 ? 0 : 1; round <= rounds; round++) {
    // rotate which server goes first, and which class, so that neither position favours one side
    const shift = Math.max(0, round - 1) % servers.length;
    const order = [...servers.slice(shift), ...servers.slice(0, shift)];
    const classes = round % 2 === 0 ? [...CLASSES].reverse() : CLASSES;
    for (const bodyClass of classes) {
      for (const server of order) {
        if (server.exited) throw new Error(`${server.name} exited during the run${tail(server.stderr)}`);
        const r = await loadRun(server, route, bodyClass, { seconds: round === 0 ? warmup : seconds, connections, rate, round });
        line(r);
        if (round > 0) runs.push(r);
      }
    }
  }
  const benchSeconds = (performance.now() - benchStarted) / 1000;
  const busyEnd = machineBusySeconds();
  const own = process.cpuUsage(ownStart);
  let serversCpu = 0;
  let serversCpuKnown = true;
  for (const s of servers) {
    const before = cpuStart.get(s.name);
    const after = processCpuSeconds(s.pid);
    if (before === null || before === undefined || after === null) serversCpuKnown = false;
    else serversCpu += after - before;
  }

  /** @type {Record<string, Record<string, { rps: number, p99: number, p50: number, cpuPerRequest: number, rounds: number, unexpected: number, errors: number }>>} */
  const summary = {};
  for (const s of servers) {
    summary[s.name] = {};
    for (const c of CLASSES) {
      const mine = runs.filter((r) => r.server === s.name && r.bodies === c);
      /** @type {any} */ (summary[s.name])[c] = {
        rps: median(mine.map((r) => r.rps)),
        p99: median(mine.map((r) => r.p99)),
        p50: median(mine.map((r) => r.p50)),
        cpuPerRequest: median(mine.flatMap((r) => (r.cpuPerRequest === null ? [] : [r.cpuPerRequest]))),
        rounds: mine.length,
        unexpected: mine.reduce((a, r) => a + r.unexpected, 0),
        errors: mine.reduce((a, r) => a + r.errors, 0),
      };
    }
  }

  const col = 28;
  const head = (/** @type {string} */ s) => s.padStart(col);
  process.stdout.write(`\n${`median of ${rounds} round(s)`.padEnd(26)}${head('valid bodies')}${head('invalid bodies')}\n`);
  const labels = { specforge: 'specforge handler', fastify: 'Fastify 5 + ajv', bare: 'bare node:http (ceiling)' };
  for (const s of servers) {
    const cells = CLASSES.map((c) => {
      const f = summary[s.name]?.[c];
      return head(f ? `${int(f.rps)} req/s, p99 ${msText(f.p99)}` : 'n/a');
    });
    process.stdout.write(`${labels[s.name].padEnd(26)}${cells.join('')}\n`);
  }
  /** @type {Record<string, Record<string, { rps: number, p99: number, roundsRps: number[], roundsP99: number[] }>>} */
  const ratios = {};
  const pairs = /** @type {[ServerName, ServerName][]} */ ([
    ['specforge', 'fastify'],
    ['specforge', 'bare'],
    ['fastify', 'bare'],
  ]).filter(([a, b]) => summary[a] && summary[b]);
  for (const [a, b] of pairs) {
    const key = `${a}/${b}`;
    ratios[key] = {};
    const cells = CLASSES.map((c) => {
      const fa = /** @type {any} */ (summary[a])[c];
      const fb = /** @type {any} */ (summary[b])[c];
      // the same pair within each round too: its spread says how much the ratio moves with the machine
      const byRound = (/** @type {'rps' | 'p99'} */ what) =>
        runs
          .filter((r) => r.server === a && r.bodies === c)
          .map((ra) => {
            const rb = runs.find((r) => r.server === b && r.bodies === c && r.round === ra.round);
            return rb ? ra[what] / rb[what] : NaN;
          });
      const entry = { rps: fa.rps / fb.rps, p99: fa.p99 / fb.p99, roundsRps: byRound('rps'), roundsP99: byRound('p99') };
      /** @type {any} */ (ratios[key])[c] = entry;
      return head(`rps ${times(entry.rps)}, p99 ${times(entry.p99)}`);
    });
    process.stdout.write(`${`ratio ${a} / ${b}`.padEnd(26)}${cells.join('')}\n`);
  }
  const sf = ratios['specforge/fastify'];
  if (sf) {
    if (rate > 0) {
      process.stdout.write(`(no targets: the load was held at ${rate} requests/s, so requests/s say only that each server kept up)\n`);
    } else {
      process.stdout.write(`${'target'.padEnd(26)}${CLASSES.map(() => head(`rps ≥ ${TARGET_RPS.toFixed(1)}×, p99 ≤ ${TARGET_P99.toFixed(1)}×`)).join('')}\n`);
      const verdict = CLASSES.map((c) => {
        const r = /** @type {any} */ (sf)[c];
        return head(`${r.rps >= TARGET_RPS ? 'met' : 'UNDER'}, ${r.p99 <= TARGET_P99 ? 'met' : 'OVER'}`);
      });
      process.stdout.write(`${''.padEnd(26)}${verdict.join('')}\n`);
    }
    for (const c of CLASSES) {
      const r = /** @type {any} */ (sf)[c];
      const spread = (/** @type {number[]} */ xs) => `${times(median(xs))} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
      process.stdout.write(`  specforge / fastify within each round, ${c} bodies: median rps ${spread(r.roundsRps)}, p99 ${spread(r.roundsP99)}\n`);
    }
  }
  // CPU per request: what each server costs, whatever share of the cores it was given
  process.stdout.write(`\n${'server CPU per request'.padEnd(26)}${CLASSES.map((c) => head(`${c} bodies`)).join('')}\n`);
  for (const s of servers) {
    process.stdout.write(`${labels[s.name].padEnd(26)}${CLASSES.map((c) => head(`${(summary[s.name]?.[c]?.cpuPerRequest ?? NaN).toFixed(1)} µs`)).join('')}\n`);
  }
  if (summary.specforge && summary.fastify) {
    const cells = CLASSES.map((c) => head(times(/** @type {any} */ (summary.specforge)[c].cpuPerRequest / /** @type {any} */ (summary.fastify)[c].cpuPerRequest)));
    process.stdout.write(`${'ratio specforge / fastify'.padEnd(26)}${cells.join('')}\n`);
  }
  const odd = runs.filter((r) => r.unexpected > 0 || r.errors > 0);
  if (odd.length > 0) process.stdout.write(`\n${odd.length} run(s) had unexpected statuses or errors (marked above)\n`);

  process.stdout.write(
    `\nCPU over the timed runs (${benchSeconds.toFixed(0)} s, ${cpu.length} cores): load generator (this process) ${((own.user + own.system) / 1e6).toFixed(1)} core-s` +
      (serversCpuKnown ? `, servers ${serversCpu.toFixed(1)} core-s` : ''),
  );
  if (busyStart !== null && busyEnd !== null && serversCpuKnown) {
    const others = Math.max(0, busyEnd - busyStart - serversCpu - (own.user + own.system) / 1e6);
    const capacity = benchSeconds * cpu.length;
    process.stdout.write(
      `, other processes ${others.toFixed(1)} core-s, ${((100 * others) / capacity).toFixed(0)}% of the machine` +
        `${others / capacity > 0.05 ? ' (shared machine: figures are noisy)' : ''}`,
    );
  }
  process.stdout.write('\n');
  const buildNow = describeBuild(ROOT_DIR);
  if (buildNow !== buildAtStart) process.stdout.write(`WARNING: specforge changed during the run (now ${buildNow}): the figures mix builds\n`);
  process.stdout.write(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);

  for (const s of servers) await stopServer(s);

  /** @type {Record<string, ReturnType<typeof summarizeProfile>>} */
  const profiles = {};
  if (opts.profile) {
    for (const s of servers) {
      const dir = join(opts.profile, s.name);
      const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort() : [];
      const last = files[files.length - 1];
      if (!last) {
        process.stdout.write(`\n${s.name}: no profile written in ${dir}\n`);
        continue;
      }
      const p = summarizeProfile(join(dir, last));
      profiles[s.name] = p;
      process.stdout.write(`\n${s.name}: ${join(dir, last)}, ${(p.totalMs / 1000).toFixed(1)} s of CPU samples (idle left out); self time by file:\n`);
      for (const f of p.files) process.stdout.write(`  ${((100 * f.ms) / p.totalMs).toFixed(1).padStart(5)}%  ${f.name}\n`);
      process.stdout.write('  by function:\n');
      for (const f of p.functions) process.stdout.write(`  ${((100 * f.ms) / p.totalMs).toFixed(1).padStart(5)}%  ${f.name}\n`);
    }
  }

  if (opts.json) {
    writeFileSync(
      opts.json,
      `${JSON.stringify(
        {
          route: { method: route.method, path: route.template, operation: route.operation, validBodies: route.validBodies, invalidBodies: route.invalidBodies },
          date: new Date().toISOString(),
          build: buildAtStart,
          node: process.version,
          cpus: cpu.length,
          versions: { fastify: versionOf('fastify'), ajv: versionOf('ajv'), autocannon: versionOf('autocannon') },
          options: { rounds, seconds, connections, rate, warmup, servers: chosen, package: packageDir, profile: opts.profile || null },
          summary,
          ratios,
          runs,
          profiles: opts.profile ? profiles : undefined,
        },
        null,
        2,
      )}\n`,
    );
    process.stdout.write(`\nfigures written to ${opts.json}\n`);
  }
  return 0;
}

process.exitCode = await main().catch((error) => {
  process.stderr.write(`server bench crashed: ${error?.stack ?? error}\n`);
  return 1;
});
process.exit(process.exitCode);
