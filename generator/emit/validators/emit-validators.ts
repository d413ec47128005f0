import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { printModule } from '../print-module.js';
import { RUNTIME_FOLDER } from '../endpoints/emit-endpoints.js';
import { compileValidators } from '../../schema/compiler/compile-validators.js';
import { validatorRoots } from './validator-roots.js';
import { javascriptAndDeclarations } from '../../schema/compiler/validator-javascript.js';
import { validatorStatements } from './validator-statements.js';

const RUNTIME_MODULE = `./${RUNTIME_FOLDER}/validation-runtime.js`;

/** `validators`: one standalone validator per request part and response body of every operation. */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  emit({ ir, names }: EmitContext): GeneratedFile[] {
    const roots = validatorRoots(ir, names);
    const { module } = compileValidators({ schemas: ir.schemas, readWriteReach: ir.readWriteReach, roots, formats: 'assert', discriminator: true, runtimeModule: RUNTIME_MODULE });
    // ts-morph prints the TypeScript; the JavaScript and declarations, the same text, come straight from the module.
    const { javascript, declarations } = javascriptAndDeclarations(module);
    return [{ path: 'validators.ts', contents: printModule(validatorStatements(module)), javascript, declarations }];
  },
};
