import { beforeAll, expect } from 'vitest';
import { runCli } from '../../support/run-cli.js';
import { importPackage, tempDir } from '../../generate/support/generated-package.js';

type Json = any;

/** A spec's package, generated into a temp folder once before the calling file's tests, imported as its users would. */
export function generatedPackage(spec: string, packageName: string): { dir: string; pkg: Json } {
  const generated = { dir: '', pkg: undefined as Json };
  beforeAll(async () => {
    generated.dir = tempDir(packageName);
    const result = runCli(['generate', spec, '--out', generated.dir, '--package-name', packageName]);
    expect(result.code, result.stderr).toBe(0);
    generated.pkg = await importPackage(generated.dir);
  });
  return generated;
}

export type Fetch = (request: Request) => Promise<Response>;

/** A fetch that records every request it passes on (cloned, so its body can still be read). */
export function recording(fetch: Fetch): Fetch & { requests: Request[] } {
  const requests: Request[] = [];
  const recorder = Object.assign(async (request: Request) => {
    requests.push(request.clone());
    return fetch(request);
  }, { requests });
  return recorder;
}

/** A fetch that answers each request with the next of `answers` (the last one repeated), recording the requests. */
export function scripted(...answers: (() => Response | Promise<Response>)[]): Fetch & { requests: Request[] } {
  let next = 0;
  return recording(async () => answers[Math.min(next++, answers.length - 1)]!());
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
