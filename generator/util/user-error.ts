/** Exit codes shared by every command. */
export const ExitCode = {
  /** Done; for `lint`, no errors (warnings may have been printed). */
  ok: 0,
  /** The input was read and has problems (lint errors, a spec generate refuses). */
  problems: 1,
  /** The input could not be used at all: missing file, unparsable YAML, not OpenAPI 3, bad flags or config. */
  unusable: 2,
  /** A bug in specforge. */
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * A failure the user can fix, reported as one line without a stack trace.
 * `where` is `file:line:col` or `file` when known. The programmatic API exports it as `SpecforgeError`, its name.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.unusable,
    readonly where?: string,
  ) {
    super(message);
    this.name = 'SpecforgeError';
  }

  /** The line printed to stderr. */
  get line(): string {
    return this.where ? `${this.where}: ${this.message}` : this.message;
  }
}
