/** A construct of the spec that specforge cannot generate correct code for; refused with where it is. */
export class UnsupportedConstructError extends Error {
  constructor(
    message: string,
    /** JSON pointer in the bundled document. */
    readonly pointer: string,
  ) {
    super(message);
    this.name = 'UnsupportedConstructError';
  }
}
