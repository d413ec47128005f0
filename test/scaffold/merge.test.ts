import { describe, expect, it } from 'vitest';
import { collectorModule, handlerModule } from '../../generator/scaffold/handler-modules.js';
import { mergeCollector } from '../../generator/scaffold/merge-collector.js';
import { mergeHandlerModule, type ModuleMerge } from '../../generator/scaffold/merge-handler.js';

// Re-scaffolding changes a handler module the user has edited in a few places only (the function's parameter and
// return types, the imports they need) and the collector by adding and removing its own entries; every other
// character stays as the user left it.

const target = { name: 'updateWebhook', packageName: '@acme/api', previousPackageName: undefined };
const operation = { name: 'updateWebhook', operationId: 'updateWebhook', method: 'patch' as const, path: '/v1/webhooks/{id}', summary: 'Update' };

function updated(result: ModuleMerge): string {
  if (result.kind !== 'updated') throw new Error(`expected an update, got ${JSON.stringify(result)}`);
  return result.text;
}

describe('a handler module, merged', () => {
  it('is unchanged when its signature is the current one', () => {
    expect(mergeHandlerModule('m.ts', handlerModule(operation, '@acme/api'), target)).toEqual({ kind: 'unchanged' });
  });

  it('gets the current parameter and return types, its body and everything else byte for byte', () => {
    const body = `{
    // my code, my formatting
    const   id = input.path.id ;
    return { status: 404, body: { message: \`no \${id}\` } } // trailing
}`;
    const source = `import { notImplemented, type HandlerInput, type HandlerResult } from '@acme/api';
import { db } from '../db.js';

const helper = () => 1;

/** My own doc. */
export async function updateWebhook(input: HandlerInput<'oldName'>): Promise<HandlerResult<'oldName'> | undefined> ${body}

export const other = 2;
`;
    const merged = updated(mergeHandlerModule('m.ts', source, target));
    expect(merged).toBe(source.replace("HandlerInput<'oldName'>", "HandlerInput<'updateWebhook'>").replace("Promise<HandlerResult<'oldName'> | undefined>", "Promise<HandlerResult<'updateWebhook'>>"));
    expect(merged).toContain(body);
  });

  it('types a parameter and a return that have no annotation, in function declarations and arrow functions', () => {
    const declared = 'export async function updateWebhook(input) {\n  return { status: 204 };\n}\n';
    expect(updated(mergeHandlerModule('m.ts', declared, target))).toBe(
      "import type { HandlerInput, HandlerResult } from '@acme/api';\nexport async function updateWebhook(input: HandlerInput<'updateWebhook'>): Promise<HandlerResult<'updateWebhook'>> {\n  return { status: 204 };\n}\n",
    );
    const arrow = "import { notImplemented } from '@acme/api';\n\nexport const updateWebhook = async input => {\n  throw notImplemented();\n};\n";
    expect(updated(mergeHandlerModule('m.ts', arrow, target))).toBe(
      "import { notImplemented, type HandlerInput, type HandlerResult } from '@acme/api';\n\nexport const updateWebhook = async (input: HandlerInput<'updateWebhook'>): Promise<HandlerResult<'updateWebhook'>> => {\n  throw notImplemented();\n};\n",
    );
    const destructured = "import type { HandlerInput, HandlerResult } from '@acme/api';\nconst impl = async ({ path }: { path: unknown }) => ({ status: 204 as const });\nexport { impl as updateWebhook };\n";
    expect(updated(mergeHandlerModule('m.ts', destructured, target))).toBe(
      "import type { HandlerInput, HandlerResult } from '@acme/api';\nconst impl = async ({ path }: HandlerInput<'updateWebhook'>): Promise<HandlerResult<'updateWebhook'>> => ({ status: 204 as const });\nexport { impl as updateWebhook };\n",
    );
  });

  it("uses the names the module imports the package's types under, and moves imports of a renamed package", () => {
    const aliased = "import { type HandlerInput as In, type HandlerResult as Out } from '@acme/api';\nexport async function updateWebhook(input: In<'x'>): Promise<Out<'x'>> {\n  return { status: 204 };\n}\n";
    expect(updated(mergeHandlerModule('m.ts', aliased, target))).toContain("(input: In<'updateWebhook'>): Promise<Out<'updateWebhook'>>");
    const renamed = handlerModule(operation, 'old-api');
    const moved = updated(mergeHandlerModule('m.ts', renamed, { ...target, previousPackageName: 'old-api' }));
    expect(moved).toBe(handlerModule(operation, '@acme/api'));
  });

  it('keeps a CRLF module in CRLF', () => {
    const source = 'export async function updateWebhook(input) {\r\n  return { status: 204 };\r\n}\r\n';
    const merged = updated(mergeHandlerModule('m.ts', source, target));
    expect(merged.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reports a module that does not parse, with the line and column, and one without the function', () => {
    expect(mergeHandlerModule('m.ts', 'export async function updateWebhook(input {\n', target)).toMatchObject({ kind: 'unparsable', where: '1:43' });
    expect(mergeHandlerModule('m.ts', 'export async function somethingElse() {}\nasync function updateWebhook() {}\n', target)).toEqual({ kind: 'no-function' });
  });

  it('leaves a function without parameters without one, and only types its return', () => {
    const source = "import type { HandlerInput, HandlerResult } from '@acme/api';\nexport async function updateWebhook() {\n  return { status: 204 as const };\n}\n";
    expect(updated(mergeHandlerModule('m.ts', source, target))).toContain("export async function updateWebhook(): Promise<HandlerResult<'updateWebhook'>> {");
  });
});

describe('the collector, merged', () => {
  const base = { packageName: '@acme/api', previousPackageName: undefined, gone: [] as string[] };
  const fresh = collectorModule({ packageName: '@acme/api', operations: [operation, { ...operation, name: 'getWebhook' }] });

  it('adds the entries and imports of new operations, after the others', () => {
    const merged = mergeCollector('c.ts', fresh, { ...base, operations: ['updateWebhook', 'getWebhook', 'rotateSecret'] });
    expect(merged.kind).toBe('updated');
    const text = (merged as { text: string }).text;
    expect(text).toContain("import { getWebhook } from './handlers/getWebhook.js';\nimport { rotateSecret } from './handlers/rotateSecret.js';\n");
    expect(text).toContain('  getWebhook,\n  rotateSecret,\n};');
    expect(mergeCollector('c.ts', text, { ...base, operations: ['updateWebhook', 'getWebhook', 'rotateSecret'] })).toEqual({ kind: 'unchanged' });
  });

  it("keeps the user's lines: their own entries, comments and a last entry without a comma", () => {
    const source = `import type { Handlers } from '@acme/api';
import { updateWebhook as myUpdate } from './handlers/updateWebhook.js';
import { extra } from './extra.js';

export const handlers = {
  updateWebhook: myUpdate, // mine
  ...extra
} satisfies Partial<Handlers>;
`;
    const merged = mergeCollector('c.ts', source, { ...base, operations: ['updateWebhook', 'getWebhook'] });
    expect((merged as { text: string }).text).toBe(`import type { Handlers } from '@acme/api';
import { updateWebhook as myUpdate } from './handlers/updateWebhook.js';
import { extra } from './extra.js';
import { getWebhook } from './handlers/getWebhook.js';

export const handlers = {
  updateWebhook: myUpdate, // mine
  getWebhook,
  ...extra
} satisfies Partial<Handlers>;
`);
    const last = "import { a } from './handlers/a.js';\nexport const handlers = {\n  a // note\n};\n";
    expect((mergeCollector('c.ts', last, { ...base, operations: ['a', 'b'] }) as { text: string }).text).toBe(
      "import { a } from './handlers/a.js';\nimport { b } from './handlers/b.js';\nexport const handlers = {\n  a, // note\n  b,\n};\n",
    );
    const empty = 'export const handlers = {};\n';
    expect((mergeCollector('c.ts', empty, { ...base, operations: ['a'] }) as { text: string }).text).toBe(
      "import { a } from './handlers/a.js';\nexport const handlers = {\n  a,\n};\n",
    );
  });

  it('removes the entry and import of an operation that is gone when they are as the scaffold wrote them', () => {
    const merged = mergeCollector('c.ts', fresh, { ...base, operations: ['updateWebhook'], gone: ['getWebhook'] });
    expect(merged).toMatchObject({ kind: 'updated', removed: ['getWebhook'] });
    expect((merged as { text: string }).text).toBe(collectorModule({ packageName: '@acme/api', operations: [operation] }));
    const own = fresh.replace('  getWebhook,\n', '  getWebhook: async () => ({ status: 204 as const }),\n');
    expect(mergeCollector('c.ts', own, { ...base, operations: ['updateWebhook'], gone: ['getWebhook'] })).toEqual({ kind: 'unchanged' });
  });

  it('reports a collector that does not parse, or has no handlers object', () => {
    expect(mergeCollector('c.ts', 'export const handlers = {\n', { ...base, operations: ['a'] })).toMatchObject({ kind: 'unparsable', where: '2:1' });
    expect(mergeCollector('c.ts', 'export default {};\n', { ...base, operations: ['a'] })).toEqual({ kind: 'no-object' });
  });
});
