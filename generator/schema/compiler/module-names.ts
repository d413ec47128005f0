import type { ValidatorModule } from './contract.js';
import { jsonLiteral, stringLiteral } from './literals.js';
import { regexFlags } from './regex-flags.js';

/** Locals every compiled function has (its parameters and fixed variables): no module-level name may shadow them. */
const RESERVED_LOCALS = ['value', 'parent', 'key', 'errors', 'pointer', 'valid', 'here', 'evaluated', 'dynamic'];

/** The runtime's exports that are types: imported as types. */
const TYPE_EXPORTS = new Set(['ValidationError', 'Evaluated', 'DynamicScope', 'SchemaValidator']);

/**
 * The module-level names of a compiled module: exported validators, functions, the runtime's helpers (imported on
 * first use) and constants (each written once, however many checks use it).
 */
export class ModuleNames {
  private readonly used = new Set<string>(RESERVED_LOCALS);
  private readonly nextSuffix = new Map<string, number>();
  private readonly helperAliases = new Map<string, string>();
  private readonly constantByKey = new Map<string, string>();
  readonly constants: ValidatorModule['constants'] = [];

  constructor(exportNames: readonly string[]) {
    for (const name of exportNames) this.used.add(name);
  }

  /** A fresh identifier made from `base`. */
  allocate(base: string): string {
    let name = base.replace(/[^A-Za-z0-9_$]/g, '_');
    if (!/^[A-Za-z_$]/.test(name)) name = '_' + name;
    if (/^[a-z]\d+$/.test(name)) name = name + '_';
    let candidate = name;
    // Where the last name made from this base left off: many functions share a base (remote schemas, say).
    let n = this.nextSuffix.get(name) ?? 1;
    for (; this.used.has(candidate); n++) candidate = `${name}_${n}`;
    this.nextSuffix.set(name, n);
    this.used.add(candidate);
    return candidate;
  }

  /** The local name of a runtime export, imported on first use. */
  runtimeHelper(name: string): string {
    let alias = this.helperAliases.get(name);
    if (alias === undefined) {
      alias = this.allocate(name);
      this.helperAliases.set(name, alias);
    }
    return alias;
  }

  /** What the module imports from the runtime, in the order first used. */
  imports(): ValidatorModule['imports'] {
    return [...this.helperAliases].map(([name, alias]) => ({ name, alias: alias === name ? undefined : alias, typeOnly: TYPE_EXPORTS.has(name) }));
  }

  private constant(key: string, base: string, initializer: string, type?: string): string {
    const existing = this.constantByKey.get(key);
    if (existing !== undefined) return existing;
    const name = this.allocate(base);
    this.constantByKey.set(key, name);
    this.constants.push({ name, type, initializer });
    return name;
  }

  /** A constant `RegExp` for a pattern the caller has checked is one (see regexFlags). */
  regex(pattern: string): string {
    return this.constant(`re:${pattern}`, 'PATTERN', `new RegExp(${stringLiteral(pattern)}, ${stringLiteral(regexFlags(pattern) ?? 'u')})`);
  }

  /** A constant `Set` of primitive JSON values. */
  primitiveSet(values: readonly unknown[]): string {
    const literal = `new Set([${values.map(jsonLiteral).join(', ')}])`;
    return this.constant(`set:${literal}`, 'VALUES', literal, 'ReadonlySet<unknown>');
  }

  /** A constant JSON value of TypeScript type `type`. */
  jsonConstant(value: unknown, type: string): string {
    const literal = jsonLiteral(value);
    return this.constant(`json:${type}:${literal}`, 'CONSTANT', literal, type);
  }
}
