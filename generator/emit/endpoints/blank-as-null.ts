import { toLiteral } from '../literal.js';
import { assignOwn, typed, type RuntimeImports, type SharedCode } from './code.js';

/**
 * `x-specforge-blank-as-null` as a valid request gets it: the function that gives a body, in place of each string
 * of `names` that is empty after trimming white space, null (the field is cleared). It runs after validation, so
 * the schema bounds the string as sent; it copies the body where it changes one (the caller's object is never
 * changed) and returns the body itself when it changes none.
 */
export function blankAsNullFunction(names: readonly string[], shared: SharedCode, runtime: RuntimeImports): string {
  const body: string[] = ['let out = value;'];
  names.forEach((name, i) => {
    const local = `v${i + 1}`;
    body.push(
      `const ${local} = ${runtime.use('own')}(value, ${toLiteral(name)});`,
      `if (typeof ${local} === "string" && ${local}.trim() === "") {`,
      '  if (out === value) out = { ...value };',
      `  ${assignOwn('out', name, 'null', runtime)}`,
      '}',
    );
  });
  body.push('return out;');
  return shared.function('blank', [
    typed('(value: Record<string, unknown>): Record<string, unknown> => {', '(value) => {'),
    ...body.map((line) => `  ${line}`),
    '}',
  ]);
}
