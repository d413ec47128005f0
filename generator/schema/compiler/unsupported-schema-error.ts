/** A schema uses a keyword (or a form of one) this compiler cannot check exactly: it refuses rather than guess. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
  constructor(
    /** The keyword at fault. */
    readonly keyword: string,
    /** JSON pointer of the schema holding it: `#/components/schemas/Pet/properties/tags`, or `#/…` inside a root. */
    readonly pointer: string,
    /** The validator being compiled when the schema is inline in a root rather than named. */
    readonly root: string | undefined,
    /** Why the keyword cannot be checked. */
    readonly reason: string,
  ) {
    super(`Unsupported JSON Schema: "${keyword}" at ${pointer}${root === undefined ? '' : ` (validator ${root})`}: ${reason}`);
  }
}
