import type { EmitContext, Emitter, GeneratedFile } from '../emitter.js';
import { printModule } from '../print-module.js';
import { RUNTIME_FOLDER } from '../endpoints/emit-endpoints.js';
import { compileValidators } from './compile-validators.js';
import type { ValidatorRoot } from './contract.js';
import { validatorRoots } from './validator-roots.js';

const RUNTIME_MODULE = `./${RUNTIME_FOLDER}/validation-runtime.js`;

/** `validators`: one standalone validator per request part and response body of every operation. */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  emit({ ir, names }: EmitContext): GeneratedFile[] {
    const roots = validatorRoots(ir, names);
    const { statements } = compileValidators({ schemas: ir.schemas, roots, formats: 'assert', runtimeModule: RUNTIME_MODULE });
    const contents = printModule(statements);
    return [{ path: 'validators.ts', contents, declarations: declarations(roots) }];
  },
};

/**
 * Every exported validator has the same signature, so the declarations are written here rather than derived from
 * the module (for GitHub's spec, deriving them from 11 MB of validators would take seconds).
 */
function declarations(roots: readonly ValidatorRoot[]): string {
  const lines = [`import type { ValidationError } from ${JSON.stringify(RUNTIME_MODULE)};`];
  for (const root of roots) {
    lines.push(
      `/** Validates a ${root.direction} value; pushes one error per failure to \`errors\`. */`,
      `export declare function ${root.exportName}(value: unknown, pointer: string, errors: ValidationError[]): boolean;`,
    );
  }
  if (roots.length === 0) lines.push('export {};');
  return `${lines.join('\n')}\n`;
}
