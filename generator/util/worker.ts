import { parentPort, Worker, workerData } from 'node:worker_threads';
import { UserError, type ExitCode } from '../cli/exit-codes.js';

type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; user: { exitCode: ExitCode; where: string | undefined } | undefined };

/**
 * Runs a module written with `serveWorker` on its own thread and resolves with what it returns. Large specs keep
 * two cores busy this way (lint and openapi-typescript beside code generation). A UserError crosses intact.
 */
export function runInWorker<T>(module: URL, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(module, { workerData: data });
    worker.once('message', (outcome: Outcome<T>) => {
      if (outcome.ok) resolve(outcome.value);
      else if (outcome.user) reject(new UserError(outcome.message, outcome.user.exitCode, outcome.user.where));
      else reject(new Error(outcome.message));
    });
    worker.once('error', reject);
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
