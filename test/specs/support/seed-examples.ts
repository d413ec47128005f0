/** A JSON example found in a seed page: its value, and whether it had to be corrected to parse. */
export interface SeedExample {
  value: unknown;
  /** The text as the page shows it. */
  text: string;
  corrected: boolean;
}

/**
 * Finds the JSON objects a documentation page shows (request bodies inside curl commands, response and error bodies),
 * by matching braces outside strings. Text in braces without a quote (`{id}`, `{key}`) is a path or prose, not JSON.
 * Trailing commas, which some pages show, are the one correction applied; such examples are marked `corrected`.
 */
export function seedExamples(page: string): SeedExample[] {
  const found: SeedExample[] = [];
  const seen = new Set<string>();
  let i = 0;
  while ((i = page.indexOf('{', i)) !== -1) {
    const end = matchingBrace(page, i);
    if (end === -1) break;
    const text = page.slice(i, end + 1);
    if (!text.includes('"') && text !== '{}') {
      i++;
      continue;
    }
    let value: unknown;
    let corrected = false;
    try {
      value = JSON.parse(text);
    } catch {
      value = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
      corrected = true;
    }
    const key = JSON.stringify(value);
    if (!seen.has(key)) {
      seen.add(key);
      found.push({ value, text, corrected });
    }
    i = end + 1;
  }
  return found;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
