import type { ValidatorModule } from './contract.js';

/**
 * The JavaScript of a compiled validator module, for loading it in this process (`compileSchema`, lint's example
 * checks): its constants, functions and exported constants, without the import (the loader binds the runtime's
 * helpers by name) and without the comments. It is the code `validatorStatements` prints, less its types, made
 * without loading ts-morph: the lint thread checks a spec's examples with it.
 */
export function validatorJavaScript(module: ValidatorModule): string {
  const lines: string[] = [];
  for (const constant of module.constants) lines.push(`const ${constant.name} = ${constant.initializer};`);
  for (const fn of module.functions) {
    lines.push(`function ${fn.name}(${fn.parameters.map((parameter) => parameter.name).join(', ')}) {`);
    for (const line of fn.body) lines.push(typeof line === 'string' ? line : line.javascript);
    lines.push('}');
  }
  for (const exported of module.exports) lines.push(`const ${exported.name} = ${exported.arrow};`);
  return lines.join('\n');
}
