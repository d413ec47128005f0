import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../util/package-root.js';
import { compileFixedModule, PRECOMPILED_FILE, sourceHash, type CompiledModule } from './fixed-modules.js';

/** Run by `npm run build`: compiles the fixed modules of templates/package/ into dist/ (see fixed-modules.ts). */
const folder = join(packageRoot(), 'templates', 'package');
const entries: Record<string, CompiledModule> = {};
for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
  const contents = readFileSync(join(folder, name), 'utf8');
  const { javascript, declarations } = compileFixedModule(name, contents);
  entries[sourceHash(contents)] = { javascript: javascript!, declarations: declarations! };
}
writeFileSync(join(packageRoot(), PRECOMPILED_FILE), `${JSON.stringify(entries, null, 1)}\n`);
