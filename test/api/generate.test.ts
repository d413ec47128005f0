import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';

type Specforge = typeof import('../../generator/index.js');
const specforge = (): Promise<Specforge> => import(pathToFileURL(join(projectRoot, 'dist/generator/index.js')).href);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generate() from specforge', () => {
  it('returns each spec’s result, a refused one among them, and prints nothing', async () => {
    const { generate } = await specforge();
    const out = tempDir('api-generate');
    const printed = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    const events: string[] = [];
    const result = await generate({
      specs: ['test/pipeline/fixtures/refused.yaml', 'specs/agentmessage.yaml'],
      out,
      cwd: projectRoot,
      jobs: 1,
      onEvent: (event) => events.push(`${event.type} ${event.index}`),
    });
    expect(result.exitCode).toBe(1);
    expect(result.specs.map((spec) => [spec.spec, spec.status])).toEqual([
      [join(projectRoot, 'test/pipeline/fixtures/refused.yaml'), 'refused'],
      [join(projectRoot, 'specs/agentmessage.yaml'), 'written'],
    ]);
    expect(result.specs[0]!.error!.message).toContain('no-unresolved-refs');
    expect(result.specs[1]!.written).toContain('index.js');
    expect(result.specs[1]!.warnings.map((w) => w.rule)).toContain('no-server-example.com');
    expect(existsSync(join(out, 'agentmessage/index.d.ts'))).toBe(true);
    expect(events.filter((e) => !e.startsWith('stage'))).toEqual(['start 0', 'done 0', 'start 1', 'done 1']);
    expect(events.filter((e) => e.startsWith('stage 1')).length).toBeGreaterThan(5);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  });

  it('rejects options no spec can be generated with, with the exit code a CLI would give', async () => {
    const { generate } = await specforge();
    await expect(generate({ specs: ['specs/agentmessage.yaml'], packageVersion: 'one', cwd: projectRoot })).rejects.toMatchObject({
      name: 'SpecforgeError',
      exitCode: 2,
      message: '--package-version "one" is not a semantic version npm accepts (such as 1.2.0 or 2.0.0-beta.1)',
    });
  });
});
