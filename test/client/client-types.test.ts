import { describe, expect, it } from 'vitest';
import { typeCheck } from '../generate/support/generated-package.js';
import { generatedPackage } from './support/client-package.js';

const generated = generatedPackage('specs/agentmessage.yaml', 'agentmessage-api');

/** tsc's errors for a strict consumer of the AgentMessage package's client; '' when clean. */
function errorsOf(code: string): string {
  return typeCheck([{ dir: generated.dir, name: 'agentmessage-api' }], `${IMPORTS}\n${code}`);
}

const IMPORTS = [
  "import { createClient, ClientError, type ClientResult, type ClientInput } from 'agentmessage-api';",
  "import { connect, getWebhook } from 'agentmessage-api/client';",
].join('\n');

/** Whether tsc reports an error on exactly the lines of `code` marked `// error`. */
function errorsOnMarkedLines(code: string, output: string): void {
  // typeCheck puts two lines of its own before the consumer's code.
  const offset = 2 + IMPORTS.split('\n').length;
  const marked = code.split('\n').flatMap((line, index) => (line.includes('// error') ? [index + 1 + offset] : []));
  const reported = [...new Set(output.split('\n').map((line) => Number(/^consumer\.ts\((\d+),/.exec(line)?.[1])).filter(Boolean))];
  expect(reported.sort((a, b) => a - b), output).toEqual(marked);
}

describe('client types, as a strict consumer sees them', () => {
  it('types each call’s input from the spec, and its result by status: a documented status’s body, an undocumented one’s unknown', () => {
    const output = errorsOf(`
const client = createClient({ token: 't', retry: { attempts: 3 }, timeoutMs: 5_000 });
export async function use(): Promise<string> {
  const result = await client.getWebhook({ path: { id: '497f6eca-6276-4993-bfeb-53cbbbba6f08' }, signal: new AbortController().signal });
  if (result.status === 200) {
    const url: string = result.body.url;
    const documented: true = result.documented;
    return url + String(documented);
  }
  if (result.status === 404) return result.body.error.code;
  if (result.documented === false) {
    const body: unknown = result.body;
    const status: number = result.status;
    return String(body) + status;
  }
  const created: ClientResult<'createWebhook'> = await client.createWebhook({ body: { url: 'https://example.com/h', events: ['wallet.balance_low'] } });
  const input: ClientInput<'deleteWebhook'> = { path: { id: 'x' }, timeoutMs: 10 };
  const deleted = await client.deleteWebhook(input);
  if (deleted.status === 204) { const none: undefined = deleted.body; void none; }
  const lean = connect({ token: 't' });
  const got = await getWebhook(lean, { path: { id: 'x' } });
  return String(created.status) + got.status;
}
export function kindOf(error: unknown): string | undefined {
  return error instanceof ClientError ? error.kind + error.operation + error.errors.length : undefined;
}
`);
    expect(output).toBe('');
  });

  it('refuses a call without its required path, a body of the wrong shape, another status’s body, an unknown operation and an unknown option', () => {
    const code = `
const client = createClient({ token: 't' });
export async function use(): Promise<void> {
  await client.getWebhook({}); // error
  await client.createWebhook({ body: { url: 7, events: [] } }); // error
  const result = await client.getWebhook({ path: { id: 'x' } });
  if (result.status === 404) void result.body.url; // error
  await client.getWebhok({ path: { id: 'x' } }); // error
  createClient({ retries: 3 }); // error
  await getWebhook(client, { path: { id: 'x' } }); // error
}
`;
    const output = errorsOf(code);
    errorsOnMarkedLines(code, output);
    expect(output).toContain("'getWebhok' does not exist");
    expect(output).toContain("'retries' does not exist");
  });
});
