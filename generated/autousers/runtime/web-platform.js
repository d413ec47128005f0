// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The web platform the server runtime uses (`Request`, `Response`, text coding, random ids), reached through
 * `globalThis` and described here by the little of it used, so that the package type-checks under any consumer
 * settings: with or without the DOM library or Node's types. Where a consumer has the real classes, `WebRequest`
 * and `WebResponse` are them. Part of every generated package that serves; depends on nothing.
 */













































/** The platform's globals, looked up when first needed (importing the runtime only defines things). */
export function platform() {
  return globalThis ;
}

let encoder;
let decoder;

export function utf8Bytes(text) {
  encoder ??= new (platform().TextEncoder)();
  return encoder.encode(text);
}

/** UTF-8 text of `bytes`; throws on bytes that are not UTF-8. */
export function utf8Text(bytes) {
  decoder ??= new (platform().TextDecoder)('utf-8', { fatal: true });
  return decoder.decode(bytes);
}

let sequence = 0;

/** A request id: a random UUID where the platform has one, else a process-unique counter. */
export function newRequestId() {
  const crypto = platform().crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  sequence += 1;
  return `req-${Date.now().toString(36)}-${sequence.toString(36)}`;
}
