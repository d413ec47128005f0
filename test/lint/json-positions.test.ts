import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getLineColLocation, lintDocument, type LocationObject } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { loadLintConfig } from '../../generator/lint/config.js';
import { scanJson } from '../../generator/load/json-positions.js';
import { JsonFirstResolver, readSpec } from '../../generator/load/read-spec.js';
import { projectRoot } from '../support/run-cli.js';

// Findings in JSON specs are located by a streaming scan instead of Redocly's YAML AST: they must land on the
// same line and column Redocly gives, for real specs' findings and for pointers that go past the document.

const corpus = join(projectRoot, 'test', 'corpus', 'specs');
const SPECS = readdirSync(corpus).filter((name) => name.endsWith('.json')).sort().slice(0, 8);

describe('line and column of findings in JSON specs', () => {
  it.each(SPECS)('%s: as Redocly locates them', async (name) => {
    const spec = await readSpec(join(corpus, name), new JsonFirstResolver());
    const problems = await lintDocument({ document: spec.document, config: await loadLintConfig(), externalRefResolver: spec.resolver });
    const found = problems.map((p) => p.location[0]).filter((l): l is LocationObject => l?.pointer !== undefined);
    const places = found.flatMap((l) => [
      l,
      { ...l, reportOnKey: !l.reportOnKey },
      { ...l, pointer: `${l.pointer}/not-there/below`, reportOnKey: true },
      { ...l, pointer: `${l.pointer}/0` },
    ]);
    expect(found.length).toBeGreaterThan(0);
    const scan = scanJson(spec.document.source.body, places.map((l) => ({ pointer: l.pointer!.replace(/^#/, ''), onKey: l.reportOnKey === true })));
    expect(scan.places).toEqual(places.map((l) => ({ line: getLineColLocation(l).start.line, col: getLineColLocation(l).start.col })));
    expect(scan.duplicateKey).toBeUndefined();
  });

  it('finds the first repeated key of an object, and the first of two keys counts, as in Redocly', () => {
    const text = '{\n  "a": {"x": 1},\n  "b": [true, {"c": "d"}],\n  "a": {"y": 2}\n}';
    const scan = scanJson(text, [
      { pointer: '/a/x', onKey: true },
      { pointer: '/a/y', onKey: false },
      { pointer: '/b/1/c', onKey: false },
      { pointer: '/b/1/c', onKey: true },
      { pointer: '/b/0/deeper', onKey: true },
    ]);
    expect(scan.duplicateKey).toEqual({ line: 4, col: 3 });
    expect(scan.places).toEqual([
      { line: 2, col: 9 }, // the key x
      { line: 2, col: 8 }, // no y in the first a: the first a's value
      { line: 3, col: 21 }, // the value "d"
      { line: 3, col: 16 }, // the key c
      { line: 3, col: 9 }, // true has nothing below it; an array item has no key
    ]);
  });
});
