import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The specforge package's own folder, whether running from `dist/` or from the TypeScript sources. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'specforge') {
      return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('specforge: cannot find its own package.json');
    dir = parent;
  }
}
