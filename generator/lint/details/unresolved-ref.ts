import type { NormalizedProblem } from '@redocly/openapi-core';
import { displayPath } from '../../util/display-path.js';
import { isObject } from '../../util/is-object.js';
import { pointerOf, segmentsOf, valueAt } from '../../util/json-pointer.js';
import { quoted } from '../../util/spec-text.js';
import { closestName } from '../../util/closest-name.js';
import type { SpecFiles } from './spec-files.js';

/**
 * Redocly's `Can't resolve $ref`, naming the reference as written and why it names nothing: its file does not exist
 * or does not parse, or the deepest place of its pointer that exists has no such key (with the nearest key there,
 * when one is close: a typo). Undefined when the place holds no `$ref` (the message is kept).
 */
export async function unresolvedRefMessage(problem: NormalizedProblem, files: SpecFiles): Promise<string | undefined> {
  const location = problem.location[0];
  if (location?.pointer === undefined) return undefined;
  const holder = await files.parsed(location.source.absoluteRef);
  const node = valueAt(holder, location.pointer.replace(/^#/, ''));
  // A `$ref`, or a discriminator mapping's value, which Redocly resolves as one.
  const ref = isObject(node) && typeof node.$ref === 'string' ? node.$ref : typeof node === 'string' ? node : undefined;
  if (ref === undefined) return undefined;
  return `Can't resolve $ref ${quoted(ref)}${await why(ref, location.source.absoluteRef, files, problem.message)}`;
}

/** `: <why>`, or '' when no reason is found. */
async function why(ref: string, from: string, files: SpecFiles, redoclyMessage: string): Promise<string> {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash);
  let parsed: unknown;
  let shown = fileShown(from);
  if (file === '') {
    parsed = await files.parsed(from);
  } else {
    const opened = await files.open(from, file);
    if (!opened.ok) {
      if (opened.why === 'missing') return `: there is no file ${fileShown(opened.absoluteRef)}`;
      if (opened.why === 'unparsable') return `: ${fileShown(opened.absoluteRef)} does not parse as YAML or JSON`;
      return `: ${opened.message}`;
    }
    parsed = opened.parsed;
    shown = fileShown(opened.absoluteRef);
  }
  if (fragment !== '' && !fragment.startsWith('#/')) return `: ${quoted(fragment)} is not a JSON pointer`;
  const missing = missingStep(parsed, fragment);
  if (!missing) {
    // The place exists: the reference it holds, or one further on, is what does not resolve.
    const detail = /^Can't resolve \$ref: (.+)$/.exec(redoclyMessage)?.[1];
    return detail ? `: ${detail}` : '';
  }
  const where = missing.at.length > 0 ? quoted(`${file}#${pointerOf(missing.at)}`) : shown;
  if (!missing.container) return `: ${where} is ${describe(missing.parent)}, with nothing inside it`;
  const near = closestName(missing.segment, missing.container);
  return `: ${where} has no ${quoted(missing.segment)}${near === undefined ? '' : ` (did you mean ${quoted(near)}?)`}`;
}

interface MissingStep {
  /** The segments of the deepest place that exists. */
  at: string[];
  parent: unknown;
  /** The keys (or indexes) there, when it is an object or an array. */
  container: string[] | undefined;
  /** The segment it does not have. */
  segment: string;
}

/** The first step of a `#/…` fragment that leads nowhere; undefined when the whole of it exists. */
function missingStep(root: unknown, fragment: string): MissingStep | undefined {
  const segments = segmentsOf(fragment);
  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const container = Array.isArray(node) ? node.map((_, index) => String(index)) : isObject(node) ? Object.keys(node) : undefined;
    if (!container || !Object.hasOwn(node as object, segment)) return { at: segments.slice(0, i), parent: node, container, segment };
    node = (node as Record<string, unknown>)[segment];
  }
  return undefined;
}

/** A file as users see it (relative to the working folder), or a URL as it is. */
function fileShown(absoluteRef: string): string {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(absoluteRef) ? absoluteRef : displayPath(absoluteRef);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'empty';
}
