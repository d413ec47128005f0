// @ts-check
/**
 * What the three servers of bench/server.mjs share: reading the route file the bench wrote, printing the port once
 * listening, and their lifecycle. Each server is a child process of the bench and:
 *   - listens on 127.0.0.1 on a free port and prints `listening <port>` on stdout;
 *   - exits 0 on SIGTERM or SIGINT (so that `node --cpu-prof` writes its profile);
 *   - exits when its stdin closes, that is when the bench is gone, however it ended;
 *   - exits 3 after --max-seconds, a bound the bench sets from its own planned length.
 *
 *   node bench/server/<name>.mjs ROUTE_FILE [--max-seconds N]
 */
import { readFileSync } from 'node:fs';

/** @returns {{ route: import('./route.mjs').Route, maxSeconds: number }} */
export function serverArgs() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: node bench/server/<name>.mjs ROUTE_FILE [--max-seconds N]\n');
    process.exit(2);
  }
  const at = rest.indexOf('--max-seconds');
  const maxSeconds = at >= 0 ? Number(rest[at + 1]) : 3600;
  return { route: JSON.parse(readFileSync(file, 'utf8')), maxSeconds: Number.isFinite(maxSeconds) && maxSeconds > 0 ? maxSeconds : 3600 };
}

/**
 * Prints the port and arms the ways out.
 * @param {import('node:http').Server} server  listening already
 * @param {number} maxSeconds
 */
export function announce(server, maxSeconds) {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  process.stdout.write(`listening ${address.port}\n`);
  const stop = (/** @type {number} */ code) => {
    server.closeAllConnections?.();
    server.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  process.stdin.on('end', () => stop(0));
  process.stdin.on('error', () => stop(0));
  process.stdin.resume();
  setTimeout(() => {
    process.stderr.write(`server: still running after ${maxSeconds} s, exiting\n`);
    stop(3);
  }, maxSeconds * 1000).unref();
}

/**
 * An error body of the spec's `x-specforge-errors` with its request id (and details) filled, as its `fill` says:
 * the envelope `{ success, error: { code, message, request_id, details? } }`, copied one level down.
 * @param {any} template
 * @param {string} requestId
 * @param {Record<string, string>} [details]
 */
export function errorBody(template, requestId, details) {
  const error = { ...template.error, request_id: requestId };
  if (details) error.details = details;
  return { ...template, error };
}
