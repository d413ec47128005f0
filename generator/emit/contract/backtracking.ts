/**
 * Whether a pattern may backtrack catastrophically: a repeated group that itself holds an unbounded repetition
 * (`(a+)+`, `([\w .-]*)*`), the shape behind exponential matching times in backtracking engines. A value that does
 * not match such a pattern can hang the process that checks it, so the contract's values are not checked against
 * it (see SchemaChecker). A heuristic: it may flag a pattern that is safe, never the other way for this shape.
 */
export function mayBacktrack(pattern: string): boolean {
  // Per open group: whether an unbounded repetition was met inside it.
  const groups: boolean[] = [];
  let inClass = false;
  let lastGroupRepeats = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      lastGroupRepeats = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(pattern.slice(i)));
    if (unbounded) {
      if (lastGroupRepeats) return true;
      if (groups.length > 0) groups[groups.length - 1] = true;
    }
    lastGroupRepeats = false;
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const inner = groups.pop() ?? false;
      lastGroupRepeats = inner;
      if (inner && groups.length > 0) groups[groups.length - 1] = true;
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
