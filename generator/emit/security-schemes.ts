import type { SecuritySchemeIR } from '../ir/ir.js';

/** A security scheme as the runtime's `SecurityScheme` (server and client alike): its type, and where its credential goes. */
export function securitySchemeData(scheme: SecuritySchemeIR): Record<string, unknown> {
  return { type: scheme.type, ...(scheme.scheme ? { scheme: scheme.scheme.toLowerCase() } : {}), ...(scheme.in ? { in: scheme.in } : {}), ...(scheme.name ? { name: scheme.name } : {}) };
}
