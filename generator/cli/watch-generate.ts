import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { GenerateOptions, GenerateResult, SpecResult } from '../pipeline/generate-run.js';
import { generateTargets } from '../pipeline/generate-run.js';
import { generationTargets, type GenerationTarget } from '../pipeline/generation-targets.js';
import { jsonSummary } from '../report/generate-summary.js';
import { displayPath } from '../util/display-path.js';
import { ExitCode, UserError } from '../util/user-error.js';
import { lintConfigFiles } from '../pipeline/lint-config-files.js';
import { PROJECT_CONFIG_FILES } from '../config/project-config.js';
import { detailsOf } from '../report/generate-progress.js';

/** How long a burst of file events (an editor's save is often several) is let settle before regenerating. */
const SETTLE_MS = 120;

/**
 * `generate --watch`: generates, then regenerates each spec when it or a file it references changes, until Ctrl-C.
 * A spec that is broken for a while is reported and its last good package kept (a refused spec writes nothing).
 * With the specs of the project config, an edit of the config settles the specs again.
 */
export async function watchGenerate(options: GenerateOptions, output: { json: boolean }): Promise<ExitCode> {
  const fromConfig = (options.specs ?? []).length === 0;
  const configFiles = fromConfig ? PROJECT_CONFIG_FILES.map((name) => join(options.cwd ?? process.cwd(), name)) : [];
  let targets = generationTargets(options);
  const inputs = new Map<string, string[]>(); // a target's folder → the files it was read from
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>(); // the folders of targets to regenerate
  let settle: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let reloadTargets = false;
  let stopped = false;

  const say = (text: string): void => void process.stderr.write(text);
  const report = (result: GenerateResult, changed: readonly string[]): void => {
    if (output.json) {
      process.stdout.write(`${JSON.stringify(jsonSummary(result))}\n`);
      return;
    }
    for (const spec of result.specs) say(watchLine(spec, changed));
  };

  const run = async (chosen: readonly GenerationTarget[], changed: readonly string[]): Promise<void> => {
    let result: GenerateResult;
    try {
      result = await generateTargets(chosen, { ...options, jobs: 1 });
    } catch (error) {
      // Nothing a run meets ends the watch: it is reported, and the next save tries again.
      say(`specforge: ${error instanceof UserError ? error.line : `internal error: ${error instanceof Error ? error.message : String(error)}`}\n`);
      return;
    }
    for (const spec of result.specs) {
      // A spec that could not be read whole keeps the files it was read from before (a referenced file that is
      // broken for a while is still watched, and its fix regenerates).
      const failed = spec.status === 'refused' || spec.status === 'unusable' || spec.status === 'failed';
      const before = failed ? (inputs.get(spec.dir) ?? []) : [];
      inputs.set(spec.dir, [...new Set([spec.spec, ...spec.inputs, ...before])]);
    }
    report(result, changed);
    if (!stopped) rewatch();
  };

  const onChange = (file: string): void => {
    if (configFiles.includes(file)) reloadTargets = true;
    for (const target of targets) {
      const lintFiles = target.lintConfig === undefined ? [] : [target.lintConfig, ...lintConfigFiles(target.lintConfig).map((input) => input.path)];
      if ((inputs.get(target.dir) ?? [target.path]).includes(file) || lintFiles.includes(file)) pending.add(target.dir);
    }
    if (pending.size === 0 && !reloadTargets) return;
    clearTimeout(settle);
    settle = setTimeout(flush, SETTLE_MS);
  };

  const changedFiles = new Set<string>();
  const flush = (): void => {
    if (stopped) return;
    if (running) {
      // A change during a run is taken up right after it.
      void running.then(() => flush());
      return;
    }
    if (reloadTargets) {
      reloadTargets = false;
      try {
        targets = generationTargets(options);
        for (const target of targets) pending.add(target.dir);
      } catch (error) {
        say(`specforge: ${(error as { line?: string }).line ?? String(error)}\nkept the specs of the config as they were; fix it and save again\n`);
      }
    }
    const chosen = targets.filter((target) => pending.has(target.dir));
    pending.clear();
    const changed = [...changedFiles].map((file) => displayPath(file));
    changedFiles.clear();
    if (chosen.length === 0) return;
    running = run(chosen, changed).finally(() => {
      running = undefined;
    });
  };

  /** Watches the folders of every input (an editor may replace a file rather than write it, which a file watch misses). */
  const rewatch = (): void => {
    const folders = new Set([...allInputs()].map((file) => dirname(file)));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name === null) return;
          const file = join(folder, name.toString());
          if (!allInputs().has(file)) return;
          changedFiles.add(file);
          onChange(file);
        });
        watcher.on('error', () => watchers.delete(folder));
        watchers.set(folder, watcher);
      } catch {
        // A folder that does not exist (yet): the spec is reported missing; its config change brings it back.
      }
    }
  };
  /** Every file a run depends on: the specs and what they reference, their lint configs and the files those name, the project config. */
  const allInputs = (): Set<string> =>
    new Set(
      [
        ...configFiles,
        ...targets.flatMap((target) => [
          ...(inputs.get(target.dir) ?? [target.path]),
          ...(target.lintConfig === undefined ? [] : lintConfigFiles(target.lintConfig).map((file) => file.path).concat(target.lintConfig)),
        ]),
      ].filter((file) => isAbsolute(file)),
    );

  await run(targets, []);
  const files = allInputs();
  say(`watching ${files.size} ${files.size === 1 ? 'file' : 'files'} of ${targets.length} ${targets.length === 1 ? 'spec' : 'specs'} for changes; Ctrl-C stops\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      stopped = true;
      process.off('SIGINT', stop).off('SIGTERM', stop);
      clearTimeout(settle);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
      void (running ?? Promise.resolve()).then(() => {
        say('stopped watching\n');
        resolve();
      });
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
  return ExitCode.ok;
}

/** One spec's lines after a run in watch mode. */
function watchLine(spec: SpecResult, changed: readonly string[]): string {
  const dir = displayPath(spec.dir);
  const after = changed.length > 0 ? ` after a change to ${changed.join(', ')}` : '';
  switch (spec.status) {
    case 'written':
      return `${detailsOf(spec, false, false)}${dir}: ${changed.length > 0 ? 'regenerated' : 'generated'}${after} (${spec.written.length} written, ${spec.unchanged.length} unchanged, ${spec.removed.length} removed)\n`;
    case 'cached':
      return `${dir}: unchanged${after}: its inputs are as before\n`;
    case 'refused':
    case 'unusable':
    case 'failed':
      return `${detailsOf(spec, false, false)}${dir}: kept as it was (${basename(spec.spec)} ${spec.status}); fix it and save again\n`;
    default:
      return detailsOf(spec, false);
  }
}
