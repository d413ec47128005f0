import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from '../lint/finding.js';
import { buildId } from '../util/build-id.js';
import { pathStat } from '../util/path-stat.js';
import { fileHash, type InputFile } from '../util/content-hash.js';
import { lintConfigFiles } from './lint-config-files.js';
import { MANIFEST } from '../write/write-package.js';
import type { GenerationTarget } from './generation-targets.js';

/**
 * What a package was made from, and what it made: the record that lets the next run skip it. A package is skipped
 * only when every input hashes as before (the spec, each file it references, the options, the lint config, this
 * build of specforge) and every file it wrote is still on disk as it was written (size and modification time).
 */
interface CacheEntry {
  key: string;
  /** Absolute paths of the files the spec was read from; their hashes (and the lint config's files') make the key. */
  inputs: string[];
  /** Each file of the package, with its size and modification time as written. */
  outputs: [path: string, size: number, mtimeMs: number][];
  /** The lint warnings of the run that made it, reported again on a skip. */
  warnings: Finding[];
}

export interface CacheHit {
  files: number;
  inputs: string[];
  warnings: Finding[];
}

const ENTRY_VERSION = 1;
const UNUSED_DAYS = 30;
/** An entry's file name, or a partial one a stopped run left (`<entry>.<pid>.<random>`). */
const ENTRY_NAME = /^[0-9a-f]{24}\.json(?:\.\d+\.[0-9a-z]+)?$/;

/** Marks an entry used now; a cache that cannot be written to is still read. */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // read-only: the entry is pruned a month after it was written, and then made again
  }
}

/**
 * The content-hash cache of generated packages, one entry per package folder, under
 * `node_modules/.cache/specforge` of the project (the nearest folder with a package.json), as other build tools
 * keep theirs; `SPECFORGE_CACHE_DIR` puts it elsewhere. Without a project folder, or in a build of specforge that
 * was not stamped, nothing is cached.
 */
export class GenerationCache {
  private readonly build = buildId();

  constructor(readonly folder: string | undefined) {}

  static forProject(cwd: string = process.cwd()): GenerationCache {
    const set = process.env.SPECFORGE_CACHE_DIR;
    if (set) return new GenerationCache(set);
    for (let dir = cwd; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'package.json'))) return new GenerationCache(join(dir, 'node_modules', '.cache', 'specforge'));
      if (dirname(dir) === dir) return new GenerationCache(undefined);
    }
  }

  get enabled(): boolean {
    return this.folder !== undefined && this.build !== undefined;
  }

  /** The package as the last run left it, when nothing it was made from has changed and its files are as written. */
  lookup(target: GenerationTarget): CacheHit | undefined {
    const entry = this.read(target);
    if (entry === undefined) return undefined;
    const inputs: InputFile[] = [];
    for (const path of entry.inputs) {
      const hash = fileHash(path);
      if (hash === undefined) return undefined;
      inputs.push({ path, hash });
    }
    const lintInputs = target.lintConfig === undefined ? [] : lintConfigFiles(target.lintConfig);
    if (this.key(target, inputs, lintInputs) !== entry.key) return undefined;
    for (const [path, size, mtimeMs] of entry.outputs) {
      const stat = pathStat(join(target.dir, path));
      if (stat === undefined || stat.size !== size || stat.mtimeMs !== mtimeMs) return undefined;
    }
    touch(this.entryFile(target)!);
    return { files: entry.outputs.length - 1, inputs: entry.inputs, warnings: entry.warnings };
  }

  /**
   * Records a package just written. `inputs` and `lintInputs` are hashed as they were read for it, so that a file
   * saved while the package was made does not pass for what it was made from.
   */
  store(target: GenerationTarget, inputs: readonly InputFile[], lintInputs: readonly InputFile[], files: readonly string[], warnings: readonly Finding[]): void {
    if (!this.enabled) return;
    try {
      this.write(target, inputs, lintInputs, files, warnings);
    } catch {
      // A cache that cannot be written (read-only, full) costs the next run its skip, nothing more.
    }
  }

  private write(target: GenerationTarget, inputs: readonly InputFile[], lintInputs: readonly InputFile[], files: readonly string[], warnings: readonly Finding[]): void {
    if (inputs.some((input) => input.hash === '') || inputs[0]?.path !== target.path) return this.forget(target);
    const outputs: CacheEntry['outputs'] = [];
    for (const path of [...files, MANIFEST]) {
      const stat = pathStat(join(target.dir, path));
      if (stat === undefined) return this.forget(target);
      outputs.push([path, stat.size, stat.mtimeMs]);
    }
    const entry: CacheEntry = { key: this.key(target, inputs, lintInputs), inputs: inputs.map((input) => input.path), outputs, warnings: [...warnings] };
    const file = this.entryFile(target)!;
    mkdirSync(dirname(file), { recursive: true });
    // Written whole, then renamed: a run stopped half-way, or another writing beside it, leaves no torn entry.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(partial, JSON.stringify(entry));
    renameSync(partial, file);
    this.prune();
  }

  /** Entries unused for UNUSED_DAYS go (a package folder long gone, a temporary one), so the cache does not only grow. */
  private prune(): void {
    const before = Date.now() - UNUSED_DAYS * 24 * 60 * 60 * 1000;
    for (const name of readdirSync(this.folder!)) {
      if (!ENTRY_NAME.test(name)) continue; // only its own entries, whatever else shares the folder
      const file = join(this.folder!, name);
      if ((pathStat(file)?.mtimeMs ?? Infinity) < before) rmSync(file, { force: true });
    }
  }

  forget(target: GenerationTarget): void {
    const file = this.entryFile(target);
    try {
      if (file !== undefined) rmSync(file, { force: true });
    } catch {
      // a read-only cache: its entry still names the old inputs, which no longer match
    }
  }

  private read(target: GenerationTarget): CacheEntry | undefined {
    const file = this.entryFile(target);
    if (file === undefined) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
      return Array.isArray(entry.inputs) && Array.isArray(entry.outputs) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  private entryFile(target: GenerationTarget): string | undefined {
    if (!this.enabled) return undefined;
    return join(this.folder!, `${createHash('sha256').update(target.dir).digest('hex').slice(0, 24)}.json`);
  }

  /** The hash of everything the package was made from. */
  private key(target: GenerationTarget, inputs: readonly InputFile[], lintInputs: readonly InputFile[]): string {
    const material = {
      entry: ENTRY_VERSION,
      specforge: this.build,
      spec: target.path,
      dir: target.dir,
      packageName: target.packageName,
      version: target.version ?? null,
      emitters: target.emitters ?? null,
      lintConfig: target.lintConfig ?? null,
      inputs: inputs.map((input) => [input.path, input.hash]),
      lintInputs: lintInputs.map((input) => [input.path, input.hash]),
    };
    return createHash('sha256').update(JSON.stringify(material)).digest('hex');
  }
}
