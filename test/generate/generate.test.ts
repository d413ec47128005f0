import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ts from 'typescript';
import { parse } from 'yaml';
import { projectRoot, runCli } from '../support/run-cli.js';
import { importPackage, readTree, tempDir, typeCheck } from './support/generated-package.js';

/** Generates a package from one of this folder's fixtures, as `specforge generate` does, and expects exit 0. */
function generateFixture(fixture: string, packageName: string): string {
  const dir = tempDir(packageName);
  const result = runCli(['generate', `test/generate/fixtures/${fixture}`, '--out', dir, '--package-name', packageName]);
  expect(result.code, result.stderr).toBe(0);
  return dir;
}

const VENDORS = ['autousers', 'autosend', 'agentmessage', 'middesk'] as const;

describe('specforge generate on the bundled specs', () => {
  let out: string;
  beforeAll(() => {
    out = tempDir('generate');
    const result = runCli(['generate', ...VENDORS.map((v) => `specs/${v}.yaml`), '--out', out]);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code).toBe(0);
  });

  it('writes one package per spec, named after the spec file', () => {
    for (const vendor of VENDORS) {
      const manifest = JSON.parse(readFileSync(join(out, vendor, 'package.json'), 'utf8'));
      expect(manifest).toMatchObject({ name: vendor, type: 'module', exports: { '.': { types: './index.d.ts', default: './index.js' } } });
    }
  });

  it('is byte-stable: a second run into another folder gives identical files, with no absolute paths', () => {
    const again = tempDir('generate-again');
    expect(runCli(['generate', ...VENDORS.map((v) => `specs/${v}.yaml`), '--out', again]).code).toBe(0);
    const first = readTree(out);
    const second = readTree(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [path, contents] of first) {
      expect(second.get(path), path).toBe(contents);
      expect(contents.includes(projectRoot), path).toBe(false);
      expect(contents.includes(out), path).toBe(false);
    }
  });

  it('imports in plain Node with no build step and validates a seed request', async () => {
    const pkg = await importPackage(join(out, 'autosend'));
    const result = pkg.endpoints.updateWebhook.validateRequest({
      path: { id: '60d5ec49f1b2c72d9c8b1234' },
      headers: { authorization: 'Bearer AS_key', 'content-type': 'application/json' },
      body: { events: ['email.delivered', 'email.opened', 'email.clicked'], isActive: false },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        path: { id: '60d5ec49f1b2c72d9c8b1234' },
        query: {},
        headers: {},
        cookies: {},
        body: { events: ['email.delivered', 'email.opened', 'email.clicked'], isActive: false },
      },
    });
    expect(pkg.endpoints.updateWebhook.method).toBe('PUT');
    expect(pkg.endpoints.updateWebhook.path).toBe('/webhooks/{id}');
  });

  it('reports every error of a request, each with where it is', async () => {
    const pkg = await importPackage(join(out, 'agentmessage'));
    const result = pkg.endpoints.updateWebhook.validateRequest({
      path: { id: 'not-a-uuid' },
      body: { url: 'http://insecure.example', events: [], colour: 'blue' },
    });
    expect(result.ok).toBe(false);
    const where = result.errors.map((e: { in: string; pointer: string }) => `${e.in} ${e.pointer}`);
    expect(where).toEqual(expect.arrayContaining(['path /id', 'body /url', 'body /events', 'body /colour']));
    for (const error of result.errors) expect(Object.keys(error).sort()).toEqual(['in', 'keyword', 'message', 'pointer']);
  });

  it('validates responses by status, with the documented bodies', async () => {
    const pkg = await importPackage(join(out, 'autosend'));
    const notFound = { success: false, error: { message: 'Webhook not found', code: 'WEBHOOK_NOT_FOUND' } };
    expect(pkg.endpoints.updateWebhook.validateResponse(404, notFound).ok).toBe(true);
    expect(pkg.endpoints.updateWebhook.validateResponse(404, { message: 'nope' }).ok).toBe(false);
    const undeclared = pkg.endpoints.updateWebhook.validateResponse(418, {});
    expect(undeclared).toEqual({ ok: false, errors: [{ in: 'status', pointer: '', keyword: 'status', message: 'status 418 is not a declared response' }] });
  });

  it('type-checks strictly, as sources and through the package exports', () => {
    const consumer = `
import { endpoints, type UpdateWebhookRequestBody, type Webhook } from 'autosend';
const body: UpdateWebhookRequestBody = { events: ['email.delivered'], isActive: true };
const result = endpoints.updateWebhook.validateRequest({ path: { id: 'x' }, body });
if (result.ok) { const events: string[] | undefined = result.value.body.events; void events; }
// @ts-expect-error: isActive is a boolean
const wrong: UpdateWebhookRequestBody = { isActive: 'yes' };
void wrong;
declare const webhook: Webhook;
void webhook;
`;
    expect(typeCheck(VENDORS.map((v) => ({ dir: join(out, v), name: v })), consumer)).toBe('');
  });
});

describe('specforge generate on references deep into schemas', () => {
  it('follows them in validators and types, and the package type-checks', async () => {
    const dir = generateFixture('deep-refs.yaml', 'deep-refs');
    const { endpoints } = await importPackage(dir);
    expect(endpoints.createOrder.validateRequest({ body: { sku: 'abc' } }).ok).toBe(true);
    expect(endpoints.createOrder.validateRequest({ body: { sku: 'ab' } }).errors).toEqual([
      { in: 'body', pointer: '/sku', keyword: 'minLength', message: 'must be at least 3 characters' },
    ]);
    expect(endpoints.createOrder.validateResponse(200, [{ sku: 'x' }]).ok).toBe(false);
    // another operation's response schema and query parameter
    expect(endpoints.listOrders.validateResponse(200, [{ sku: 'ab' }]).ok).toBe(false);
    expect(endpoints.listGateways.validateRequest({ query: { limit: '51' } }).errors).toEqual([
      { in: 'query', pointer: '/limit', keyword: 'maximum', message: 'must be <= 50' },
    ]);
    expect(endpoints.listGateways.validateResponse(200, [{ listenerState: 'Failed' }]).ok).toBe(true);
    expect(endpoints.listGateways.validateResponse(200, [{ listenerState: 'Down' }]).ok).toBe(false);
    const consumer = `import type { CreateOrderRequestBody, CreateOrderResponse200, ListOrdersResponse200, ListGatewaysResponse200, ListGatewaysQuery } from 'deep-refs';
export const line: CreateOrderRequestBody = { sku: 'abc' };
export const lines: CreateOrderResponse200 = [{ sku: 'abc' }];
export const listed: ListOrdersResponse200 = [{ sku: 'abc' }];
export const gateways: ListGatewaysResponse200 = [{ listenerState: 'Failed', ipConfiguration: { state: 'Succeeded', gateway: {} } }];
export const query: ListGatewaysQuery = { limit: 5 };
// @ts-expect-error: not one of the states
export const wrongState: ListGatewaysResponse200 = [{ listenerState: 'Down' }];`;
    expect(typeCheck([{ dir, name: 'deep-refs' }], consumer)).toBe('');
  });
});

describe('specforge generate on discriminators', () => {
  it("writes openapi-typescript's own types, and its patches reach neither the validators nor the spec", async () => {
    const spec = 'test/generate/fixtures/discriminators.yaml';
    const dir = generateFixture('discriminators.yaml', 'discriminators');
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const expected = astToString(await openapiTS(new URL(`../../${spec}`, import.meta.url), { readWriteMarkers: true, silent: true }));
    const types = readFileSync(join(dir, 'types.d.ts'), 'utf8');
    expect(types.startsWith(expected)).toBe(true);
    expect(types).toMatch(/petType: "cat"/);
    // Cat alone does not require petType: only openapi-typescript's copy of it does.
    const { endpoints } = await importPackage(dir);
    expect(endpoints.addPet.validateResponse(200, { name: 'Tom' }).ok).toBe(true);
    // the discriminator picks the branch of the request body
    expect(endpoints.addPet.validateRequest({ body: { petType: 'cat', name: 'Tom' } }).ok).toBe(true);
    expect(endpoints.addPet.validateRequest({ body: { petType: 'cow' } }).errors).toEqual([
      { in: 'body', pointer: '/petType', keyword: 'discriminator', message: 'must be one of "cat", "dog"' },
    ]);
  });
});

describe('specforge generate on a discriminator mapping by schema names', () => {
  it('reads `cat: Cat` as the schema Cat, as OpenAPI allows, in the lint, the types and the validators', async () => {
    const spec = 'test/generate/fixtures/discriminator-mapping-names.yaml';
    const lint = runCli(['lint', spec, '--format', 'json']);
    expect(JSON.parse(lint.stdout).filter((f: { rule: string }) => f.rule === 'no-unresolved-refs')).toEqual([]);
    const dir = generateFixture('discriminator-mapping-names.yaml', 'mapping-names');
    expect(readFileSync(join(dir, 'types.d.ts'), 'utf8')).toMatch(/kind: "cat"/);
    const { endpoints } = await importPackage(dir);
    expect(endpoints.getPet.validateResponse(200, { kind: 'cat' }).ok).toBe(true);
    expect(endpoints.getPet.validateResponse(200, { kind: 'cow' }).ok).toBe(false);
  });
});

describe('specforge generate on a schema that declares its discriminator property itself', () => {
  it('types the property once, and validates it as the schema says', async () => {
    const dir = generateFixture('discriminator-redeclared.yaml', 'redeclared');
    const consumer = `import type { GetFishResponse200 } from 'redeclared';
export const fish: GetFishResponse200 = { kind: 'Fish', fins: 2 };
// @ts-expect-error: another kind
export const bird: GetFishResponse200 = { kind: 'bird' };`;
    expect(typeCheck([{ dir, name: 'redeclared' }], consumer)).toBe('');
    const { endpoints } = await importPackage(dir);
    expect(endpoints.getFish.validateResponse(200, { kind: 'Fish', fins: 2 }).ok).toBe(true);
    expect(endpoints.getFish.validateResponse(200, { kind: 'Shark' }).ok).toBe(false);
  });
});

describe('specforge generate on a schema that requires properties of a nullable allOf member', () => {
  it('makes a package that type-checks, and still validates the requirement', async () => {
    const dir = generateFixture('required-over-nullable.yaml', 'nullable-member');
    const consumer = `import type { GetLatestErrorResponse200 } from 'nullable-member';
export const none: GetLatestErrorResponse200 = null;
export const some: GetLatestErrorResponse200 = { error_code: 'X', error_message: 'Y' };`;
    expect(typeCheck([{ dir, name: 'nullable-member' }], consumer)).toBe('');
    const { endpoints } = await importPackage(dir);
    expect(endpoints.getLatestError.validateResponse(200, null).ok).toBe(true);
    expect(endpoints.getLatestError.validateResponse(200, { error_code: 'X', error_message: 'Y' }).ok).toBe(true);
    // (not null, and not the object: the nullable schema reports both alternatives)
    expect(endpoints.getLatestError.validateResponse(200, { error_code: 'X' }).errors).toContainEqual({
      in: 'body',
      pointer: '',
      keyword: 'required',
      message: "must have required property 'error_message'",
    });
  });
});

describe('specforge generate on a null-typed schema whose oneOf cannot be null', () => {
  it('types it as never, which type-checks where openapi-typescript recurses, and keeps a oneOf that may be null', async () => {
    const dir = generateFixture('impossible-null.yaml', 'impossible-null');
    expect(readFileSync(join(dir, 'types.d.ts'), 'utf8')).toMatch(/ImpossibleValue: never;/);
    const consumer = `import type { GetValuesResponse200 } from 'impossible-null';
export const onlyNull: GetValuesResponse200 = { onlyNull: null };
// @ts-expect-error: no value is a null and a string
export const impossible: GetValuesResponse200 = { impossible: 'x' };
// @ts-expect-error: nor is null one of the oneOf
export const stillImpossible: GetValuesResponse200 = { impossible: null };`;
    expect(typeCheck([{ dir, name: 'impossible-null' }], consumer)).toBe('');
    const { endpoints } = await importPackage(dir);
    expect(endpoints.getValues.validateResponse(200, { onlyNull: null }).ok).toBe(true);
    for (const impossible of [null, 'x', {}, []]) expect(endpoints.getValues.validateResponse(200, { impossible }).ok).toBe(false);
  });
});

describe('specforge generate on a spec of many operations', () => {
  /**
   * A JSON spec of `count` operations: even ones share one query parameter, odd ones each have a path parameter of
   * their own and the same response header.
   */
  function manyOperations(count: number): string {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) {
      const parameters =
        i % 2 === 0
          ? [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }]
          : [{ name: `id${i}`, in: 'path', required: true, schema: { type: 'string', minLength: 2 } }];
      const headers = i % 2 === 0 ? undefined : { 'X-Rate-Limit': { schema: { type: 'integer' } } };
      paths[i % 2 === 0 ? `/even${i}` : `/odd${i}/{id${i}}`] = {
        get: { operationId: `op${i}`, parameters, responses: { '200': { description: 'ok', headers, content: { 'application/json': { schema: { type: 'integer' } } } } } },
      };
    }
    const dir = tempDir('many-operations-spec');
    const file = join(dir, `many-${count}.json`);
    writeFileSync(file, JSON.stringify({ openapi: '3.1.0', info: { title: 'Many', version: '1' }, paths }));
    return file;
  }

  function generate(count: number): string {
    const dir = tempDir(`many-${count}`);
    const result = runCli(['generate', manyOperations(count), '--out', dir, '--package-name', `many-${count}`]);
    expect(result.code, result.stderr).toBe(0);
    return dir;
  }

  // tsc follows control flow back from every reference to a variable or import over each top-level statement
  // before it: with a declaration per operation, Microsoft Graph beta's package (22,361 operations) did not
  // type-check in half an hour.
  it('writes endpoints.ts as the same few statements whatever the number of operations', () => {
    const kind = (statement: ts.Statement) =>
      ts.isImportDeclaration(statement) ? 'import' : ts.isVariableStatement(statement) ? 'const' : ts.isInterfaceDeclaration(statement) ? 'interface' : 'other';
    const statements = (dir: string) =>
      ts.createSourceFile('endpoints.ts', readFileSync(join(dir, 'src', 'endpoints.ts'), 'utf8'), ts.ScriptTarget.ES2022).statements.map(kind);
    const few = statements(generate(3));
    expect(statements(generate(400))).toEqual(few);
    expect(few.filter((k) => k !== 'import')).toEqual(['const', 'interface', 'const']);
  });

  it("reads each operation's own parameters in code of its own, writes code several operations call once, and validates by both", async () => {
    const dir = generate(400);
    const source = readFileSync(join(dir, 'src', 'endpoints.ts'), 'utf8');
    expect(source.match(/own\(wireQuery, "limit"\)/g)).toHaveLength(200);
    expect(source.match(/headerValue\(headers, "x-rate-limit"\)/g)).toHaveLength(1);
    expect(source.match(/readHeaders: shared\.headers1 \}/g)).toHaveLength(200);
    expect(source).toMatch(/"op7": endpoint\("GET", "\/odd7\/\{id7\}", \(request: RequestInput\): RequestResult<unknown> => \{\n(.*\n){2}    const p1 = first\(own\(wirePath, "id7"\)\);/);
    const { endpoints } = await importPackage(dir);
    expect(Object.keys(endpoints)).toHaveLength(400);
    expect(endpoints.op398.validateRequest({ query: { limit: '7' } })).toEqual({ ok: true, value: expect.objectContaining({ query: { limit: 7 } }) });
    expect(endpoints.op398.validateRequest({ query: { limit: '101' } })).toMatchObject({ ok: false, errors: [{ in: 'query', pointer: '/limit', keyword: 'maximum' }] });
    expect(endpoints.op7.validateRequest({ path: { id7: 'ab' } }).ok).toBe(true);
    expect(endpoints.op7.validateRequest({ path: { id7: 'a' } })).toMatchObject({ ok: false, errors: [{ in: 'path', pointer: '/id7', keyword: 'minLength' }] });
    expect(endpoints.op7.validateResponse(200, 1).ok).toBe(true);
    expect(endpoints.op7.validateResponse(200, 'one').ok).toBe(false);
    expect(endpoints.op7).toMatchObject({ method: 'GET', path: '/odd7/{id7}' });
    expect(endpoints.op7.validateResponse(200, 1, { 'x-rate-limit': 'many' }).errors).toEqual([
      { in: 'header', pointer: '/X-Rate-Limit', keyword: 'type', message: 'must be integer' },
    ]);
    const consumer = `import { endpoints } from 'many-400';
const result = endpoints.op398.validateRequest({ query: { limit: '7' } });
if (result.ok) { const limit: number | undefined = result.value.query.limit; void limit; }
const odd = endpoints.op7.validateRequest({ path: { id7: 'ab' } });
if (odd.ok) { const id: string = odd.value.path.id7; void id; }
// @ts-expect-error: op7's path parameter is id7, not limit
if (odd.ok) void odd.value.path.limit;`;
    expect(typeCheck([{ dir, name: 'many-400' }], consumer)).toBe('');
  });
});

describe('specforge generate on JSON specs (one of a single file is read without Redocly on the main thread)', () => {
  it('refuses a schema keyword it cannot compile at its line and column in the JSON text', () => {
    const dir = tempDir('json-refusal');
    const text = JSON.stringify(parse(readFileSync(join(projectRoot, 'test/generate/fixtures/unsupported-keyword.yaml'), 'utf8')), null, 2);
    const spec = join(dir, 'unsupported.json');
    writeFileSync(spec, text);
    const before = text.slice(0, text.indexOf('"pattern"')).split('\n');
    const result = runCli(['generate', spec, '--out', join(dir, 'out')]);
    expect(result.stderr).toContain(`unsupported.json:${before.length}:${before.at(-1)!.length + 1}: cannot generate: Unsupported JSON Schema: "pattern"`);
    expect(result.code).toBe(1);
  });

  it("bundles one whose $refs go to another file, with Redocly, and validates by the other file's schema", async () => {
    const dir = tempDir('json-two-files');
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Two files', version: '1' },
      paths: {
        '/things': {
          post: {
            operationId: 'addThing',
            requestBody: { required: true, content: { 'application/json': { schema: { $ref: 'schemas.json#/Thing' } } } },
            responses: { '204': { description: 'Added.' } },
          },
        },
      },
    };
    writeFileSync(join(dir, 'api.json'), JSON.stringify(spec, null, 2));
    writeFileSync(join(dir, 'schemas.json'), JSON.stringify({ Thing: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 } } } }));
    const result = runCli(['generate', join(dir, 'api.json'), '--out', join(dir, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    const { endpoints } = await importPackage(join(dir, 'out'));
    expect(endpoints.addThing.validateRequest({ body: { name: 'ab' } }).ok).toBe(true);
    expect(endpoints.addThing.validateRequest({ body: { name: 'a' } }).errors).toEqual([
      { in: 'body', pointer: '/name', keyword: 'minLength', message: 'must be at least 2 characters' },
    ]);
  });

  it("relies on specforge's own lint config changing no documents, which would need Redocly's bundle", async () => {
    const [{ loadLintConfig }, { changesDocuments }] = await Promise.all([import('../../generator/lint/config.js'), import('../../generator/load/bundle-spec.js')]);
    const config = await loadLintConfig();
    expect(changesDocuments(config, 'oas3_0')).toBe(false);
    expect(changesDocuments(config, 'oas3_1')).toBe(false);
  });

  it('says so, with exit 2, when a .json spec is missing or is a folder', () => {
    const dir = tempDir('json-missing');
    mkdirSync(join(dir, 'folder.json'));
    const missing = runCli(['generate', join(dir, 'missing.json'), '--out', join(dir, 'a')]);
    expect(missing.stderr).toMatch(/missing\.json: no such file/);
    expect(missing.code).toBe(2);
    const folder = runCli(['generate', join(dir, 'folder.json'), '--out', join(dir, 'b')]);
    expect(folder.stderr).toMatch(/folder\.json: is a folder, not a spec file/);
    expect(folder.code).toBe(2);
  });

  it('gives the same messages as for YAML to a JSON file that is not OpenAPI 3', () => {
    const dir = tempDir('json-unusable');
    writeFileSync(join(dir, 'swagger.json'), JSON.stringify({ swagger: '2.0', info: {}, paths: {} }));
    writeFileSync(join(dir, 'list.json'), '[1, 2]');
    const swagger = runCli(['generate', join(dir, 'swagger.json'), '--out', join(dir, 'a')]);
    expect(swagger.stderr).toMatch(/swagger\.json: is Swagger 2\.0; specforge reads OpenAPI 3\.0 and 3\.1/);
    expect(swagger.code).toBe(2);
    const list = runCli(['generate', join(dir, 'list.json'), '--out', join(dir, 'b')]);
    expect(list.stderr).toMatch(/list\.json: is not an OpenAPI document: expected a mapping at the top level/);
    expect(list.code).toBe(2);
  });
});

describe('the package name', () => {
  const spec = readFileSync('test/generate/fixtures/read-write.yaml', 'utf8');

  it('is one npm accepts, made from a spec file name npm would refuse (`My Spec.yaml` gives `my-spec`)', () => {
    const dir = tempDir('package-name');
    writeFileSync(join(dir, 'My Spec.yaml'), spec);
    const result = runCli(['generate', join(dir, 'My Spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'package.json'), 'utf8')).name).toBe('my-spec');
  });

  it('refuses a --package-name npm would refuse with one line and exit 2, writing nothing', () => {
    const dir = tempDir('package-name-refused');
    for (const name of ['My API', '@scope/', '.hidden', 'a'.repeat(215)]) {
      const result = runCli(['generate', 'test/generate/fixtures/read-write.yaml', '--out', join(dir, 'out'), '--package-name', name]);
      expect(result.code, name).toBe(2);
      expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`--package-name ${JSON.stringify(name)} is not a name npm accepts`)]);
      expect(existsSync(join(dir, 'out'))).toBe(false);
    }
  });
});

describe('the committed packages in generated/', () => {
  it('are up to date with the specs (generate --check)', () => {
    const result = runCli(['generate', '--check']);
    const verdicts = result.stderr.split('\n').filter((line) => line.startsWith('generated/'));
    expect(verdicts).toEqual(VENDORS.map((v) => `generated/${v}: up to date`));
    expect(result.code).toBe(0);
  });

  it('--check fails, naming the file, when a generated file was edited', () => {
    const copy = tempDir('check');
    cpSync(join(projectRoot, 'generated', 'middesk'), copy, { recursive: true });
    const edited = join(copy, 'validators.js');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n// edited\n`);
    const result = runCli(['generate', 'specs/middesk.yaml', '--out', copy, '--package-name', '@specforge-generated/middesk', '--check']);
    expect(result.stderr).toContain('changed validators.js');
    expect(result.code).toBe(1);
    expect(readFileSync(edited, 'utf8')).toMatch(/\/\/ edited\n$/);
  });

  it('--check names a package whose runtime another specforge version wrote, or that was edited', () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
    const copy = tempDir('check-runtime');
    cpSync(join(projectRoot, 'generated', 'middesk'), copy, { recursive: true });
    const check = () => runCli(['generate', 'specs/middesk.yaml', '--out', copy, '--package-name', '@specforge-generated/middesk', '--check']);
    for (const file of ['runtime/validation-runtime.js', 'runtime/validation-runtime.d.ts', 'src/runtime/validation-runtime.ts']) {
      const path = join(copy, file);
      const contents = readFileSync(path, 'utf8');
      expect(contents.startsWith(`// specforge runtime ${version}.`), file).toBe(true);
      writeFileSync(path, contents.replace(`// specforge runtime ${version}.`, '// specforge runtime 0.0.9.'));
    }
    const older = check();
    expect(older.stderr).toContain('changed runtime/validation-runtime.js');
    expect(older.stderr).toContain(`runtime: written by specforge 0.0.9, not by this specforge (${version})`);
    expect(older.code).toBe(1);

    cpSync(join(projectRoot, 'generated', 'middesk'), copy, { recursive: true });
    const edited = join(copy, 'runtime', 'endpoint-runtime.js');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}// patched by hand\n`);
    const patched = check();
    expect(patched.stderr).toContain('runtime: a runtime file edited since specforge wrote it');
    expect(patched.code).toBe(1);
  });
});

describe('generate refuses only what it cannot generate correctly', () => {
  it('refuses an unresolved $ref with its file:line:col and exit 1', () => {
    const result = runCli(['generate', 'test/lint/fixtures/unresolved-ref.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toContain('test/lint/fixtures/unresolved-ref.yaml:32:23 no-unresolved-refs');
    expect(result.code).toBe(1);
  });

  it('refuses duplicate operationIds', () => {
    const result = runCli(['generate', 'test/lint/fixtures/duplicate-operation-id.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toContain('test/lint/fixtures/duplicate-operation-id.yaml:42:7 operation-operationId-unique');
    expect(result.code).toBe(1);
  });

  it('refuses a document that breaks OpenAPI\'s structure, at the place', () => {
    const result = runCli(['generate', 'test/generate/fixtures/broken-structure.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toContain('test/generate/fixtures/broken-structure.yaml:8:18 struct Expected type `Responses` (object) but got `string`');
    expect(result.code).toBe(1);
  });

  it('only warns about a property OpenAPI does not define, which OpenAPI ignores', () => {
    const dir = tempDir('unknown-property');
    const result = runCli(['generate', 'test/generate/fixtures/unknown-property.yaml', '--out', dir]);
    expect(result.stderr).toContain('test/generate/fixtures/unknown-property.yaml:13:39 warn struct Property `nullable` is not expected here.');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'index.js'))).toBe(true);
  });

  it('generates past specification extensions whatever their shape: x-logo as a string, x- keys among paths and webhooks', async () => {
    const dir = tempDir('extensions');
    const result = runCli(['generate', 'test/generate/fixtures/extensions.yaml', '--out', dir]);
    expect(result.stderr).toMatch(/extensions\.yaml:\d+:\d+ warn struct Expected type `Logo` \(object\) but got `string`/);
    expect(result.code).toBe(0);
    const pkg = await importPackage(dir);
    expect(Object.keys(pkg.endpoints)).toEqual(['listPets']);
  });

  it('still refuses a broken schema of a property whose name starts with x-: a name, not an extension', () => {
    const result = runCli(['generate', 'test/generate/fixtures/x-property.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toContain('test/generate/fixtures/x-property.yaml:18:31 struct Expected type `array` but got `string`.');
    expect(result.code).toBe(1);
  });

  it('names the pointer of a structural problem too, for specs written on one line', () => {
    const result = runCli(['generate', 'test/generate/fixtures/broken-structure.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toMatch(/broken-structure\.yaml:8:18 struct .* \(at \/paths\/~1a\/get\/responses\)/);
  });

  it('refuses a schema keyword it cannot compile, at the keyword, rather than ignore it', () => {
    const result = runCli(['generate', 'test/generate/fixtures/unsupported-keyword.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toContain(
      'specforge: test/generate/fixtures/unsupported-keyword.yaml:21:28: cannot generate: Unsupported JSON Schema: "pattern" at #/components/schemas/Thing/properties/b',
    );
    expect(result.code).toBe(1);
  });

  it('generates from a spec that only breaks other rules, printing them as warnings', () => {
    const dir = tempDir('warn');
    const result = runCli(['generate', 'test/lint/fixtures/missing-operation-id.yaml', '--out', dir]);
    expect(result.stderr).toContain('test/lint/fixtures/missing-operation-id.yaml:15:5 warn operation-operationId');
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, 'index.js'))).toBe(true);
  });

  it('shows the first 50 lint warnings and says where the rest are', () => {
    const dir = tempDir('many-warnings');
    const paths = Array.from({ length: 40 }, (_, i) => `  /things${i}:\n    get:\n      responses:\n        '200': { description: OK. }\n        '400': { description: Bad. }\n`).join('');
    const spec = join(dir, 'many-warnings.yaml');
    writeFileSync(spec, `openapi: 3.1.0\ninfo: { title: Many warnings, version: '1' }\npaths:\n${paths}`);
    const result = runCli(['generate', spec, '--out', join(dir, 'out')]);
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => line.includes(' warn '))).toHaveLength(50);
    expect(lines).toContainEqual(expect.stringMatching(/^… and \d+ more lint warnings: 'specforge lint .*many-warnings\.yaml' lists them all$/));
  });

  it('gives an operation without operationId a stable derived name', async () => {
    const dir = tempDir('derived');
    expect(runCli(['generate', 'test/lint/fixtures/missing-operation-id.yaml', '--out', dir]).code).toBe(0);
    const pkg = await importPackage(dir);
    expect(Object.keys(pkg.endpoints)).toEqual(['getThingsById']);
  });

  it('refuses a JSON spec with a duplicate key, as it does a YAML one: exit 2 at the second key', () => {
    const result = runCli(['generate', 'test/generate/fixtures/duplicate-key.json', '--out', tempDir('refuse')]);
    expect(result.stderr.trim()).toBe('specforge: test/generate/fixtures/duplicate-key.json:10:11: YAML does not parse: duplicated mapping key');
    expect(result.code).toBe(2);
    const referenced = runCli(['generate', 'test/generate/fixtures/duplicate-key-root.yaml', '--out', tempDir('refuse')]);
    expect(referenced.stderr.trim()).toBe('specforge: test/generate/fixtures/duplicate-key-part.json:4:51: YAML does not parse: duplicated mapping key');
    expect(referenced.code).toBe(2);
    const lint = runCli(['lint', 'test/generate/fixtures/duplicate-key.json']);
    expect(lint.stderr).toMatch(/^specforge: test\/generate\/fixtures\/duplicate-key\.json:\d+:\d+: YAML does not parse: duplicated mapping key/);
    expect(lint.code).toBe(2);
  });

  it('does not hang on a pattern that backtracks catastrophically on an example: the examples go unchecked, and it says so', () => {
    const env = { SPECFORGE_LINT_TIME_LIMIT_MS: '3000' };
    const dir = tempDir('backtracking');
    const result = runCli(['generate', 'test/generate/fixtures/backtracking-pattern.yaml', '--out', dir], { env });
    expect(result.stderr).toContain(
      'test/generate/fixtures/backtracking-pattern.yaml:1:1 warn specforge/examples-not-checked checking examples against their schemas did not finish in 3 s',
    );
    expect(result.code).toBe(0);
    const lint = runCli(['lint', 'test/generate/fixtures/backtracking-pattern.yaml'], { env });
    expect(lint.stdout).toContain('backtracking-pattern.yaml:1:1 error specforge/examples-not-checked');
    expect(lint.code).toBe(1);
  });

  it('treats unusable input as lint does: exit 2 and one line', () => {
    const result = runCli(['generate', 'test/lint/fixtures/swagger2.yaml', '--out', tempDir('refuse')]);
    expect(result.stderr).toMatch(/^specforge: test\/lint\/fixtures\/swagger2.yaml: is Swagger 2.0/);
    expect(result.code).toBe(2);
  });
});
