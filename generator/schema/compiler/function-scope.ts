import type { ValidatorCompiler } from './compile-validators.js';
import type { SchemaLocation } from './schema-documents.js';

/**
 * The code generation of one compiled function: its numbered locals (shared with the functions its property checks
 * are split into, see check-blocks.ts), and the compiler's module-wide services.
 */
export class FunctionScope {
  private counter = 0;

  constructor(
    readonly compiler: ValidatorCompiler,
    /** Where the function's own schema is; nested object schemas below it get functions of their own. */
    readonly root: SchemaLocation,
    readonly functionName: string,
  ) {}

  /** A fresh local: `prefix` and a number. */
  local(prefix: string): string {
    this.counter++;
    return `${prefix}${this.counter}`;
  }

  runtimeHelper(name: string): string {
    return this.compiler.names.runtimeHelper(name);
  }

  /** `, dynamic` when functions take the dynamic scope. */
  get dynamicArgument(): string {
    return this.compiler.dynamic ? ', dynamic' : '';
  }
}

/** A function body lines are written into: whether it reads `here`, the pointer of its own value, joined once. */
export class FunctionBody {
  usesHere = false;
}
