/**
 * Spec text in generated comments. A description can hold anything, including `*\/`, which would end the comment
 * and turn the rest into code; it is neutralised here, where every generated comment made from spec text passes.
 */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/[\u2028\u2029]/g, ' ')
    .replace(/\u0000/g, '\uFFFD') // U+0000 marks where verbatim code goes when modules are printed
    .trim();
}
