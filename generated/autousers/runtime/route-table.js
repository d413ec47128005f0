// specforge runtime 0.1.0. Copied into the package by specforge generate, which writes it again; do not edit.
/**
 * The router of a generated server: a tree of path segments compiled at generation time, walked one segment at a
 * time, so matching costs the length of the path, not the number of operations (as find-my-way's radix tree).
 * Segments are percent-decoded after the path is split, so `%2F` stays inside one parameter. Part of every
 * generated package that serves; depends on its sibling runtime modules.
 */

























/**
 * The path's segments, decoded; undefined when a segment is not valid percent-encoding. A trailing slash is
 * dropped (`/webhooks/` is `/webhooks`); a doubled slash leaves an empty segment, which no route matches.
 */
export function splitPath(path) {
  const segments = [];
  if (path === '/') return segments;
  const end = path.length > 1 && path.charCodeAt(path.length - 1) === 0x2f ? path.length - 1 : path.length;
  let start = 1;
  for (;;) {
    const slash = path.indexOf('/', start);
    const stop = slash === -1 || slash > end ? end : slash;
    const segment = path.slice(start, stop);
    if (segment.indexOf('%') === -1) segments.push(segment);
    else {
      try {
        segments.push(decodeURIComponent(segment));
      } catch {
        return undefined;
      }
    }
    if (stop === end) return segments;
    start = stop + 1;
  }
}

/**
 * The tree as the router walks it, made once by `compileRoutes` when a handler is created: children and methods in
 * `Map`s, so that a segment cut from the request's path is found by its hash, not first made a property name.
 */









function ownEntries(record) {
  if (!record) return [];
  return Object.keys(record).map((key) => [key, record[key]]);
}

export function compileRoutes(node) {
  const literal = ownEntries(node.literal);
  const methods = ownEntries(node.methods);
  return {
    literal: literal.length ? new Map(literal.map(([segment, child]) => [segment, compileRoutes(child)])) : undefined,
    template: node.template?.map((candidate) => ({ literals: candidate.literals, node: compileRoutes(candidate.node) })),
    parameter: node.parameter ? compileRoutes(node.parameter) : undefined,
    methods: methods.length ? new Map(methods) : undefined,
    allowed: methods.map(([method]) => method),
  };
}

/** Splits `text` around `literals` (first and last anchored); the parameter values, or undefined. */
function matchTemplate(text, literals) {
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length) return undefined;
  const values = [];
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < literals.length - 1; i++) {
    const found = text.indexOf(literals[i], at + 1);
    if (found === -1 || found > end) return undefined;
    values.push(text.slice(at, found));
    at = found + literals[i].length;
  }
  if (end <= at) return undefined;
  values.push(text.slice(at, end));
  return values;
}

/** The node at the end of `segments`, with the parameter values captured on the way; undefined if none. */
export function findRoute(root, segments, index = 0, captured = []) {
  if (index === segments.length) return root.methods ? { node: root, values: captured } : undefined;
  const segment = segments[index];
  const child = root.literal?.get(segment);
  if (child) {
    const found = findRoute(child, segments, index + 1, captured);
    if (found) return found;
  }
  if (segment === '') return undefined;
  if (root.template) {
    for (const candidate of root.template) {
      const values = matchTemplate(segment, candidate.literals);
      if (!values) continue;
      const found = findRoute(candidate.node, segments, index + 1, [...captured, ...values]);
      if (found) return found;
    }
  }
  if (root.parameter) {
    captured.push(segment);
    const found = findRoute(root.parameter, segments, index + 1, captured);
    if (found) return found;
    captured.pop();
  }
  return undefined;
}
