import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VALIDATOR_FILE, configValidatorModule } from '../config/config-validator-module.js';
import { packageRoot } from '../util/package-root.js';
import { compileRuntimeSource, PRECOMPILED_FILE, sourceHash, type CompiledModule } from './runtime-modules.js';

/**
 * Run by `npm run build`: compiles the runtime modules of templates/package/ into dist/ (see runtime-modules.ts), and
 * the config's validator (see config/config-validator.ts).
 */
const folder = join(packageRoot(), 'templates', 'package');
const entries: Record<string, CompiledModule> = {};
for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
  const contents = readFileSync(join(folder, name), 'utf8');
  entries[sourceHash(contents)] = compileRuntimeSource(name, contents);
}
writeFileSync(join(packageRoot(), PRECOMPILED_FILE), `${JSON.stringify(entries, null, 1)}\n`);
writeFileSync(join(packageRoot(), CONFIG_VALIDATOR_FILE), configValidatorModule());
