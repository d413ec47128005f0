/** One lint problem, located in a file. */
export interface Finding {
  /** The file as shown to users (relative to the working folder when inside it). */
  file: string;
  line: number;
  col: number;
  severity: 'error' | 'warn';
  rule: string;
  message: string;
  /** JSON pointer (RFC 6901) of the place in that file; '' for the whole document. */
  pointer: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule);
}
