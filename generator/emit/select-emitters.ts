import type { Emitter } from './emitter.js';
import { EMITTERS } from './registry.js';
import { ExitCode, UserError } from '../util/user-error.js';

/**
 * The registry's emitters named, with the ones they require (`requires`, and theirs in turn), in the registry's
 * order, which is an order they can run in: `['client']` gives types, validators, endpoints and client. An unknown
 * name is a UserError listing the emitters.
 */
export function selectEmitters(names: readonly string[], registry: readonly Emitter[] = EMITTERS): Emitter[] {
  const byName = new Map(registry.map((emitter) => [emitter.name, emitter]));
  const selected = new Set<string>();
  const select = (name: string, requiredBy: string | undefined): void => {
    if (selected.has(name)) return;
    const emitter = byName.get(name);
    if (!emitter) {
      const list = registry.map((known) => known.name).join(', ');
      throw new UserError(
        requiredBy === undefined
          ? `${JSON.stringify(name)} is not an emitter; the emitters are ${list}`
          : `the emitter ${requiredBy} requires ${JSON.stringify(name)}, which is not an emitter (the emitters are ${list})`,
        ExitCode.unusable,
      );
    }
    selected.add(name);
    for (const required of emitter.requires ?? []) select(required, name);
  };
  for (const name of names) select(name, undefined);
  return registry.filter((emitter) => selected.has(emitter.name));
}
