import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';

const specsDir = join(projectRoot, 'test', 'corpus', 'specs');
const specs = readdirSync(specsDir).filter((name) => name.endsWith('.json')).sort();
const cli = join(projectRoot, 'dist', 'generator', 'cli', 'main.js');
const out = tempDir('corpus');

function generate(spec: string): Promise<{ code: number | null; stderr: string; dir: string }> {
  const dir = join(out, spec.replace(/\.json$/, ''));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'generate', join(specsDir, spec), '--out', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr, dir }));
  });
}

const generated: string[] = [];

// Real specs break many lint rules; generate must still make a package from each, or refuse with a reason and a
// place, and never crash. What it makes must type-check strictly.
describe.concurrent('the corpus sample generates', () => {
  it.each(specs)('%s', async (spec) => {
    const result = await generate(spec);
    const crashed = result.code !== 0 && result.code !== 1;
    expect(crashed, result.stderr).toBe(false);
    if (result.code === 1) {
      expect(result.stderr).toMatch(/cannot generate/);
      expect(result.stderr).toMatch(new RegExp(`${spec.replace(/[.]/g, '\\.')}(:\\d+:\\d+| \\(at )`));
    } else generated.push(result.dir);
  });
});

describe('the corpus sample imports', () => {
  it('every generated package, in plain Node, running nothing but definitions', () => {
    const script = `for (const dir of JSON.parse(process.argv[1])) await import(new URL('index.js', 'file://' + dir + '/').href);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(generated)], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the corpus sample type-checks', () => {
  it('every generated package, strictly', () => {
    expect(generated.length).toBeGreaterThan(specs.length * 0.9);
    const config = {
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: generated.map((dir) => join(dir, '**/*.ts')),
      exclude: generated.map((dir) => join(dir, '**/*.d.ts')),
    };
    const tsconfig = join(out, 'tsconfig.json');
    writeFileSync(tsconfig, JSON.stringify(config));
    const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, ['--max-old-space-size=4096', tsc, '-p', tsconfig], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
  });
});
