import { describe, expect, test } from 'vitest';
import { printModuleFiles } from '../../generator/emit/print-module.js';
import { compileValidators } from '../../generator/schema/compiler/compile-validators.js';
import type { CompileValidatorsInput, JsonSchema } from '../../generator/schema/compiler/contract.js';
import { validatorRoots } from '../../generator/emit/validators/validator-roots.js';
import { javascriptAndDeclarations } from '../../generator/schema/compiler/validator-javascript.js';
import { validatorStatements } from '../../generator/emit/validators/validator-statements.js';
import { buildIR } from '../../generator/ir/build-ir.js';
import { loadLintConfig } from '../../generator/lint/config.js';
import { bundleSpec } from '../../generator/load/bundle-spec.js';
import { JsonFirstResolver, readSpec } from '../../generator/load/read-spec.js';
import { planPackageNames } from '../../generator/naming/package-names.js';
import { EMITTERS } from '../../generator/emit/registry.js';
import { isReadWriteMarked } from '../../generator/ir/read-write.js';
import { indexedNames } from '../../generator/write/package-frame.js';

const runtimeModule = './runtime/validation-runtime.js';

/** `validators.js` and `validators.d.ts` are written straight from the module: they must be what ts-morph prints. */
function expectTsMorphText(input: CompileValidatorsInput): void {
  const { module } = compileValidators(input);
  const printed = printModuleFiles(validatorStatements(module));
  const direct = javascriptAndDeclarations(module);
  expect(direct.javascript).toBe(printed.javascript);
  expect(direct.declarations).toBe(printed.declarations);
}

describe("validators' JavaScript and declarations are ts-morph's text, byte for byte", () => {
  test.each(['autousers', 'autosend', 'agentmessage', 'middesk'])('the %s package', async (name) => {
    const spec = await readSpec(`specs/${name}.yaml`, new JsonFirstResolver());
    const ir = buildIR(await bundleSpec(spec, await loadLintConfig()), spec.version);
    const names = planPackageNames(ir, (schema) => isReadWriteMarked(ir, schema), indexedNames(EMITTERS));
    expectTsMorphText({ schemas: ir.schemas, readWriteReach: ir.readWriteReach, roots: validatorRoots(ir, names), formats: 'assert', discriminator: true, runtimeModule });
  });

  const schemas = new Map<string, JsonSchema>([
    ['Node', { type: 'object', properties: { id: { type: 'string', readOnly: true }, next: { $ref: '#/components/schemas/Node' } }, unevaluatedProperties: false }],
    ['Tree', { $dynamicAnchor: 'node', type: 'object', properties: { children: { type: 'array', items: { $dynamicRef: '#node' } } } }],
  ]);
  test.each<[string, JsonSchema]>([
    ['recursion, read-only and unevaluated properties', { $ref: '#/components/schemas/Node' }],
    ['a dynamic scope', { $ref: '#/components/schemas/Tree' }],
    ['constants: patterns, enums, JSON values', { type: 'object', properties: { a: { pattern: '^x' }, b: { enum: [1, 2, 3, 4, 5, 6] }, c: { const: { deep: [1] } } } }],
    ['a schema that accepts everything', true],
  ])('%s', (_what, schema) => {
    expectTsMorphText({
      schemas,
      roots: [
        { exportName: 'validateRequest', schema, direction: 'request' },
        { exportName: 'validateResponse', schema, direction: 'response' },
      ],
      formats: 'assert',
      runtimeModule,
    });
  });

  test('a module that exports nothing', () => {
    expectTsMorphText({ schemas, roots: [], formats: 'annotate', runtimeModule });
  });
});
