import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UserError, type ExitCode } from './user-error.js';

type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; user: { exitCode: ExitCode; where: string | undefined } | undefined };

/** A worker that had not answered when its time was up, and was stopped. */
export class WorkerTimeLimitError extends Error {
  override readonly name = 'WorkerTimeLimitError';
  constructor(readonly limitMs: number) {
    super(`did not finish in ${Number((limitMs / 1000).toFixed(1))} s`);
  }
}

/**
 * Runs a module written with `serveWorker` on its own thread and resolves with what it returns. Large specs keep
 * two cores busy this way (lint beside code generation). A UserError crosses intact. With `timeLimitMs`, a worker
 * still busy then is stopped and the promise rejects with WorkerTimeLimitError.
 */
export function runInWorker<T>(module: URL, data: unknown, options: { timeLimitMs?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    const timer =
      options.timeLimitMs === undefined
        ? undefined
        : setTimeout(() => {
            void worker.terminate();
            reject(new WorkerTimeLimitError(options.timeLimitMs!));
          }, options.timeLimitMs);
    timer?.unref();
    worker.once('message', (outcome: Outcome<T>) => {
      clearTimeout(timer);
      if (outcome.ok) resolve(outcome.value);
      else if (outcome.user) reject(new UserError(outcome.message, outcome.user.exitCode, outcome.user.where));
      else reject(new Error(outcome.message));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** The worker side: computes one value from the data it was started with and sends it back. */
export async function serveWorker<D, T>(work: (data: D) => Promise<T>): Promise<void> {
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: await work(workerData as D) };
  } catch (error) {
    outcome = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      user: error instanceof UserError ? { exitCode: error.exitCode, where: error.where } : undefined,
    };
  }
  parentPort!.postMessage(outcome);
}
