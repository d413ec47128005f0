// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * HTTP statuses as types: each range (`2XX`) as the union of its hundred codes, so that a response typed by status
 * can be told apart from another by comparing its status (`if (res.status === 200)`), and every status a response
 * can have, and which documented status key a status falls under. Part of every generated package; depends on nothing.
 */

/** The statuses of a response range (`2XX`), for the types of answers and responses. */
 








/** The documented status key a status falls under: exact, then its range (`4XX`), then `default`. */
export function documentedStatus(keys, status) {
  const exact = String(status);
  const range = `${exact.charAt(0)}XX`;
  return keys.find((key) => key === exact) ?? keys.find((key) => key.toUpperCase() === range) ?? keys.find((key) => key === 'default');
}
