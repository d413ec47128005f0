import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { Config } from '@redocly/openapi-core';
import { contentHash, type InputFile } from '../util/content-hash.js';
import { displayPath } from '../util/display-path.js';
import { hasExternalRef } from './external-refs.js';
import { scanJson } from './json-positions.js';
import { openApiVersionOf, readsAsJson, type OpenApiVersion } from './spec-root.js';
import type { SpecDocument } from './read-spec.js';

/** A spec as code generation reads it. */
export interface GenerationSpec {
  readonly displayPath: string;
  readonly version: OpenApiVersion;
  /** The root document as its file has it (before bundling). */
  readonly written: Record<string, unknown>;
  /** The spec as one self-contained document (see bundleSpec). */
  bundle(): Promise<Record<string, unknown>>;
  /** `file:line:col` of a pointer into the root document, or the file and the pointer when it is not there. */
  locate(pointer: string, onKey: boolean): string;
  /**
   * Every file the spec was read from, the root first (absolute paths; a URL as it was referenced), each with the
   * hash of its text as read, not as it may be on disk by now: after `bundle`, all of them.
   */
  inputs(): Promise<InputFile[]>;
}

/**
 * Reads a spec for generation. A JSON spec of one file, generated with specforge's own lint config (`config`
 * undefined; it has no preprocessors or decorators, which a test holds), is its own bundle: it is read with
 * `JSON.parse` and placed with `scanJson`, and Redocly (a third of a second to load) is not loaded on this thread at
 * all; the lint thread has its own. Any other spec is read and bundled by Redocly. Both ways refuse the same files
 * with the same messages (spec-root.ts).
 */
export async function readForGeneration(specPath: string, config: Config | undefined): Promise<GenerationSpec> {
  const absolutePath = resolvePath(specPath);
  const shown = displayPath(absolutePath);
  if (config === undefined) {
    const json = readJsonFile(absolutePath);
    if (json && !hasExternalRef(json.parsed, json.text)) {
      const written = json.parsed as Record<string, unknown>;
      return {
        displayPath: shown,
        version: openApiVersionOf(written, shown),
        written,
        bundle: () => Promise.resolve(written),
        locate: (pointer, onKey) => locateInJson(json.text, shown, pointer, onKey),
        inputs: () => Promise.resolve([{ path: absolutePath, hash: contentHash(json.raw) }]),
      };
    }
  }
  return readWithRedocly(specPath, config);
}

/**
 * The file parsed with `JSON.parse`, as Redocly's resolver would give it to JsonFirstResolver; else undefined, and
 * Redocly's reading says what is wrong (no such file, a folder, text that does not parse).
 */
function readJsonFile(absolutePath: string): { text: string; raw: string; parsed: unknown } | undefined {
  if (!/\.json$/i.test(absolutePath)) return undefined;
  let raw: string;
  try {
    raw = readFileSync(absolutePath, 'utf8');
  } catch {
    return undefined;
  }
  const text = raw.replace(/\r\n/g, '\n');
  if (!readsAsJson(absolutePath, text)) return undefined;
  try {
    return { text, raw, parsed: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function locateInJson(text: string, shown: string, pointer: string, onKey: boolean): string {
  if (!pointer) return shown;
  const place = scanJson(text, [{ pointer, onKey }]).places[0];
  return place && place.line > 0 ? `${shown}:${place.line}:${place.col}` : `${shown} (at ${pointer})`;
}

async function readWithRedocly(specPath: string, config: Config | undefined): Promise<GenerationSpec> {
  const [{ readSpec, JsonFirstResolver }, { bundleSpec }, { loadLintConfig }, { getLineColLocation }] = await Promise.all([
    import('./read-spec.js'),
    import('./bundle-spec.js'),
    import('../lint/config.js'),
    import('@redocly/openapi-core'),
  ]);
  const spec = await readSpec(specPath, new JsonFirstResolver());
  const bundleConfig = config ?? (await loadLintConfig());
  return {
    displayPath: spec.displayPath,
    version: spec.version,
    written: spec.document.parsed as Record<string, unknown>,
    bundle: () => bundleSpec(spec, bundleConfig),
    inputs: () => readInputs(spec),
    locate: (pointer, onKey) => {
      if (!pointer) return spec.displayPath;
      try {
        const { start } = getLineColLocation({ source: spec.document.source, pointer: `#${pointer}`, reportOnKey: onKey });
        if (start.line > 0) return `${spec.displayPath}:${start.line}:${start.col}`;
      } catch {
        // The pointer names a place the bundler made (a component moved in from another file).
      }
      return `${spec.displayPath} (at ${pointer})`;
    },
  };
}

/** The files Redocly read for the spec (the root first), each hashed as its resolver read it. */
async function readInputs(spec: SpecDocument): Promise<InputFile[]> {
  const read = await Promise.all(
    [...spec.resolver.cache.entries()].map(async ([ref, document]) => {
      const source = await document.then((d) => (d as { source?: { body?: unknown } }).source, () => undefined);
      // A file that could not be read leaves its ref, so that no cache entry is made without it.
      return { path: ref, hash: typeof source?.body === 'string' ? contentHash(source.body) : '' };
    }),
  );
  const root = read.find((input) => input.path === spec.absolutePath) ?? { path: spec.absolutePath, hash: contentHash(spec.document.source.body) };
  return [root, ...read.filter((input) => input !== root).sort((a, b) => (a.path < b.path ? -1 : 1))];
}
