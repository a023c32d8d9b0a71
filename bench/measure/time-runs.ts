import { summarise, type Summary } from './statistics';

export interface RunPlan {
  warmUp: number;
  runs: number;
}

/**
 * Runs `work` `warmUp` times unmeasured (so the JIT has compiled it and caches are warm), then `runs` times
 * measured, and summarises the durations in milliseconds. Before each measured run the garbage collector runs
 * when it is exposed (`--expose-gc`), so one run does not pay for the garbage of the previous one.
 */
export async function timeRuns(plan: RunPlan, work: (run: number) => unknown): Promise<Summary> {
  for (let run = 0; run < plan.warmUp; run += 1) await work(-1 - run);
  const durations: number[] = [];
  for (let run = 0; run < plan.runs; run += 1) {
    collectGarbage();
    const start = performance.now();
    await work(run);
    durations.push(performance.now() - start);
  }
  return summarise(durations);
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}
