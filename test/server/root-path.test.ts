import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { importPackage, tempDir } from '../generate/support/generated-package.js';
import { answerOf } from './support/serve.js';

type Json = any;

// A spec whose paths include the root `/`, as GitHub's does (`GET /`, meta/root, its first operation).
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Root', version: '1' },
  servers: [{ url: 'https://api.example.com/v1' }],
  paths: {
    '/': { get: { operationId: 'getRoot', responses: { '200': { description: 'The API root.', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    '/things': { get: { operationId: 'listThings', responses: { '200': { description: 'Things.', content: { 'application/json': { schema: { type: 'array' } } } } } } },
  },
};

describe('a spec with the root path /', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = tempDir('root-path');
    writeFileSync(join(dir, 'root.json'), JSON.stringify(SPEC));
    const generation = runCli(['generate', join(dir, 'root.json'), '--out', join(dir, 'pkg')]);
    expect(generation.code, generation.stderr).toBe(0);
    const pkg: Json = await importPackage(join(dir, 'pkg'));
    handler = pkg.createHandler({ getRoot: async () => ({ status: 200, body: { root: true } }), listThings: async () => ({ status: 200, body: [] }) });
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves its other paths under the base path', async () => {
    const answer = await answerOf(await handler(new Request('https://api.example.com/v1/things')));
    expect(answer.status).toBe(200);
  });

  it('serves the root path itself: /v1 and /v1/ under the base path /v1', async () => {
    for (const path of ['/v1', '/v1/']) {
      const answer = await answerOf(await handler(new Request(`https://api.example.com${path}`)));
      expect(answer.status, `${path} → ${answer.text}`).toBe(200);
      expect(answer.json).toEqual({ root: true });
    }
  });
});
