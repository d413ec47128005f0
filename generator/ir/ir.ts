import type { JsonSchema } from '../schema/json-schema.js';
import type { ReadWriteReach } from '../schema/read-write-reach.js';
import type { ErrorKind, FillSource } from '../spec/extensions.js';

/**
 * specforge's intermediate representation: what emitters read, independent of OpenAPI 3.0 or 3.1.
 * Schemas are JSON Schema 2020-12 (3.0's `nullable`, boolean exclusive bounds and `$ref` siblings are rewritten);
 * every `$ref` is local, to `#/components/schemas/<name>`. Everything is in document order, so output is stable.
 */
export interface ApiIR {
  /** The source OpenAPI version, for emitters that must say it (types); nothing else should branch on it. */
  openapi: '3.0' | '3.1';
  title: string;
  version: string;
  description: string | undefined;
  servers: ServerIR[];
  /** Named schemas in document order. */
  schemas: ReadonlyMap<string, JsonSchema>;
  /**
   * The named schemas with `readOnly` / `writeOnly` in reach (through `$ref`s too): they alone differ between
   * requests and responses. Package naming and the validator compiler both read it, so it is worked out once.
   */
  readWriteReach: ReadWriteReach<string>;
  operations: OperationIR[];
  securitySchemes: ReadonlyMap<string, SecuritySchemeIR>;
  /** `x-specforge-errors` as declared. */
  errors: ErrorMappingIR | undefined;
  /** Every error kind's answer outside any one operation (an unknown path, say): declared, derived or default. */
  errorAnswers: ReadonlyMap<ErrorKind, ErrorAnswerIR>;
}

export interface ServerIR {
  url: string;
  description: string | undefined;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface OperationIR {
  /** The spec's operationId, or a stable one derived from method and path. */
  id: string;
  idDerived: boolean;
  method: HttpMethod;
  path: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  tags: string[];
  parameters: ParameterIR[];
  requestBody: RequestBodyIR | undefined;
  /** By status key as written: `200`, `4XX`, `default`. */
  responses: ResponseIR[];
  /** Alternatives: any one requirement satisfies the operation; an empty requirement means anonymous access. */
  security: SecurityRequirementIR[];
  /** Every error kind's answer: the document's kinds with this operation's overrides, then derived ones. */
  errorKinds: ReadonlyMap<ErrorKind, ErrorAnswerIR>;
  /** JSON pointer of the operation in the bundled document, for messages. */
  pointer: string;
}

export interface ParameterIR {
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description: string | undefined;
  /** Serialisation as OpenAPI defines it, with the defaults filled in. */
  style: 'simple' | 'form' | 'matrix' | 'label' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';
  explode: boolean;
  /** A query parameter whose value may carry RFC 3986 reserved characters unencoded (`allowReserved: true`); false elsewhere. */
  allowReserved: boolean;
  /** The value's schema; for `content`-encoded parameters, the media type's schema. */
  schema: JsonSchema;
  /** Set when the parameter is sent as a serialised media type (`content`) instead of by style. */
  contentType: string | undefined;
  /** The parameter's documented examples, as for a media type. */
  examples: ExampleIR[];
}

export interface RequestBodyIR {
  required: boolean;
  description: string | undefined;
  content: MediaIR[];
}

export interface MediaIR {
  mediaType: string;
  schema: JsonSchema | undefined;
  /** The media's examples in document order: `examples` by name, or a lone `example` named `example`. */
  examples: ExampleIR[];
}

/** A documented example value (`externalValue`s are not read). */
export interface ExampleIR {
  name: string;
  value: unknown;
}

export interface ResponseIR {
  status: string;
  description: string;
  headers: HeaderIR[];
  content: MediaIR[];
}

export interface HeaderIR {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface SecuritySchemeIR {
  type: string;
  scheme: string | undefined;
  in: string | undefined;
  name: string | undefined;
  /** Declared scopes: OAuth 2 flows' scopes, or `x-specforge-scopes` for bearer keys. */
  scopes: string[];
}

export type SecurityRequirementIR = { scheme: string; scopes: string[] }[];

export interface ErrorAnswerIR {
  status: number;
  contentType: string;
  /** Undefined, with `contentType` empty, where the operation documents the status without content: no body is sent. */
  body: unknown;
  fill: Record<string, FillSource | { source: 'errorList'; keys: Record<string, 'message' | 'field'> }>;
}

export interface ErrorMappingIR {
  /** Name of the envelope schema in `schemas`. */
  envelope: string | undefined;
  kinds: ReadonlyMap<ErrorKind, ErrorAnswerIR>;
  forbiddenFields: (ErrorAnswerIR & { operationId: string; pointer: string })[];
}
