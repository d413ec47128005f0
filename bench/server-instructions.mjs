// @ts-check
/**
 * Server bench by instruction count: the same three servers as bench/server.mjs (bench/server/*.mjs: specforge's
 * generated handler on node:http, Fastify 5 + ajv, a bare node:http answer), each run under valgrind's callgrind,
 * which counts the instructions the server's main thread executes for a fixed number of requests. Unlike requests
 * per second, the count does not move with what else the machine runs: on a shared 2-core machine, throughput runs
 * of the same build differ by 10-30 % from one minute to the next, this count by about 3 % (the JIT's timing).
 *
 * Per round and server: start it under callgrind with counting off, send --warmup requests (the JIT settles),
 * switch counting on (`callgrind_control -i on`), send --requests requests, switch it off and dump. The figure is
 * the main thread's instructions per request (`--separate-threads=yes`: V8's compiler and GC helper threads are
 * left out, as is the kernel). Requests go over 4 keep-alive connections from this process, one class of body per
 * run: `valid` (answered 200) or `invalid` (422). Prints the median per server and class over the rounds and the
 * ratio specforge / Fastify (the target of issue 13 in instruction terms: at most 1.0×).
 *
 *   npm run build && node bench/server-instructions.mjs [--rounds 3] [--requests 5000] [--warmup 10000]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from './fetch-package.mjs';
import { describeBuild, median, parseOptions } from './measure.mjs';
import { loadRoute } from './server/route.mjs';

const USAGE = `Usage: node bench/server-instructions.mjs [options]

Counts the instructions each server's main thread executes per request (valgrind callgrind), for
specforge's generated handler, Fastify 5 + ajv and a bare node:http answer, on AgentMessage's
updateWebhook, valid and invalid bodies. Needs valgrind and callgrind_control on the PATH.

Options:
  --rounds N      rounds (default 3); each counts every server with each body class once
  --requests N    requests counted per run (default 5000)
  --warmup N      requests sent before counting starts (default 10000)
  --servers LIST  specforge,fastify,bare (default all three)
  --json FILE     also write the figures as JSON
`;

const SERVERS = ['specforge', 'fastify', 'bare'];
const CLASSES = /** @type {const} */ (['valid', 'invalid']);
const CONNECTIONS = 4;
const REQUEST_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 120_000;

/**
 * Sends `count` requests over CONNECTIONS keep-alive connections; the statuses seen, by status.
 * @param {number} port
 * @param {import('./server/route.mjs').Route} route
 * @param {'valid' | 'invalid'} bodyClass
 * @param {number} count
 */
async function load(port, route, bodyClass, count) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const bodies = (bodyClass === 'valid' ? route.validBodies : route.invalidBodies).map((body) => JSON.stringify(body));
  /** @type {Map<number, number>} */
  const statuses = new Map();
  const one = (/** @type {number} */ i) =>
    new Promise((resolve, reject) => {
      const body = bodies[i % bodies.length];
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: route.method,
          path: route.path,
          agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${route.token}`, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
          res.resume();
          res.on('end', () => resolve(undefined));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    });
  try {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, lane) => {
        for (let i = lane; i < count; i += CONNECTIONS) await one(i);
      }),
    );
  } finally {
    agent.destroy();
  }
  return statuses;
}

/**
 * One counted run of one server: its main thread's instructions per request.
 * @param {string} name
 * @param {string} routeFile
 * @param {import('./server/route.mjs').Route} route
 * @param {'valid' | 'invalid'} bodyClass
 * @param {{ requests: number, warmup: number }} sizes
 */
async function countRun(name, routeFile, route, bodyClass, sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'specforge-callgrind-'));
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--separate-threads=yes',
      '--instr-atstart=no',
      `--callgrind-out-file=${join(dir, 'callgrind.out')}`,
      process.execPath,
      join(ROOT_DIR, 'bench/server', `${name}.mjs`),
      routeFile,
      '--max-seconds',
      '900',
    ],
    { cwd: ROOT_DIR, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  child.stdin?.on('error', () => {});
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d) => {
    if (stderr.length < 64 * 1024) stderr += d;
  });
  try {
    const port = await new Promise((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => reject(new Error(`${name}: not listening within ${START_TIMEOUT_MS / 1000} s\n${stderr.slice(-2000)}`)), START_TIMEOUT_MS);
      child.stdout?.setEncoding('utf8').on('data', (d) => {
        stdout += d;
        const m = /^listening (\d+)$/m.exec(stdout);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name}: exited (${code}) before listening\n${stderr.slice(-2000)}`));
      });
    });
    await load(port, route, bodyClass, sizes.warmup);
    const control = (/** @type {string} */ flag) => {
      const result = spawnSync('callgrind_control', [flag, String(child.pid)], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`callgrind_control ${flag} failed: ${result.stderr || result.error}`);
    };
    control('--instr=on');
    const statuses = await load(port, route, bodyClass, sizes.requests);
    control('--instr=off');
    control('--dump');
    // The bare ceiling checks nothing and answers every body 200.
    const expected = bodyClass === 'valid' || name === 'bare' ? 200 : route.errors.invalidRequest.status;
    if (statuses.get(expected) !== sizes.requests) {
      throw new Error(`${name}: expected ${sizes.requests} answers ${expected}, got ${JSON.stringify(Object.fromEntries(statuses))}`);
    }
    // The dump of the main thread (thread 1); the other threads are V8's compiler and collector helpers.
    const main = readdirSync(dir).find((file) => /^callgrind\.out\.\d+-01$/.test(file));
    if (!main) throw new Error(`${name}: callgrind wrote no dump of the main thread (${readdirSync(dir).join(', ')})`);
    // The dump's `totals:` line; its `summary:` stays 0 when counting was switched on and off by hand.
    const totals = /^totals: (\d+)/m.exec(readFileSync(join(dir, main), 'utf8'));
    if (!totals) throw new Error(`${name}: no totals in ${main}`);
    return Number(totals[1]) / sizes.requests;
  } finally {
    child.stdin?.end();
    child.kill('SIGTERM');
    await new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(undefined);
      else child.on('exit', () => resolve(undefined));
    });
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2), { rounds: 3, requests: 5000, warmup: 10000, servers: SERVERS.join(','), json: '' }, USAGE);
  const chosen = String(opts.servers).split(',').filter((name) => SERVERS.includes(name));
  if (chosen.length === 0) {
    process.stderr.write(`--servers: choose from ${SERVERS.join(', ')}\n\n${USAGE}`);
    process.exit(2);
  }
  if (spawnSync('valgrind', ['--version']).status !== 0 || spawnSync('callgrind_control', ['-h']).error) {
    process.stderr.write('valgrind and callgrind_control are needed (Debian: apt-get install valgrind)\n');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), 'specforge-server-instructions-'));
  try {
    const route = await loadRoute();
    const routeFile = join(work, 'route.json');
    writeFileSync(routeFile, JSON.stringify(route));
    console.log(`build ${describeBuild(ROOT_DIR)}; ${route.method} ${route.path}; ${opts.warmup} requests of warm-up, ${opts.requests} counted, ${CONNECTIONS} connections`);
    /** @type {Record<string, Record<string, number[]>>} */
    const figures = {};
    for (let round = 1; round <= Number(opts.rounds); round++) {
      for (const bodyClass of CLASSES) {
        const order = round % 2 === 1 ? chosen : [...chosen].reverse();
        for (const name of order) {
          const perRequest = await countRun(name, routeFile, route, bodyClass, { requests: Number(opts.requests), warmup: Number(opts.warmup) });
          ((figures[name] ??= {})[bodyClass] ??= []).push(perRequest);
          console.log(`  round ${round}  ${bodyClass.padEnd(7)}  ${name.padEnd(9)}  ${Math.round(perRequest).toLocaleString('en').padStart(9)} instructions/request`);
        }
      }
    }
    console.log(`\nmedian of ${opts.rounds} round(s), main-thread instructions per request`);
    for (const name of chosen) {
      console.log(`  ${name.padEnd(9)}  ${CLASSES.map((c) => `${c} ${Math.round(median(figures[name][c])).toLocaleString('en').padStart(9)}`).join('   ')}`);
    }
    if (figures.specforge && figures.fastify) {
      const ratios = CLASSES.map((c) => `${c} ${(median(figures.specforge[c]) / median(figures.fastify[c])).toFixed(2)}×`);
      console.log(`  specforge / fastify (target ≤ 1.0×): ${ratios.join('   ')}`);
    }
    if (opts.json) writeFileSync(String(opts.json), `${JSON.stringify({ build: describeBuild(ROOT_DIR), options: opts, figures }, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
