import type { Plugin } from '@redocly/openapi-core';
import { ErrorEnvelope } from './rules/error-envelope.js';
import { ErrorMapping } from './rules/error-mapping.js';
import { MediaTypeExamples, ParameterExamples, SchemaExamples } from './rules/examples.js';

/**
 * specforge's Redocly plugin. `specforge/recommended` is what code generation and contract testing need from a spec:
 * Redocly's own rules raised to errors where a violation breaks generated code, plus specforge's rules.
 * A team's own redocly.yaml can extend it: `extends: [recommended, specforge/recommended]`.
 */
export const specforgePlugin: Plugin = {
  id: 'specforge',
  rules: {
    oas3: {
      // Ready plugin objects are not prefixed by Redocly, so the ids carry the plugin's name themselves.
      'specforge/error-envelope': ErrorEnvelope,
      'specforge/error-mapping': ErrorMapping,
      'specforge/no-invalid-media-type-examples': MediaTypeExamples,
      'specforge/no-invalid-parameter-examples': ParameterExamples,
      'specforge/no-invalid-schema-examples': SchemaExamples,
    },
  },
  configs: {
    recommended: {
      rules: {
        // Break code generation: names, references, parameters.
        'no-unresolved-refs': 'error',
        'operation-operationId': 'error',
        'operation-operationId-unique': 'error',
        'operation-operationId-url-safe': 'error',
        'path-parameters-defined': 'error',
        'operation-parameters-unique': 'error',
        'no-identical-paths': 'error',
        'no-ambiguous-paths': 'error',
        // Break contract tests: examples are test data, and every operation must say who may call it and how it fails.
        // Example validation also rejects write-only fields in response examples and read-only ones in requests.
        // specforge's example rules replace Redocly's (see rules/examples.ts): the same checks, compiled once per spec.
        'no-invalid-media-type-examples': 'off',
        'no-invalid-parameter-examples': 'off',
        'no-invalid-schema-examples': 'off',
        'specforge/no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
        'specforge/no-invalid-parameter-examples': 'error',
        'specforge/no-invalid-schema-examples': 'error',
        'security-defined': 'error',
        'operation-4xx-response': 'error',
        'operation-2xx-response': 'error',
        // Redocly's rule does not look through `if`/`then` to the properties their parent declares, so it reports
        // every conditional requirement (Middesk's OIDC rule, say) as undefined.
        'no-required-schema-properties-undefined': 'off',
        'specforge/error-envelope': 'error',
        'specforge/error-mapping': 'error',
      },
    },
  },
};
