// @ts-check
/**
 * The anchor of bench/server.mjs: Fastify 5 serving the route with its own validation of the path parameters and
 * the body by ajv (the spec's schemas, JSON Schema 2020-12 through `ajv/dist/2020` with ajv-formats, set as the
 * route's validator compiler; all errors, no coercion or removal of properties, so that it refuses what the
 * contract refuses), a bearer check in an `onRequest` hook (401, and 403 without the scope), the same 200 body, and
 * a 422 with the spec's VALIDATION_FAILED envelope (details by field) from its error handler.
 */
import Fastify from 'fastify';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { announce, errorBody, serverArgs } from './common.mjs';

const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;
const { route, maxSeconds } = serverArgs();
const errors = route.errors;
const need = (/** @type {string} */ kind) => {
  const e = errors[kind];
  if (!e) throw new Error(`the spec declares no ${kind} error`);
  return e;
};
const unauthenticated = need('unauthenticated');
const missingScope = need('missingScope');
const invalidRequest = need('invalidRequest');
const malformedRequest = need('malformedRequest');

// Fastify's own defaults are coerceTypes 'array', useDefaults and removeAdditional, which would let an undeclared
// property through: this is the same ajv the project's bench/validate.mjs measures against.
const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: false, useDefaults: false, removeAdditional: false });
addFormats(ajv);

/** @type {Map<string, string[]>} */
const tokens = new Map([[route.token, route.tokenScopes]]);

const app = Fastify({ logger: false });
app.setValidatorCompiler(({ schema }) => ajv.compile(schema));

app.setErrorHandler((error, request, reply) => {
  const err = /** @type {any} */ (error);
  if (err.validation) {
    /** @type {Record<string, string>} */
    const details = Object.create(null);
    for (const e of err.validation) {
      const field =
        e.instancePath.split('/')[1] ?? e.params?.additionalProperty ?? e.params?.missingProperty ?? (err.validationContext || 'body');
      details[field] ??= e.message ?? 'is invalid';
    }
    return reply.code(invalidRequest.status).send(errorBody(invalidRequest.body, request.id, details));
  }
  const status = typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
  return reply.code(status).send(errorBody(malformedRequest.body, request.id));
});

app.route({
  method: /** @type {any} */ (route.method),
  url: route.fastifyUrl,
  schema: { params: route.paramsSchema, body: route.bodySchema },
  onRequest: (request, reply, done) => {
    const header = request.headers.authorization;
    const scopes =
      typeof header === 'string' && header.length > 7 && header.slice(0, 7).toLowerCase() === 'bearer '
        ? tokens.get(header.slice(7))
        : undefined;
    if (scopes === undefined) reply.code(unauthenticated.status).send(errorBody(unauthenticated.body, request.id));
    else if (!scopes.includes(route.scope)) reply.code(missingScope.status).send(errorBody(missingScope.body, request.id));
    else done();
  },
  handler: async () => route.answerBody,
});

await app.listen({ port: 0, host: '127.0.0.1' });
announce(app.server, maxSeconds);
