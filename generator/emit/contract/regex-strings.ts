import type { Random } from './random.js';

// Strings matching a regular expression, for the common subset specs use in `pattern`: anchors, literals, escapes
// (\d \w \s \. \uXXXX), classes with ranges and negation, groups, alternation and quantifiers. Lookarounds and
// backreferences are not generated: `regexSample` returns undefined for them, and the caller falls back.

type Atom =
  | { kind: 'chars'; chars: string }
  | { kind: 'group'; alternatives: Sequence[] }
  | { kind: 'empty' };
type Item = { atom: Atom; min: number; max: number };
type Sequence = Item[];

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const WORD = LOWER + UPPER + DIGITS + '_';
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** How many repeats past its minimum an unbounded quantifier gets. */
const SPREAD = 4;

class Unsupported extends Error {}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Sequence[] {
    const alternatives = this.alternatives();
    if (this.at < this.source.length) throw new Unsupported(`unexpected ${this.source[this.at]}`);
    return alternatives;
  }

  private alternatives(): Sequence[] {
    const alternatives = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): Sequence {
    const items: Sequence = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private atom(): Atom {
    const c = this.source[this.at++]!;
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '.') return { kind: 'chars', chars: LOWER + DIGITS };
    if (c === '[') return { kind: 'chars', chars: this.characterClass() };
    if (c === '(') {
      if (this.source[this.at] === '?') {
        const next = this.source[this.at + 1];
        if (next === ':') this.at += 2;
        else if (next === '<' && this.source[this.at + 2] !== '=' && this.source[this.at + 2] !== '!') {
          const end = this.source.indexOf('>', this.at);
          if (end < 0) throw new Unsupported('group name');
          this.at = end + 1;
        } else throw new Unsupported('lookaround');
      }
      const alternatives = this.alternatives();
      if (this.source[this.at++] !== ')') throw new Unsupported('unclosed group');
      return { kind: 'group', alternatives };
    }
    if (c === '\\') return this.escape(false);
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported(`stray ${c}`);
    return { kind: 'chars', chars: c };
  }

  private escape(inClass: boolean): Atom & { kind: 'chars' | 'empty' } {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'd': return { kind: 'chars', chars: DIGITS };
      case 'w': return { kind: 'chars', chars: WORD };
      case 's': return { kind: 'chars', chars: ' ' };
      case 'D': return { kind: 'chars', chars: LOWER };
      case 'W': return { kind: 'chars', chars: '-' };
      case 'S': return { kind: 'chars', chars: LOWER };
      case 'b': case 'B':
        if (inClass) return { kind: 'chars', chars: '\b' };
        return { kind: 'empty' };
      case 'n': return { kind: 'chars', chars: '\n' };
      case 't': return { kind: 'chars', chars: '\t' };
      case 'r': return { kind: 'chars', chars: '\r' };
      case 'u': case 'x': {
        const length = c === 'u' ? 4 : 2;
        const hex = this.source.slice(this.at, this.at + length);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) throw new Unsupported('escape');
        this.at += length;
        return { kind: 'chars', chars: String.fromCharCode(parseInt(hex, 16)) };
      }
      default:
        if (/[1-9]/.test(c) || c === 'k' || c === 'p' || c === 'P') throw new Unsupported(`\\${c}`);
        return { kind: 'chars', chars: c };
    }
  }

  private characterClass(): string {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    let chars = '';
    let first = true;
    while (this.at < this.source.length && (this.source[this.at] !== ']' || first)) {
      first = false;
      const start = this.classChar();
      if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']' && this.at + 1 < this.source.length && start.length === 1) {
        this.at++;
        const end = this.classChar();
        if (end.length !== 1 || end < start) throw new Unsupported('range');
        for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++) chars += String.fromCharCode(code);
      } else chars += start;
    }
    if (this.source[this.at++] !== ']') throw new Unsupported('unclosed class');
    if (!negated) return chars;
    const allowed = [...PRINTABLE].filter((ch) => !chars.includes(ch)).join('');
    if (allowed === '') throw new Unsupported('empty class');
    return allowed;
  }

  private classChar(): string {
    const c = this.source[this.at++]!;
    if (c !== '\\') return c;
    const escaped = this.escape(true);
    return escaped.kind === 'chars' ? escaped.chars : '';
  }

  private quantifier(): [number, number] {
    const c = this.source[this.at];
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (match) {
        const min = Number(match[1]);
        const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
        this.at += match[0].length - 1;
        bounds = [min, max];
      }
    }
    if (!bounds) return [1, 1];
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: the same strings match
    return bounds;
  }
}

export type RegexMode = 'shortest' | 'random' | 'longest';

/**
 * A string the pattern matches, or undefined when the pattern is outside the subset. `longest` stretches
 * unbounded quantifiers by `stretch` repeats, to reach a length bound.
 */
export function regexSample(pattern: string, random: Random, mode: RegexMode = 'random', stretch = SPREAD): string | undefined {
  let tree: Sequence[];
  try {
    tree = new Parser(pattern).parse();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const alternatives = (options: Sequence[]): string => sequence(mode === 'random' ? random.pick(options) : options[0]!);
  const sequence = (items: Sequence): string => items.map(item).join('');
  const item = ({ atom, min, max }: Item): string => {
    const top = Number.isFinite(max) ? max : min + (mode === 'longest' ? stretch : SPREAD);
    const count = mode === 'shortest' ? min : mode === 'longest' ? top : random.int(min, Math.min(top, min + SPREAD));
    let out = '';
    for (let i = 0; i < count; i++) {
      if (atom.kind === 'chars') out += mode === 'random' ? random.pick([...atom.chars]) : pickPlain(atom.chars);
      else if (atom.kind === 'group') out += alternatives(atom.alternatives);
    }
    return out;
  };
  return alternatives(tree);
}

/** A readable character of a set: a lower-case letter or a digit when it has one. */
function pickPlain(chars: string): string {
  for (const ch of chars) if (/[a-z0-9]/.test(ch)) return ch;
  return chars[0]!;
}
