import type { GenerateEvent, GenerateResult, SpecResult } from '../pipeline/generate-run.js';
import { displayPath } from '../util/display-path.js';
import { lintWarningLines } from './lint-warnings.js';

export interface ProgressOptions {
  /** A terminal: a live line per spec, redrawn as it goes. Otherwise plain lines as each spec finishes. */
  live: boolean;
  color: boolean;
  timings: boolean;
  /** The terminal's height: a run of more specs than fit prints plain lines instead, as a redraw could not reach them. */
  rows?: number | undefined;
  /** The terminal's width: a live line is cut to fit, as one that wrapped would take two rows the redraw does not count. */
  columns?: number | undefined;
  write: (text: string) => void;
}

/** What a generate run prints on stderr while it runs and when it ends (not for `--format json`). */
export class GenerateProgress {
  private readonly lines = new Map<number, string>();
  private readonly dirs = new Map<number, string>();
  private drawn = 0;
  /** Specs that finished under the live lines: their warnings and errors are printed below them at the end. */
  private readonly deferred: SpecResult[] = [];

  private live: boolean;

  constructor(private readonly options: ProgressOptions) {
    this.live = options.live;
  }

  readonly onEvent = (event: GenerateEvent): void => {
    if (this.live && event.type === 'start' && this.lines.size + 2 > (this.options.rows ?? Infinity)) this.live = false;
    if (event.type === 'start') {
      this.dirs.set(event.index, displayPath(event.target.dir));
      this.lines.set(event.index, this.line('…', 'dim', this.dirs.get(event.index)!, 'starting'));
    } else if (event.type === 'stage') this.lines.set(event.index, this.line('…', 'dim', this.dirs.get(event.index) ?? '', event.stage));
    else {
      this.lines.set(event.index, this.line(...symbolOf(event.result), displayPath(event.result.dir), summaryOf(event.result)));
      if (this.live) this.deferred.push(event.result);
      else this.options.write(detailsOf(event.result, this.options.timings));
    }
    if (this.live) this.redraw();
  };

  /** The details of each spec (live mode keeps them for the end), and the run's total. */
  /** `before`: what the process spent before the run (its start, the command's own), for `--timings`. */
  end(result: GenerateResult, before: readonly { name: string; ms: number }[]): void {
    if (this.live) this.redraw();
    for (const spec of this.deferred) {
      const details = detailsOf(spec, this.options.timings, false);
      if (details) this.options.write(details);
    }
    if (result.specs.length > 1) this.options.write(`${totalOf(result)}\n`);
    if (this.options.timings) this.options.write(`run: ${runTimings(result, before)}\n`);
    if (result.specs.some((spec) => spec.status === 'stale')) this.options.write("run 'specforge generate' to bring them up to date\n");
  }

  private line(symbol: string, tone: Tone, dir: string, text: string): string {
    const width = (this.options.columns ?? Infinity) - 1;
    const room = width - symbol.length - dir.length - 3;
    const shown = [...text].length <= room ? text : `${[...text].slice(0, Math.max(0, room - 1)).join('')}…`;
    return `${this.paint(symbol, tone)} ${dir}  ${this.paint(shown, tone === 'dim' ? 'dim' : 'plain')}`;
  }

  private paint(text: string, tone: Tone | 'plain'): string {
    if (!this.options.color || tone === 'plain') return text;
    const codes = { green: 32, red: 31, yellow: 33, dim: 2 } as const;
    return `\x1b[${codes[tone]}m${text}\x1b[0m`;
  }

  private redraw(): void {
    const indexes = [...this.lines.keys()].sort((a, b) => a - b);
    let text = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    for (const index of indexes) text += `\x1b[2K${this.lines.get(index)}\n`;
    this.drawn = indexes.length;
    this.options.write(text);
  }
}

type Tone = 'green' | 'red' | 'yellow' | 'dim';

function symbolOf(result: SpecResult): [string, Tone] {
  switch (result.status) {
    case 'written':
    case 'up-to-date':
      return ['✓', 'green'];
    case 'cached':
      return ['✓', 'dim'];
    case 'skipped':
      return ['-', 'yellow'];
    case 'stale':
      return ['✗', 'yellow'];
    default:
      return ['✗', 'red'];
  }
}

/** The one-line verdict of a spec. */
export function summaryOf(result: SpecResult): string {
  switch (result.status) {
    case 'written':
      return `${result.written.length} written, ${result.unchanged.length} unchanged, ${result.removed.length} removed`;
    case 'cached':
      return 'unchanged: its inputs are as the last run left them (--force regenerates)';
    case 'up-to-date':
      return 'up to date';
    case 'stale':
      return `out of date with ${displayPath(result.spec)}`;
    case 'refused':
      return 'refused';
    case 'unusable':
      return 'unusable';
    case 'skipped':
      return 'skipped (--fail-fast)';
    case 'failed':
      return 'failed: a bug in specforge';
  }
}

/** A spec's lines for a pipe, or after the live lines: warnings, its verdict or what stopped it, its timings. */
export function detailsOf(result: SpecResult, timings: boolean, withVerdict = true): string {
  const dir = displayPath(result.dir);
  let text = lintWarningLines(result.warnings, result.spec);
  if (result.error !== undefined) {
    text += `specforge: ${result.error.where ? `${result.error.where}: ` : ''}${result.error.message}\n`;
    if (result.status === 'failed' && !process.env.SPECFORGE_DEBUG) text += 'specforge: this is a bug in specforge; run again with SPECFORGE_DEBUG=1 for details and report it\n';
  } else if (result.status === 'stale') {
    text += `${dir}: out of date with ${displayPath(result.spec)}:\n${result.differences.map((line) => `  ${line}`).join('\n')}\n`;
  } else if (withVerdict) {
    text += `${dir}: ${summaryOf(result)}\n`;
  }
  if (timings && result.stages.length > 0) text += `${dir}: ${result.stages.map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join(', ')}; total ${result.ms.toFixed(0)} ms\n`;
  return text;
}

function totalOf(result: GenerateResult): string {
  const counts = new Map<string, number>();
  for (const spec of result.specs) counts.set(spec.status, (counts.get(spec.status) ?? 0) + 1);
  const parts = [...counts].map(([status, n]) => `${n} ${status}`);
  return `${result.specs.length} specs: ${parts.join(', ')} (${(result.ms / 1000).toFixed(2)} s)`;
}

/** The run's stages from the process's start, which add up to its whole wall time. */
function runTimings(result: GenerateResult, before: readonly { name: string; ms: number }[]): string {
  const stages = [...before, ...result.stages];
  const counted = stages.reduce((sum, s) => sum + s.ms, 0);
  const total = performance.now();
  const rest = total - counted;
  if (rest >= 0.5) stages.push({ name: 'report', ms: rest });
  return `${stages.map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join(', ')}; total ${total.toFixed(0)} ms`;
}
