// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The data of a package's mock and contract suite, as the generator derives it from the spec (generator/emit/contract/)
 * and the runtime reads it (mock-runtime.ts answers from it, contract-runtime.ts sends and checks it). Plain JSON
 * values: the generator writes them as literals. Besides the types, the credentials the runner sends when it has not
 * been given any, which the mock knows too. Part of every generated package that carries the mock or the contract
 * runner; depends on nothing.
 */

/**
 * What the runner sends as a wrong credential: no mock ever accepts it, so that a mock accepting any non-empty token
 * still answers the runner's bad-credential cases 401.
 */
export const INVALID_CREDENTIAL = 'specforge-invalid-credential';

/** What the runner sends as a valid credential when given no token: a mock without `--token` accepts any non-empty one. */
export const PLACEHOLDER_CREDENTIAL = 'specforge-placeholder-credential';

/** The user name the runner sends a basic credential with when its token names none (`user:pass`). */
export const BASIC_USER = 'specforge';

/** How an operation's credentials are sent: its first security requirement's first scheme. */
 



















































































































































