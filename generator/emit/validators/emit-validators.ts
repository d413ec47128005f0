import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { printModuleFiles } from '../print-module.js';
import { RUNTIME_FOLDER } from '../endpoints/emit-endpoints.js';
import { compileValidators } from './compile-validators.js';
import { validatorRoots } from './validator-roots.js';
import { validatorStatements } from './validator-statements.js';

const RUNTIME_MODULE = `./${RUNTIME_FOLDER}/validation-runtime.js`;

/** `validators`: one standalone validator per request part and response body of every operation. */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  emit({ ir, names }: EmitContext): GeneratedFile[] {
    const roots = validatorRoots(ir, names);
    const { module } = compileValidators({ schemas: ir.schemas, roots, formats: 'assert', discriminator: true, runtimeModule: RUNTIME_MODULE });
    const printed = printModuleFiles(validatorStatements(module));
    return [{ path: 'validators.ts', contents: printed.typescript, javascript: printed.javascript, declarations: printed.declarations }];
  },
};
