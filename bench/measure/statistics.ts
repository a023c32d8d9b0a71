/** Summary of repeated measurements, in the unit they were taken in. */
export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
  /** Median absolute deviation: half the runs lie within median ± mad. */
  mad: number;
  samples: number[];
}

/** The value below which `fraction` of the sorted samples lie, by linear interpolation (p95: 0.95). */
export function quantile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Summarises `samples`; `keepSamples: false` leaves the raw values out (when they are kept elsewhere). */
export function summarise(samples: readonly number[], options: { keepSamples?: boolean } = {}): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((value) => Math.abs(value - median)).sort((a, b) => a - b);
  return {
    runs: samples.length,
    median: round(median),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    p95: round(quantile(sorted, 0.95)),
    mad: round(quantile(deviations, 0.5)),
    samples: options.keepSamples === false ? [] : samples.map(round),
  };
}

/** Three significant decimals are more than any timer here resolves. */
export function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value;
}
