import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../generate/support/generated-package.js';
import { projectRoot } from '../support/run-cli.js';

const cli = fileURLToPath(new URL('../../dist/generator/cli/main.js', import.meta.url));

/** `specforge generate --watch` in `cwd`, its stderr gathered; `until` waits for a pattern to appear `count` times. */
function watching(args: string[], cwd: string) {
  const child = spawn(process.execPath, [cli, 'generate', ...args, '--watch'], { cwd, env: { ...process.env, SPECFORGE_DEBUG: '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = async (pattern: RegExp, count = 1, ms = 30_000): Promise<void> => {
    const deadline = Date.now() + ms;
    while ((stderr.match(new RegExp(pattern, 'gm')) ?? []).length < count) {
      if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${pattern} ×${count}; stderr:\n${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { child, exited, until, stderr: () => stderr };
}

describe('generate --watch', () => {
  it('regenerates once per edit of the spec or a file it references, keeps the last good package while it is broken, and stops on Ctrl-C', async () => {
    const dir = tempDir('watch');
    cpSync(join(projectRoot, 'test/pipeline/fixtures/split'), join(dir, 'specs'), { recursive: true });
    const watch = watching(['specs/api.yaml', '--out', 'out'], dir);
    try {
      await watch.until(/^watching 2 files of 1 spec for changes; Ctrl-C stops$/);
      expect(watch.stderr()).toMatch(/^out: generated \(\d+ written, 0 unchanged, 0 removed\)$/m);

      const schemas = join(dir, 'specs/schemas.yaml');
      writeFileSync(schemas, readFileSync(schemas, 'utf8').replace('maxLength: 40', 'maxLength: 50'));
      await watch.until(/^out: regenerated after a change to specs\/schemas\.yaml \(\d+ written/);
      const validators = readFileSync(join(dir, 'out/validators.js'), 'utf8');
      expect(validators).toContain('50');
      // Whatever events the one save made, one regeneration.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(watch.stderr().match(/regenerated/g)).toHaveLength(1);

      const spec = join(dir, 'specs/api.yaml');
      const good = readFileSync(spec, 'utf8');
      writeFileSync(spec, good.replace('title: Split', 'title: "Split'));
      await watch.until(/^out: kept as it was \(api\.yaml unusable\); fix it and save again$/);
      expect(watch.stderr()).toMatch(/^specforge: specs\/api\.yaml:\d+:\d+: YAML does not parse/m);
      expect(readFileSync(join(dir, 'out/validators.js'), 'utf8')).toBe(validators);

      writeFileSync(spec, good.replace('title: Split', 'title: Split again'));
      await watch.until(/^out: regenerated after a change to specs\/api\.yaml/);
      expect(watch.stderr().match(/regenerated/g)).toHaveLength(2);

      // A referenced file broken for a while is still watched: its fix regenerates.
      const fixed = readFileSync(schemas, 'utf8');
      writeFileSync(schemas, 'Thing: [\n');
      await watch.until(/^out: kept as it was/, 2);
      writeFileSync(schemas, fixed.replace('maxLength: 50', 'maxLength: 60'));
      await watch.until(/^out: regenerated after a change to specs\/schemas\.yaml/, 2);
      expect(readFileSync(join(dir, 'out/validators.js'), 'utf8')).toContain('60');

      watch.child.kill('SIGINT');
      expect(await watch.exited).toBe(0);
      expect(watch.stderr()).toMatch(/stopped watching\n$/);
    } finally {
      watch.child.kill('SIGKILL');
    }
  }, 90_000);
});
