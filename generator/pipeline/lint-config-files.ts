import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { contentHash, type InputFile } from '../util/content-hash.js';
import { pathStat } from '../util/path-stat.js';

const MOST_FILES = 50;

/**
 * A Redocly config and the local files it names (configs it extends, plugins, their own), each hashed: what a
 * package made with it depends on, as a decorator in an extended config changes the bundle. Every path-like word
 * (`base.yaml`, `./plugins/tier.mjs`) that names a file beside the config counts, which may take in a file the config
 * does not use: that only costs a skip. A file that cannot be read is left out (the config's load reports it).
 */
export function lintConfigFiles(configPath: string): InputFile[] {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path) || seen.size >= MOST_FILES) return;
    seen.add(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return;
    }
    files.push({ path, hash: contentHash(text) });
    for (const [word] of text.matchAll(/[\w@./-]+\.(?:ya?ml|json|[cm]?js)\b/g)) {
      const named = resolve(dirname(path), word);
      if (pathStat(named)?.isFile()) visit(named);
    }
  };
  visit(configPath);
  return files;
}
