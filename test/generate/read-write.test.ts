import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { importPackage, tempDir, typeCheck } from './support/generated-package.js';

// An OpenAPI 3.0 spec whose schema is shared by a request and a response: `id` is read-only, `password` write-only.
describe('readOnly and writeOnly, by direction', () => {
  let dir: string;
  let endpoint: any;
  beforeAll(async () => {
    dir = tempDir('read-write');
    const result = runCli(['generate', 'test/generate/fixtures/read-write.yaml', '--out', dir, '--package-name', 'accounts']);
    expect(result.code, result.stderr).toBe(0);
    endpoint = (await importPackage(dir)).endpoints.createAccount;
  });

  it('requests: read-only fields may not be sent and are not required; write-only ones are', () => {
    expect(endpoint.validateRequest({ body: { name: 'ada', password: 'correct horse' } })).toMatchObject({ ok: true });
    const sent = endpoint.validateRequest({ body: { id: 'a1', name: 'ada', password: 'correct horse' } });
    expect(sent.errors).toEqual([expect.objectContaining({ in: 'body', pointer: '/id', keyword: 'readOnly' })]);
    const missing = endpoint.validateRequest({ body: { name: 'ada' } });
    expect(missing.errors).toEqual([expect.objectContaining({ in: 'body', pointer: '', keyword: 'required' })]);
  });

  it('responses: write-only fields are never returned and not required; read-only ones are', () => {
    expect(endpoint.validateResponse(201, { id: 'a1', name: null })).toMatchObject({ ok: true });
    const leaked = endpoint.validateResponse(201, { id: 'a1', name: 'ada', password: 'correct horse' });
    expect(leaked.errors).toEqual([expect.objectContaining({ in: 'body', pointer: '/password', keyword: 'writeOnly' })]);
  });

  it("reads OpenAPI 3.0's nullable and boolean exclusiveMinimum", () => {
    expect(endpoint.validateResponse(201, { id: 'a1', name: null, score: 0.5 })).toMatchObject({ ok: true });
    const zero = endpoint.validateResponse(201, { id: 'a1', name: 'ada', score: 0 });
    expect(zero.errors).toEqual([expect.objectContaining({ pointer: '/score', keyword: 'exclusiveMinimum' })]);
  });

  it('types: the request type has no read-only fields, the response type no write-only ones', () => {
    const consumer = `
import type { CreateAccountRequestBody, CreateAccountResponse201, Account, AccountInput } from 'accounts';
export const request: CreateAccountRequestBody = { name: 'ada', password: 'correct horse' };
// @ts-expect-error: id is read-only, so not part of a request
export const withId: CreateAccountRequestBody = { id: 'a1', name: 'ada', password: 'correct horse' };
export const response: CreateAccountResponse201 = { id: 'a1', name: null };
// @ts-expect-error: password is write-only, so never in a response
export const leaked: CreateAccountResponse201 = { id: 'a1', name: null, password: 'x' };
export const views: [Account, AccountInput] = [{ id: 'a1', name: 'ada' }, { name: 'ada', password: 'correct horse' }];
`;
    expect(typeCheck([{ dir, name: 'accounts' }], consumer)).toBe('');
  });

  it('types: Readable and Writable only where a schema has read-only or write-only fields, through $refs too', () => {
    const types = readFileSync(join(dir, 'types.d.ts'), 'utf8');
    expect(types).toMatch(/^export type Account = Readable<components\["schemas"\]\["Account"\]>;$/m);
    expect(types).toMatch(/^export type Team = Readable<components\["schemas"\]\["Team"\]>;$/m);
    expect(types).toMatch(/^export type GetTeamResponse200 = Readable<paths\["\/teams\/\{team\}"\]\["get"\]/m);
    expect(types).toMatch(/^export type CreateAccountRequestBody = Writable<NonNullable</m);
    // Readable of a type without markers is that type, at a cost to every consumer's compiler: the type itself
    expect(types).toMatch(/^export type Note = components\["schemas"\]\["Note"\];$/m);
    expect(types).toMatch(/^export type ListNotesResponse200 = paths\["\/notes"\]\["get"\]\["responses"\]\["200"\]\["content"\]\["application\/json"\];$/m);
    expect(types).not.toMatch(/NoteInput/);
    const consumer = `
import type { GetTeamResponse200, ListNotesResponse200, Note, Team } from 'accounts';
export const team: GetTeamResponse200 = { members: [{ id: 'a1', name: null }] };
// @ts-expect-error: password is write-only, also inside a schema that refers to Account
export const leaked: Team = { members: [{ id: 'a1', name: null, password: 'x' }] };
export const notes: ListNotesResponse200 = [{ text: 'hello' }];
const first = notes[0];
export const text: string | undefined = first?.text;
// @ts-expect-error: text is required
export const empty: Note = {};
`;
    expect(typeCheck([{ dir, name: 'accounts' }], consumer)).toBe('');
  });
});
