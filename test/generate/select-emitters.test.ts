import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Emitter } from '../../generator/emit/emitter.js';
import type { selectEmitters as SelectEmitters } from '../../generator/emit/select-emitters.js';
import { EMITTER_NAMES } from '../../generator/config/project-config.js';
import { projectRoot } from '../support/run-cli.js';
import { readTree, tempDir, typeCheck } from './support/generated-package.js';

// A package of one emitter and the ones it requires, for each emitter: what each module imports is there, so the
// package type-checks and imports in plain Node. Built modules, as the CLI runs them (the lint runs on a thread).

const built = (module: string) => import(pathToFileURL(join(projectRoot, 'dist', 'generator', module)).href);

/** Each emitter alone gives these emitters' packages, in the registry's order. */
const CLOSURES: Record<string, string[]> = {
  types: ['types'],
  validators: ['validators'],
  endpoints: ['types', 'validators', 'endpoints'],
  server: ['types', 'validators', 'endpoints', 'server'],
  client: ['types', 'validators', 'endpoints', 'client'],
  contract: ['types', 'validators', 'endpoints', 'server', 'client', 'contract'],
};

/** What each emitter's package index has, by name: the index of a package is made of its emitters' exports. */
const INDEX_VALUES: Record<string, string[]> = {
  types: [],
  validators: ['validators'],
  endpoints: ['endpoints'],
  server: ['createHandler', 'createNodeListener', 'notImplemented'],
  client: ['createClient', 'ClientError'],
  contract: [],
};

describe('selectEmitters', () => {
  let selectEmitters: typeof SelectEmitters;
  let registry: readonly Emitter[];
  beforeAll(async () => {
    ({ selectEmitters } = await built('emit/select-emitters.js'));
    ({ EMITTERS: registry } = await built('emit/registry.js'));
  });

  it("gives the named emitters and the ones they require, in the registry's order, which runs each after what it requires", () => {
    for (const [name, closure] of Object.entries(CLOSURES)) expect(selectEmitters([name]).map((e) => e.name), name).toEqual(closure);
    expect(selectEmitters(['client', 'types', 'server']).map((e) => e.name)).toEqual(['types', 'validators', 'endpoints', 'server', 'client']);
    expect(selectEmitters(registry.map((e) => e.name))).toEqual([...registry]);
    for (const [index, emitter] of registry.entries()) {
      expect(emitter.requires, emitter.name).toBeDefined();
      for (const required of emitter.requires!) expect(registry.findIndex((e) => e.name === required), `${emitter.name} requires ${required}`).toBeLessThan(index);
    }
  });

  it('refuses a name that is not an emitter, listing the emitters', () => {
    expect(() => selectEmitters(['types', 'clients'])).toThrow('"clients" is not an emitter; the emitters are types, validators, endpoints, server, client, contract');
  });

  it("has the config schema's list of emitters, in the same order", () => {
    expect(EMITTER_NAMES).toEqual(registry.map((emitter) => emitter.name));
  });

  it('makes, for each emitter alone, a package that type-checks and imports in plain Node', async () => {
    const { generatePackage } = await built('pipeline/generate-package.js');
    const { lintInWorker } = await built('pipeline/lint-in-worker.js');
    const { writePackage } = await built('write/write-package.js');
    const specPath = join(projectRoot, 'specs', 'agentmessage.yaml');
    const lint = lintInWorker({ specPath, configPath: undefined }); // once, for the six packages
    const out = tempDir('select-emitters');
    const packages: { dir: string; name: string; emitter: string }[] = [];
    for (const emitter of Object.keys(CLOSURES)) {
      const name = `@select/${emitter}`;
      const { files } = await generatePackage({ specPath, packageName: name, lintConfig: undefined, lintConfigPath: undefined, lint, emitters: selectEmitters([emitter]) });
      const dir = join(out, emitter);
      writePackage(dir, files);
      packages.push({ dir, name, emitter });
    }

    // Each package holds the modules of its emitters and no other.
    const MODULES: Record<string, string> = { types: 'types.d.ts', validators: 'validators.js', endpoints: 'endpoints.js', server: 'server.js', client: 'client.js', contract: 'contract.js' };
    for (const { dir, emitter } of packages) {
      const files = [...readTree(dir).keys()];
      for (const [module, file] of Object.entries(MODULES)) expect(files.includes(file), `${emitter}: ${file}`).toBe(CLOSURES[emitter]!.includes(module));
    }

    expect(typeCheck(packages, '', { inOneRun: true })).toBe('');

    // Every module of each package, imported by a fresh Node with no loader.
    const imports = packages.map(({ emitter, dir }) => ({
      emitter,
      index: pathToFileURL(join(dir, 'index.js')).href,
      modules: CLOSURES[emitter]!.filter((m) => m !== 'types').map((m) => pathToFileURL(join(dir, MODULES[m]!)).href),
    }));
    const script = `
const report = {};
for (const { emitter, index, modules } of ${JSON.stringify(imports)}) {
  for (const module of modules) await import(module);
  report[emitter] = Object.keys(await import(index)).sort();
}
console.log(JSON.stringify(report));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const indexes = JSON.parse(result.stdout) as Record<string, string[]>;
    for (const [emitter, closure] of Object.entries(CLOSURES)) {
      const values = closure.flatMap((name) => INDEX_VALUES[name]!);
      expect(indexes[emitter], emitter).toEqual(expect.arrayContaining(values));
      // and nothing of the emitters not selected
      const others = Object.keys(INDEX_VALUES).filter((name) => !closure.includes(name)).flatMap((name) => INDEX_VALUES[name]!);
      expect(indexes[emitter]!.filter((name) => others.includes(name)), emitter).toEqual([]);
    }
    expect(indexes.types).toEqual([]);
  });
});
