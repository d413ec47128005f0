import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir as makeTempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';
import { captured, specforge } from './support.js';

// `lint()` from 'specforge': what `specforge lint` does, as a result instead of output.
const { lint, SpecforgeError } = specforge;
const fixture = (name: string) => `test/lint/fixtures/${name}`;
const made: string[] = [];
const tempDir = (prefix: string) => {
  made.push(makeTempDir(prefix));
  return made.at(-1)!;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('lint()', () => {
  it('returns the findings of a broken spec with file, line and column, and exit code 1, printing nothing', async () => {
    const { value: result, error, written } = await captured(() => lint({ specs: [fixture('no-4xx-response.yaml')], cwd: projectRoot }));
    expect(error).toBeUndefined();
    expect(written).toEqual([]);
    expect(result).toEqual({
      findings: [
        {
          file: 'test/lint/fixtures/no-4xx-response.yaml',
          line: 27,
          col: 7,
          severity: 'error',
          rule: 'operation-4xx-response',
          message: 'Operation must have at least one `4XX` response.',
          pointer: '/paths/~1things~1{id}/get/responses',
        },
      ],
      specs: [{ spec: 'test/lint/fixtures/no-4xx-response.yaml', errors: 1, warnings: 0 }],
      errors: 1,
      warnings: 0,
      exitCode: 1,
    });
  });

  it('reports a missing spec and YAML that does not parse as unusable entries, lints the others, and neither throws nor prints', async () => {
    const specs = [fixture('no-such-spec.yaml'), fixture('yaml-does-not-parse.yaml'), 'specs/agentmessage.yaml'];
    const { value: result, error, written } = await captured(() => lint({ specs, cwd: projectRoot }));
    expect(error).toBeUndefined();
    expect(written).toEqual([]);
    expect(result!.specs).toEqual([
      { spec: 'test/lint/fixtures/no-such-spec.yaml', errors: 0, warnings: 0, unusable: { message: 'no such file', where: 'test/lint/fixtures/no-such-spec.yaml' } },
      {
        spec: 'test/lint/fixtures/yaml-does-not-parse.yaml',
        errors: 0,
        warnings: 0,
        unusable: { message: "YAML does not parse: a flow sequence ('[') starting here is not closed", where: 'test/lint/fixtures/yaml-does-not-parse.yaml:7:10' },
      },
      { spec: 'specs/agentmessage.yaml', errors: 0, warnings: 1 },
    ]);
    expect(result!.findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule}`)).toEqual(['specs/agentmessage.yaml:21:10 warn no-server-example.com']);
    expect(result!.exitCode).toBe(2);
  });

  it("lints the specs of cwd's specforge.config.json when none are named, with paths shown from cwd", async () => {
    const work = tempDir('api-lint');
    mkdirSync(join(work, 'api'));
    copyFileSync(join(projectRoot, fixture('no-4xx-response.yaml')), join(work, 'api', 'broken.yaml'));
    writeFileSync(join(work, 'specforge.config.json'), JSON.stringify({ specs: ['api/broken.yaml'] }));
    const result = await lint({ cwd: work });
    expect(result.specs).toEqual([{ spec: 'api/broken.yaml', errors: 1, warnings: 0 }]);
    expect(result.findings.map((f) => `${f.file}:${f.line}:${f.col}`)).toEqual(['api/broken.yaml:27:7']);
    // A config given is read from cwd too, and a team's config is used instead of specforge's.
    writeFileSync(join(work, 'redocly.yaml'), 'extends: [minimal]\nrules:\n  operation-4xx-response: off\n');
    expect(await lint({ cwd: work, config: 'redocly.yaml' })).toMatchObject({ findings: [], errors: 0, exitCode: 0 });
  });

  it('rejects with a SpecforgeError (exit code 2, where) for a config that cannot be loaded, and for no specs at all', async () => {
    const { error, written } = await captured(() => lint({ specs: [fixture('clean.yaml')], config: fixture('missing-redocly.yaml'), cwd: projectRoot }));
    expect(written).toEqual([]);
    expect(error).toBeInstanceOf(SpecforgeError);
    expect(error).toMatchObject({ name: 'SpecforgeError', message: 'lint config not found', exitCode: 2, where: 'test/lint/fixtures/missing-redocly.yaml' });
    const none = await lint({ cwd: tempDir('api-lint-empty') }).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(SpecforgeError);
    expect(none).toMatchObject({ exitCode: 2, message: 'name the specs to lint (the `specs` option), or list them in specforge.config.json' });
  });
});

describe("import … from 'specforge'", () => {
  it('loads neither Redocly nor the pipeline until generate(), lint() or test() is called', () => {
    // Every module the import resolves, written to stderr by a resolve hook.
    const hook = `import { writeSync } from 'node:fs'; export async function resolve(s, c, next) { const r = await next(s, c); writeSync(2, r.url + '\\n'); return r; }`;
    const script = `import { register } from 'node:module';
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});
const api = await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'dist', 'generator', 'index.js')).href)});
console.log(Object.keys(api).sort().join(' '));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stdout).toBe('SpecforgeError UnsupportedSchemaError compileSchema generate lint test\n');
    const loaded = run.stderr.split('\n').filter(Boolean);
    expect(loaded.some((url) => url.endsWith('/dist/generator/api/lint.js'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/dist/generator/api/generate.js'))).toBe(true);
    expect(loaded.filter((url) => /@redocly|\/dist\/generator\/(pipeline|lint|config|ir|load|write)\//.test(url))).toEqual([]);
  });

  it('gives a TypeScript program the options and results with their types', () => {
    const work = tempDir('api-types');
    mkdirSync(join(work, 'node_modules'));
    symlinkSync(projectRoot, join(work, 'node_modules', 'specforge'), 'dir');
    writeFileSync(join(work, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(work, 'main.ts'),
      `import { lint, test, SpecforgeError, type LintResult, type TestOptions, type TestResult } from 'specforge';
const linted: LintResult = await lint({ specs: ['api.yaml'] });
const line: number = linted.findings[0]!.line;
const unusable: string | undefined = linted.specs[0]!.unusable?.where;
const options: TestOptions = { spec: 'api.yaml', baseUrl: 'http://127.0.0.1:4010', deadline: 60, onCase: ({ done, total }) => void [done, total] };
const tested: TestResult = await test(options);
const reason: string | undefined = tested.failures[0]?.reason;
const code: 0 | 1 = tested.exitCode;
const error = new Error() as unknown;
if (error instanceof SpecforgeError) console.log(error.exitCode, error.where);
console.log(line, unusable, reason, code);
`,
    );
    const tsc = join(projectRoot, 'node_modules/typescript/bin/tsc');
    const check = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'main.ts'], { cwd: work, encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`).toBe('');
  });
});
