import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot, runCli, type CliResult } from '../../support/run-cli.js';

export const fixtures = join(projectRoot, 'test', 'scaffold', 'fixtures');

export function scaffold(args: string[], cwd?: string): CliResult {
  return runCli(['scaffold', ...args], cwd === undefined ? {} : { cwd });
}

/**
 * What `npm install` would give the project, without the network: typescript and @types/node are specforge's own
 * (the versions package.json pins), and the package is linked as npm links a `file:` dependency.
 */
export function linkModules(project: string): void {
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const modules = join(project, 'node_modules');
  const link = (target: string, at: string) => {
    const path = join(modules, at);
    if (existsSync(path)) return;
    mkdirSync(join(path, '..'), { recursive: true });
    symlinkSync(target, path);
  };
  link(join(projectRoot, 'node_modules', 'typescript'), 'typescript');
  link(join(projectRoot, 'node_modules', '@types', 'node'), '@types/node');
  link('../typescript/bin/tsc', '.bin/tsc');
  for (const [name, spec] of Object.entries(manifest.dependencies)) {
    if (!spec.startsWith('file:')) throw new Error(`${name} is not a file: dependency`);
    link(join(project, spec.slice('file:'.length)), name);
  }
}

/** `npm run typecheck`, as its script runs it: tsc's output, '' when the project type-checks. */
export function typecheck(project: string): string {
  const result = spawnSync(process.execPath, [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(project, 'tsconfig.json'), '--noEmit'], {
    cwd: project,
    encoding: 'utf8',
  });
  const output = `${result.stdout}${result.stderr}`.trim();
  return result.status === 0 ? output : output || `tsc exited ${result.status}`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `npm start` in the project (it builds, then serves) on 127.0.0.1 and a free port; stopped by its process group's id. */
export async function npmStart(project: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn('npm', ['start'], {
    cwd: project,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await exited;
  };
  const deadline = Date.now() + 90_000;
  while (!output.includes(`listening on http://127.0.0.1:${port}`)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not serve:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
