/**
 * The flags a spec's pattern compiles with: `u` (code points, as JSON Schema means) when it is a valid Unicode
 * expression; none when it is only valid as a legacy one (`\-` outside a class, common in real specs);
 * undefined when it is not a regular expression at all.
 */
export function regexFlags(pattern: string): 'u' | '' | undefined {
  for (const flags of ['u', ''] as const) {
    try {
      new RegExp(pattern, flags);
      return flags;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}
