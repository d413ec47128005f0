import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, expect } from 'vitest';
import { projectRoot, runCli } from '../../support/run-cli.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `specforge-${prefix}-`));
}

/** Every file below `dir`, relative, with its contents. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Imports a generated package's index.js in plain Node (no TypeScript loader), as its users would. */
export async function importPackage(dir: string): Promise<any> {
  return import(pathToFileURL(join(dir, 'index.js')).href);
}

export interface FixtureEndpoint {
  validateRequest(request: unknown): any;
  validateResponse(status: number, body: unknown, headers?: unknown): any;
}

/**
 * A fixture spec's package, generated once before the tests of the calling `describe`: its folder, its
 * `endpoints`, and `valueOf`, the value `validateRequest` gives a request that must be valid.
 */
export function fixturePackage(spec: string, packageName: string) {
  const fixture = {
    dir: '',
    endpoints: {} as Record<string, FixtureEndpoint>,
    valueOf(operation: string, request: unknown): any {
      const result = fixture.endpoints[operation]!.validateRequest(request);
      expect(result.errors ?? []).toEqual([]);
      return result.value;
    },
  };
  beforeAll(async () => {
    fixture.dir = tempDir(packageName);
    const result = runCli(['generate', spec, '--out', fixture.dir, '--package-name', packageName]);
    expect(result.code, result.stderr).toBe(0);
    // Filled in place, so that a test file may take `endpoints` apart before this runs.
    Object.assign(fixture.endpoints, (await importPackage(fixture.dir)).endpoints);
  });
  return fixture;
}

/** Runs a script in a fresh Node process; the script imports the package with `await import(PKG)`. */
export function runInNode(dir: string, script: string): { code: number | null; stdout: string; stderr: string } {
  const source = `const PKG = ${JSON.stringify(pathToFileURL(join(dir, 'index.js')).href)};\n${script}`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');

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
};

/**
 * Type-checks generated packages strictly twice: their TypeScript sources, and a consumer that imports each by
 * its package name (so through `exports` to the generated declarations). Returns tsc's output; '' when clean.
 * `inOneRun`: both in one tsc program, which checks the standard library once (a few seconds less).
 */
export function typeCheck(packages: { dir: string; name: string }[], consumerCode = '', { inOneRun = false } = {}): string {
  const work = tempDir('tsc');
  const sources = packages.map((p) => join(p.dir, '**/*.ts'));
  writeFileSync(
    join(work, 'tsconfig.sources.json'),
    JSON.stringify({ compilerOptions: STRICT, include: sources, exclude: packages.map((p) => join(p.dir, '**/*.d.ts')) }),
  );
  const modules = join(work, 'node_modules');
  mkdirSync(modules);
  for (const p of packages) {
    const target = join(modules, ...p.name.split('/'));
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(p.dir, target, 'dir');
  }
  const imports = packages.map((p, i) => `import * as pkg${i} from ${JSON.stringify(p.name)};\nexport const use${i}: unknown = pkg${i};`).join('\n');
  writeFileSync(join(work, 'consumer.ts'), `${imports}\n${consumerCode}\n`);
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  writeFileSync(join(work, 'tsconfig.consumer.json'), JSON.stringify({ compilerOptions: STRICT, files: ['consumer.ts'] }));
  const run = (config: string) => {
    const result = spawnSync(process.execPath, [tsc, '-p', join(work, config)], { encoding: 'utf8', cwd: work });
    return `${result.stdout}${result.stderr}`.trim();
  };
  if (inOneRun) {
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: STRICT, files: ['consumer.ts'], include: sources, exclude: packages.map((p) => join(p.dir, '**/*.d.ts')) }),
    );
    return run('tsconfig.json');
  }
  return [run('tsconfig.sources.json'), run('tsconfig.consumer.json')].filter(Boolean).join('\n');
}
