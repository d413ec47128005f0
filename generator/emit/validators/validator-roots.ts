import type { ApiIR, ParameterIR } from '../../ir/ir.js';
import { jsonMedia } from '../../ir/media.js';
import type { PackageNames } from '../../naming/package-names.js';
import { setOwn } from '../../util/is-object.js';
import type { JsonSchema, ValidatorRoot } from '../../schema/compiler/contract.js';

/** The object schema a location's parsed parameters are validated against: one property per parameter. */
export function parametersSchema(parameters: readonly ParameterIR[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const p of parameters) setOwn(properties, p.name, p.schema);
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return required.length ? { type: 'object', properties, required } : { type: 'object', properties };
}

/** Every validator the package exports, named by the package's name plan, in document order. */
export function validatorRoots(ir: ApiIR, names: PackageNames): ValidatorRoot[] {
  const roots: ValidatorRoot[] = [];
  for (const op of ir.operations) {
    const opNames = names.operations.get(op.id)!;
    for (const [location, exportName] of Object.entries(opNames.parameterValidators)) {
      roots.push({ exportName, direction: 'request', schema: parametersSchema(op.parameters.filter((p) => p.in === location)) });
    }
    const body = op.requestBody && jsonMedia(op.requestBody.content);
    if (opNames.requestBodyValidator && body?.schema !== undefined) {
      roots.push({ exportName: opNames.requestBodyValidator, direction: 'request', schema: body.schema });
    }
    for (const response of op.responses) {
      const bodyValidator = opNames.responseValidators.get(response.status);
      const media = jsonMedia(response.content);
      if (bodyValidator && media?.schema !== undefined) roots.push({ exportName: bodyValidator, direction: 'response', schema: media.schema });
      const headersValidator = opNames.responseHeaderValidators.get(response.status);
      if (headersValidator) {
        const headers = response.headers.map((h) => ({ name: h.name, required: h.required, schema: h.schema }) as ParameterIR);
        roots.push({ exportName: headersValidator, direction: 'response', schema: parametersSchema(headers) });
      }
    }
  }
  return roots;
}
