import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';

// A project that installs the bundled AutoSend package as its users would (`npm install <folder>`) and calls the
// client: correct calls type-check, and each mistake below is a type error at its line, under both module
// resolutions a consumer may use.

const tsc = join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const PACKAGE = '@specforge-generated/autosend';

const CORRECT = `import { createClient, ClientError, type ClientResult, type UpdateWebhookRequestBody } from '${PACKAGE}';
import { connect, updateWebhook } from '${PACKAGE}/client';

const client = createClient({ token: 'AS_key', retry: { attempts: 3 }, timeoutMs: 5000 });

export async function update(id: string, body: UpdateWebhookRequestBody): Promise<boolean | undefined> {
  const res = await client.updateWebhook({ path: { id }, body });
  if (res.status === 200) return res.body.data.webhook.isActive;
  if (res.status === 404) console.log(res.body.error.code);
  if (!res.documented) console.log('undocumented', res.status, res.body);
  return undefined;
}

export async function lean(): Promise<void> {
  const api = connect({ baseUrl: 'https://api.autosend.com/v1', token: 'AS_key' });
  const res = await updateWebhook(api, { path: { id: 'wh_1' }, body: { url: 'https://example.com/hook', events: ['email.sent'], isActive: false } });
  if (res.status === 200) console.log(res.body.data.webhook.url);
}

export async function list(): Promise<ClientResult<'listWebhooks'>> {
  try {
    return await client.listWebhooks();
  } catch (error) {
    if (error instanceof ClientError) console.log(error.kind, error.operation, error.errors);
    throw error;
  }
}
`;

/** Each mistake, the call it is in, and what the compiler must say about it. */
const MISTAKES = [
  { why: 'a body field of the wrong type', code: `await client.updateWebhook({ path: { id: 'wh_1' }, body: { isActive: 'yes' } });`, says: /not assignable to type 'boolean/ },
  { why: 'a missing path parameter', code: `await client.updateWebhook({ path: {}, body: {} });`, says: /Property 'id' is missing/ },
  { why: 'sending secret, which the spec forbids', code: `await client.updateWebhook({ path: { id: 'wh_1' }, body: { secret: 'whsec_1' } });`, says: /not assignable to type 'undefined'|not assignable to type 'never'/ },
  { why: 'a property the closed body does not list', code: `await client.updateWebhook({ path: { id: 'wh_1' }, body: { colour: 'red' } });`, says: /'colour' does not exist/ },
  { why: 'reading a 200 body without narrowing on status', code: `console.log((await client.updateWebhook({ path: { id: 'wh_1' }, body: {} })).body.data.webhook.isActive);`, says: /Property 'data' does not exist|Object is of type 'unknown'/ },
  { why: 'no body where the operation requires one', code: `await client.createWebhook({});`, says: /Property 'body' is missing/ },
  { why: 'a lean call without its path', code: `await updateWebhook(connect(), { body: {} });`, says: /Property 'path' is missing/ },
];

function mistakesFile(withDirectives: boolean): string {
  const lines = [`import { createClient } from '${PACKAGE}';`, `import { connect, updateWebhook } from '${PACKAGE}/client';`, `const client = createClient();`, `export async function mistakes(): Promise<void> {`];
  for (const mistake of MISTAKES) {
    lines.push(`  // ${mistake.why}`);
    if (withDirectives) lines.push('  // @ts-expect-error');
    lines.push(`  ${mistake.code}`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

const SETTINGS = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'es2022',
  types: [],
};

const RESOLUTIONS = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

function typeCheck(dir: string, resolution: keyof typeof RESOLUTIONS, files: string[], skipLibCheck = false): string {
  const config = `tsconfig.${resolution}.json`;
  writeFileSync(join(dir, config), JSON.stringify({ compilerOptions: { ...SETTINGS, ...RESOLUTIONS[resolution], skipLibCheck }, files }));
  const result = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`.trim();
}

describe('a project that installs the AutoSend package with npm install <folder>', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('client-consumer');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const installed = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', join(projectRoot, 'generated', 'autosend')], { cwd: dir, encoding: 'utf8' });
    expect(installed.status, installed.stderr).toBe(0);
    writeFileSync(join(dir, 'correct.ts'), CORRECT);
    writeFileSync(join(dir, 'expected-errors.ts'), mistakesFile(true));
    writeFileSync(join(dir, 'mistakes.ts'), mistakesFile(false));
  }, 120_000);

  for (const resolution of Object.keys(RESOLUTIONS) as (keyof typeof RESOLUTIONS)[]) {
    describe(`moduleResolution ${resolution}`, () => {
      it('type-checks correct calls, narrowing each response on its status, and every @ts-expect-error on a mistake fires', () => {
        expect(typeCheck(dir, resolution, ['correct.ts', 'expected-errors.ts'])).toBe('');
      });

      it('reports each mistake at its own line, for the reason it is a mistake', () => {
        // The package's declarations were checked above; here only where the errors are matters.
        const output = typeCheck(dir, resolution, ['mistakes.ts'], true);
        const lines = mistakesFile(false).split('\n');
        for (const mistake of MISTAKES) {
          const line = lines.indexOf(`  ${mistake.code}`) + 1;
          // Each diagnostic with the lines of its message chain, which tsc indents below it.
          const reported = output.split(/\n(?=\S)/).filter((entry) => entry.startsWith(`mistakes.ts(${line},`)).join('\n');
          expect(reported, mistake.why).toMatch(mistake.says);
        }
      });
    });
  }
});
