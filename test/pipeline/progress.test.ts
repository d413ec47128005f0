import { describe, expect, it } from 'vitest';
import type { GenerateResult, SpecResult } from '../../generator/pipeline/generate-run.js';
import { GenerateProgress } from '../../generator/report/generate-progress.js';

const target = (dir: string) => ({ path: `/p/specs/${dir}.yaml`, dir: `/p/out/${dir}`, packageName: dir, version: undefined, emitters: undefined, lintConfig: undefined });

function result(dir: string, status: SpecResult['status']): SpecResult {
  return { ...target(dir), spec: `/p/specs/${dir}.yaml`, status, written: ['index.js'], unchanged: [], removed: [], files: 1, differences: [], warnings: [], inputs: [], stages: [], ms: 5 };
}

/** Two specs through a progress display: one starts, the other starts, each gets a stage, then both finish. */
function run(live: boolean, color: boolean): string {
  let text = '';
  const progress = new GenerateProgress({ live, color, timings: false, write: (t) => (text += t) });
  progress.onEvent({ type: 'start', index: 0, target: target('a') });
  progress.onEvent({ type: 'start', index: 1, target: target('b') });
  progress.onEvent({ type: 'stage', index: 1, stage: 'emit types' });
  const a = result('a', 'written');
  const b = result('b', 'cached');
  progress.onEvent({ type: 'done', index: 0, result: a });
  progress.onEvent({ type: 'done', index: 1, result: b });
  const whole: GenerateResult = { exitCode: 0, specs: [a, b], stages: [], ms: 12 };
  progress.end(whole, []);
  return text;
}

describe('the progress of a generate run', () => {
  it('prints plain lines as each spec finishes when not on a terminal', () => {
    expect(run(false, false)).toBe(
      '/p/out/a: 1 written, 0 unchanged, 0 removed\n' +
        '/p/out/b: unchanged: its inputs are as the last run left them (--force regenerates)\n' +
        '2 specs: 1 written, 1 cached (0.01 s)\n',
    );
  });

  it('keeps a live line per spec on a terminal, redrawn in place as stages go by', () => {
    const text = run(true, false);
    expect(text).toContain('\x1b[2A'); // back up over the two lines to redraw them
    expect(text).toContain('\x1b[2K… /p/out/b  emit types\n');
    expect(text.endsWith('\x1b[2K✓ /p/out/a  1 written, 0 unchanged, 0 removed\n\x1b[2K✓ /p/out/b  unchanged: its inputs are as the last run left them (--force regenerates)\n2 specs: 1 written, 1 cached (0.01 s)\n')).toBe(true);
  });

  it('colours only when asked (NO_COLOR, or not a terminal, says not)', () => {
    expect(run(true, true)).toContain('\x1b[32m✓\x1b[0m');
    expect(run(true, false)).not.toMatch(/\x1b\[\d+m/);
  });
});
