import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../support/run-cli.js';
import { readTree, tempDir } from './support/generated-package.js';

// A project that installs a generated package compiles none of the package's code: its compiler settings, however
// unlike specforge's, reach only the package's declarations.

const VENDORS = ['autousers', 'autosend', 'agentmessage', 'middesk'] as const;
const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');

/** Settings far from the ones the package is written under: an older target, and the strictest checks of property access. */
const CONSUMER_SETTINGS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  target: 'es2017',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

/** A consumer's use of one package: a request checked by its endpoint, the errors read, a typed body. */
function consumerCode(vendor: string, index: number): string {
  return `import { endpoints, validators, type UpdateWebhookRequestBody, type ValidationError, type Endpoints } from '@specforge-generated/${vendor}';
export const body${index}: UpdateWebhookRequestBody | undefined = undefined;
const result${index} = endpoints.updateWebhook.validateRequest({ path: { id: 'x' }, headers: {}, body: {} });
if (!result${index}.ok) {
  const first: ValidationError | undefined = result${index}.errors[0];
  console.log(first?.pointer, first?.keyword, first?.message);
}
export const method${index}: Endpoints['updateWebhook']['method'] = endpoints.updateWebhook.method;
export const validatorCount${index}: number = Object.keys(validators).length;
`;
}

describe('a project that installs the generated packages', () => {
  let out: string;
  let consumer: string;
  beforeAll(() => {
    out = tempDir('consumed');
    const result = runCli(['generate', ...VENDORS.map((vendor) => `specs/${vendor}.yaml`), '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    consumer = tempDir('consumer');
    for (const vendor of VENDORS) {
      const installed = join(consumer, 'node_modules', '@specforge-generated', vendor);
      mkdirSync(join(installed, '..'), { recursive: true });
      symlinkSync(join(out, vendor), installed, 'dir');
    }
    writeFileSync(join(consumer, 'package.json'), '{"type":"module"}');
    VENDORS.forEach((vendor, index) => writeFileSync(join(consumer, `${vendor}.ts`), consumerCode(vendor, index)));
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: CONSUMER_SETTINGS, files: VENDORS.map((vendor) => `${vendor}.ts`) }));
  });

  const runTsc = (...flags: string[]) => spawnSync(process.execPath, [tsc, '-p', join(consumer, 'tsconfig.json'), ...flags], { encoding: 'utf8', cwd: consumer });

  it('type-checks with --target es2017, noPropertyAccessFromIndexSignature, exactOptionalPropertyTypes and noUncheckedIndexedAccess, libraries checked', () => {
    const result = runTsc();
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it("reaches only the packages' .d.ts files: no TypeScript source of theirs is compiled", () => {
    const listed = runTsc('--listFiles').stdout.split('\n').map((line) => line.trim()).filter(Boolean);
    const ofPackages = listed.filter((file) => file.startsWith(out + sep) || file.startsWith(out + '/'));
    expect(ofPackages.length).toBeGreaterThan(0);
    expect(ofPackages.filter((file) => !file.endsWith('.d.ts'))).toEqual([]);
    expect(ofPackages.filter((file) => file.includes('/src/'))).toEqual([]);
  });

  it('holds no two files with the same contents, and its sources are in src/', () => {
    for (const vendor of VENDORS) {
      const byHash = new Map<string, string>();
      for (const [path, contents] of readTree(join(out, vendor))) {
        const hash = createHash('sha256').update(contents).digest('hex');
        // every types-only module's JavaScript is the same empty module
        if (contents !== 'export {};\n') expect(byHash.get(hash), `${vendor}: ${path}`).toBeUndefined();
        byHash.set(hash, path);
        if (path.endsWith('.ts') && !path.endsWith('.d.ts')) expect(path.startsWith(`src${sep}`), path).toBe(true);
      }
    }
  });

  it("ships what the package needs and not specforge's manifest (npm pack)", () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(out, 'autosend'), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [packed] = JSON.parse(result.stdout) as [{ files: { path: string }[] }];
    const shipped = packed.files.map((file) => file.path).sort();
    expect(shipped).not.toContain('.specforge-files');
    expect(existsSync(join(out, 'autosend', '.specforge-files'))).toBe(true);
    for (const path of ['package.json', 'README.md', 'index.js', 'index.d.ts', 'types.d.ts', 'src/endpoints.ts', 'runtime/validation-runtime.js']) {
      expect(shipped).toContain(path);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'autosend', 'package.json'), 'utf8'));
    for (const target of Object.values(manifest.exports as Record<string, string | { types: string; default: string }>)) {
      for (const file of typeof target === 'string' ? [target] : [target.types, target.default]) expect(shipped).toContain(file.replace(/^\.\//, ''));
    }
  });
});
