import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './support/run-cli.js';

// The generator's stages are layers: the CLI on top, emitters below it, the IR, lint, load and the schema layer
// (the validator compiler) below those. A module may import only from its own layer or the ones below.

const generator = join(projectRoot, 'generator');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Edge {
  from: string;
  to: string;
}

/** Every import, re-export and dynamic import of one generator module to another, as paths from generator/. */
function edges(): Edge[] {
  return sources(generator).flatMap((file) => {
    const from = relative(generator, file).split('\\').join('/');
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return importedFiles
      .filter(({ fileName }) => fileName.startsWith('.'))
      .map(({ fileName }) => ({ from, to: posix.normalize(posix.join(posix.dirname(from), fileName)) }));
  });
}

const layerOf = (path: string) => path.split('/')[0]!;

describe('the layers of the generator', () => {
  const all = edges();

  it('finds the imports it checks', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContainEqual({ from: 'cli/main.ts', to: 'util/user-error.js' });
  });

  it('nothing outside generator/cli/ imports from it', () => {
    expect(all.filter((edge) => layerOf(edge.to) === 'cli' && layerOf(edge.from) !== 'cli')).toEqual([]);
  });

  it('no module of ir/, schema/, lint/ or load/ imports from emit/', () => {
    const below = new Set(['ir', 'schema', 'lint', 'load']);
    expect(all.filter((edge) => layerOf(edge.to) === 'emit' && below.has(layerOf(edge.from)))).toEqual([]);
  });

  it('the schema layer imports only itself and util/', () => {
    expect(all.filter((edge) => layerOf(edge.from) === 'schema' && !['schema', 'util'].includes(layerOf(edge.to)))).toEqual([]);
  });

  it('emitters import neither the writer nor the pipeline: files and imports are settled there', () => {
    const fromEmit = all.filter((edge) => layerOf(edge.from) === 'emit');
    expect(fromEmit.filter((edge) => ['write', 'pipeline'].includes(layerOf(edge.to)))).toEqual([]);
  });
});

describe('what the CLI loads before the lint thread starts', () => {
  it.each(['generate', 'scaffold'])('%s starts the lint before the TypeScript compiler is loaded (400 ms of every run)', (name) => {
    const command = pathToFileURL(join(projectRoot, 'dist', 'generator', 'cli', `${name}-command.js`)).href;
    const script = `import { createRequire } from 'node:module';
await import(${JSON.stringify(command)});
const loaded = Object.keys(createRequire(import.meta.url).cache);
console.log(JSON.stringify(loaded.filter((path) => /node_modules[\\/](typescript|ts-morph|@ts-morph)[\\/]/.test(path))));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([]);
  });
});
