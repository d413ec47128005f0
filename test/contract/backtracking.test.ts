import { describe, expect, it } from 'vitest';
import { mayBacktrack } from '../../generator/emit/contract/backtracking.js';
import { deriveCases } from '../../generator/emit/contract/derive-cases.js';
import { mockData } from '../../generator/emit/contract/mock-data.js';
import { irOf } from './support.js';
import { projectRoot } from '../support/run-cli.js';
import { join } from 'node:path';

// A value checked against a pattern that backtracks catastrophically can hang the process checking it. The contract
// is derived in the generator's own process, so such patterns' values are never checked there: generation finishes,
// and the schema's examples and built values go unused, where a check could have taken exponential time.

describe('patterns that may backtrack catastrophically', () => {
  it.each([
    ['^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$', true],
    ['(a+)+$', true],
    ['^(\\w+\\s?)*$', true],
    ['(?:a*)*b', true],
    ['(?<name>x+)+', true],
    ['(x+x+)+y', true],
    ['^(a|aa)+$', true],
    ['^(\\d|\\d\\d)+$', true],
    ['^(ab|cd)+$', false],
    ['^https://', false],
    ['^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$', false],
    ['^(\\*|[a-z][a-z0-9_]*(\\s*,\\s*[a-z][a-z0-9_]*)*)$', false],
    ['([a-z]+\\.)+', false],
    ['^[0-9a-f]{64}$', false],
    ['[(a+)+]', false],
  ])('%s: %s', (pattern, risky) => {
    expect(mayBacktrack(pattern)).toBe(risky);
  });

  it("leave a spec's mock and cases to be made in good time, without the example that would hang a check", async () => {
    const ir = await irOf(join(projectRoot, 'test/generate/fixtures/backtracking-pattern.yaml'));
    // Checking the example against its pattern would take minutes; this returns at once (or never, were it checked).
    const { data, warnings } = mockData(ir);
    const cases = deriveCases(ir);
    expect(data.operations['getProfile']!.answers[0]!.examples).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('may backtrack catastrophically: values are not checked against it')]);
    expect(cases.map((c) => c.id)).toContain('getProfile/positive/base');
  });
});
