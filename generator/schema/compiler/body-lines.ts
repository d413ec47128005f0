import type { BodyLine } from './contract.js';

/** Lines of a function body being compiled (see BodyLine). */
export type Lines = BodyLine[];

export function indent(lines: Lines): Lines {
  return lines.map((line) =>
    typeof line === 'string' ? '  ' + line : { typescript: '  ' + line.typescript, javascript: '  ' + line.javascript },
  );
}

/** `head { body }`; a bare block for an empty head. */
export function block(head: string, body: Lines): Lines {
  return [head === '' ? '{' : `${head} {`, ...indent(body), '}'];
}

/** `lines`, a block, continued with `} else { otherwise }` when there is an otherwise (changes `lines`). */
export function withElse(lines: Lines, otherwise: Lines): Lines {
  if (otherwise.length > 0) {
    lines[lines.length - 1] = '} else {';
    lines.push(...indent(otherwise), '}');
  }
  return lines;
}

/** `const name = value as type;` in TypeScript, without the assertion in JavaScript. */
export function typedConst(name: string, value: string, type: string): BodyLine {
  return { typescript: `const ${name} = ${value} as ${type};`, javascript: `const ${name} = ${value};` };
}

/** `const name: type = value;` in TypeScript, without the annotation in JavaScript. */
export function annotatedConst(name: string, type: string, value: string): BodyLine {
  return { typescript: `const ${name}: ${type} = ${value};`, javascript: `const ${name} = ${value};` };
}

/** `let here: string | undefined;`: the pointer of the function's own value, joined on first use. */
export const HERE_DECLARATION: BodyLine = { typescript: 'let here: string | undefined;', javascript: 'let here;' };
