/** `(`, `(?:`, a lookaround or a named group's opening. */
const GROUP_OPENING = /^\((\?(:|=|!|<=|<!|<[A-Za-z]\w*>))?/;

/**
 * Whether a pattern may backtrack catastrophically: a repeated group that holds an unbounded repetition and no
 * character of its own that must appear once per round (`(a+)+`, `(\w+\s?)+`, `([\w .-]*)*`), so that a string can
 * be split between its rounds in exponentially many ways. `(\.[a-z]+)+` is safe: each round starts with its dot. A
 * value that does not match such a pattern can hang the process that checks it, so the contract's values are not
 * checked against it (see SchemaChecker). A heuristic, for this shape only.
 */
export function mayBacktrack(pattern: string): boolean {
  interface Group {
    unbounded: boolean;
    literal: boolean;
  }
  const groups: Group[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    // One atom: what a quantifier after it applies to.
    let atom: { literal: boolean; group?: Group } | undefined;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      atom = { literal: !/[dDwWsSbBpPuxk0-9]/.test(next) };
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      atom = { literal: false };
      i = j + 1;
    } else if (c === '(') {
      groups.push({ unbounded: false, literal: false });
      i += GROUP_OPENING.exec(pattern.slice(i))![0].length;
      continue;
    } else if (c === ')') {
      const group = groups.pop() ?? { unbounded: false, literal: false };
      atom = { literal: group.literal, group };
      i += 1;
    } else if (c === '|' || c === '^' || c === '$') {
      i += 1;
      continue;
    } else {
      atom = { literal: c !== '.' };
      i += 1;
    }
    const quantifier = /^(\*|\+|\?|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(i));
    const unbounded = quantifier !== null && (quantifier[1] === '*' || quantifier[1] === '+' || (quantifier[3] !== undefined && quantifier[4] === ''));
    const optional = quantifier !== null && (quantifier[1] === '*' || quantifier[1] === '?' || quantifier[2] === '0');
    if (quantifier) i += quantifier[0].length;
    if (unbounded && atom.group && atom.group.unbounded && !atom.group.literal) return true;
    const enclosing = groups[groups.length - 1];
    if (enclosing) {
      if (unbounded || atom.group?.unbounded) enclosing.unbounded = true;
      // A character that must appear once in every round: not repeated, not optional.
      if (atom.literal && quantifier === null) enclosing.literal = true;
      else if (atom.group?.literal && !optional && !unbounded) enclosing.literal = true;
    }
  }
  return false;
}

/** Every `pattern` (and `patternProperties` key) in a schema, data keywords included (one too many is harmless). */
export function patternsIn(schema: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'pattern' && typeof value === 'string') found.push(value);
      else if (key === 'patternProperties' && typeof value === 'object' && value !== null) {
        found.push(...Object.keys(value));
        visit(value);
      } else visit(value);
    }
  };
  visit(schema);
  return found;
}
