import { visit } from 'jsonc-parser';
import { segmentsOf } from '../util/json-pointer.js';
import { lineColOf, lineStartsOf, type LineCol } from '../util/line-columns.js';

export type { LineCol } from '../util/line-columns.js';

/** A place asked for: a JSON pointer, and whether the problem is reported on the property's key or on its value. */
export interface JsonPlace {
  pointer: string;
  onKey: boolean;
}

export interface JsonScan {
  /** Where each place asked for is, in the order asked. */
  places: LineCol[];
  /** The first key that repeats one of its object's keys, if any. */
  duplicateKey: LineCol | undefined;
}

/** What the scan learns of one node on the way to a place asked for. */
interface Node {
  children: Map<string, Node>;
  kind?: 'object' | 'array' | 'scalar';
  /** Offset of the value. */
  value?: number;
  /** Offset of the key, for object properties. */
  key?: number;
}

const newNode = (): Node => ({ children: new Map() });

/**
 * Line and column of places in a JSON text, and its first duplicate key, in one streaming pass of jsonc-parser
 * that builds no tree: Redocly's way (a YAML AST of the whole file, built to locate lint findings) takes 150 MB and
 * most of a second for GitHub's 13 MB spec. The places are those Redocly's `getLineColLocation` gives: the value
 * at the pointer, or its key when the problem is reported on the key; when the pointer goes further than the
 * document, the deepest node that exists (the first of duplicate keys, as Redocly's AST lookup finds).
 */
export function scanJson(text: string, places: readonly JsonPlace[]): JsonScan {
  const root = newNode();
  for (const place of places) {
    let node = root;
    for (const segment of segmentsOf(place.pointer)) {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, (child = newNode()));
      node = child;
    }
  }

  // One frame per open object or array: the trie node it is (undefined off the places' paths), and its keys.
  interface Frame {
    node: Node | undefined;
    keys: Set<string> | undefined;
    index: number;
  }
  const frames: Frame[] = [];
  let pendingKey: { name: string; at: number } | undefined;
  let duplicateKey: number | undefined;

  /** The trie node of the value starting now, from its parent frame and the key or index that leads to it. */
  const enter = (kind: Node['kind'], at: number): Node | undefined => {
    const parent = frames[frames.length - 1];
    let node: Node | undefined;
    if (!parent) node = root;
    else if (parent.node) {
      if (pendingKey) {
        node = parent.node.children.get(pendingKey.name);
        if (node && node.key === undefined) node.key = pendingKey.at;
        else if (node && node.key !== pendingKey.at) node = undefined; // a repeated key: the first one counts
      } else node = parent.node.children.get(String(parent.index));
    }
    if (parent && !pendingKey) parent.index++;
    pendingKey = undefined;
    if (node && node.kind === undefined) {
      node.kind = kind;
      node.value = at;
    }
    return node;
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => {
        frames.push({ node: enter('object', offset), keys: new Set(), index: 0 });
      },
      onObjectProperty: (name, offset) => {
        const frame = frames[frames.length - 1]!;
        if (frame.keys!.has(name)) duplicateKey ??= offset;
        else frame.keys!.add(name);
        pendingKey = { name, at: offset };
      },
      onObjectEnd: () => {
        frames.pop();
      },
      onArrayBegin: (offset) => {
        frames.push({ node: enter('array', offset), keys: undefined, index: 0 });
      },
      onArrayEnd: () => {
        frames.pop();
      },
      onLiteralValue: (_value, offset) => {
        enter('scalar', offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );

  const lineStarts = lineStartsOf(text);
  const position = (offset: number) => lineColOf(lineStarts, offset);
  return {
    places: places.map((place) => position(locate(root, place))),
    duplicateKey: duplicateKey === undefined ? undefined : position(duplicateKey),
  };
}


/** Redocly's `getAstNodeByPointer`, on what the scan learnt: the offset of the node it would find. */
function locate(root: Node, place: JsonPlace): number {
  let node = root;
  let viaKey = false;
  for (const segment of segmentsOf(place.pointer)) {
    if (node.kind !== 'object' && node.kind !== 'array') continue; // a scalar has nothing below it
    const child = node.children.get(segment);
    if (!child || child.kind === undefined) break;
    node = child;
    viaKey = node.key !== undefined;
  }
  return (place.onKey && viaKey ? node.key : node.value) ?? 0;
}
