import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTree, tempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';
import { fixtures, linkModules, npmStart, scaffold, typecheck } from './support/project.js';

// `specforge scaffold` writes a server project a user can run at once, and after the spec changes brings it in
// step without losing a line they wrote.

const TOKEN = 'test-token';
const WEBHOOK_ID = '497f6eca-6276-4993-bfeb-53cbbbba6f08';

/** A project scaffolded from a copy of `fixture`, in a folder of its own; the copy is the spec the user edits. */
function scaffolded(fixture: string, ...flags: string[]): { work: string; spec: string; project: string; first: ReturnType<typeof scaffold> } {
  const work = tempDir('scaffold');
  const spec = join(work, 'api.yaml');
  copyFileSync(join(fixtures, fixture), spec);
  const project = join(work, 'server');
  const first = scaffold([spec, '--out', project, ...flags]);
  return { work, spec, project, first };
}

const read = (project: string, path: string) => readFileSync(join(project, path), 'utf8');

/** The edit a user makes: updateWebhook written, using the request's `active` field whatever its type. */
const EDITED_BODY = `{
  // Written by the user: no endpoint is found yet.
  const seen = input.body.active === undefined ? 'unchanged' : String(input.body.active);
  return {
    status: 404,
    body: { success: false, error: { code: 'NOT_FOUND', message: \`no webhook \${input.path.id} (active: \${seen})\`, request_id: 'req-1' } },
  };
}`;

describe('specforge scaffold on a spec that changes', () => {
  it('scaffolds a project that type-checks and serves; after the spec changes, keeps the edit, adds the new module, types the changed field', async () => {
    const { spec, project, first } = scaffolded('webhooks.yaml');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);

    const handlers = ['listWebhooks', 'getWebhook', 'updateWebhook', 'deleteWebhook'].map((name) => `src/handlers/${name}.ts`);
    const files = ['package.json', 'tsconfig.json', 'README.md', '.gitignore', 'src/server.ts', 'src/authenticate.ts', 'src/handlers.ts', ...handlers];
    for (const file of files) expect(first.stdout).toContain(`created  ${join(project, file)}\n`);
    expect(first.stdout).toMatch(/: 4 operations; 11 created, 0 updated, 0 unchanged, 0 kept, 0 reported\n$/);

    const manifest = JSON.parse(read(project, 'package.json'));
    const own = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    expect(manifest.dependencies).toEqual({ api: 'file:generated/api' });
    expect(manifest.devDependencies).toEqual({ typescript: own.devDependencies.typescript, '@types/node': own.devDependencies['@types/node'] });
    expect(manifest.scripts).toEqual({ build: 'tsc -p tsconfig.json', start: 'npm run build && node dist/server.js', typecheck: 'tsc -p tsconfig.json --noEmit' });
    expect(existsSync(join(project, 'generated', 'api', 'index.d.ts'))).toBe(true);
    expect(read(project, 'src/handlers/updateWebhook.ts')).toBe(`import { notImplemented, type HandlerInput, type HandlerResult } from 'api';

/** Update a webhook endpoint — PATCH /v1/webhooks/{id} */
export async function updateWebhook(input: HandlerInput<'updateWebhook'>): Promise<HandlerResult<'updateWebhook'>> {
  throw notImplemented();
}
`);
    linkModules(project);
    expect(typecheck(project)).toBe('');

    // The user writes updateWebhook; then the spec gains an operation, and `active` becomes a string.
    const edited = read(project, 'src/handlers/updateWebhook.ts').replace('{\n  throw notImplemented();\n}', EDITED_BODY);
    writeFileSync(join(project, 'src/handlers/updateWebhook.ts'), edited);
    expect(typecheck(project)).toBe('');
    copyFileSync(join(fixtures, 'webhooks-v2.yaml'), spec);
    const again = scaffold([spec, '--out', project]);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`created  ${join(project, 'src/handlers/rotateWebhookSecret.ts')}\n`);
    expect(again.stdout).toContain(`updated  ${join(project, 'src/handlers.ts')}: added rotateWebhookSecret\n`);
    expect(again.stdout).toMatch(/: 5 operations; 1 created, 1 updated, 10 unchanged, 0 kept, 0 reported\n$/);

    expect(read(project, 'src/handlers/updateWebhook.ts')).toBe(edited);
    expect(read(project, 'src/handlers/rotateWebhookSecret.ts')).toContain("export async function rotateWebhookSecret(input: HandlerInput<'rotateWebhookSecret'>)");
    expect(read(project, 'src/handlers.ts')).toContain("import { rotateWebhookSecret } from './handlers/rotateWebhookSecret.js';");
    expect(read(project, 'src/handlers.ts')).toContain('  updateWebhook,\n  rotateWebhookSecret,\n};');
    // The handler's input has the new type: a string of the enum, no longer a boolean.
    writeFileSync(
      join(project, 'src/probe.ts'),
      `import type { HandlerInput } from 'api';
type Active = NonNullable<HandlerInput<'updateWebhook'>['body']>['active'];
export const now: Active = 'enabled';
// @ts-expect-error a boolean was the type before the spec changed
export const before: Active = true;
`,
    );
    expect(typecheck(project)).toBe('');

    const server = await npmStart(project, { API_TOKEN: TOKEN });
    try {
      const auth = { authorization: `Bearer ${TOKEN}` };
      const unwritten = await fetch(`${server.url}/v1/webhooks`, { headers: auth });
      expect(unwritten.status).toBe(501);
      const envelope = await unwritten.json();
      const api = await import(pathToFileURL(join(project, 'generated', 'api', 'index.js')).href);
      // The 501 answers in the spec's error envelope (the schema of every error response of the spec).
      expect(api.endpoints.listWebhooks.validateResponse(401, envelope)).toMatchObject({ ok: true });
      expect(envelope.success).toBe(false);

      const written = await fetch(`${server.url}/v1/webhooks/${WEBHOOK_ID}`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ active: 'disabled' }),
      });
      expect(await written.json()).toEqual({ success: false, error: { code: 'NOT_FOUND', message: `no webhook ${WEBHOOK_ID} (active: disabled)`, request_id: 'req-1' } });
      expect(written.status).toBe(404);

      expect((await fetch(`${server.url}/v1/webhooks`)).status).toBe(401);
    } finally {
      await server.stop();
    }
  });

  it('writes nothing when run again on the same spec, and the same bytes into another folder', () => {
    const { spec, project, work } = scaffolded('webhooks.yaml');
    const before = readTree(project);
    const again = scaffold([spec, '--out', project]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: 4 operations; 0 created, 0 updated, 11 unchanged, 0 kept, 0 reported\n$/);
    expect(readTree(project)).toEqual(before);

    const elsewhere = join(tempDir('scaffold-twice'), 'server');
    expect(scaffold([spec, '--out', elsewhere]).code).toBe(0);
    const other = readTree(elsewhere);
    // Only the README's command differs: it names the spec from the project.
    const readme = 'README.md';
    expect(new Map([...other].filter(([path]) => path !== readme))).toEqual(new Map([...before].filter(([path]) => path !== readme)));
    expect(other.get(readme)).toContain(`specforge scaffold ${join('..', '..', work.split('/').at(-1)!, 'api.yaml')} --out .`);
  });
});

describe('what scaffold never overwrites', () => {
  it('leaves a handler module that does not parse byte for byte, reports it and exits 1; --force writes it afresh', () => {
    const { spec, project } = scaffolded('webhooks.yaml');
    const broken = "import { notImplemented } from 'api';\n\nexport async function getWebhook(input {\n  return 42;\n";
    writeFileSync(join(project, 'src/handlers/getWebhook.ts'), broken);
    const again = scaffold([spec, '--out', project]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(`reported ${join(project, 'src/handlers/getWebhook.ts')}: does not parse (3:40: ',' expected.); left as it is, its signature not updated\n`);
    expect(read(project, 'src/handlers/getWebhook.ts')).toBe(broken);

    const forced = scaffold([spec, '--out', project, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`updated  ${join(project, 'src/handlers/getWebhook.ts')}: does not parse (3:40: ',' expected.); written afresh (--force)\n`);
    expect(read(project, 'src/handlers/getWebhook.ts')).toContain("export async function getWebhook(input: HandlerInput<'getWebhook'>)");
  });

  it('keeps project files that exist and differ; --force rewrites them, but never src/authenticate.ts or a handler body', () => {
    const { spec, project } = scaffolded('webhooks.yaml');
    const readme = '# My server\n';
    const server = `${read(project, 'src/server.ts')}// my line\n`;
    const authenticate = "export const authenticate = () => ({ scopes: ['webhooks:read'], principal: 'me' });\n";
    const handler = read(project, 'src/handlers/getWebhook.ts').replace('throw notImplemented();', "return { status: 404, body: { success: false, error: { code: 'NOT_FOUND', message: 'none', request_id: 'r' } } };");
    writeFileSync(join(project, 'README.md'), readme);
    writeFileSync(join(project, 'src/server.ts'), server);
    writeFileSync(join(project, 'src/authenticate.ts'), authenticate);
    writeFileSync(join(project, 'src/handlers/getWebhook.ts'), handler);

    const again = scaffold([spec, '--out', project]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`kept     ${join(project, 'README.md')}: differs from its template; --force rewrites it\n`);
    expect(again.stdout).toContain(`kept     ${join(project, 'src/server.ts')}: differs from its template; --force rewrites it\n`);
    expect(again.stdout).toContain(`kept     ${join(project, 'src/authenticate.ts')}: yours\n`);
    expect(read(project, 'README.md')).toBe(readme);
    expect(read(project, 'src/server.ts')).toBe(server);

    const forced = scaffold([spec, '--out', project, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(`updated  ${join(project, 'README.md')}: rewritten from its template (--force)\n`);
    expect(read(project, 'README.md')).toContain('# Webhooks: server');
    expect(read(project, 'src/server.ts')).not.toContain('// my line');
    expect(read(project, 'src/authenticate.ts')).toBe(authenticate);
    expect(read(project, 'src/handlers/getWebhook.ts')).toBe(handler);
  });

  it("keeps and reports a module whose operation is gone, and takes the operation's entry out of src/handlers.ts", () => {
    const { spec, project } = scaffolded('webhooks.yaml');
    const module = read(project, 'src/handlers/deleteWebhook.ts');
    copyFileSync(join(fixtures, 'webhooks-no-delete.yaml'), spec);
    const again = scaffold([spec, '--out', project]);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain(
      `reported ${join(project, 'src/handlers/deleteWebhook.ts')}: operation deleteWebhook is no longer in the spec; kept as it is (it no longer type-checks: move what you need and delete it)\n`,
    );
    expect(again.stdout).toContain(`updated  ${join(project, 'src/handlers.ts')}: removed deleteWebhook\n`);
    expect(read(project, 'src/handlers/deleteWebhook.ts')).toBe(module);
    expect(read(project, 'src/handlers.ts')).not.toContain('deleteWebhook');

    // Reported on every run while it is there; once deleted, the project type-checks and scaffold is done.
    expect(scaffold([spec, '--out', project]).code).toBe(1);
    linkModules(project);
    expect(typecheck(project)).toContain("src/handlers/deleteWebhook.ts");
    rmSync(join(project, 'src/handlers/deleteWebhook.ts'));
    expect(typecheck(project)).toBe('');
    const done = scaffold([spec, '--out', project]);
    expect(done.code).toBe(0);
    expect(JSON.parse(read(project, '.specforge-scaffold.json')).handlers).toEqual(['listWebhooks', 'getWebhook', 'updateWebhook']);
  });

  it('does not write a package into a folder of files specforge did not generate', () => {
    const work = tempDir('scaffold-foreign');
    const theirs = join(work, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'notes.txt'), 'mine');
    const result = scaffold([join(fixtures, 'webhooks.yaml'), '--out', join(work, 'server'), '--package', theirs]);
    expect(result.stderr).toBe(`specforge: ${theirs}: holds files specforge did not generate; name an empty folder or a generated package with --package, or use --force\n`);
    expect(result.code).toBe(2);
    expect(existsSync(join(work, 'server'))).toBe(false);
    const holding = scaffold([join(fixtures, 'webhooks.yaml'), '--out', join(work, 'server'), '--package', work]);
    expect(holding.stderr).toBe(`specforge: ${work}: the package folder may not hold the project: name another with --package\n`);
    expect(holding.code).toBe(2);
  });
});
