import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { projectRoot, type CliResult } from '../../support/run-cli.js';

const cli = fileURLToPath(new URL('../../../dist/generator/cli/main.js', import.meta.url));

/** A `specforge serve` started by a test: its URL (with the spec's base path), its output so far, and how to stop it. */
export interface RunningMock {
  url: string;
  /** The server's root, without the base path. */
  origin: string;
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Stops it by its process id and resolves to its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `specforge serve <spec> --port 0 …` on loopback and waits for the line that names its URL (60 s at most). */
export function startMock(spec: string, args: string[] = []): Promise<RunningMock> {
  const child = spawn(process.execPath, [cli, 'serve', spec, '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: projectRoot,
    env: { ...process.env, SPECFORGE_DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within 60 s:\n${out}\n${err}`));
    }, 60_000);
    const poll = setInterval(() => {
      const match = /at (http:\/\/127\.0\.0\.1:\d+)(\S*)\n/.exec(out);
      if (!match) return;
      clearInterval(poll);
      clearTimeout(timer);
      resolve({
        url: match[1]! + match[2]!,
        origin: match[1]!,
        process: child,
        stdout: () => out,
        stderr: () => err,
        stop: async () => {
          if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
          return exited;
        },
      });
    }, 20);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening:\n${out}\n${err}`));
    });
  });
}

/** Runs `specforge test …` without blocking this process's event loop (servers of the test's own answer meanwhile). */
export function runTestCli(args: string[]): Promise<CliResult> {
  return runNode([cli, 'test', ...args]);
}

/** Runs `node <args>` as a child, collecting its output; killed by its process id after 110 s. */
export function runNode(args: string[], options: { cwd?: string } = {}): Promise<CliResult> {
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? projectRoot, env: { ...process.env, SPECFORGE_DEBUG: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/** A web handler served on loopback by this process, on a free port; `close` stops it. */
export async function serveHandler(handler: (request: Request) => Promise<Response>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
      const body = chunks.length > 0 && incoming.method !== 'GET' && incoming.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
      try {
        const response = await handler(new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method, headers, body }));
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        outgoing.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

/** A loopback port nothing listens on (it was free a moment ago): a server that cannot be reached. */
export function freePort(): Promise<number> {
  const server = createTcpServer();
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}
