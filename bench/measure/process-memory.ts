import { readFileSync, writeFileSync } from 'node:fs';
import { collectGarbage } from './time-runs';

export interface MemoryMeasurement {
  /** Resident set size when the run starts: modules, the loaded report and everything warm-up left, after GC. */
  baselineRssBytes: number;
  /** `process.resourceUsage().maxRSS` after the run: the process's peak RSS, the high-water mark reset at the start. */
  peakRssBytes: number;
  /** Peak minus baseline: the memory the run itself needed at its peak. */
  peakAboveBaselineBytes: number;
  /** V8 heap used right after the run, garbage included. */
  heapUsedAfterBytes: number;
  /** V8 heap used after the run and a full GC: what the run left behind. */
  heapRetainedBytes: number;
  /** Whether the high-water mark could be reset (Linux `/proc/self/clear_refs`); if not the peak includes warm-up. */
  peakReset: boolean;
}

/**
 * Measures the peak memory of one run of `work` in this process. After a full GC the kernel's high-water mark of
 * resident memory is reset to the current RSS (writing 5 to `/proc/self/clear_refs`), so that
 * `process.resourceUsage().maxRSS` after the run is the peak of this run alone, not of the warm-up before it.
 */
export async function measurePeakMemory(work: () => unknown): Promise<MemoryMeasurement> {
  collectGarbage();
  const peakReset = resetPeakRss();
  const baselineRssBytes = process.memoryUsage().rss;
  await work();
  const peakRssBytes = process.resourceUsage().maxRSS * 1024;
  const heapUsedAfterBytes = process.memoryUsage().heapUsed;
  collectGarbage();
  const heapRetainedBytes = process.memoryUsage().heapUsed;
  return {
    baselineRssBytes,
    peakRssBytes,
    peakAboveBaselineBytes: Math.max(0, peakRssBytes - baselineRssBytes),
    heapUsedAfterBytes,
    heapRetainedBytes,
    peakReset,
  };
}

function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    const status = readFileSync('/proc/self/status', 'utf8');
    const highWater = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) * 1024;
    // The mark is reset when it is now close to the current RSS.
    return Number.isFinite(highWater) && highWater <= process.memoryUsage().rss * 1.05 + 4 * 1024 * 1024;
  } catch {
    return false;
  }
}
