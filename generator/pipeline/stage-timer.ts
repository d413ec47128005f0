/** Wall time per pipeline stage, in the order the stages ran. */
export class StageTimer {
  readonly stages: { name: string; ms: number }[] = [];

  async time<T>(name: string, work: () => T | Promise<T>): Promise<T> {
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
