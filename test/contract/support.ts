import { resolve } from 'node:path';
import { buildIR } from '../../generator/ir/build-ir.js';
import type { ApiIR } from '../../generator/ir/ir.js';
import { readForGeneration } from '../../generator/load/read-for-generation.js';
import { projectRoot } from '../support/run-cli.js';

export const BUNDLED_SPECS = ['agentmessage', 'autosend', 'autousers', 'middesk'] as const;

export function specPath(name: string): string {
  return resolve(projectRoot, 'specs', `${name}.yaml`);
}

/** The IR of a spec file, as generation builds it. */
export async function irOf(path: string): Promise<ApiIR> {
  const spec = await readForGeneration(path, undefined);
  return buildIR(await spec.bundle(), spec.version);
}
