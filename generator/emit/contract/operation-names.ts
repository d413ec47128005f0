import type { ApiIR } from '../../ir/ir.js';
import { isReadWriteMarked } from '../../ir/read-write.js';
import { planPackageNames, type PackageNames } from '../../naming/package-names.js';

/** Each operation's name in code (the server's handler key) by operationId, from the package's names when given. */
export function operationNames(ir: ApiIR, names?: PackageNames): Map<string, string> {
  // Operation names are settled in a scope of their own, so the plan made here gives the package's names.
  const plan = names ?? planPackageNames(ir, (name) => isReadWriteMarked(ir, name), []);
  return new Map(ir.operations.map((op) => [op.id, plan.operations.get(op.id)!.name]));
}
