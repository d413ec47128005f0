import { Project } from 'ts-morph';
import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { RUNTIME_FOLDER } from '../endpoints/emit-endpoints.js';
import { compileValidators } from './compile-validators.js';
import { validatorRoots } from './validator-roots.js';

/** `validators`: one standalone validator per request part and response body of every operation. */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  emit({ ir, names }: EmitContext): GeneratedFile[] {
    const { statements } = compileValidators({
      schemas: ir.schemas,
      roots: validatorRoots(ir, names),
      formats: 'assert',
      runtimeModule: `./${RUNTIME_FOLDER}/validation-runtime.js`,
    });
    const project = new Project({ useInMemoryFileSystem: true });
    return [{ path: 'validators.ts', contents: project.createSourceFile('validators.ts', { statements }).getFullText() }];
  },
};
