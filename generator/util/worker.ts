import { parentPort, Worker } from 'node:worker_threads';
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

interface Job {
  data: unknown;
  timeLimitMs: number | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * A module written with `serveWorker`, run on a thread of its own per job, one job at a time in the order given.
 * Large specs keep two cores busy this way (lint beside code generation). Each thread ends by itself once it has
 * answered: what its job left (Redocly's model of GitHub's spec, some 250 MB) goes with it at once, rather than when
 * the code generator, busy on the main thread, next looks at its messages (a thread kept for the next job measured
 * 200 MB more at the process's peak). A UserError crosses intact. A job given a time limit and still busy then stops
 * its thread and rejects with WorkerTimeLimitError.
 */
export class ThreadWorker {
  private readonly queue: Job[] = [];
  private running: { job: Job; worker: Worker } | undefined;

  constructor(private readonly module: URL) {}

  /** Runs a job when the ones before it are done. `signal` withdraws it: from the queue, or by stopping its thread. */
  run<T>(data: unknown, options: { timeLimitMs?: number; signal?: AbortSignal } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (options.signal?.aborted) return reject(new Error('withdrawn'));
      const job: Job = { data, timeLimitMs: options.timeLimitMs, resolve: resolve as (value: unknown) => void, reject };
      options.signal?.addEventListener('abort', () => this.withdraw(job), { once: true });
      this.queue.push(job);
      this.next();
    });
  }

  private withdraw(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      job.reject(new Error('withdrawn'));
    } else if (this.running?.job === job) {
      void this.running.worker.terminate(); // its exit rejects the job, and the next one starts
    }
  }

  private next(): void {
    if (this.running !== undefined) return;
    const job = this.queue.shift();
    if (job === undefined) return;
    const worker = new Worker(this.module);
    this.running = { job, worker };
    const done = (): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      this.running = undefined;
      this.next();
    };
    const onMessage = (outcome: Outcome<unknown>): void => {
      done();
      if (outcome.ok) job.resolve(outcome.value);
      else if (outcome.user) job.reject(new UserError(outcome.message, outcome.user.exitCode, outcome.user.where));
      else job.reject(new Error(outcome.message));
    };
    const onError = (error: unknown): void => {
      void worker.terminate();
      done();
      job.reject(error);
    };
    const onExit = (code: number): void => {
      done();
      job.reject(new Error(`the worker thread stopped (exit code ${code})`));
    };
    const timer =
      job.timeLimitMs === undefined
        ? undefined
        : setTimeout(() => {
            done();
            void worker.terminate();
            job.reject(new WorkerTimeLimitError(job.timeLimitMs!));
          }, job.timeLimitMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job.data);
  }
}

/** The worker side: computes one value from the job's data, sends it back, and lets its thread end. */
export function serveWorker<D, T>(work: (data: D) => Promise<T>): void {
  parentPort!.once('message', (data: D) => {
    void answer(work, data).then(() => parentPort!.close());
  });
}

async function answer<D, T>(work: (data: D) => Promise<T>, data: D): Promise<void> {
  let outcome: Outcome<T>;
  try {
    outcome = { ok: true, value: await work(data) };
  } catch (error) {
    outcome = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      user: error instanceof UserError ? { exitCode: error.exitCode, where: error.where } : undefined,
    };
  }
  parentPort!.postMessage(outcome);
}
