import type { OperationIR } from '../../ir/ir.js';

/** The router's tree as data, shaped as the runtime's `RouteNode` (templates/package/route-table.ts). */
export interface RouteNodeData {
  literal?: Record<string, RouteNodeData>;
  template?: { literals: string[]; node: RouteNodeData }[];
  parameter?: RouteNodeData;
  methods?: Record<string, { operation: string; parameters: string[] }>;
}

type Segment = { kind: 'literal'; text: string } | { kind: 'parameter'; name: string } | { kind: 'template'; literals: string[]; names: string[] };

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A path template's segments, split as the runtime splits request paths (a trailing slash dropped). */
export function pathSegments(path: string): Segment[] {
  const raw = path.split('/');
  raw.shift();
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  if (raw.length === 1 && raw[0] === '') return [];
  return raw.map((text): Segment => {
    const whole = /^\{([^{}]+)\}$/.exec(text);
    if (whole) return { kind: 'parameter', name: whole[1]! };
    if (!text.includes('{')) return { kind: 'literal', text: decoded(text) };
    const literals: string[] = [];
    const names: string[] = [];
    let rest = text;
    for (let match = /\{([^{}]+)\}/.exec(rest); match; match = /\{([^{}]+)\}/.exec(rest)) {
      literals.push(decoded(rest.slice(0, match.index)));
      names.push(match[1]!);
      rest = rest.slice(match.index + match[0].length);
    }
    literals.push(decoded(rest));
    return { kind: 'template', literals, names };
  });
}

function emptyNode(): RouteNodeData {
  return {};
}

/**
 * The route tree of the operations, in document order: each path's segments lead from the root to the node that
 * holds its operations by method. Of two paths that match the same requests with the same method (`/a/{x}` and
 * `/a/{y}`), the first in the document serves them.
 */
export function buildRouteTree(operations: readonly { op: OperationIR; name: string }[]): RouteNodeData {
  const root = emptyNode();
  for (const { op, name } of operations) {
    let node = root;
    const parameters: string[] = [];
    for (const segment of pathSegments(op.path)) {
      if (segment.kind === 'literal') {
        // A prototype-free record: a segment named `__proto__` is a key like any other.
        node.literal ??= Object.create(null) as Record<string, RouteNodeData>;
        node = node.literal[segment.text] ??= emptyNode();
      } else if (segment.kind === 'parameter') {
        parameters.push(segment.name);
        node = node.parameter ??= emptyNode();
      } else {
        parameters.push(...segment.names);
        node.template ??= [];
        const key = JSON.stringify(segment.literals);
        let entry = node.template.find((candidate) => JSON.stringify(candidate.literals) === key);
        if (!entry) {
          entry = { literals: segment.literals, node: emptyNode() };
          node.template.push(entry);
        }
        node = entry.node;
      }
    }
    node.methods ??= Object.create(null) as Record<string, { operation: string; parameters: string[] }>;
    const method = op.method.toUpperCase();
    node.methods[method] ??= { operation: name, parameters };
  }
  return root;
}
