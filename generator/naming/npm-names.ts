/** npm package names and versions: checked as npm checks a new package's, and names made from a file or folder name. */

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

/** Semantic Versioning 2.0's grammar, as npm accepts a package version (`1.2.3`, `1.0.0-rc.1+build.5`). */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Whether `version` is a semantic version npm accepts for a package, exactly as written (no `v`, no spaces). */
export function isSemver(version: string): boolean {
  return version.length <= 256 && SEMVER.test(version);
}
