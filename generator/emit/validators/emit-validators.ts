import { runtimeModuleId, type EmitContext, type EmittedModule, type Emitter } from '../emitter.js';
import { printModule } from '../print-module.js';
import { compileValidators } from '../../schema/compiler/compile-validators.js';
import { validatorRoots } from './validator-roots.js';
import { javascriptAndDeclarations } from '../../schema/compiler/validator-javascript.js';
import { validatorStatements } from './validator-statements.js';
import type { ApiIR } from '../../ir/ir.js';
import type { ValidatorModule } from '../../schema/compiler/contract.js';

export const VALIDATORS_MODULE = 'validators';

/** The validators compiled for each package being made, for an emitter after this one that checks values in-process (the contract's). */
const compiled = new WeakMap<ApiIR, ValidatorModule>();

/** The package's validators as this emitter compiled them, by export name; undefined when it has not run on `ir`. */
export function compiledValidators(ir: ApiIR): ValidatorModule | undefined {
  return compiled.get(ir);
}
const VALIDATION_RUNTIME = runtimeModuleId('validation-runtime');

/** `validators`: one standalone validator per request part and response body of every operation. */
export const validatorsEmitter: Emitter = {
  name: 'validators',
  // validators.ts imports the validation runtime only
  requires: [],
  modules: [{ id: VALIDATORS_MODULE, kind: 'code' }],
  runtime: ['validation-runtime'],
  index: [
    { from: VALIDATORS_MODULE, namespace: 'validators' },
    { from: VALIDATION_RUNTIME, types: ['ValidationError'] },
  ],
  readme: `\`\`\`js
import { validators } from '{{packageName}}';

const errors = [];
if (!validators.{{#if example.validator}}{{example.validator}}{{else}}validateSomeOperationRequestBody{{/if}}(body, '', errors)) console.log(errors); // [{ pointer, keyword, message }]
\`\`\`

- \`validators\`: a standalone validator per request part and response body of every operation, named after the
  operation and the part (\`validate<Operation>RequestBody\`, \`…Query\`, \`…Response200\`): \`(value, pointer, errors)\`
  returns whether the value is valid and pushes a \`ValidationError\` per failure, at \`pointer\` and below. No
  validator library, no \`eval\`: the checks are generated code.
`,
  emit({ ir, names, specifiers }: EmitContext): EmittedModule[] {
    const roots = validatorRoots(ir, names);
    const runtimeModule = specifiers.output(VALIDATORS_MODULE, VALIDATION_RUNTIME);
    const { module } = compileValidators({ schemas: ir.schemas, readWriteReach: ir.readWriteReach, roots, formats: 'assert', discriminator: true, runtimeModule, valuesInMessages: true });
    compiled.set(ir, module);
    // ts-morph prints the TypeScript; the JavaScript and declarations, the same text, come straight from the module.
    const { javascript, declarations } = javascriptAndDeclarations(module);
    const typescript = printModule(validatorStatements({ ...module, runtimeModule: specifiers.typescript(VALIDATORS_MODULE, VALIDATION_RUNTIME) }));
    return [{ id: VALIDATORS_MODULE, typescript, javascript, declarations }];
  },
};
