import type { Summary } from '../measure/statistics';

export const mebibyte = 2 ** 20;

export function milliseconds(summary: Summary | null | undefined, digits = 1): string {
  return summary ? `${summary.median.toFixed(digits)} ms` : '—';
}

export function spread(summary: Summary | null | undefined, digits = 1, unit = 'ms', scale = 1): string {
  if (!summary) return '—';
  return `${(summary.min / scale).toFixed(digits)}–${(summary.max / scale).toFixed(digits)} ${unit} (${summary.runs} runs)`;
}

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value < mebibyte ? `${(value / 1024).toFixed(0)} KiB` : `${(value / mebibyte).toFixed(1)} MiB`;
}
