import { schemaModule } from '../api/load-validators.js';
import { javascriptAndDeclarations } from '../schema/compiler/validator-javascript.js';
import schema from './specforge.config.schema.json' with { type: 'json' };

/** Where `npm run build` writes the precompiled config validator, from the package root: over tsc's output of config-validator.ts. */
export const CONFIG_VALIDATOR_FILE = 'dist/generator/config/config-validator.js';

/**
 * The JavaScript of config-validator.ts as the build writes it: the shipped schema's validator, compiled once, as a
 * module of dist/generator/config/ that imports the validation runtime from dist/templates/package/ and exports
 * `validate`, as a generated package's validators.js does.
 */
export function configValidatorModule(): string {
  const module = schemaModule(schema, { runtimeModule: '../../templates/package/validation-runtime.js' });
  const head = '// specforge.config.schema.json compiled by `npm run build`, in place of config-validator.ts (see there).\n';
  return head + javascriptAndDeclarations(module).javascript;
}
