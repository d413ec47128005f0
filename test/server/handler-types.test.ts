import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/run-cli.js';
import { typeCheck } from '../generate/support/generated-package.js';

const agentmessage = { dir: join(projectRoot, 'generated', 'agentmessage'), name: 'agentmessage-api' };

/** tsc's errors for a consumer of the AgentMessage package, by line of the consumer's code. */
function errorsOf(code: string): string {
  return typeCheck([agentmessage], `import { createHandler, notImplemented, type HandlerInput, type HandlerResult } from 'agentmessage-api';\n${code}`);
}

describe('handler types, as a strict consumer sees them', () => {
  it('types each handler from the spec: its input parsed, and its answer one of the documented statuses with that status’s body', () => {
    const output = errorsOf(`
const authenticate = async () => ({ scopes: ['webhooks:write'], principal: 'me' });
export const handler = createHandler({
  updateWebhook: async ({ path, body, auth }) => {
    const id: string = path.id;
    const active: boolean | undefined = body.active;
    void id; void active; void auth?.principal;
    return { status: 404, body: { success: false, error: { code: 'NOT_FOUND', message: 'not found', request_id: 'r1' } } };
  },
  deleteWebhook: async () => ({ status: 204 }),
  getWebhook: async () => { throw notImplemented(); },
}, { authenticate });
export async function listWebhooks(input: HandlerInput<'listWebhooks'>): Promise<HandlerResult<'listWebhooks'>> {
  void input.query.limit;
  throw notImplemented();
}
`);
    expect(output).toBe('');
  });

  it('refuses a status the operation does not document, a body of another status, and an unknown operation', () => {
    const output = errorsOf(`
const authenticate = async () => null;
export const a = createHandler({ updateWebhook: async () => ({ status: 418, body: {} }) }, { authenticate });
export const b = createHandler({ deleteWebhook: async () => ({ status: 200, body: { deleted: true } }) }, { authenticate });
export const c = createHandler({ updateWebhook: async () => ({ status: 404, body: { id: 'x' } }) }, { authenticate });
export const d = createHandler({ updateWebhok: async () => ({ status: 200 }) }, { authenticate });
`).split('\n');
    const errorLines = new Set(output.map((message) => /consumer\.ts\((\d+),/.exec(message)?.[1]).filter(Boolean));
    // One error on each of the four handlers, and none on the line before them.
    expect(errorLines.size, output.join('\n')).toBe(4);
    expect(output.join('\n')).toContain("'updateWebhok' does not exist");
  });
});
