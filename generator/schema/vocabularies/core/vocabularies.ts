import { isObject, setOwn } from '../../../util/is-object.js';
import { absoluteUri, type SchemaDocuments, type SchemaLocation } from '../../compiler/schema-documents.js';

/** The keywords of JSON Schema 2020-12's validation vocabulary. */
const VALIDATION_VOCABULARY = new Set([
  'type', 'const', 'enum', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum', 'maxLength',
  'minLength', 'pattern', 'maxItems', 'minItems', 'uniqueItems', 'maxContains', 'minContains', 'maxProperties',
  'minProperties', 'required', 'dependentRequired',
]);

/**
 * `$schema` and `$vocabulary`: a resource whose `$schema` names a metaschema with a `$vocabulary` that lacks JSON
 * Schema's validation vocabulary is not checked by `type`, `minimum`, `required` and the like (its applicators still
 * apply). Whether a resource's metaschema has it is worked out once per resource.
 */
export class Vocabularies {
  private readonly validationByResource = new Map<string, boolean>();

  constructor(private readonly documents: SchemaDocuments) {}

  /** The schema without the keywords of vocabularies its metaschema leaves out. */
  enabledKeywords(schema: Record<string, unknown>, location: SchemaLocation): Record<string, unknown> {
    if (!this.documents.hasVocabulary || this.validation(location)) return schema;
    const kept: Record<string, unknown> = {};
    for (const key of Object.keys(schema)) if (!VALIDATION_VOCABULARY.has(key)) setOwn(kept, key, schema[key]);
    return kept;
  }

  private validation(location: SchemaLocation): boolean {
    const base = this.documents.baseUri(location);
    let enabled = this.validationByResource.get(base);
    if (enabled === undefined) {
      enabled = true;
      const resource = this.documents.resource(base);
      const root = resource === undefined ? undefined : this.documents.schemaAt(resource);
      const metaschemaUri = isObject(root) && typeof root['$schema'] === 'string' ? absoluteUri(root['$schema']) : undefined;
      const metaschema = metaschemaUri === undefined ? undefined : this.documents.resource(metaschemaUri);
      const declared = metaschema === undefined ? undefined : this.documents.schemaAt(metaschema);
      const vocabulary = isObject(declared) ? declared['$vocabulary'] : undefined;
      if (isObject(vocabulary)) enabled = Object.hasOwn(vocabulary, 'https://json-schema.org/draft/2020-12/vocab/validation');
      this.validationByResource.set(base, enabled);
    }
    return enabled;
  }
}
