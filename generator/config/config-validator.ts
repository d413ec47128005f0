import { EXPORT_NAME, loadValidators, schemaModule, type SchemaCheck } from '../api/load-validators.js';
import schema from './specforge.config.schema.json' with { type: 'json' };

/**
 * The validator of specforge.config.json: the shipped schema (specforge.config.schema.json) compiled by specforge's
 * own validator compiler. This module compiles it as it loads, which costs about 45 ms (loading the compiler, then
 * compiling) on every command that reads the config; so `npm run build` replaces this module's JavaScript in dist/
 * with the validator compiled once, which imports only the validation runtime and loads in 3 ms (see
 * config-validator-module.ts). Both export `validate` and nothing else; from the TypeScript sources (the tests),
 * this one runs.
 */
export const validate: SchemaCheck = loadValidators(schemaModule(schema)).get(EXPORT_NAME)!;
