import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph, loaded with `require`. Imported from an ES module, a CommonJS package is first scanned for the names it
 * exports, and ts-morph's include all of the TypeScript compiler's: a tenth of a second of every run.
 */
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const { StructureKind, VariableDeclarationKind, printStructure, ts } = tsMorph;
