/**
 * The first line of every runtime file a package carries: the specforge version that wrote it, which
 * `generate --check` reads back. Apart from runtime-modules.ts, so that the CLI reads it without loading the
 * TypeScript compiler before the lint thread has started.
 */
const HEADER = /^\/\/ specforge runtime (\S+)\./;

export function runtimeHeader(version: string): string {
  return `// specforge runtime ${version}. Copied into the package by specforge generate, which writes it again; do not edit.\n`;
}

/** The specforge version a runtime file's header names; undefined when it has none (edited, or not specforge's). */
export function runtimeVersionOf(contents: string): string | undefined {
  return HEADER.exec(contents)?.[1];
}
