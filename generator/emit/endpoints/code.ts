import type { BodyLine } from '../../schema/compiler/contract.js';
import { indent, type Lines } from '../../schema/compiler/body-lines.js';
import { propertyKey, toLiteral } from '../literal.js';

export type { Lines };
export { indent };

/** A line that differs between the languages: TypeScript with its types, JavaScript without. */
export function typed(typescript: string, javascript: string): BodyLine {
  return { typescript, javascript };
}

/** Lines as one text in one language, joined with newlines; `base` before each line. */
export function render(lines: Lines, language: 'typescript' | 'javascript', base = ''): string {
  return lines.map((line) => base + (typeof line === 'string' ? line : line[language])).join('\n');
}

/** `target[key] = value;` as an own property even for a key `__proto__`, which an assignment would make the prototype. */
export function assignOwn(target: string, key: string, value: string, runtime: RuntimeImports): string {
  if (key === '__proto__') return `${runtime.use('defineOwn')}(${target}, ${toLiteral(key)}, ${value});`;
  return `${target}[${toLiteral(key)}] = ${value};`;
}

/** `{ key: value, … }` for keys from the spec; a key `__proto__` is computed, so that it is an own property. */
export function objectLiteral(entries: readonly (readonly [key: string, value: string])[]): string {
  return entries.length === 0 ? '{}' : `{ ${entries.map(([key, value]) => `${propertyKey(key)}: ${value}`).join(', ')} }`;
}

/** The runtime's values and types generated code uses; the endpoints module imports those. */
export class RuntimeImports {
  private readonly values = new Set<string>();
  private readonly types = new Set<string>();

  /** `name`, noted as used. */
  use(name: string): string {
    this.values.add(name);
    return name;
  }

  /** The type `name`, noted as used. */
  useType(name: string): string {
    this.types.add(name);
    return name;
  }

  /** The names used that `belongs` picks, values then `type` imports, each sorted (not in the order of use). */
  specifiers(belongs: (name: string) => boolean): string[] {
    return [...[...this.values].filter(belongs).sort(), ...[...this.types].filter(belongs).sort().map((name) => `type ${name}`)];
  }
}

/** Numbered locals of one generated function: `prefix` and a number. */
export class Locals {
  private counter = 0;

  local(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }
}

/**
 * Generated functions the operations call by reference rather than holding each a copy: readers of the same
 * values (a combination of JSON types, an object's properties), the same response headers, the body defaults of a
 * schema (which may call themselves, through `$ref`s). One table, `shared`, holds them all: `shared.h1`, in order of
 * first use, so the output is stable. A function is written once per text; those made by a key (a schema) are
 * reserved before they are written, so that one that reaches itself refers to its own entry.
 */
export class SharedCode {
  static readonly TABLE = 'shared';
  private readonly byText = new Map<string, string>();
  private readonly byKey = new Map<unknown, string>();
  private readonly entries: { name: string; lines: Lines }[] = [];
  private readonly counters = new Map<string, number>();

  private nextName(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /**
   * A reference to the function whose lines are `lines` (the first an arrow's head), added unless it is there; `key`
   * stands for the lines where it is cheaper to make (and `lines` is then made only the first time).
   */
  function(prefix: string, lines: Lines | (() => Lines), key?: string): string {
    const made = typeof lines === 'function' ? undefined : lines;
    const text = key ?? render(made!, 'typescript');
    let name = this.byText.get(text);
    if (name === undefined) {
      name = this.nextName(prefix);
      this.byText.set(text, name);
      this.entries.push({ name, lines: made ?? (lines as () => Lines)() });
    }
    return `${SharedCode.TABLE}.${name}`;
  }

  /** A reference to the function made for `key`; `write` makes its lines the first time, and may refer to it. */
  keyed(prefix: string, key: unknown, write: () => Lines): string {
    let name = this.byKey.get(key);
    if (name === undefined) {
      name = this.nextName(prefix);
      this.byKey.set(key, name);
      const entry = { name, lines: [] as Lines };
      this.entries.push(entry);
      entry.lines = write();
    }
    return `${SharedCode.TABLE}.${name}`;
  }

  get size(): number {
    return this.entries.length;
  }

  /** The table's object literal, its entries in order of first use. */
  table(): Lines {
    const lines: Lines = ['{'];
    for (const { name, lines: body } of this.entries) {
      const [head, ...rest] = body;
      const first = typeof head === 'string' ? `${name}: ${head}` : typed(`${name}: ${head!.typescript}`, `${name}: ${head!.javascript}`);
      const entry = [first, ...rest];
      const last = entry[entry.length - 1]!;
      entry[entry.length - 1] = typeof last === 'string' ? `${last},` : typed(`${last.typescript},`, `${last.javascript},`);
      lines.push(...indent(entry));
    }
    lines.push('}');
    return lines;
  }
}
