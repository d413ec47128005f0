import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContractUnreachableError, curlLine, runContract, type ContractReport, type ContractSuite } from '../../templates/package/contract-runtime.js';
import { createMockHandlers, mockAuthenticate } from '../../templates/package/mock-runtime.js';
import { bundledPackage } from '../server/support/serve.js';
import { CONTRACT_DATA, MOCK_DATA } from './support/agentmessage-data.js';

type Json = any;
type Fetch = (request: Request) => Promise<Response>;

const BASE = 'http://api.test';
let pkg: Json;
let suite: ContractSuite;

beforeAll(async () => {
  pkg = await bundledPackage('agentmessage');
  const envelope = pkg.validators.validateGetWebhookResponse404;
  const operations = Object.fromEntries(Object.entries(CONTRACT_DATA.operations).map(([name, operation]) => [name, { ...operation, endpoint: pkg.endpoints[name], envelope }]));
  suite = { ...CONTRACT_DATA, operations };
});

/** The correct server: the mock behind the package's own handler. */
function correct(stateful = false): Fetch {
  return pkg.createHandler(createMockHandlers(MOCK_DATA, pkg.endpoints, { stateful }), { authenticate: mockAuthenticate(MOCK_DATA, { tokenWithoutScopes: 'no-scopes' }), validateResponses: true });
}

/** The correct server, but answering `fault` to the requests `when` picks. */
function faulty(when: (request: Request, body: string) => boolean, fault: (request: Request) => Response | Promise<Response>, stateful = false): Fetch {
  const server = correct(stateful);
  return async (request) => {
    const body = await request.clone().text();
    return when(request, body) ? fault(request) : server(request);
  };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const checksOf = (report: ContractReport) => [...new Set(report.failures.map((failure) => failure.check))].sort();
const run = (fetch: Fetch, options: Json = {}) => runContract(suite, { baseUrl: BASE, fetch: fetch as Json, tokenWithoutScopes: 'no-scopes', ...options });
const valid = (request: Request) => request.headers.get('authorization') === 'Bearer specforge-placeholder-credential';
const isUpdate = (request: Request) => request.method === 'PATCH' && valid(request);
const WEBHOOK_ERROR = { success: false, error: { code: 'NOT_FOUND', message: 'not found', request_id: 'r' } };

describe('runContract against a correct server', () => {
  it('passes every case, static and stateful', async () => {
    const report = await run(correct(true), { stateful: true });
    expect(report.failures).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.cases).toBe(CONTRACT_DATA.cases.length + 1);
    expect(report.passed).toBe(report.cases);
    expect(report.requests).toBe(CONTRACT_DATA.cases.length + 6);
    expect(report.operations).toBe(5);
  });

  it('skips the 403 case without a token lacking scopes, and filters by operation', async () => {
    const report = await runContract(suite, { baseUrl: BASE, fetch: correct() as Json, operations: ['updateWebhook'] });
    expect(report.skipped).toEqual([{ case: 'updateWebhook/auth/withoutScopes', reason: 'no token without scopes was given' }]);
    expect(report.cases).toBe(4);
    expect(report.failures).toEqual([]);
  });
});

describe('runContract names the check each fault breaks', () => {
  const faults: [string, string[], Fetch | (() => Fetch), Json?][] = [
    ['accepts an http URL', ['negative_data_rejection'], () => faulty((r, body) => isUpdate(r) && body.includes('"http://'), () => json(200, { ...MOCK_DATA.operations.getWebhook!.answers[0]!.examples[0]!.value as Json }))],
    ['answers a body missing a required field', ['response_schema_conformance'], () => faulty((r, body) => isUpdate(r) && !body.includes('"http://'), () => json(200, { id: '0190a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4' }))],
    ['fails with 500 on a 200-character description', ['error_envelope_conformance', 'not_a_server_error', 'positive_data_acceptance', 'status_code_conformance'], () => faulty((_, body) => body.includes('d'.repeat(200)), () => new Response('boom', { status: 500 }))],
    ['answers text/plain', ['content_type_conformance'], () => faulty((r) => valid(r) && r.method === 'GET' && r.url.endsWith('/webhooks'), () => new Response(JSON.stringify({ success: true, data: [], meta: { total: 0, limit: 50, offset: 0, next_cursor: null } }), { status: 200, headers: { 'content-type': 'text/plain' } }))],
    ['ignores credentials', ['ignored_auth'], () => faulty((r) => !r.headers.get('authorization')?.endsWith('placeholder-credential') && r.method === 'GET', (r) => correct()(new Request(r, { headers: { authorization: 'Bearer fine' } })))],
    ['answers an undocumented status', ['status_code_conformance'], () => faulty((r) => r.method === 'DELETE', () => json(202, { success: true }))],
    ['leaves out a documented header', ['positive_data_acceptance', 'response_headers_conformance'], () => faulty((r) => valid(r) && r.method === 'GET' && r.url.endsWith('/webhooks'), () => json(429, { success: false, error: { code: 'RATE_LIMITED', message: 'slow', request_id: 'r' } }))],
    ['answers an error outside the envelope', ['error_envelope_conformance'], () => faulty((_, body) => body.includes('"http://'), () => json(422, { message: 'bad url' }))],
    ['keeps a resource after delete', ['use_after_delete'], () => {
      const server = correct(true);
      const deleted = new Set<string>();
      return async (request: Request) => {
        if (request.method === 'DELETE') {
          deleted.add(request.url);
          return new Response(null, { status: 204 });
        }
        return server(request);
      };
    }, { stateful: true }],
    ['loses what was created', ['ensure_resource_availability'], () => faulty((r) => r.method === 'GET' && !r.url.includes('0190a1b2') && !r.url.endsWith('/webhooks'), () => json(404, WEBHOOK_ERROR), true), { stateful: true }],
  ];

  it.each(faults)('a server that %s fails %s', async (_, expected, make, options) => {
    const report = await run(typeof make === 'function' && make.length === 0 ? (make as () => Fetch)() : (make as Fetch), options ?? {});
    expect(checksOf(report)).toEqual(expected);
    for (const failure of report.failures) {
      expect(failure.curl).toMatch(/^(printf .* \| )?curl /);
      expect(failure.reason).not.toBe('');
    }
  });

  it('a server that answers 404 to a documented id passes positive_data_acceptance: the resource may not exist', async () => {
    const report = await run(faulty((r) => r.method === 'GET' && r.url.includes('/webhooks/'), () => json(404, WEBHOOK_ERROR)), { operations: ['getWebhook'] });
    expect(report.failures).toEqual([]);
  });

  it('a network failure after the first request is not_a_server_error; a slow answer times out', async () => {
    let calls = 0;
    const server = correct();
    const report = await run(async (request: Request) => {
      calls += 1;
      if (calls === 2) throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
      if (calls === 3) return new Promise<Response>(() => undefined);
      return server(request);
    }, { timeout: 50 });
    const network = report.failures.filter((failure) => failure.check === 'not_a_server_error');
    expect(network.map((failure) => failure.reason)).toEqual(['no answer: fetch failed: socket hang up', 'no answer: no answer within 50 ms']);
  });
});

describe('runContract bounds and errors', () => {
  it('rejects with ContractUnreachableError when the first request fails', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const refused = runContract(suite, { baseUrl: `http://127.0.0.1:${port}/`, timeout: 2000 });
    await expect(refused).rejects.toBeInstanceOf(ContractUnreachableError);
    await expect(refused).rejects.toThrow(new RegExp(`^cannot reach http://127\\.0\\.0\\.1:${port}/v1/webhooks: fetch failed: .*ECONNREFUSED`));
  });

  it('stops at maxRequests and at its deadline', async () => {
    const bounded = await run(correct(), { maxRequests: 3 });
    expect(bounded).toMatchObject({ requests: 3, cases: 3, stopped: 'maxRequests' });
    const slow: Fetch = async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return correct()(request);
    };
    const late = await run(slow, { deadline: 50 });
    expect(late.stopped).toBe('deadline');
    expect(late.requests).toBeLessThan(5);
  });

  it('refuses an unknown operation', async () => {
    await expect(run(correct(), { operations: ['nope'] })).rejects.toThrow(/no operation is named nope/);
  });

  it('reports progress per case, in order', async () => {
    const seen: string[] = [];
    await run(correct(), { onCase: (progress: Json) => seen.push(`${progress.done}/${progress.total} ${progress.id}`) });
    expect(seen[0]).toBe(`1/${CONTRACT_DATA.cases.length} listWebhooks/example`);
    expect(seen).toHaveLength(CONTRACT_DATA.cases.length);
  });
});

describe('curl lines', () => {
  /** What a line sends, as sh reads it: curl replaced by a function that prints its arguments and its stdin. */
  function shellRead(line: string): { args: string[]; stdin: string } {
    const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; printf '\\1'; cat; }; ${line}`;
    const result = spawnSync('sh', ['-c', script], { encoding: 'utf8', input: '' });
    expect(result.stderr).toBe('');
    const [args, stdin] = result.stdout.split('\u0001') as [string, string];
    return { args: args.split('\0').slice(0, -1), stdin };
  }

  it('are one line sh reads back exactly, quotes, newlines and all', () => {
    const body = `{"name":"it's \\"quoted\\" $(rm -rf /) \`x\`","text":"line 1\nline 2\ttab \\\\ back","€":1}`;
    const line = curlLine({ method: 'POST', url: "http://api.test/v1/things?q=a'b", headers: [['content-type', 'application/json'], ['authorization', "Bearer t'k"]], body });
    expect(line).not.toContain('\n');
    const read = shellRead(line);
    expect(read.args).toEqual(['-sS', '-i', '-X', 'POST', "http://api.test/v1/things?q=a'b", '-H', 'content-type: application/json', '-H', "authorization: Bearer t'k", '--data-binary', '@-']);
    expect(read.stdin).toBe(body);
  });

  it('show a basic credential as given, with -u', () => {
    const read = shellRead(curlLine({ method: 'GET', url: 'http://api.test/x', headers: [['authorization', 'Basic dTpw']], basic: "u:p'w" }));
    expect(read.args).toEqual(['-sS', '-i', 'http://api.test/x', '-u', "u:p'w"]);
  });

  it('reproduce a failing case', async () => {
    const report = await run(faulty((_, body) => body.includes('"http://'), () => json(200, {})), { operations: ['createWebhook'] });
    const failure = report.failures.find((f) => f.check === 'negative_data_rejection')!;
    const read = shellRead(failure.curl);
    expect(read.args).toEqual(['-sS', '-i', '-X', 'POST', 'http://api.test/v1/webhooks', '-H', 'content-type: application/json', '-H', 'authorization: Bearer specforge-placeholder-credential', '--data-raw', '{"url":"http://hooks.example.com/x","events":["wallet.balance_low"]}']);
  });
});
