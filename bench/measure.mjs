// @ts-check
/**
 * Runs one command as a fresh child process and measures it: wall time (taken by this process
 * around the child's life, so it includes Node's start-up) and peak resident memory.
 *
 * Peak RSS comes from GNU time (`/usr/bin/time -f '%e %M'`, the kernel's ru_maxrss of the waited
 * child) when it is installed; otherwise from polling the child's `/proc/<pid>/status` VmHWM (its
 * high-water mark) every 20 ms, which can miss growth in the child's last 20 ms. `RSS_METHOD` says
 * which one is in use, and the benches print it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/**
 * How peak RSS is measured. SPECFORGE_BENCH_RSS=proc forces the /proc fallback (to test it).
 * @type {'gnu-time' | 'proc-vmhwm' | 'none'}
 */
export const RSS_METHOD =
  existsSync(GNU_TIME) && process.env.SPECFORGE_BENCH_RSS !== 'proc'
    ? 'gnu-time'
    : existsSync('/proc/self/status')
      ? 'proc-vmhwm'
      : 'none';

/** Process-group ids of the children running now, so an interrupted bench can end them. */
const live = new Set();

/** Scratch folders of the runs in progress, removed by killRunning too. */
const scratchDirs = new Set();

/** Kills every child (and its process group) that runMeasured started and that is still running. */
export function killRunning() {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  scratchDirs.clear();
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  live.clear();
}

/** A one-line description of how peak RSS is measured, for bench output. */
export const RSS_METHOD_TEXT = {
  'gnu-time': `${GNU_TIME} -f '%M' (kernel ru_maxrss of the child)`,
  'proc-vmhwm': 'polling /proc/<pid>/status VmHWM every 20 ms (may miss the last 20 ms)',
  none: 'not measured (neither /usr/bin/time nor /proc is available)',
}[RSS_METHOD];

/**
 * @typedef {object} RunResult
 * @property {number | null} code       exit code, null when killed by a signal
 * @property {string | null} signal     the signal that ended the child, if any
 * @property {boolean} timedOut         true when this module killed it for running past timeoutMs
 * @property {number} wallMs            wall time from spawn to exit
 * @property {number | null} maxRssKiB  peak resident set size in KiB (null when not measurable)
 * @property {number | null} cpuSeconds user + system CPU time of the child (GNU time only)
 * @property {string} stdout            captured standard output (cut at maxOutput)
 * @property {string} stderr            captured standard error (cut at maxOutput)
 */

/**
 * Runs `command args...` and measures it.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {object} [options]
 * @param {string} [options.cwd]
 * @param {NodeJS.ProcessEnv} [options.env]
 * @param {number} [options.timeoutMs]   kill the child's whole process group after this long
 * @param {number} [options.maxOutput]   keep at most this many characters of stdout/stderr each (default 1 MB)
 * @returns {Promise<RunResult>}
 */
export function runMeasured(command, args, options = {}) {
  const maxOutput = options.maxOutput ?? 1024 * 1024;
  /** @type {string | undefined} */
  let scratch;
  /** @type {string} */
  let file = command;
  /** @type {string[]} */
  let argv = args;
  if (RSS_METHOD === 'gnu-time') {
    scratch = mkdtempSync(join(tmpdir(), 'specforge-bench-time-'));
    scratchDirs.add(scratch);
    file = GNU_TIME;
    argv = ['-f', '%e %M %U %S', '-o', join(scratch, 'time.txt'), command, ...args];
  }
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    // detached: the child leads its own process group, so a timeout kills GNU time *and* the tool.
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) live.add(child.pid);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      if (stdout.length < maxOutput) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d) => {
      if (stderr.length < maxOutput) stderr += d;
    });

    let polledHwm = 0;
    /** @type {NodeJS.Timeout | undefined} */
    let poller;
    if (RSS_METHOD === 'proc-vmhwm' && child.pid !== undefined) {
      const statusFile = `/proc/${child.pid}/status`;
      const poll = () => {
        try {
          const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(statusFile, 'utf8'));
          if (m) polledHwm = Math.max(polledHwm, Number(m[1]));
        } catch {
          // the child has exited between two polls
        }
      };
      poll();
      poller = setInterval(poll, 20);
    }

    let timedOut = false;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    if (options.timeoutMs && options.timeoutMs > 0) {
      timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          child.kill('SIGKILL');
        }
      }, options.timeoutMs);
    }

    child.on('error', (err) => {
      if (child.pid !== undefined) live.delete(child.pid);
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      if (scratch) {
        rmSync(scratch, { recursive: true, force: true });
        scratchDirs.delete(scratch);
      }
      reject(err);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      if (child.pid !== undefined) live.delete(child.pid);
      if (timer) clearTimeout(timer);
      if (poller) clearInterval(poller);
      /** @type {number | null} */
      let maxRssKiB = RSS_METHOD === 'proc-vmhwm' ? polledHwm || null : null;
      /** @type {number | null} */
      let cpuSeconds = null;
      /** @type {number | null} */
      let exitCode = code;
      /** @type {string | null} */
      let exitSignal = signal;
      if (scratch) {
        let report = '';
        try {
          report = readFileSync(join(scratch, 'time.txt'), 'utf8');
        } catch {
          // GNU time itself was killed (timeout): no report
        }
        rmSync(scratch, { recursive: true, force: true });
        scratchDirs.delete(scratch);
        const last = report.trim().split('\n').pop() ?? '';
        const m = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+)$/.exec(last);
        if (m) {
          maxRssKiB = Number(m[2]);
          cpuSeconds = Number(m[3]) + Number(m[4]);
        }
        // GNU time exits with the child's code, and says so in its report when a signal ended it.
        const sig = /Command terminated by signal (\d+)/.exec(report);
        if (sig) {
          exitCode = null;
          exitSignal = signalName(Number(sig[1]));
        }
      }
      resolvePromise({ code: exitCode, signal: exitSignal, timedOut, wallMs, maxRssKiB, cpuSeconds, stdout, stderr });
    });
  });
}

/**
 * @param {number} n
 * @returns {string}
 */
function signalName(n) {
  /** @type {Record<number, string>} */
  const names = { 1: 'SIGHUP', 2: 'SIGINT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 15: 'SIGTERM' };
  return names[n] ?? `signal ${n}`;
}

/**
 * Busy CPU time of the whole machine so far, in seconds (all cores, from /proc/stat; null elsewhere).
 * The difference over a run, less the CPU time of the bench's own children, is what other processes
 * took: a bench on a shared machine says how noisy its figures are.
 * @returns {number | null}
 */
export function machineBusySeconds() {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    // USER_HZ is 100 on every Linux this runs on
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / 100;
  } catch {
    return null;
  }
}

/**
 * Median of a list of numbers (the mean of the two middle ones for an even count).
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * Parses `--name value` / `--flag` style arguments against a table of defaults.
 * Numbers in the defaults make the option numeric; booleans make it a flag.
 *
 * @template {Record<string, string | number | boolean | undefined>} T
 * @param {string[]} argv
 * @param {T} defaults
 * @param {string} usage   printed with --help or on a bad option
 * @returns {T}
 */
export function parseOptions(argv, defaults, usage) {
  /** @type {Record<string, string | number | boolean | undefined>} */
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(usage);
      process.exit(0);
    }
    const m = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    const key = m ? m[1]?.replace(/-([a-z])/g, (_, c) => c.toUpperCase()) : undefined;
    if (!m || key === undefined || !(key in defaults)) {
      process.stderr.write(`unknown option: ${arg}\n\n${usage}`);
      process.exit(2);
    }
    if (typeof defaults[key] === 'boolean') {
      out[key] = true;
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) {
      process.stderr.write(`option ${arg} needs a value\n\n${usage}`);
      process.exit(2);
    }
    if (typeof defaults[key] === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) {
        process.stderr.write(`option ${arg} needs a number, got "${value}"\n`);
        process.exit(2);
      }
      out[key] = n;
    } else {
      out[key] = value;
    }
  }
  return /** @type {T} */ (out);
}

/**
 * @param {number | null} kib
 * @returns {string}
 */
export function formatMiB(kib) {
  return kib === null || Number.isNaN(kib) ? 'n/a' : `${(kib / 1024).toFixed(0)} MiB`;
}

/**
 * Which specforge the figures are of: the checkout's commit (with "+changes" when the work tree
 * differs from it) and when `dist/` was last built, so a figure can be tied to a build.
 * @param {string} root  the specforge checkout
 * @returns {string}
 */
export function describeBuild(root) {
  let commit = 'unknown commit';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'generator', 'templates'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dirty) commit += '+changes';
  } catch {
    // not a git checkout
  }
  let newest = 0;
  /** @param {string} dir */
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  try {
    walk(`${root}/dist`);
  } catch {
    // no build
  }
  return `specforge ${commit}, dist/ built ${newest ? new Date(newest).toISOString().slice(0, 19).replace('T', ' ') : 'never'} UTC`;
}

/**
 * A temporary folder for one bench run, removed by `cleanUp` (unless `keep`), and also when the run is interrupted
 * (Ctrl-C, SIGTERM) or its output is cut (piped into `head`); either way the child processes it started are killed.
 * @param {string} prefix
 * @param {boolean} keep
 */
export function benchWorkDir(prefix, keep) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const cleanUp = () => {
    if (!keep) rmSync(work, { recursive: true, force: true });
  };
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => {
      killRunning();
      cleanUp();
      process.stderr.write('\ninterrupted\n');
      process.exit(130);
    });
  }
  process.stdout.on('error', () => {
    killRunning();
    cleanUp();
    process.exit(1);
  });
  return { work, cleanUp };
}
