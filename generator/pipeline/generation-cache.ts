import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from '../lint/finding.js';
import { buildId } from '../util/build-id.js';
import { MANIFEST } from '../write/write-package.js';
import type { GenerationTarget } from './generation-targets.js';

/**
 * What a package was made from, and what it made: the record that lets the next run skip it. A package is skipped
 * only when every input hashes as before (the spec, each file it references, the options, the lint config, this
 * build of specforge) and every file it wrote is still on disk as it was written (size and modification time).
 */
interface CacheEntry {
  key: string;
  /** Absolute paths of the files the spec was read from; their hashes are part of the key. */
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
    const key = this.key(target, entry.inputs);
    if (key === undefined || key !== entry.key) return undefined;
    for (const [path, size, mtimeMs] of entry.outputs) {
      const stat = statSync(join(target.dir, path), { throwIfNoEntry: false });
      if (stat === undefined || stat.size !== size || stat.mtimeMs !== mtimeMs) return undefined;
    }
    touch(this.entryFile(target)!);
    return { files: entry.outputs.length - 1, inputs: entry.inputs, warnings: entry.warnings };
  }

  /** Records a package just written from `inputs`; an input that cannot be hashed (a URL) leaves it uncached. */
  store(target: GenerationTarget, inputs: readonly string[], files: readonly string[], warnings: readonly Finding[]): void {
    if (!this.enabled) return;
    try {
      this.write(target, inputs, files, warnings);
    } catch {
      // A cache that cannot be written (read-only, full) costs the next run its skip, nothing more.
    }
  }

  private write(target: GenerationTarget, inputs: readonly string[], files: readonly string[], warnings: readonly Finding[]): void {
    const key = this.key(target, inputs);
    if (key === undefined) return this.forget(target);
    const outputs: CacheEntry['outputs'] = [];
    for (const path of [...files, MANIFEST]) {
      const stat = statSync(join(target.dir, path), { throwIfNoEntry: false });
      if (stat === undefined) return this.forget(target);
      outputs.push([path, stat.size, stat.mtimeMs]);
    }
    const entry: CacheEntry = { key, inputs: [...inputs], outputs, warnings: [...warnings] };
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
      const file = join(this.folder!, name);
      if ((statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < before) rmSync(file, { force: true });
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

  /** The hash of every input of the package; undefined when one cannot be read. */
  private key(target: GenerationTarget, inputs: readonly string[]): string | undefined {
    const hash = createHash('sha256');
    const options = {
      entry: ENTRY_VERSION,
      specforge: this.build,
      spec: target.path,
      dir: target.dir,
      packageName: target.packageName,
      version: target.version ?? null,
      emitters: target.emitters ?? null,
      lintConfig: target.lintConfig ?? null,
    };
    hash.update(JSON.stringify(options));
    const files = target.lintConfig === undefined ? inputs : [...inputs, target.lintConfig];
    if (!files.includes(target.path)) return undefined;
    for (const file of files) {
      let contents: Buffer;
      try {
        contents = readFileSync(file);
      } catch {
        return undefined;
      }
      hash.update(`\0${file}\0${contents.length}\0`).update(contents);
    }
    return hash.digest('hex');
  }
}
