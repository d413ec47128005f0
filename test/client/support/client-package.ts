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
export function recording(fetch: Fetch): Fetch & { requests: Request[]; signals: AbortSignal[] } {
  const requests: Request[] = [];
  // The signals of the requests as given: a clone's signal follows its original's only through a weak reference
  // (undici), so once collected it never aborts, and a test that read it would pass or fail with the collector.
  const signals: AbortSignal[] = [];
  const recorder = Object.assign(async (request: Request) => {
    requests.push(request.clone());
    signals.push(request.signal);
    return fetch(request);
  }, { requests, signals });
  return recorder;
}

/** A fetch that answers each request with the next of `answers` (the last one repeated), recording the requests. */
export function scripted(...answers: (() => Response | Promise<Response>)[]): Fetch & { requests: Request[]; signals: AbortSignal[] } {
  let next = 0;
  return recording(async () => answers[Math.min(next++, answers.length - 1)]!());
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
