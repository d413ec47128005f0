// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The credentials the contract runner sends when it has not been given any, which the mock knows too: a bad one
 * every mock refuses (so a mock that accepts any non-empty token still answers the runner's bad-credential cases
 * 401), and a placeholder for valid ones. Part of every generated package that carries the mock or the contract
 * runner; depends on nothing.
 */

/** What the runner sends as a wrong credential; no mock ever accepts it. */
export const INVALID_CREDENTIAL = 'specforge-invalid-credential';

/** What the runner sends as a valid credential when given no token: a mock without `--token` accepts any non-empty one. */
export const PLACEHOLDER_CREDENTIAL = 'specforge-placeholder-credential';

/** The user name the runner sends a basic credential with when its token names none (`user:pass`). */
export const BASIC_USER = 'specforge';
