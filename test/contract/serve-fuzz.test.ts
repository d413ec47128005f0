import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from './support/processes.js';

// `specforge serve` must outlive any request: random methods, paths, headers and bodies (keys outside Latin-1 among
// them, which ended Prism's process) get a 4xx or a documented answer, never a 5xx, and the process stays up.

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'get', 'X-ODD'];

describe.each([
  ['agentmessage', ['--stateful']],
  ['autosend', []],
])('specforge serve specs/%s.yaml %j under a fuzz', (spec, flags) => {
  let mock: RunningMock;
  beforeAll(async () => {
    mock = await startMock(`specs/${spec}.yaml`, flags);
  });
  afterAll(async () => {
    expect(await mock.stop()).toBe(0);
  });

  it('answers every request with no 5xx, and keeps serving', async () => {
    const base = new URL(mock.url);
    const segment = fc.oneof(
      fc.constantFrom('webhooks', 'v1', 'api', '__proto__', 'constructor', '..', '%00', '%E2%82%AC', 'rotate-secret', '0190a1b2-c3d4-e5f6-a7b8-c9d0e1f2a3b4'),
      fc.string({ maxLength: 12 }).map(encodeURIComponent),
    );
    const path = fc
      .tuple(fc.boolean(), fc.array(segment, { maxLength: 5 }))
      .map(([underBase, parts]) => `${underBase ? base.pathname.replace(/\/$/, '') : ''}/${parts.join('/')}`);
    const jsonKey = fc.oneof(fc.constantFrom('€', '__proto__', 'constructor', 'url', 'events', 'description', 'api_version', '日本', '\u{1F600}'), fc.string({ maxLength: 8 }));
    const body = fc.oneof(
      fc.constant(undefined),
      fc.dictionary(jsonKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 200 }),
      fc.constantFrom('{"€": 1}', '{', '[]', 'null', '{"url":"http://x"}', '\u0000\u0001'),
    );
    const headers = fc.record({
      'content-type': fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', ''),
      authorization: fc.constantFrom('', 'Bearer token', 'Bearer ', 'Basic Og==', 'Bearer €'.replace('€', '%E2'), 'Digest x'),
      prefer: fc.constantFrom('', 'code=404', 'code=999', 'example=nope', 'code=200, example=documented', 'code=abc'),
      accept: fc.constantFrom('*/*', 'text/html', 'application/json'),
    });
    const request = fc.record({ method: fc.constantFrom(...METHODS), path, headers, body });

    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path: target, headers: sent, body: text }) => {
        const status = await rawRequest(base, method, target, sent, method === 'GET' || method === 'HEAD' ? undefined : text);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, `${method} ${target}: an answer, and not a 5xx`).toBeGreaterThanOrEqual(100);
        expect(status, `${method} ${target}`).toBeLessThan(500);
      }),
      { numRuns: 400, seed: 15 },
    );
    // Both refusals and answers were met, and the process still serves.
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(await rawRequest(base, 'GET', `${base.pathname.replace(/\/$/, '')}/webhooks`, { authorization: 'Bearer token' }, undefined)).toBeLessThan(500);
    expect(mock.process.exitCode).toBe(null);
    // Nothing but the spec's lint warnings on stderr: no failure of the mock's own.
    expect(mock.stderr().split('\n').filter((line) => line !== '' && !/:\d+:\d+ warn /.test(line))).toEqual([]);
  });
});

/**
 * One request written on a socket as it is, so that what fetch would refuse to send (odd method names, raw bytes in
 * a body of any declared type) still reaches the server; resolves to the status, or 0 when the server closed first.
 */
function rawRequest(base: URL, method: string, target: string, headers: Record<string, string>, body: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(base.port), base.hostname);
    const bytes = body === undefined ? undefined : Buffer.from(body, 'utf8');
    const lines = [`${method} ${target || '/'} HTTP/1.1`, `Host: ${base.host}`, 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) if (value !== '') lines.push(`${name}: ${value}`);
    if (bytes) lines.push(`Content-Length: ${bytes.length}`);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target} within 10 s`)));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
      resolve(match ? Number(match[1]) : 0);
    });
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (bytes) socket.write(bytes);
  });
}
