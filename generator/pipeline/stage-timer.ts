/** Wall time per pipeline stage, in the order the stages ran; `onStage` hears of each stage as it starts. */
export class StageTimer {
  readonly stages: { name: string; ms: number }[] = [];

  constructor(private readonly onStage?: (name: string) => void) {}

  async time<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    this.onStage?.(name);
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.stages.push({ name, ms: performance.now() - start });
    }
  }

  format(): string {
    return this.stages.map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join(', ');
  }
}
