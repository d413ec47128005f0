import type { Finding } from '../lint/finding.js';

/** What became of one spec. `cached`: skipped, its inputs unchanged; `stale`/`up-to-date`: `--check`'s verdicts. */
export type TargetStatus = 'written' | 'cached' | 'up-to-date' | 'stale' | 'refused' | 'unusable' | 'failed' | 'skipped';

export interface TargetOutcome {
  status: TargetStatus;
  /** Package files written, left as they were, and removed (files an earlier run wrote that this one does not). */
  written: string[];
  unchanged: string[];
  removed: string[];
  /** The number of files the package has (0 when none was made). */
  files: number;
  /** `--check`: what differs, one line each (`changed src/index.ts`). */
  differences: string[];
  warnings: Finding[];
  /** Every file the spec was read from (the spec alone when it could not be read): what `--watch` watches. */
  inputs: string[];
  /** Why a spec was refused or unusable: the message, and `file:line:col` when known. */
  error?: { message: string; where?: string | undefined };
  stages: { name: string; ms: number }[];
}

/** An outcome with nothing made yet: no files, no warnings, no stages. */
export function emptyOutcome(status: TargetStatus, inputs: string[]): TargetOutcome {
  return { status, written: [], unchanged: [], removed: [], files: 0, differences: [], warnings: [], inputs, stages: [] };
}
