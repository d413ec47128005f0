import type { Emitter } from './emitter.js';
import { clientEmitter } from './client/emit-client.js';
import { contractEmitter } from './contract/emit-contract.js';
import { endpointsEmitter } from './endpoints/emit-endpoints.js';
import { serverEmitter } from './server/emit-server.js';
import { typesEmitter } from './types/emit-types.js';
import { validatorsEmitter } from './validators/emit-validators.js';

/**
 * The emitters every package gets, in order. An emitter is a folder under emit/ and a line here: what it adds to
 * the package (modules, runtime, index exports, subpaths, README) it declares itself (see emitter.ts).
 */
export const EMITTERS: readonly Emitter[] = [typesEmitter, validatorsEmitter, endpointsEmitter, serverEmitter, clientEmitter, contractEmitter];
