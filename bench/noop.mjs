// @ts-check
/**
 * No-op bench: what `npm run generate` costs when nothing changed, as a pipeline runs it on every build.
 *
 * Two projects, each a fresh folder with a package.json (so the cache is its node_modules/.cache/specforge) whose
 * `generate` script runs the built CLI, run with `npm run generate` exactly as users run it:
 *   - bundled: the four bundled specs through a specforge.config.json (target: a no-op in at most 0.5 s);
 *   - github:  GitHub's REST API description, 13 MB (target: at most 1 s), fetched on demand.
 * The anchor, measured in the same run, is the same command's first run (a full generation, nothing cached), and
 * `--force` (the cache ignored) is measured too. Prints the median of --rounds no-op runs, the ratios to the anchor,
 * and the absolute targets of issue 16; `npm run`'s own start-up (a script that does nothing) is measured beside
 * them. Exit 0 whatever the figures, 1 only when a run failed.
 *
 *   node bench/noop.mjs [--rounds 5] [--only bundled|github]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchPackage, OCTOKIT_OPENAPI, ROOT_DIR } from './fetch-package.mjs';
import { describeBuild, median, parseOptions } from './measure.mjs';

const USAGE = `Usage: node bench/noop.mjs [--rounds 5] [--only bundled|github]

Times a no-op 'npm run generate' (nothing changed since the last run) of the four bundled specs and of
GitHub's REST API description, against the first (full) run of the same command.
`;

const options = parseOptions(process.argv.slice(2), { rounds: 5, only: '' }, USAGE);
const CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const BUNDLED = ['autousers', 'autosend', 'agentmessage', 'middesk'];
let failed = false;

/** A project folder whose `npm run generate` runs specforge with `args`, and `npm run nothing` runs nothing. */
function project(name, args) {
  const dir = mkdtempSync(join(tmpdir(), `specforge-noop-${name}-`));
  const quoted = args.map((arg) => JSON.stringify(arg)).join(' ');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `noop-${name}`, private: true, scripts: { generate: `node ${JSON.stringify(CLI)} generate ${quoted}`, nothing: 'node -e 0' } }, null, 2),
  );
  return dir;
}

/** Wall time of one `npm run <script>` in `dir`, in ms. */
function npmRun(dir, script) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - started;
  if (result.status !== 0) {
    failed = true;
    process.stdout.write(`  npm run ${script} failed (exit ${result.status}):\n${result.stderr}\n`);
  }
  return { ms, stderr: result.stderr };
}

function bench(name, dir, targetMs) {
  const first = npmRun(dir, 'generate');
  const noop = [];
  const forced = [];
  const nothing = [];
  let last = '';
  for (let round = 0; round < options.rounds; round++) {
    const run = npmRun(dir, 'generate');
    noop.push(run.ms);
    last = run.stderr;
    nothing.push(npmRun(dir, 'nothing').ms);
  }
  // --force ignores the cache: what the no-op would cost without it.
  for (let round = 0; round < Math.min(2, options.rounds); round++) forced.push(npmRunForced(dir).ms);
  const m = median(noop);
  process.stdout.write(`\n${name}\n`);
  process.stdout.write(`  first run (anchor: full generation)   ${(first.ms / 1000).toFixed(2)} s\n`);
  process.stdout.write(`  no-op, median of ${noop.length}                 ${(m / 1000).toFixed(2)} s   (${noop.map((ms) => ms.toFixed(0)).join(', ')} ms)\n`);
  process.stdout.write(`  --force (cache ignored), median       ${(median(forced) / 1000).toFixed(2)} s\n`);
  process.stdout.write(`  npm run of a script that does nothing ${(median(nothing) / 1000).toFixed(2)} s   (npm's own share of the no-op)\n`);
  process.stdout.write(`  no-op / anchor                        ${(m / first.ms).toFixed(3)}×\n`);
  process.stdout.write(`  target (issue 16)                     ≤ ${(targetMs / 1000).toFixed(1)} s: ${m <= targetMs ? 'met' : 'OVER'}\n`);
  process.stdout.write(`  the no-op's last lines: ${last.trim().split('\n').slice(-1)[0]}\n`);
}

function npmRunForced(dir) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'generate', '--', '--force'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) failed = true;
  return { ms: performance.now() - started };
}

process.stdout.write(`No-op bench: ${describeBuild(ROOT_DIR)}; ${options.rounds} round(s); load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const folders = [];
try {
  if (options.only === '' || options.only === 'bundled') {
    const dir = project('bundled', []);
    folders.push(dir);
    mkdirSync(join(dir, 'specs'));
    for (const spec of BUNDLED) cpSync(join(ROOT_DIR, 'specs', `${spec}.yaml`), join(dir, 'specs', `${spec}.yaml`));
    writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ out: 'generated', specs: BUNDLED.map((spec) => `specs/${spec}.yaml`) }));
    bench('the four bundled specs (specforge.config.json)', dir, 500);
  }
  if (options.only === '' || options.only === 'github') {
    const spec = join(fetchPackage(OCTOKIT_OPENAPI.name, OCTOKIT_OPENAPI.version), 'generated', 'api.github.com.json');
    const dir = project('github', [spec, '--out', 'pkg']);
    folders.push(dir);
    bench("GitHub's REST API description (13 MB)", dir, 1000);
  }
} finally {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
process.exitCode = failed ? 1 : 0;
