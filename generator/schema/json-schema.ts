/** A JSON Schema 2020-12 document or subschema, as plain JSON. */
export type JsonSchema = boolean | { [keyword: string]: unknown };

/** Which way a value travels: `readOnly` properties may not be sent in requests, `writeOnly` ones are never returned. */
export type Direction = 'request' | 'response';
