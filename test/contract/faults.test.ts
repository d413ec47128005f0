import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../generate/support/generated-package.js';
import { runTestCli, serveHandler } from './support/processes.js';

// Servers that each break one rule of the spec, made from the package's own mock by changing one thing, and the
// check of `specforge test` that must name the fault. The correct server (the mock itself) passes.

type Handler = (request: Request) => Promise<Response>;
const TOKEN = 'faults-token';

async function mockOf(spec: string, options: { stateful?: boolean } = {}): Promise<Handler> {
  const dir = tempDir(`faults-${spec}`);
  const result = runCli(['generate', `specs/${spec}.yaml`, '--out', dir, '--package-name', `faults-${spec}`]);
  expect(result.code, result.stderr).toBe(0);
  const contract = await import(pathToFileURL(join(dir, 'contract.js')).href);
  return contract.createMockHandler({ token: TOKEN, ...options });
}

async function jsonOf(response: Response): Promise<unknown> {
  return JSON.parse(await response.clone().text());
}

function answer(response: Response, body: unknown, changes: { status?: number; headers?: Record<string, string | null> } = {}): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(changes.headers ?? {})) value === null ? headers.delete(name) : headers.set(name, value);
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status: changes.status ?? response.status, headers });
}

interface Fault {
  name: string;
  spec: string;
  check: string;
  operation?: string;
  stateful?: boolean;
  /** The faulty server: the mock with one rule broken. */
  make(mock: Handler): Handler;
}

const FAULTS: Fault[] = [
  {
    name: 'accepts an http URL',
    spec: 'agentmessage',
    check: 'negative_data_rejection',
    operation: 'updateWebhook',
    make: (mock) => async (request) => {
      const text = request.method === 'PATCH' ? await request.clone().text() : '';
      if (!text.includes('"http://')) return mock(request);
      return mock(new Request(request, { body: text.replaceAll('"http://', '"https://') }));
    },
  },
  {
    name: 'answers a body missing a required field',
    spec: 'agentmessage',
    check: 'response_schema_conformance',
    operation: 'updateWebhook',
    make: (mock) => async (request) => {
      const response = await mock(request);
      if (response.status !== 200) return response;
      const body = (await jsonOf(response)) as Record<string, unknown>;
      delete body.url;
      return answer(response, body);
    },
  },
  {
    name: 'fails with 500 on a 200-character description',
    spec: 'agentmessage',
    check: 'not_a_server_error',
    operation: 'updateWebhook',
    make: (mock) => async (request) => {
      const text = request.method === 'PATCH' ? await request.clone().text() : '';
      const description = /"description":"([^"]*)"/.exec(text)?.[1];
      if (description?.length === 200) return new Response('{"success":false}', { status: 500, headers: { 'content-type': 'application/json' } });
      return mock(request);
    },
  },
  {
    name: 'answers text/plain',
    spec: 'agentmessage',
    check: 'content_type_conformance',
    operation: 'updateWebhook',
    make: (mock) => async (request) => {
      const response = await mock(request);
      return response.status === 200 ? answer(response, await response.text(), { headers: { 'content-type': 'text/plain' } }) : response;
    },
  },
  {
    name: 'ignores credentials',
    spec: 'agentmessage',
    check: 'ignored_auth',
    operation: 'updateWebhook',
    make: (mock) => (request) => {
      const headers = new Headers(request.headers);
      headers.set('authorization', `Bearer ${TOKEN}`);
      return mock(new Request(request, { headers }));
    },
  },
  {
    name: 'answers an undocumented status',
    spec: 'agentmessage',
    check: 'status_code_conformance',
    operation: 'listWebhooks',
    make: (mock) => async (request) => {
      const response = await mock(request);
      return response.status === 200 ? answer(response, await response.text(), { status: 202 }) : response;
    },
  },
  {
    name: 'leaves out a documented header',
    spec: 'autousers',
    check: 'response_headers_conformance',
    make: (mock) => async (request) => {
      const response = await mock(request);
      return answer(response, response.status === 204 ? undefined : await response.text(), { headers: { 'x-request-id': null } });
    },
  },
  {
    name: 'answers an error outside the envelope',
    spec: 'agentmessage',
    check: 'error_envelope_conformance',
    operation: 'updateWebhook',
    make: (mock) => async (request) => {
      const response = await mock(request);
      return response.status >= 400 ? answer(response, { message: 'no' }) : response;
    },
  },
  {
    name: 'keeps a resource after its delete',
    spec: 'agentmessage',
    check: 'use_after_delete',
    stateful: true,
    make: (mock) => async (request) => {
      if (request.method !== 'DELETE') return mock(request);
      const read = await mock(new Request(request, { method: 'GET' }));
      return read.status === 200 ? new Response(null, { status: 204 }) : read;
    },
  },
  {
    name: 'answers an update but keeps the old resource',
    spec: 'agentmessage',
    check: 'ensure_resource_availability',
    stateful: true,
    make: (mock) => async (request) => {
      if (request.method !== 'PATCH') return mock(request);
      const read = await mock(new Request(request.url, { method: 'GET', headers: request.headers }));
      if (read.status !== 200) return read;
      const current = (await jsonOf(read)) as Record<string, unknown>;
      return answer(read, { ...current, ...(JSON.parse(await request.text()) as Record<string, unknown>) });
    },
  },
];

describe('specforge test against servers that each break one rule', () => {
  const closers: (() => Promise<void>)[] = [];
  const mocks = new Map<string, Handler>();
  beforeAll(async () => {
    for (const spec of new Set(FAULTS.map((f) => f.spec))) {
      mocks.set(spec, await mockOf(spec));
      mocks.set(`${spec} stateful`, await mockOf(spec, { stateful: true }));
    }
  });
  afterAll(async () => {
    for (const close of closers) await close();
  });

  async function testAgainst(handler: Handler, spec: string, extra: string[]) {
    const server = await serveHandler(handler);
    closers.push(server.close);
    const result = await runTestCli([`specs/${spec}.yaml`, '--base-url', server.origin, '--token', TOKEN, '--format', 'json', ...extra]);
    expect(result.stderr).not.toContain('internal error');
    return { code: result.code, report: JSON.parse(result.stdout || '{}') };
  }

  it.each(FAULTS)('$name: fails $check', async (fault) => {
    const mock = mocks.get(fault.stateful ? `${fault.spec} stateful` : fault.spec)!;
    const extra = [...(fault.operation ? ['--operation', fault.operation] : []), ...(fault.stateful ? ['--stateful'] : [])];
    const { code, report } = await testAgainst(fault.make(mock), fault.spec, extra);
    expect(code).toBe(1);
    const checks = new Set(report.failures.map((f: { check: string }) => f.check));
    expect([...checks]).toContain(fault.check);
    const failure = report.failures.find((f: { check: string }) => f.check === fault.check);
    expect(failure.curl).toMatch(/^curl /);
    expect(failure.reason).not.toBe('');
  });

  it.each(['agentmessage', 'autousers'])('passes the correct server (%s, static and stateful)', async (spec) => {
    expect((await testAgainst(mocks.get(spec)!, spec, [])).code).toBe(0);
    expect((await testAgainst(mocks.get(`${spec} stateful`)!, spec, ['--stateful'])).code).toBe(0);
  });
});
