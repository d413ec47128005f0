import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../generate/support/generated-package.js';
import { runCli } from '../support/run-cli.js';
import { fixtures, scaffold } from './support/project.js';

// Bad input gets one line naming the file (and line and column) or the flag, and exit 2; a spec generation refuses
// exit 1; never a stack trace.

const spec = join(fixtures, 'webhooks.yaml');

describe('scaffold refuses bad input with one line', () => {
  it.each([
    [[], "specforge: scaffold: name the spec to scaffold a server for: specforge scaffold <spec> --out DIR\n"],
    [[spec, spec, '--out', 'x'], "specforge: scaffold: name one spec to scaffold a server for: specforge scaffold <spec> --out DIR\n"],
    [[spec], 'specforge: scaffold: --out DIR is required: the folder of the server project\n'],
    [[spec, '--out', 'x', '--colour'], "specforge: scaffold: Unknown option '--colour'; run 'specforge scaffold --help'\n"],
    [[spec, '--out', 'x', '--package-name', 'Not A Name'], 'specforge: --package-name "Not A Name" is not a name npm accepts (lowercase letters, digits, - . _ ~, an optional @scope/)\n'],
  ])('scaffold %j', (args, message) => {
    const result = scaffold(args, tempDir('scaffold-args'));
    expect(result.stderr).toBe(message);
    expect(result.code).toBe(2);
  });

  it('names a missing spec, and the line and column where YAML does not parse', () => {
    const work = tempDir('scaffold-bad');
    expect(scaffold(['missing.yaml', '--out', 'server'], work)).toMatchObject({ code: 2, stderr: 'specforge: missing.yaml: no such file\n' });
    writeFileSync(join(work, 'bad.yaml'), 'openapi: 3.1.0\ninfo: [\n');
    expect(scaffold(['bad.yaml', '--out', 'server'], work)).toMatchObject({ code: 2, stderr: "specforge: bad.yaml:2:7: YAML does not parse: a flow sequence ('[') starting here is not closed\n" });
    writeFileSync(join(work, 'file'), '');
    expect(scaffold([spec, '--out', 'file'], work)).toMatchObject({ code: 2, stderr: 'specforge: file: --out names a file, not a folder\n' });
  });

  it('exits 1 on a spec generation refuses, naming each problem, and writes nothing', () => {
    const work = tempDir('scaffold-refused');
    const text = readFileSync(spec, 'utf8').replace('operationId: getWebhook', 'operationId: listWebhooks');
    writeFileSync(join(work, 'api.yaml'), text);
    const result = scaffold(['api.yaml', '--out', 'server'], work);
    expect(result.stderr).toMatch(/^specforge: cannot generate from api\.yaml:\napi\.yaml:\d+:\d+ operation-operationId-unique /);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
  });

  it('refuses a record of the scaffold it cannot read', () => {
    const work = tempDir('scaffold-record');
    mkdirSync(join(work, 'server'));
    writeFileSync(join(work, 'server', '.specforge-scaffold.json'), '{"package": 1}');
    const result = scaffold([spec, '--out', 'server'], work);
    expect(result.stderr).toBe("specforge: server/.specforge-scaffold.json: is not specforge's record of a scaffold ({ package: { name, dir }, handlers: [...] }): delete it to scaffold afresh\n");
    expect(result.code).toBe(2);
  });

  it('explains itself with --help, and is listed among the commands', () => {
    const help = runCli(['scaffold', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: specforge scaffold <spec> --out DIR');
    expect(help.stdout).toContain('Exit codes:');
    expect(runCli(['--help']).stdout).toMatch(/^ {2}scaffold {2}write a runnable server project/m);
  });
});

describe('the package the project depends on', () => {
  it('goes where --package says, named by --package-name, depended on by a relative path; the next run remembers both', () => {
    const work = tempDir('scaffold-package');
    copyFileSync(spec, join(work, 'api.yaml'));
    const first = scaffold(['api.yaml', '--out', 'apps/server', '--package', 'packages/api', '--package-name', '@acme/api'], work);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^packages\/api: package \d+ written, 0 unchanged, 0 removed\n/);
    const manifest = JSON.parse(readFileSync(join(work, 'apps/server/package.json'), 'utf8'));
    expect(manifest.name).toBe('server');
    expect(manifest.dependencies).toEqual({ '@acme/api': 'file:../../packages/api' });
    expect(JSON.parse(readFileSync(join(work, 'packages/api/package.json'), 'utf8')).name).toBe('@acme/api');
    expect(readFileSync(join(work, 'apps/server/src/handlers/getWebhook.ts'), 'utf8')).toContain("from '@acme/api';");

    const again = scaffold(['api.yaml', '--out', 'apps/server'], work);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^packages\/api: package 0 written, \d+ unchanged, 0 removed\n/);
    expect(again.stdout).toMatch(/0 created, 0 updated, 11 unchanged, 0 kept, 0 reported\n$/);
  });

  it('renamed, moves the imports of the handler modules and the collector to the new name', () => {
    const work = tempDir('scaffold-rename');
    copyFileSync(spec, join(work, 'api.yaml'));
    expect(scaffold(['api.yaml', '--out', 'server'], work).code).toBe(0);
    const renamed = scaffold(['api.yaml', '--out', 'server', '--package-name', '@acme/webhooks'], work);
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toContain('updated  server/src/handlers/getWebhook.ts: import\n');
    expect(renamed.stdout).toContain('kept     server/package.json: differs from its template; --force rewrites it\n');
    expect(readFileSync(join(work, 'server/src/handlers/getWebhook.ts'), 'utf8')).toContain("from '@acme/webhooks';");
    expect(readFileSync(join(work, 'server/src/handlers.ts'), 'utf8')).toContain("import type { Handlers } from '@acme/webhooks';");
  });
});
