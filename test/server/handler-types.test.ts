import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../support/run-cli.js';
import { tempDir, typeCheck } from '../generate/support/generated-package.js';

const agentmessage = { dir: join(projectRoot, 'generated', 'agentmessage'), name: 'agentmessage-api' };

/** tsc's errors for a consumer of the AgentMessage package, by line of the consumer's code. */
function errorsOf(code: string): string {
  return typeCheck([agentmessage], `import { createHandler, notImplemented, type HandlerInput, type HandlerResult, type ListWebhooksQuery, type UpdateWebhookRequestBody } from 'agentmessage-api';\n${code}`);
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

  it('types a defaulted parameter as present and a blank-as-null field as possibly null, and leaves the request types as a client sends them', () => {
    const output = errorsOf(`
export async function listWebhooks(input: HandlerInput<'listWebhooks'>): Promise<HandlerResult<'listWebhooks'>> {
  const limit: number = input.query.limit;
  void limit;
  throw notImplemented();
}
export async function updateWebhook({ body }: HandlerInput<'updateWebhook'>): Promise<HandlerResult<'updateWebhook'>> {
  const description: string | null | undefined = body.description;
  // @ts-expect-error a blank description arrives as null
  const text: string | undefined = body.description;
  const url: string | undefined = body.url;
  void description; void text; void url;
  throw notImplemented();
}
export const unsent: ListWebhooksQuery = {};
// @ts-expect-error a client may leave limit out
export const limit: number = unsent.limit;
export const blank: UpdateWebhookRequestBody = { description: '   ' };
// @ts-expect-error a client sends a string, never null
export const cleared: UpdateWebhookRequestBody = { description: null };
`);
    expect(output).toBe('');
  });
});

// test/generate/fixtures/defaults.yaml: parameters and body properties with defaults, in POST, PUT and PATCH.
describe('handler types of fields with defaults, as a strict consumer sees them', () => {
  let defaults: { dir: string; name: string };
  beforeAll(() => {
    defaults = { dir: tempDir('defaults-types'), name: 'defaults' };
    const result = runCli(['generate', 'test/generate/fixtures/defaults.yaml', '--out', defaults.dir, '--package-name', defaults.name]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('has a defaulted parameter or body property present in what the handler receives, but not in a PATCH body', () => {
    const output = typeCheck(
      [defaults],
      `import { createHandler, type HandlerInput, type ListItemsQuery, type CreateItemRequestBody } from 'defaults';
export const handler = createHandler({
  listItems: async ({ query, headers, cookies }) => {
    const limit: number = query.limit;
    const sort: 'asc' | 'desc' = query.sort;
    const made: string = query.constructor;
    const pageSize: number = headers['X-Page-Size'];
    const theme: string = cookies.theme;
    // @ts-expect-error a parameter without a default may be absent
    const cursor: string = query.cursor;
    void limit; void sort; void made; void pageSize; void theme; void cursor;
    return { status: 204 };
  },
  createItem: async ({ body }) => {
    const status: 'active' | 'archived' = body.status;
    const tags: string[] = body.tags;
    const version: number = body.version;
    // @ts-expect-error settings has no default of its own
    const settings: object = body.settings;
    void status; void tags; void version; void settings;
    return { status: 201 };
  },
  updateItem: async ({ query, body }) => {
    const dryRun: boolean = query.dryRun;
    const name: string = body.name;
    // @ts-expect-error in a PATCH body an absent field means unchanged: it gets no default
    const status: 'active' | 'archived' = body.status;
    const sent: 'active' | 'archived' | undefined = body.status;
    void dryRun; void name; void status; void sent;
    return { status: 200 };
  },
  plantTree: async ({ body }) => {
    const label: string | undefined = body?.label;
    if (body !== undefined) {
      const present: string = body.label;
      void present;
    }
    void label;
    return { status: 201 };
  },
});
export function odd(input: HandlerInput<'postOdd'>): string {
  return input.body === undefined ? '' : input.body.__proto__ + input.body.constructor;
}
export declare const unsent: ListItemsQuery;
// @ts-expect-error the request type is what a client sends: limit may be left out
export const limit: number = unsent.limit;
export const item: CreateItemRequestBody = { name: 'lamp', version: 1, status: 'active', tags: [] };
`,
    );
    expect(output).toBe('');
  });
});
