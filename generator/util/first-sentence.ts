/**
 * The first sentence of a markdown text (an OpenAPI `description`), as plain text on one line: the package.json
 * `description`, the summary of an operation that has none. Headings are skipped, links give their text, emphasis,
 * code spans and HTML tags their content. A sentence ends at `.`, `!` or `?` before a space or the end, not after
 * an abbreviation (`e.g.`, `i.e.`, `etc.` before a lower-case word); a `.` inside a URL or a version number is
 * followed by no space, so never ends one. Longer than `max` characters, it is cut at a word and ends with `…`.
 */
export function firstSentence(markdown: string, max = 200): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (/^\s*#{1,6}(\s|$)/.test(line) || /^\s*(```|~~~)/.test(line)) {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
      continue;
    }
    if (line.trim() === '') {
      if (paragraphs.at(-1)!.length > 0) paragraphs.push([]);
      continue;
    }
    paragraphs.at(-1)!.push(line.trim());
  }
  const first = paragraphs.find((paragraph) => paragraph.length > 0);
  if (first === undefined) return '';
  const text = plainText(first.join(' '));
  return shorten(upToSentenceEnd(text), max);
}

const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl|resp|no|fig|mr|mrs|ms|dr|st)\.$/i;

function upToSentenceEnd(text: string): string {
  const end = /[.!?](?=\s|$)/g;
  for (let match = end.exec(text); match !== null; match = end.exec(text)) {
    const upTo = text.slice(0, match.index + 1);
    // `e.g. a list` goes on; `…, etc. The next` ends.
    if (match[0] === '.' && ABBREVIATIONS.test(upTo) && !/^\s+[A-Z]/.test(text.slice(match.index + 1))) continue;
    if (match[0] === '.' && /(?:^|\s)(?:e\.g|i\.e)\.$/i.test(upTo)) continue;
    return upTo;
  }
  return text;
}

function plainText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // HTML tags
    .replace(/`+([^`]+?)`+/g, '$1') // code spans
    // Strong and emphasis around words (`**Note**`, `_one_`); a `*` beside punctuation (`*/`) stays.
    .replace(/(\*\*|__)(?=[A-Za-z0-9])([^]*?[A-Za-z0-9.!?)])\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=[A-Za-z0-9])([^]*?[A-Za-z0-9.!?)])\2(?!\w)/g, '$1$3')
    .replace(/^\s*(?:[-*+>]|\d+[.)])\s+/, '') // a list item or quote
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
