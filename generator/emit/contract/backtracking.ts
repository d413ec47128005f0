/** `(`, `(?:`, a lookaround or a named group's opening. */
const GROUP_OPENING = /^\((\?(:|=|!|<=|<!|<[A-Za-z]\w*>))?/;

/**
 * Whether a pattern may backtrack catastrophically: a repeated group that holds an unbounded repetition and no
 * character of its own that must appear once per round (`(a+)+`, `(\w+\s?)+`, `([\w .-]*)*`), so that a string can
 * be split between its rounds in exponentially many ways; or whose alternatives can begin alike (`(a|aa)+`).
 * `(\.[a-z]+)+` is safe: each round starts with its dot; so is `(ab|cd)+`. A
 * value that does not match such a pattern can hang the process that checks it, so the contract's values are not
 * checked against it (see SchemaChecker). A heuristic, for this shape only.
 */
export function mayBacktrack(pattern: string): boolean {
  interface Group {
    unbounded: boolean;
    literal: boolean;
    /** Each alternative's first character, or `*` where it may be several (a class, an optional atom, a group). */
    firsts: string[];
    atStart: boolean;
  }
  const newGroup = (): Group => ({ unbounded: false, literal: false, firsts: [], atStart: true });
  const groups: Group[] = [];
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i]!;
    // One atom: what a quantifier after it applies to.
    let atom: { literal: boolean; text: string; group?: Group } | undefined;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      atom = { literal: !/[dDwWsSbBpPuxk0-9]/.test(next), text: next };
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      atom = { literal: false, text: '' };
      i = j + 1;
    } else if (c === '(') {
      groups.push(newGroup());
      i += GROUP_OPENING.exec(pattern.slice(i))![0].length;
      continue;
    } else if (c === ')') {
      const group = groups.pop() ?? newGroup();
      if (group.atStart) group.firsts.push('*');
      atom = { literal: group.literal, text: '', group };
      i += 1;
    } else if (c === '|') {
      const group = groups[groups.length - 1];
      if (group) {
        if (group.atStart) group.firsts.push('*');
        group.atStart = true;
      }
      i += 1;
      continue;
    } else if (c === '^' || c === '$') {
      i += 1;
      continue;
    } else {
      atom = { literal: c !== '.', text: c };
      i += 1;
    }
    const quantifier = /^(\*|\+|\?|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(i));
    const unbounded = quantifier !== null && (quantifier[1] === '*' || quantifier[1] === '+' || (quantifier[3] !== undefined && quantifier[4] === ''));
    const optional = quantifier !== null && (quantifier[1] === '*' || quantifier[1] === '?' || quantifier[2] === '0');
    if (quantifier) i += quantifier[0].length;
    if (unbounded && atom.group && atom.group.unbounded && !atom.group.literal) return true;
    // `(a|aa)+`, `(\d|\d\d)+`: alternatives that can begin alike make as many ways to split a string as `(a+)+`.
    if (unbounded && atom.group && overlapping(atom.group.firsts)) return true;
    const enclosing = groups[groups.length - 1];
    if (enclosing?.atStart) {
      enclosing.firsts.push(atom.literal && !optional ? atom.text : '*');
      enclosing.atStart = false;
    }
    if (enclosing) {
      if (unbounded || atom.group?.unbounded) enclosing.unbounded = true;
      // A character that must appear once in every round: not repeated, not optional.
      if (atom.literal && quantifier === null) enclosing.literal = true;
      else if (atom.group?.literal && !optional && !unbounded) enclosing.literal = true;
    }
  }
  return false;
}

function overlapping(firsts: readonly string[]): boolean {
  return firsts.some((first, i) => firsts.some((other, j) => i < j && (first === other || first === '*' || other === '*')));
}
