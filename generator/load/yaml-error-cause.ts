/** A YAML syntax error: 1-based line and column, and what is wrong. */
export interface YamlSyntaxError {
  line: number;
  col: number;
  reason: string;
}

interface Cause {
  offset: number;
  reason: string;
}

/**
 * The cause of a YAML syntax error, when the parser's position is after it. Redocly's parser (js-yaml) says where it
 * gave up, which for a quote or bracket that is never closed is a line or more later: `title: "abc` followed by
 * `version: 1.0.0` is "deficient indentation" at `version`, since the string ran on into it. The text is lexed again
 * with the `yaml` package, whose concrete syntax tree keeps each quoted scalar and flow collection with its start and
 * whether it was closed: the innermost one not closed that starts at or before the error is the cause. Undefined when
 * there is none: the parser's position is the place. The `yaml` package (30 ms to load) is loaded only then.
 */
export async function yamlErrorCause(text: string, error: YamlSyntaxError): Promise<YamlSyntaxError | undefined> {
  const { Parser } = await import('yaml');
  const lineStarts = lineStartsOf(text);
  const errorOffset = (lineStarts[error.line - 1] ?? text.length) + error.col - 1;
  const causes: Cause[] = [];
  const visit = (token: unknown): void => {
    if (typeof token !== 'object' || token === null) return;
    const cause = causeOf(token as Token, text);
    if (cause) causes.push(cause);
    for (const value of Object.values(token)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'object' && value !== null) visit(value);
    }
  };
  try {
    for (const token of new Parser().parse(text)) visit(token);
  } catch {
    return undefined;
  }
  const cause = causes.filter((c) => c.offset <= errorOffset).sort((a, b) => b.offset - a.offset)[0];
  if (!cause) return undefined;
  return { ...lineColOf(lineStarts, cause.offset), reason: cause.reason };
}

/** The parts of the `yaml` package's CST tokens looked at. */
interface Token {
  type?: string;
  offset?: number;
  source?: string;
  start?: Token | Token[];
  end?: Token[];
}

const QUOTES: Record<string, { quote: string; name: string }> = {
  'double-quoted-scalar': { quote: '"', name: 'double-quoted string' },
  'single-quoted-scalar': { quote: "'", name: 'single-quoted string' },
};

const FLOWS: Record<string, { close: string; name: string }> = {
  '[': { close: ']', name: "flow sequence ('[')" },
  '{': { close: '}', name: "flow mapping ('{')" },
};

function causeOf(token: Token, text: string): Cause | undefined {
  const offset = token.offset;
  if (typeof offset !== 'number') return undefined;
  const quoted = token.type ? QUOTES[token.type] : undefined;
  if (quoted && typeof token.source === 'string') {
    return isClosed(token.source, quoted.quote) ? undefined : { offset, reason: `a ${quoted.name} starting here is not closed` };
  }
  if (token.type === 'flow-collection' && !Array.isArray(token.start) && token.start) {
    const open = token.start.source ?? '';
    const flow = FLOWS[open];
    if (!flow) return undefined;
    const closer = token.end?.[0]?.source;
    if (closer === flow.close) return undefined;
    if (text[offset] !== open) return undefined;
    if (closer === ']' || closer === '}') return { offset, reason: `a ${flow.name} starting here is closed with '${closer}' instead of '${flow.close}'` };
    return { offset, reason: `a ${flow.name} starting here is not closed` };
  }
  return undefined;
}

/** Whether a quoted scalar's source ends with its closing quote (not an escaped one). */
function isClosed(source: string, quote: string): boolean {
  if (source.length < 2 || !source.endsWith(quote)) return false;
  if (quote === "'") return true; // '' inside is an escaped quote, which the lexer reads past
  let backslashes = 0;
  for (let i = source.length - 2; i > 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** Offsets where lines start. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineColOf(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let line = 0;
  while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
  return { line: line + 1, col: offset - lineStarts[line]! + 1 };
}
