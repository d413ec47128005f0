import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../generator/util/collect-garbage.js';

describe('collectGarbage, which generate calls after the types of a large spec', () => {
  it('collects an object nothing refers to any more, there and then', async () => {
    const ref = (() => new WeakRef({ large: new Array(100_000).fill(1) }))();
    // a WeakRef keeps its target for the rest of the job that made it
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
