import { YamlParseError } from '@redocly/openapi-core';
import type { SpecDocument } from '../../load/read-spec.js';
import { displayPath } from '../../util/display-path.js';
import { isObject } from '../../util/is-object.js';
import { valueAt } from '../../util/json-pointer.js';

/** A file a `$ref` names, as the lint read it: its parsed content, or why there is none. */
export type OpenedFile =
  | { ok: true; absoluteRef: string; parsed: unknown }
  | { ok: false; absoluteRef: string; why: 'missing' | 'unparsable' | 'unreadable'; message: string };

/** A value found by following `$ref`s, and the file it is in. */
export interface Followed {
  node: unknown;
  absoluteRef: string;
}

/**
 * The files of a spec as its lint read them, for messages that name what is at a place: the root document and the
 * files its `$ref`s name, through the resolver the lint used (which has read them already, once).
 */
export class SpecFiles {
  constructor(private readonly spec: SpecDocument) {}

  /** The root document's parsed content. */
  get root(): { parsed: unknown; absoluteRef: string } {
    return { parsed: this.spec.document.parsed, absoluteRef: this.spec.document.source.absoluteRef };
  }

  /** The parsed content of a file Redocly read (a problem's `location.source.absoluteRef`). */
  async parsed(absoluteRef: string): Promise<unknown> {
    if (absoluteRef === this.spec.document.source.absoluteRef) return this.spec.document.parsed;
    const opened = await this.open(null, absoluteRef);
    return opened.ok ? opened.parsed : undefined;
  }

  /** The file `ref` (a path or URL, without its `#` fragment) names, relative to the file `base`. */
  async open(base: string | null, ref: string): Promise<OpenedFile> {
    const absoluteRef = this.spec.resolver.resolveExternalRef(base, ref);
    // Redocly returns some failures and throws others.
    const result: unknown = await this.spec.resolver.resolveDocument(base, ref).catch((error: unknown) => error);
    if (result instanceof YamlParseError) return { ok: false, absoluteRef, why: 'unparsable', message: result.message };
    if (result instanceof Error) {
      const cause = (result as { originalError?: { code?: unknown } }).originalError;
      if (cause?.code === 'ENOENT') return { ok: false, absoluteRef, why: 'missing', message: `no such file ${displayPath(absoluteRef)}` };
      return { ok: false, absoluteRef, why: 'unreadable', message: firstLine(result.message) };
    }
    return { ok: true, absoluteRef, parsed: (result as { parsed: unknown }).parsed };
  }

  /** `node` with its `$ref`s followed (in `absoluteRef`'s file); undefined when one does not resolve. */
  async follow(node: unknown, absoluteRef: string): Promise<Followed | undefined> {
    let current: Followed = { node, absoluteRef };
    for (let hops = 0; hops < 32 && isObject(current.node) && typeof current.node.$ref === 'string'; hops++) {
      const ref = current.node.$ref;
      const hash = ref.indexOf('#');
      const file = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? '' : ref.slice(hash);
      let parsed: unknown;
      let at = current.absoluteRef;
      if (file === '') {
        parsed = await this.parsed(at);
      } else {
        const opened = await this.open(at, file);
        if (!opened.ok) return undefined;
        parsed = opened.parsed;
        at = opened.absoluteRef;
      }
      const target = valueAt(parsed, fragment);
      if (target === undefined) return undefined;
      current = { node: target, absoluteRef: at };
    }
    return current;
  }
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).trim();
}
