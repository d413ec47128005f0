import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../generate/support/generated-package.js';
import { projectRoot, runCli } from '../support/run-cli.js';

const FIXTURES = join(projectRoot, 'test/pipeline/fixtures');

/** A project folder of its own (a package.json, so the cache is its node_modules/.cache/specforge) with the fixtures in it. */
function project(prefix: string): string {
  const dir = tempDir(prefix);
  writeFileSync(join(dir, 'package.json'), '{ "name": "team-project", "private": true }\n');
  cpSync(FIXTURES, join(dir, 'specs'), { recursive: true });
  cpSync(join(projectRoot, 'specs/autosend.yaml'), join(dir, 'specs/autosend.yaml'));
  return dir;
}

interface Summary {
  exitCode: number;
  error?: { message: string };
  specs: { spec: string; dir: string; status: string; files: number; written: string[]; removed: string[]; unchanged: number; warnings: unknown[]; error?: { message: string; where?: string }; ms: number }[];
}

function generateJson(args: string[], cwd: string): { code: number | null; summary: Summary; stderr: string } {
  const result = runCli(['generate', ...args, '--format', 'json'], { cwd });
  return { code: result.code, summary: JSON.parse(result.stdout) as Summary, stderr: result.stderr };
}

describe('a run of several specs', () => {
  it('writes the good ones and reports the refused one with its place, exit 1', () => {
    const dir = project('batch');
    const result = runCli(['generate', 'specs/refused.yaml', 'specs/autosend.yaml', '--out', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('specs/refused.yaml:14:23 no-unresolved-refs');
    expect(result.stderr).toMatch(/^out\/autosend: \d+ written, 0 unchanged, 0 removed$/m);
    expect(result.stderr).toContain('2 specs: 1 refused, 1 written');
    expect(existsSync(join(dir, 'out/autosend/index.js'))).toBe(true);
    expect(existsSync(join(dir, 'out/refused'))).toBe(false);
  });

  it('stops at the first refused spec with --fail-fast, and says which were skipped', () => {
    const dir = project('fail-fast');
    const result = runCli(['generate', 'specs/refused.yaml', 'specs/autosend.yaml', '--out', 'out', '--fail-fast', '--jobs', '1'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('out/autosend: skipped (--fail-fast)');
    expect(existsSync(join(dir, 'out/autosend'))).toBe(false);
  });

  it('generates on worker threads with --jobs, each spec on its own', () => {
    const dir = project('jobs');
    const { code, summary } = generateJson(['specs/refused.yaml', 'specs/autosend.yaml', 'specs/split/api.yaml', '--out', 'out', '--jobs', '2'], dir);
    expect(code).toBe(1);
    expect(summary.specs.map((s) => [s.spec, s.status])).toEqual([
      ['specs/refused.yaml', 'refused'],
      ['specs/autosend.yaml', 'written'],
      ['specs/split/api.yaml', 'written'],
    ]);
    expect(summary.specs[0]!.error!.message).toContain("specs/refused.yaml:14:23 no-unresolved-refs");
    expect(readFileSync(join(dir, 'out/api/package.json'), 'utf8')).toContain('"name": "api"');
  });
});

describe('folders specforge does not own', () => {
  it('refuses a folder of the user’s own files and leaves it byte-identical; --force writes beside them', () => {
    const dir = project('foreign');
    const mine = join(dir, 'mine');
    mkdirSync(join(mine, 'src'), { recursive: true });
    writeFileSync(join(mine, 'package.json'), '{ "name": "my-own-package", "version": "3.1.4" }\n');
    writeFileSync(join(mine, 'src/keep.ts'), 'export const mine = 1;\n');
    const before = readTree(mine);
    const refused = runCli(['generate', 'specs/autosend.yaml', '--out', 'mine'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^specforge: mine: holds files specforge did not write \(package\.json, src\) and no \.specforge-files/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(readTree(mine)).toEqual(before);

    const forced = runCli(['generate', 'specs/autosend.yaml', '--out', 'mine', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(mine, 'src/keep.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(JSON.parse(readFileSync(join(mine, 'package.json'), 'utf8')).name).toBe('autosend');
    // Now specforge's: a later run needs no --force, and still never touches src/keep.ts.
    expect(runCli(['generate', 'specs/autosend.yaml', '--out', 'mine'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(mine, 'src/keep.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  it('never replaces a file the last run did not write, even in a folder of its own, without --force', () => {
    const dir = project('foreign-file');
    const config = (emitters: string[]) => writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ specs: [{ spec: 'specs/split/api.yaml', out: 'gen', emitters }] }));
    config(['types']);
    expect(runCli(['generate'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'gen/client.js'), '// my own client\n');
    config(['client']);
    const refused = runCli(['generate'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('specforge: gen: would replace files specforge did not write (client.js): move them, or pass --force to replace them');
    expect(readFileSync(join(dir, 'gen/client.js'), 'utf8')).toBe('// my own client\n');
    expect(existsSync(join(dir, 'gen/endpoints.js'))).toBe(false); // nothing written before that was settled
    expect(runCli(['generate', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'gen/client.js'), 'utf8')).not.toBe('// my own client\n');
  });

  it('reports a spec under a file as unusable and writes the others; refuses packages one inside another', () => {
    const dir = project('odd-paths');
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const { code, summary } = generateJson(['notes.txt/api.yaml', 'specs/autosend.yaml', '--out', 'out'], dir);
    expect(code).toBe(2);
    expect(summary.specs.map((s) => [s.status, s.error?.message])).toEqual([['unusable', 'no such file'], ['written', undefined]]);
    writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ specs: [{ spec: 'specs/split/api.yaml', out: 'gen/inner' }, { spec: 'specs/autosend.yaml', out: 'gen' }] }));
    const nested = runCli(['generate'], { cwd: dir });
    expect([nested.code, nested.stderr]).toEqual([2, 'specforge: the package of specs/split/api.yaml would be written inside that of specs/autosend.yaml (gen/inner in gen); give each its own folder\n']);
  });

  it('refuses --out on a file, or under one, with exit 2 and one line', () => {
    const dir = project('out-file');
    writeFileSync(join(dir, 'notes.txt'), 'mine\n');
    const onFile = runCli(['generate', 'specs/autosend.yaml', '--out', 'notes.txt'], { cwd: dir });
    expect([onFile.code, onFile.stderr]).toEqual([2, 'specforge: --out notes.txt is a file, not a folder\n']);
    const underFile = runCli(['generate', 'specs/autosend.yaml', '--out', 'notes.txt/pkg'], { cwd: dir });
    expect([underFile.code, underFile.stderr]).toEqual([2, 'specforge: --out notes.txt/pkg is under notes.txt, which is a file\n']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine\n');
  });
});

describe('the cache', () => {
  const statusOf = (args: string[], cwd: string) => generateJson(args, cwd).summary.specs.map((s) => s.status);

  it('skips an unchanged package, and rebuilds when a referenced file, an option, the lint config or a written file changes', () => {
    const dir = project('cache');
    const args = ['specs/split/api.yaml', '--out', 'out'];
    expect(statusOf(args, dir)).toEqual(['written']);
    expect(existsSync(join(dir, 'node_modules/.cache/specforge'))).toBe(true);
    expect(statusOf(args, dir)).toEqual(['cached']);

    // A file the spec references.
    writeFileSync(join(dir, 'specs/split/schemas.yaml'), readFileSync(join(dir, 'specs/split/schemas.yaml'), 'utf8').replace('maxLength: 40', 'maxLength: 41'));
    const edited = generateJson(args, dir).summary.specs[0]!;
    expect(edited.status).toBe('written');
    expect(edited.written.length).toBeGreaterThan(0);
    expect(statusOf(args, dir)).toEqual(['cached']);
    // A file touched but not changed is not a change.
    utimesSync(join(dir, 'specs/split/schemas.yaml'), new Date(), new Date(Date.now() + 5000));
    expect(statusOf(args, dir)).toEqual(['cached']);

    // An option.
    expect(statusOf([...args, '--package-name', '@team/things'], dir)).toEqual(['written']);
    expect(statusOf([...args, '--package-name', '@team/things'], dir)).toEqual(['cached']);

    // The lint config, given and then edited.
    const withLint = [...args, '--package-name', '@team/things', '--config', 'specs/team-lint.yaml'];
    expect(statusOf(withLint, dir)).toEqual(['written']);
    expect(statusOf(withLint, dir)).toEqual(['cached']);
    writeFileSync(join(dir, 'specs/team-lint.yaml'), 'extends: [specforge/recommended]\n');
    expect(statusOf(withLint, dir)).toEqual(['written']);

    // A file of the package edited, or removed, by someone.
    writeFileSync(join(dir, 'out/index.js'), '// edited\n');
    const repaired = generateJson(withLint, dir).summary.specs[0]!;
    expect([repaired.status, repaired.written]).toEqual(['written', ['index.js']]);
    rmSync(join(dir, 'out/README.md'));
    expect(generateJson(withLint, dir).summary.specs[0]!.written).toEqual(['README.md']);

    // --force ignores the cache, and records what it made.
    expect(statusOf([...withLint, '--force'], dir)).toEqual(['written']);
    expect(statusOf(withLint, dir)).toEqual(['cached']);
  });

  it('reports the warnings of a cached package again, and a no-op run of the project config is all cached', () => {
    const dir = project('cache-config');
    writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ out: 'packages', specs: ['specs/autosend.yaml', 'specs/split/api.yaml'] }));
    const first = generateJson([], dir).summary;
    expect(first.specs.map((s) => s.status)).toEqual(['written', 'written']);
    const again = generateJson([], dir).summary;
    expect(again.specs.map((s) => s.status)).toEqual(['cached', 'cached']);
    expect(again.specs.map((s) => s.warnings)).toEqual(first.specs.map((s) => s.warnings));
    expect(again.specs[0]!.files).toBe(first.specs[0]!.files);
    const check = runCli(['generate', '--check'], { cwd: dir });
    expect([check.code, check.stderr]).toEqual([0, expect.stringContaining('packages/autosend: up to date\npackages/api: up to date\n')]);
  });
});

describe('the cache, what it must not do', () => {
  it('does not take a file saved while its package was made for what the package was made from', async () => {
    const dir = project('cache-race');
    const { generate } = (await import(pathToFileURL(join(projectRoot, 'dist/generator/index.js')).href)) as typeof import('../../generator/index.js');
    const schemas = join(dir, 'specs/split/schemas.yaml');
    const saved = readFileSync(schemas, 'utf8').replace('maxLength: 40', 'maxLength: 77');
    // The save lands after the spec was read, before the package is written and recorded.
    const first = await generate({ specs: ['specs/split/api.yaml'], out: 'out', cwd: dir, jobs: 1, onEvent: (event) => event.type === 'stage' && event.stage === 'write' && writeFileSync(schemas, saved) });
    expect(first.specs[0]!.status).toBe('written');
    expect(readFileSync(join(dir, 'out/validators.js'), 'utf8')).not.toContain('77');
    const after = generateJson(['specs/split/api.yaml', '--out', 'out'], dir).summary.specs[0]!;
    expect(after.status).toBe('written');
    expect(readFileSync(join(dir, 'out/validators.js'), 'utf8')).toContain('77');
  });

  it('prunes only its own entries from a cache folder it shares', () => {
    const dir = project('cache-shared');
    const shared = join(dir, 'shared');
    mkdirSync(shared);
    writeFileSync(join(shared, 'notes.txt'), 'important\n');
    const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(join(shared, 'notes.txt'), old, old);
    writeFileSync(join(shared, '0123456789abcdef01234567.json'), '{}');
    utimesSync(join(shared, '0123456789abcdef01234567.json'), old, old);
    expect(runCli(['generate', 'specs/split/api.yaml', '--out', 'out'], { cwd: dir, env: { SPECFORGE_CACHE_DIR: shared } }).code).toBe(0);
    expect(readFileSync(join(shared, 'notes.txt'), 'utf8')).toBe('important\n');
    expect(existsSync(join(shared, '0123456789abcdef01234567.json'))).toBe(false);
  });
});

describe('the project config', () => {
  it('gives a spec its own folder, emitters and lint config, and a change of emitters regenerates', () => {
    const dir = project('config-fields');
    const config = (emitters: string[]) =>
      writeFileSync(
        join(dir, 'specforge.config.json'),
        JSON.stringify({ specs: [{ spec: 'specs/split/api.yaml', out: 'pkgs/things', emitters, lintConfig: 'specs/team-lint.yaml' }] }, null, 2),
      );
    config(['client']);
    const first = generateJson([], dir).summary.specs[0]!;
    expect([first.dir, first.status]).toEqual(['pkgs/things', 'written']);
    // The client needs the endpoints, which need the types and validators; nothing else comes.
    expect(existsSync(join(dir, 'pkgs/things/client.js'))).toBe(true);
    expect(existsSync(join(dir, 'pkgs/things/endpoints.js'))).toBe(true);
    expect(existsSync(join(dir, 'pkgs/things/server.js'))).toBe(false);
    expect(existsSync(join(dir, 'pkgs/things/contract.js'))).toBe(false);
    // The team's config turns operation-4xx-response off: the split spec has no 4XX but a 404, so no warning of it.
    expect(JSON.stringify(first.warnings)).not.toContain('operation-4xx-response');
    expect(generateJson([], dir).summary.specs[0]!.status).toBe('cached');

    config(['client', 'server']);
    const again = generateJson([], dir).summary.specs[0]!;
    expect(again.status).toBe('written');
    expect(again.written).toContain('server.js');
    expect(existsSync(join(dir, 'pkgs/things/server.js'))).toBe(true);
  });

  it('refuses --out with the project config, and a config error at its line and column, exit 2', () => {
    const dir = project('config-errors');
    writeFileSync(join(dir, 'specforge.config.json'), '{\n  "specs": [\n    { "spec": "specs/autosend.yaml", "emiters": ["client"] }\n  ]\n}\n');
    const broken = runCli(['generate'], { cwd: dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^specforge: specforge\.config\.json:3:38: specs\[0\]: unknown key "emiters"; did you mean "emitters"\?/);
    writeFileSync(join(dir, 'specforge.config.json'), '{ "specs": ["specs/autosend.yaml"] }\n');
    const withOut = runCli(['generate', '--out', 'elsewhere'], { cwd: dir });
    expect([withOut.code, withOut.stderr]).toEqual([2, 'specforge: --out is for specs named on the command line; in specforge.config.json, set `out`\n']);
  });
});

describe('--format json and --timings', () => {
  it('prints one document that parses, also for options no spec can be generated with', () => {
    const dir = project('json');
    const { code, summary, stderr } = generateJson(['specs/autosend.yaml', 'specs/refused.yaml', '--out', 'out'], dir);
    expect([code, stderr]).toEqual([1, '']);
    expect(summary.exitCode).toBe(1);
    expect(summary.specs[0]).toMatchObject({ spec: 'specs/autosend.yaml', dir: 'out/autosend', status: 'written', unchanged: 0 });
    expect(summary.specs[0]!.files).toBe(summary.specs[0]!.written.length - 1);
    expect(summary.specs[1]).toMatchObject({ status: 'refused', error: { message: expect.stringContaining('cannot generate from specs/refused.yaml') } });
    const unusable = generateJson(['specs/autosend.yaml', '--out', 'out', '--jobs', 'many'], dir);
    expect(unusable.code).toBe(2);
    expect(unusable.summary).toEqual({ exitCode: 2, error: { message: "--jobs must be a whole number from 1 to 64, not 'many'" }, specs: [] });
    const badFlag = generateJson(['specs/autosend.yaml', '--bogus'], dir);
    expect([badFlag.code, badFlag.stderr, badFlag.summary.exitCode]).toEqual([2, '', 2]);
    expect(badFlag.summary.error!.message).toContain("Unknown option '--bogus'");
  });

  it('accounts for the whole run in --timings: the stages add up to the total', () => {
    const dir = project('timings');
    const result = runCli(['generate', 'specs/autosend.yaml', '--out', 'out', '--timings'], { cwd: dir });
    const run = /^run: (.*); total (\d+) ms$/m.exec(result.stderr);
    expect(run, result.stderr).not.toBeNull();
    const stages = run![1]!.split(', ').map((stage) => /^(.+) (\d+) ms$/.exec(stage)!);
    expect(stages.map((s) => s[1])).toEqual(expect.arrayContaining(['startup', 'modules', 'generate']));
    const sum = stages.reduce((total, s) => total + Number(s[2]), 0);
    expect(Math.abs(sum - Number(run![2]))).toBeLessThanOrEqual(stages.length); // each figure rounded
  });
});
