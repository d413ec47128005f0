// @ts-check
/**
 * Speed and memory bench: specforge vs openapi-typescript on GitHub's REST API description.
 *
 * The anchor is openapi-typescript (types only), measured in the same run on the same file;
 * specforge makes the full package (types, validators, endpoints, package.json, compiled .js and
 * .d.ts). Runs alternate A/B/A/B for --rounds rounds, each a fresh child process with a fresh
 * output folder. Prints median wall time and peak RSS per tool, the ratios specforge /
 * openapi-typescript against the targets (wall ≤ 1.25×, memory ≤ 1.5×), and specforge's median
 * per-stage breakdown parsed from `--timings`.
 *
 * The spec (`@octokit/openapi`'s generated/api.github.com.json, 13 MB) is fetched on demand into
 * bench/.corpus/. A bench reports, it does not judge: exit 0 whatever the ratios, 1 only when a
 * tool crashed (exit ≥ 2, a signal) or could not be started.
 *
 *   node bench/github.mjs [--rounds 3] [--spec FILE] [--only specforge|openapi-typescript] [--json FILE]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fetchPackage, OCTOKIT_OPENAPI, ROOT_DIR } from './fetch-package.mjs';
import { runMeasured, median, parseOptions, formatMiB, RSS_METHOD_TEXT, machineBusySeconds, killRunning, describeBuild } from './measure.mjs';

const USAGE = `Usage: node bench/github.mjs [options]

Compares specforge generate (full package) with openapi-typescript (types only) on GitHub's
REST API description, alternating runs, each a fresh child process.

Options:
  --rounds N        A/B rounds (default 3)
  --spec FILE       another spec instead of api.github.com.json (to try the harness on a small file)
  --only TOOL       run one tool only: specforge or openapi-typescript (no ratios then)
  --json FILE       also write the raw measurements as JSON
  --keep            keep the output folders (printed) instead of deleting them
`;

const TARGET_WALL = 1.25;
const TARGET_RSS = 1.5;

const SPECFORGE_CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const OTS_CLI = join(ROOT_DIR, 'node_modules/openapi-typescript/bin/cli.js');

/**
 * @typedef {object} Tool
 * @property {'specforge' | 'openapi-typescript'} name
 * @property {string} label
 * @property {(spec: string, outDir: string) => string[]} args  arguments after `node`
 */

/** @type {Tool[]} */
const TOOLS = [
  {
    name: 'specforge',
    label: 'specforge generate (package)',
    args: (spec, outDir) => [SPECFORGE_CLI, 'generate', spec, '--out', join(outDir, 'pkg'), '--timings'],
  },
  {
    name: 'openapi-typescript',
    label: 'openapi-typescript (types)',
    args: (spec, outDir) => [OTS_CLI, spec, '-o', join(outDir, 'schema.d.ts')],
  },
];

/**
 * Parses specforge's `--timings` lines: the package's (`<dir>: load 12 ms, lint wait 30 ms, ...; total 900 ms`) and
 * the run's (`run: startup 60 ms, command 40 ms, modules 700 ms, generate 900 ms; total 1700 ms`), whose stages are
 * named `run <stage>`.
 * @param {string} stderr
 * @returns {Record<string, number> | null}
 */
export function parseTimings(stderr) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const line of stderr.split('\n')) {
    const run = line.startsWith('run: ');
    const stages = line.replace(/; total \d+ ms$/, '').match(/([a-z][a-z ()0-9]*?) (\d+(?:\.\d+)?) ms/g);
    if (!stages || stages.length < 3) continue;
    for (const s of stages) {
      const m = /^([a-z][a-z ()0-9]*?) (\d+(?:\.\d+)?) ms$/.exec(s);
      if (m && m[1] !== undefined) out[`${run ? 'run ' : ''}${m[1]}`] = Number(m[2]);
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * @param {string} file
 * @returns {string}
 */
function describeSpec(file) {
  const size = statSync(file).size;
  let ops = '';
  if (file.endsWith('.json')) {
    try {
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
      let n = 0;
      for (const item of Object.values(doc.paths ?? {})) {
        for (const m of methods) if (item && typeof item === 'object' && m in item) n++;
      }
      ops = `, OpenAPI ${doc.openapi}, ${Object.keys(doc.paths ?? {}).length} paths, ${n} operations`;
    } catch {
      // size only
    }
  }
  return `${(size / 1e6).toFixed(1)} MB${ops}`;
}

/** @returns {string} */
function otsVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT_DIR, 'node_modules/openapi-typescript/package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

async function main() {
  const opts = parseOptions(process.argv.slice(2), { rounds: 3, spec: '', only: '', json: '', keep: false }, USAGE);
  const rounds = Math.max(1, Math.floor(opts.rounds));
  const spec = opts.spec
    ? resolve(opts.spec)
    : join(fetchPackage(OCTOKIT_OPENAPI.name, OCTOKIT_OPENAPI.version), 'generated/api.github.com.json');
  const tools = TOOLS.filter((t) => !opts.only || t.name === opts.only);
  if (tools.length === 0) {
    process.stderr.write(`--only must be specforge or openapi-typescript\n`);
    process.exit(2);
  }
  for (const t of tools) {
    const cli = t.name === 'specforge' ? SPECFORGE_CLI : OTS_CLI;
    if (!existsSync(cli)) {
      process.stderr.write(
        `${t.name}: ${cli} is missing (${t.name === 'specforge' ? 'run `npm run build`' : 'run `npm install`'} first)\n`,
      );
      process.exit(1);
    }
  }

  /** @type {string | undefined} */
  let currentOut;
  process.on('SIGINT', () => {
    // children lead their own process groups (so timeouts can end them whole): end them here too
    killRunning();
    if (currentOut && !opts.keep) rmSync(currentOut, { recursive: true, force: true });
    process.stderr.write('\ninterrupted\n');
    process.exit(130);
  });

  const cpu = cpus();
  const buildAtStart = describeBuild(ROOT_DIR);
  process.stdout.write(
    `GitHub bench: ${relative(process.cwd(), spec) || spec} (${describeSpec(spec)})\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n` +
      `${buildAtStart}; openapi-typescript ${otsVersion()}\n` +
      `${rounds} round(s), alternating ${tools.map((t) => t.name).join(' / ')}; peak RSS by ${RSS_METHOD_TEXT}\n` +
      `load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}` +
      `${(loadavg()[0] ?? 0) > 0.5 ? ' (other work is running: figures will be noisy)' : ''}\n\n`,
  );

  /** @type {Record<string, {wallMs: number, maxRssKiB: number | null, code: number | null, signal: string | null, timings: Record<string, number> | null}[]>} */
  const results = Object.fromEntries(tools.map((t) => [t.name, []]));
  let crashed = false;
  let childCpu = 0;
  let childCpuKnown = true;
  const busyStart = machineBusySeconds();
  const benchCpuStart = process.cpuUsage();
  const benchStarted = performance.now();
  /** @type {Set<string>} */
  const failedTools = new Set();

  for (let round = 1; round <= rounds; round++) {
    // Alternate which tool goes first, so neither always gets the colder cache: A/B, B/A, ...
    const order = round % 2 === 1 ? tools : [...tools].reverse();
    for (const tool of order) {
      const outDir = mkdtempSync(join(tmpdir(), `bench-gh-${tool.name}-`));
      currentOut = outDir;
      const r = await runMeasured(process.execPath, tool.args(spec, outDir), { cwd: ROOT_DIR });
      if (r.cpuSeconds === null) childCpuKnown = false;
      else childCpu += r.cpuSeconds;
      const timings = tool.name === 'specforge' ? parseTimings(r.stderr) : null;
      const status = r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
      process.stdout.write(
        `  round ${round} ${tool.name.padEnd(18)} ${(r.wallMs / 1000).toFixed(2).padStart(7)} s ${formatMiB(r.maxRssKiB).padStart(9)}  ${status}\n`,
      );
      if (r.code !== 0) {
        failedTools.add(tool.name);
        const tail = r.stderr.trim().split('\n').slice(-6).join('\n    ');
        process.stdout.write(`    ${tail}\n`);
        if (r.code === null || r.code >= 2) crashed = true;
      }
      results[tool.name]?.push({ wallMs: r.wallMs, maxRssKiB: r.maxRssKiB, code: r.code, signal: r.signal, timings });
      if (opts.keep) process.stdout.write(`    output kept in ${outDir}\n`);
      else rmSync(outDir, { recursive: true, force: true });
    }
  }

  /** @type {Record<string, {wallMs: number, maxRssKiB: number, ok: number}>} */
  const summary = {};
  process.stdout.write(`\n${'tool'.padEnd(32)}${'median wall'.padStart(13)}${'peak RSS'.padStart(12)}   ok runs\n`);
  for (const tool of tools) {
    const ok = (results[tool.name] ?? []).filter((r) => r.code === 0);
    const wall = median(ok.map((r) => r.wallMs));
    const rss = median(ok.map((r) => r.maxRssKiB ?? NaN).filter((v) => !Number.isNaN(v)));
    summary[tool.name] = { wallMs: wall, maxRssKiB: rss, ok: ok.length };
    process.stdout.write(
      `${tool.label.padEnd(32)}${(Number.isNaN(wall) ? 'n/a' : `${(wall / 1000).toFixed(2)} s`).padStart(13)}${formatMiB(rss).padStart(12)}   ${ok.length}/${rounds}\n`,
    );
  }

  const a = summary.specforge;
  const b = summary['openapi-typescript'];
  if (a && b && a.ok > 0 && b.ok > 0) {
    const wallRatio = a.wallMs / b.wallMs;
    const rssRatio = a.maxRssKiB / b.maxRssKiB;
    const verdict = (/** @type {number} */ r, /** @type {number} */ t) => (r <= t ? 'ok' : 'OVER');
    process.stdout.write(
      `${'ratio specforge / openapi-ts'.padEnd(32)}${`${wallRatio.toFixed(2)}×`.padStart(13)}${`${rssRatio.toFixed(2)}×`.padStart(12)}\n` +
        `${'target'.padEnd(32)}${`≤ ${TARGET_WALL}×`.padStart(13)}${`≤ ${TARGET_RSS}×`.padStart(12)}\n` +
        `${''.padEnd(32)}${verdict(wallRatio, TARGET_WALL).padStart(13)}${verdict(rssRatio, TARGET_RSS).padStart(12)}\n`,
    );
  } else if (tools.length === 2) {
    process.stdout.write(`no ratios: ${[...failedTools].join(' and ')} did not finish a run with exit 0\n`);
  }

  const timed = (results.specforge ?? []).map((r) => r.timings).filter((t) => t !== null);
  if (timed.length > 0) {
    const stages = [...new Set(timed.flatMap((t) => Object.keys(/** @type {object} */ (t))))];
    process.stdout.write(`\nspecforge stages (median of ${timed.length} run(s) with --timings):\n`);
    // The package's stages, then the run's (`run …`, from the process's start), each summed on its own: the run's
    // `generate` holds the package's stages, which overlap with the lint's on its thread.
    for (const run of [false, true]) {
      let total = 0;
      for (const stage of stages.filter((name) => name.startsWith('run ') === run)) {
        const m = median(timed.map((t) => t?.[stage] ?? 0));
        total += m;
        process.stdout.write(`  ${stage.padEnd(18)}${`${m.toFixed(0)} ms`.padStart(10)}\n`);
      }
      const wall = summary.specforge?.wallMs ?? NaN;
      process.stdout.write(
        `  ${(run ? 'sum, run' : 'sum, package').padEnd(18)}${`${total.toFixed(0)} ms`.padStart(10)}` +
          (Number.isNaN(wall) || !run ? '\n' : `   (median wall ${(wall / 1000).toFixed(2)} s, which also holds Node's exit)\n`),
      );
    }
  } else if (results.specforge) {
    process.stdout.write(`\nspecforge printed no --timings line\n`);
  }

  const busyEnd = machineBusySeconds();
  if (busyStart !== null && busyEnd !== null && childCpuKnown) {
    const own = process.cpuUsage(benchCpuStart);
    const others = Math.max(0, busyEnd - busyStart - childCpu - (own.user + own.system) / 1e6);
    const capacity = ((performance.now() - benchStarted) / 1000) * cpu.length;
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
      `${JSON.stringify({ spec, date: new Date().toISOString(), node: process.version, cpus: cpu.length, rssMethod: RSS_METHOD_TEXT, rounds, results, summary }, null, 2)}\n`,
    );
    process.stdout.write(`\nraw measurements written to ${opts.json}\n`);
  }
  process.exit(crashed ? 1 : 0);
}

await main();
