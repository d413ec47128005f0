import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi, type MockInstance } from 'vitest';
import type * as Specforge from '../../generator/index.js';
import { projectRoot } from '../support/run-cli.js';

/** The built package entry, what `import … from 'specforge'` gives a program (`npm test` builds it first). */
export const specforge: typeof Specforge = await import(pathToFileURL(join(projectRoot, 'dist', 'generator', 'index.js')).href);

/** Runs `work` with process.stdout.write and process.stderr.write spied on, and returns what they were given. */
export async function captured<T>(work: () => Promise<T>): Promise<{ value: T | undefined; error: unknown; written: string[] }> {
  const spies: MockInstance[] = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
  try {
    const value = await work();
    return { value, error: undefined, written: written(spies) };
  } catch (error) {
    return { value: undefined, error, written: written(spies) };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

function written(spies: MockInstance[]): string[] {
  return spies.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));
}
