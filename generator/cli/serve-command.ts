import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { lintInWorker } from '../pipeline/lint-in-worker.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { DEFAULT_MOCK_PORT as DEFAULT_PORT } from './commands.js';
import { printLintWarnings } from '../report/lint-warnings.js';
import { parseCommandArgs } from './parse-args.js';


export async function runServe(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('serve', args, {
    port: { type: 'string', default: String(DEFAULT_PORT) },
    host: { type: 'string', default: '127.0.0.1' },
    stateful: { type: 'boolean', default: false },
    token: { type: 'string' },
    'token-without-scopes': { type: 'string' },
    config: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UserError(`serve: name ${positionals.length === 0 ? 'the' : 'one'} spec to serve: specforge serve <spec> [--port N]`);
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port as string) || port > 65535) throw new UserError(`--port must be a port number from 0 to 65535, not '${values.port}'`);
  const specPath = resolve(positionals[0]!);
  if (!existsSync(specPath)) throw new UserError('no such file', ExitCode.unusable, displayPath(specPath));
  const token = nonEmpty(values.token as string | undefined, '--token');
  const tokenWithoutScopes = nonEmpty(values['token-without-scopes'] as string | undefined, '--token-without-scopes');
  const stateful = values.stateful as boolean;

  const lintConfigPath = values.config as string | undefined;
  const lint = lintInWorker({ specPath, configPath: lintConfigPath });
  lint.catch(() => undefined);
  const { loadContractPackage } = await import('../pipeline/contract-package.js');
  const loaded = await loadContractPackage(specPath, lint, lintConfigPath);
  let listener: (request: IncomingMessage, response: ServerResponse) => void;
  try {
    const { createNodeListener } = (await import(pathToFileURL(join(loaded.dir, 'index.js')).href)) as {
      createNodeListener(handler: unknown, options?: { onError?: (error: unknown) => void }): (request: IncomingMessage, response: ServerResponse) => void;
    };
    const handler = loaded.contract.createMockHandler({ stateful, token, tokenWithoutScopes });
    listener = createNodeListener(handler, { onError: (error) => process.stderr.write(`specforge serve: ${describe(error)}\n`) });
  } finally {
    // Everything is loaded: the folder is not needed while serving, and nothing is left behind if serving fails.
    loaded.remove();
  }
  printLintWarnings(loaded.warnings, specPath);
  // What the mock cannot answer from the spec (a response with no example and no value built for it), said once.
  const { mockData } = await import('../emit/contract/mock-data.js');
  for (const warning of mockData(loaded.ir, loaded.names).warnings) process.stderr.write(`specforge serve: ${warning}\n`);

  const server = createServer((request, response) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      process.stdout.write(`${request.method} ${printable(request.url ?? '')} ${response.statusCode} ${ms.toFixed(1)} ms\n`);
    });
    try {
      listener(request, response);
    } catch (error) {
      // The generated server answers every failure itself; this is the last guard of a process that must not die.
      process.stderr.write(`specforge serve: ${describe(error)}\n`);
      if (!response.headersSent) response.writeHead(500).end();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') fail(new UserError(`port ${port} on ${values.host} is in use; choose another with --port`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') fail(new UserError(`--host ${values.host} is not an address of this machine`));
      else fail(error);
    });
    server.listen(port, values.host as string, () => done());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address !== null ? address.port : port;
  const host = (values.host as string).includes(':') ? `[${values.host}]` : values.host;
  const operations = Object.keys(loaded.contract.contractData.operations).length;
  process.stdout.write(
    `specforge serve: ${loaded.ir.title} (${operations} operations, ${stateful ? 'stateful' : 'static'}) at http://${host}:${bound}${loaded.contract.contractData.basePath}\n`,
  );

  return new Promise<ExitCode>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => done(ExitCode.ok));
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function nonEmpty(value: string | undefined, flag: string): string | undefined {
  if (value === '') throw new UserError(`${flag} must not be empty`);
  return value;
}

/** A request target as one log line: control characters escaped. */
function printable(target: string): string {
  const clipped = target.length > 300 ? `${target.slice(0, 300)}…` : target;
  return clipped.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
