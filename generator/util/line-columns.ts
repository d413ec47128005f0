/** A place in a text: 1-based line and column. */
export interface LineCol {
  line: number;
  col: number;
}

/** Offsets where lines start; a line ends at `\n` only, as Redocly counts them. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 1-based line and column of an offset, given the line starts of its text. */
export function lineColOf(lineStarts: readonly number[], offset: number): LineCol {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, col: offset - lineStarts[low]! + 1 };
}
