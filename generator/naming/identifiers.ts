/**
 * The one place names for generated code are made. Spec names are data: they become identifiers only through
 * `toIdentifier`, and a `NameScope` settles collisions once, deterministically, in the order names are claimed.
 */

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of async await never unknown object undefined keyof infer ' +
    'readonly is asserts satisfies accessor abstract arguments eval NaN Infinity globalThis'
  ).split(' '),
);

export type IdentifierCase = 'pascal' | 'camel';

/** Turns any text into a valid TypeScript identifier in the given case: `webhook-event` → `WebhookEvent`/`webhookEvent`. */
export function toIdentifier(text: string, casing: IdentifierCase): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=[a-z0-9])(?=[A-Z])/));
  let name = words.map((word, i) => (casing === 'camel' && i === 0 ? lowerFirst(word) : upperFirst(word))).join('');
  if (name === '') name = casing === 'camel' ? 'unnamed' : 'Unnamed';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/**
 * Names in one module or namespace; each claim gets a distinct identifier, suffixed `2`, `3`… on collision.
 * With `foldCase`, names that differ only in case collide too: they also name files, and a file system may
 * not tell `getURL.ts` from `getUrl.ts`.
 */
export class NameScope {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = [], private readonly options: { foldCase?: boolean } = {}) {
    for (const name of reserved) this.taken.add(this.key(name));
  }

  private key(name: string): string {
    return this.options.foldCase ? name.toLowerCase() : name;
  }

  /** A unique identifier for `text`, made with `toIdentifier` unless it is already one exactly as wanted. */
  claim(text: string, casing: IdentifierCase, suffix = ''): string {
    const base = toIdentifier(text, casing) + suffix;
    let name = base;
    for (let n = 2; this.taken.has(this.key(name)); n++) name = `${base}${n}`;
    this.taken.add(this.key(name));
    return name;
  }

  has(name: string): boolean {
    return this.taken.has(this.key(name));
  }
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}
