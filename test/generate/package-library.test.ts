import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstSentence } from '../../generator/util/first-sentence.js';
import { projectRoot, runCli } from '../support/run-cli.js';
import { tempDir } from './support/generated-package.js';

// The package as a library: what a user of a generated package sees of it (its README, package.json) and what
// the package checkers (publint, Are the Types Wrong?) and a CommonJS consumer make of it.

const BUNDLED = ['autousers', 'autosend', 'agentmessage', 'middesk'] as const;

/** `npm pack`s a package folder as `npm publish` would, offline; the tarball's path. */
function pack(dir: string, into: string): string {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', into], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  return join(into, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}

describe('the bundled packages, packed as npm publishes them', () => {
  const tarballs = new Map<string, string>();
  beforeAll(() => {
    const into = tempDir('packed');
    for (const name of BUNDLED) tarballs.set(name, pack(join(projectRoot, 'generated', name), into));
  });

  it.each(BUNDLED)('%s: publint --strict finds nothing', async (name) => {
    const tarball = readFileSync(tarballs.get(name)!);
    const { messages } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) as ArrayBuffer }, strict: true });
    expect(messages).toEqual([]);
  });

  it.each(BUNDLED)('%s: Are the Types Wrong? reports only that it is ESM-only to TypeScript node16 CommonJS, as the README says', async (name) => {
    const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(readFileSync(tarballs.get(name)!))));
    if (!analysis.types) throw new Error('attw found no types');
    const problems = analysis.problems.map((problem) => `${problem.kind} ${'entrypoint' in problem ? problem.entrypoint : ''} ${'resolutionKind' in problem ? problem.resolutionKind : ''}`);
    expect(problems.sort()).toEqual(['CJSResolvesToESM . node16-cjs', 'CJSResolvesToESM ./client node16-cjs', 'CJSResolvesToESM ./contract node16-cjs']);
    const readme = readFileSync(join(projectRoot, 'generated', name, 'README.md'), 'utf8');
    expect(readme).toContain('`cjs-resolves-to-esm` for `node16 (from CJS)`');
  });

  it('a CommonJS file require()s a package installed from its tarball and validates with it (Node ≥ 20.19)', () => {
    const project = tempDir('cjs-consumer');
    const installed = join(project, 'node_modules', '@specforge-generated', 'autousers');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarballs.get('autousers')!, '-C', installed, '--strip-components=1']);
    writeFileSync(
      join(project, 'consumer.cjs'),
      `const { validators, endpoints } = require('@specforge-generated/autousers');
const errors = [];
const valid = validators.validateCreateWebhookRequestBody({ url: 42 }, '', errors);
const request = endpoints.getWebhook.validateRequest({ path: {}, headers: {} });
console.log(JSON.stringify({ valid, errors: errors.map((e) => e.pointer), request: request.ok }));
`,
    );
    const result = spawnSync(process.execPath, ['consumer.cjs'], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, errors: expect.arrayContaining(['/url']), request: false });
  });
});

describe('the package README', () => {
  const readme = (name: string) => readFileSync(join(projectRoot, 'generated', name, 'README.md'), 'utf8');

  it('lists every operation with its name in code, method, path and summary', () => {
    const text = readme('autousers');
    expect(text).toContain('| `updateWebhook` | PATCH | `/api/v1/webhooks/{id}` | Update a webhook endpoint |');
    expect(text).toContain('| `listWebhookDeliveries` | GET | `/api/v1/webhooks/{id}/deliveries` | List deliveries for an endpoint |');
    expect(text.match(/^\| `\w+` \| (GET|POST|PUT|PATCH|DELETE) \|/gm)).toHaveLength(8);
  });

  it('lists every exported type, with the spec name beside a renamed one (the schema `Error` is `Error2`)', () => {
    const text = readme('autousers');
    expect(text).toContain('| `Error2` | schema, spec name `Error` (renamed: `Error` is taken) |');
    expect(text).toContain('| `WebhookInput` | schema `Webhook`, as requests send it |');
    expect(text).toMatch(/\| `updateWebhook` \| path: `UpdateWebhookPathParams`, headers: `UpdateWebhookHeaders` \| `UpdateWebhookRequestBody` \| 200: `UpdateWebhookResponse200`, /);
    expect(text).toContain('query: `ListWebhookDeliveriesQuery` (`ListWebhookDeliveriesQueryReceived`)');
  });

  it('shows the validators and endpoints with real names, and says the package is ESM-only and require()s on Node ≥ 20.19', () => {
    const text = readme('autousers');
    expect(text).toContain("validators.validateCreateWebhookRequestBody(body, '', errors)");
    expect(text).toContain('endpoints.listWebhooks.validateRequest(');
    expect(text).toContain('ES modules only');
    expect(text).toContain("`require('@specforge-generated/autousers')` loads the same modules on Node ≥ 20.19");
  });

  it('keeps its tables whole whatever the spec text holds (|, newlines, backticks, <, operationIds that are not names)', () => {
    const dir = tempDir('readme-tables');
    writeFileSync(
      join(dir, 'api.yaml'),
      `openapi: 3.1.0
info: { title: Tables, version: 1.0.0 }
paths:
  "/a|b/{id}":
    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
    get:
      operationId: "items/list"
      summary: "Lists | splits\\n\`ticks\` <b>bold</b> \\\\| escaped"
      responses: { "200": { description: OK, content: { application/json: { schema: { $ref: "#/components/schemas/Error" } } } } }
components:
  schemas:
    Error: { type: object }
    "a|b": { type: string }
`,
    );
    const result = runCli(['generate', join(dir, 'api.yaml'), '--out', join(dir, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(join(dir, 'out', 'README.md'), 'utf8');
    const row = text.split('\n').find((line) => line.startsWith('| `itemsList`'))!;
    expect(row).toBe('| `itemsList` (operationId `items/list`) | GET | `/a\\|b/{id}` | Lists \\| splits &#x60;ticks&#x60; &lt;b&gt;bold&lt;/b&gt; \\\\\\| escaped |');
    // Four cells: the unescaped pipes are the table's own.
    expect(row.replace(/\\./g, '').split('|')).toHaveLength(6);
    expect(text).toContain('| `AB` | schema `a\\|b` |');
    expect(text).toContain('`endpoints` is keyed by the spec\'s operationId');
  });
});

describe('package.json', () => {
  const spec = (version: string, description: string) => `openapi: 3.1.0
info:
  title: Versions
  version: "${version}"
  description: ${JSON.stringify(description)}
paths: {}
`;

  function generate(version: string, description: string, args: string[] = []): { code: number | null; stderr: string; manifest: any } {
    const dir = tempDir('manifest');
    writeFileSync(join(dir, 'api.yaml'), spec(version, description));
    const result = runCli(['generate', join(dir, 'api.yaml'), '--out', join(dir, 'out'), ...args]);
    const file = join(dir, 'out', 'package.json');
    return { code: result.code, stderr: result.stderr, manifest: existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined };
  }

  it("takes the spec's info.version when it is semver, else 0.0.0, and stays private", () => {
    expect(generate('1.4.0-rc.1', 'An API.').manifest).toMatchObject({ version: '1.4.0-rc.1', private: true });
    expect(generate('2022-11-28', 'An API.').manifest).toMatchObject({ version: '0.0.0', private: true });
    expect(generate('v2', 'An API.').manifest).toMatchObject({ version: '0.0.0', private: true });
  });

  it('takes --package-version, and is then publishable (not private)', () => {
    const { code, manifest } = generate('2022-11-28', 'An API.', ['--package-version', '3.1.0']);
    expect(code).toBe(0);
    expect(manifest.version).toBe('3.1.0');
    expect(manifest.private).toBeUndefined();
  });

  it('refuses a --package-version npm would refuse with one line and exit 2, writing nothing', () => {
    for (const version of ['1.0', 'v1.0.0', '01.0.0', 'latest']) {
      const { code, stderr, manifest } = generate('1.0.0', 'An API.', ['--package-version', version]);
      expect(code, version).toBe(2);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(`--package-version ${JSON.stringify(version)} is not a semantic version npm accepts`)]);
      expect(manifest).toBeUndefined();
    }
  });

  it("takes a config's version, and refuses one that is not semver, naming the field at its line and column, with exit 2", () => {
    const dir = tempDir('config-version');
    writeFileSync(join(dir, 'api.yaml'), spec('1.0.0', 'An API.'));
    writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ specs: [{ spec: 'api.yaml', version: '2.0.1' }] }));
    expect(runCli(['generate'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'generated', 'api', 'package.json'), 'utf8'))).toMatchObject({ name: 'api', version: '2.0.1' });

    writeFileSync(join(dir, 'specforge.config.json'), JSON.stringify({ specs: [{ spec: 'api.yaml', version: '2' }] }));
    const refused = runCli(['generate'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('specforge.config.json:1:40: specs[0].version: "2" is not a semantic version npm accepts');
  });

  it("has the first sentence of info.description as its description, in plain text", () => {
    expect(generate('1.0.0', 'The **Acme** API, e.g. for [orders](https://acme.test/v1.2/orders). Version 1.2.3 adds more.\nSecond line.').manifest.description).toBe(
      'The Acme API, e.g. for orders.',
    );
  });

  it('has exports that import and require() reach alike, through types and default', () => {
    const { manifest } = generate('1.0.0', 'An API.');
    expect(manifest.exports).toEqual({ '.': { types: './index.d.ts', default: './index.js' }, './client': { types: './client.d.ts', default: './client.js' }, './contract': { types: './contract.d.ts', default: './contract.js' }, './package.json': './package.json' });
    expect(manifest.type).toBe('module');
  });
});

describe('firstSentence', () => {
  it.each([
    ['Lists items. Then more.', 'Lists items.'],
    ['Uses v1.2.3 of the format. More.', 'Uses v1.2.3 of the format.'],
    ['See https://example.com/a.b?c=d. More.', 'See https://example.com/a.b?c=d.'],
    ['Things, i.e. stuff, etc. and more. Next.', 'Things, i.e. stuff, etc. and more.'],
    ['# Heading\n\nThe body text\ngoes on. Next', 'The body text goes on.'],
    ['No end at all', 'No end at all'],
    ['`code` and <em>html</em> and _emphasis_ here!', 'code and html and emphasis here!'],
    ['', ''],
  ])('%j gives %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });

  it('cuts a long sentence at a word, with …', () => {
    const sentence = firstSentence(`${'word '.repeat(100)}end.`);
    expect(sentence.length).toBeLessThanOrEqual(200);
    expect(sentence).toMatch(/word…$/);
  });
});
