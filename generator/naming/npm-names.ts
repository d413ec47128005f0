/** npm package names: checked as npm checks a new package's, and made from a file or folder name. */

const NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;

/** Whether `name` is a name npm accepts for a new package (lowercase, URL-safe, at most 214 characters). */
export function isNpmName(name: string): boolean {
  return name.length <= 214 && NAME.test(name);
}

/** A package name made of any text (a file or folder name): lowercase, other characters as `-`; `fallback` when nothing is left. */
export function toNpmName(text: string, fallback: string): string {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 200);
  return name === '' ? fallback : name;
}
