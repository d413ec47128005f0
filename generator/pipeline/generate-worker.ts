import { parentPort } from 'node:worker_threads';
import { generateTarget, type TargetJob } from './generate-target.js';

/** A thread of `generateInParallel`'s pool: generates the specs it is sent, one at a time, telling each stage as it starts. */
parentPort!.on('message', ({ id, job }: { id: number; job: TargetJob }) => {
  generateTarget(job, { onStage: (stage) => parentPort!.postMessage({ id, stage }) }).then(
    (outcome) => parentPort!.postMessage({ id, outcome }),
    (error: unknown) => parentPort!.postMessage({ id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
