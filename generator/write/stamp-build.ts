import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import { BUILD_ID_FILE } from '../util/build-id.js';

/**
 * Run by `npm run build`, last: names this build by a hash of everything generation reads from specforge itself
 * (its compiled code, its templates, the files beside its sources such as its lint config, its package.json), so that a cached package made by another build is never taken for current.
 */
const root = packageRoot();
const hash = createHash('sha256');
// package.json: specforge's version (the runtime's headers name it) and its pinned dependencies (openapi-typescript).
const files = [
  ...['dist', 'templates'].flatMap((folder) => filesUnder(join(root, folder))),
  ...filesUnder(join(root, 'generator')).filter((file) => !file.endsWith('.ts')),
  join(root, 'package.json'),
];
for (const file of files) {
  if (file.endsWith('.tsbuildinfo') || file === join(root, BUILD_ID_FILE)) continue;
  hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
}
writeFileSync(join(root, BUILD_ID_FILE), `${hash.digest('hex')}\n`);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
