import type { BodyLine, ValidatorModule } from './contract.js';

/**
 * The JavaScript of a compiled validator module, for loading it in this process (`compileSchema`, lint's example
 * checks): `validators.js` without its import (the loader binds the runtime's helpers by name) and without
 * `export`. Made without ts-morph: the lint thread checks a spec's examples with it.
 */
export function validatorJavaScript(module: ValidatorModule): string {
  return javascriptBlocks(module, '').join('\n\n');
}

/**
 * The `validators.js` and `validators.d.ts` of a package, written straight from the module, in the very text
 * ts-morph prints from `validatorStatements` (its printer spends most of a large spec's printing on these two
 * files; a test holds the two printings byte for byte equal). `validators.ts` itself is ts-morph's.
 */
export function javascriptAndDeclarations(module: ValidatorModule): { javascript: string; declarations: string } {
  const blocks = javascriptBlocks(module, 'export ');
  const values = module.imports.filter((entry) => !entry.typeOnly);
  if (values.length > 0) {
    const importLine = `import { ${values.map(specifier).join(', ')} } from ${JSON.stringify(module.runtimeModule)};`;
    // ts-morph puts no blank line between the import and the constants.
    if (module.constants.length > 0) blocks[0] = `${importLine}\n${blocks[0]}`;
    else blocks.unshift(importLine);
  }
  const javascript = blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;

  if (module.exports.length === 0) return { javascript, declarations: 'export {};\n' };
  const validator = module.imports.find((entry) => entry.name === 'SchemaValidator');
  const type = validator?.alias ?? 'SchemaValidator';
  const declared = module.exports.map((exported) => `/** ${exported.doc} */\nexport declare const ${exported.name}: ${type};`).join('\n');
  const importLine = `import type { ${validator ? specifier(validator) : 'SchemaValidator'} } from ${JSON.stringify(module.runtimeModule)};`;
  return { javascript, declarations: `${importLine}\n\n${declared}\n` };
}

/** The constants, each function and the exported constants (with `exportKeyword`), as blank-line-separated blocks. */
function javascriptBlocks(module: ValidatorModule, exportKeyword: string): string[] {
  const blocks: string[] = [];
  if (module.constants.length > 0) blocks.push(module.constants.map((constant) => `const ${constant.name} = ${constant.initializer};`).join('\n'));
  for (const fn of module.functions) {
    const head = `/** ${fn.doc} */\nfunction ${fn.name}(${fn.parameters.map((parameter) => parameter.name).join(', ')}) {`;
    blocks.push([head, ...fn.body.map((line) => indented(typeof line === 'string' ? line : line.javascript)), '}'].join('\n'));
  }
  if (module.exports.length > 0) {
    blocks.push(module.exports.map((exported) => `/** ${exported.doc} */\n${exportKeyword}const ${exported.name} = ${exported.arrow};`).join('\n'));
  }
  return blocks;
}

function specifier(entry: ValidatorModule['imports'][number]): string {
  return entry.alias === undefined ? entry.name : `${entry.name} as ${entry.alias}`;
}

/** A body line (two spaces per level) as ts-morph prints it inside a function: four spaces per level, one more. */
function indented(line: BodyLine & string): string {
  const text = line.trimStart();
  return text === '' ? '' : '    '.repeat((line.length - text.length) / 2 + 1) + text;
}
