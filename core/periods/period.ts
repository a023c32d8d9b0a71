import { z } from 'zod';

export const periodKinds = ['month', 'quarter', 'half', 'nine-months', 'year'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/**
 * A reporting period. `index` is the month (1–12), the quarter (1–4) or the half (1–2);
 * nine months and the year have index 1.
 */
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

const maximumIndex: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 };

/** The years a report can be of. */
export const reportYears = { first: 1945, last: 2200 } as const;

export const periodSchema = z
  .object({
    kind: z.enum(periodKinds),
    year: z
      .number({ error: 'Năm phải là một số.' })
      .int('Năm phải là số nguyên.')
      .min(reportYears.first, `Năm báo cáo từ ${reportYears.first} đến ${reportYears.last}.`)
      .max(reportYears.last, `Năm báo cáo từ ${reportYears.first} đến ${reportYears.last}.`),
    index: z.number().int().min(1),
  })
  .refine((period) => period.index <= maximumIndex[period.kind], {
    message: 'Chỉ số kỳ vượt quá giới hạn của loại kỳ (tháng 1–12, quý 1–4, 6 tháng 1–2).',
    path: ['index'],
  });

export function makePeriod(kind: PeriodKind, year: number, index = 1): Period {
  const parsed = periodSchema.safeParse({ kind, year, index });
  if (!parsed.success) throw new RangeError(`Kỳ báo cáo không hợp lệ: ${kind} ${year} ${index}.`);
  return parsed.data;
}

/** First and last calendar month the period covers (1–12). */
export function periodMonths(period: Period): { first: number; last: number } {
  switch (period.kind) {
    case 'month':
      return { first: period.index, last: period.index };
    case 'quarter':
      return { first: period.index * 3 - 2, last: period.index * 3 };
    case 'half':
      return { first: period.index * 6 - 5, last: period.index * 6 };
    case 'nine-months':
      return { first: 1, last: 9 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

/** Whether the period starts in January, so that its cumulative starts from nothing. */
export function startsTheYear(period: Period): boolean {
  return periodMonths(period).first === 1;
}

/** Months from January to the end of the period: the span of `lũy kế 10 tháng`. */
export function cumulativeMonths(period: Period): number {
  return periodMonths(period).last;
}

/**
 * The period of the same kind that follows: December → January of the next year, Q4 → Q1. There is none after the
 * last year a report can be of (a RangeError in Vietnamese), so no period outside the schema is ever made.
 */
export function nextPeriod(period: Period): Period {
  const following = followingPeriodOf(period);
  if (following.year > reportYears.last) throw new RangeError(`Không có kỳ báo cáo sau năm ${reportYears.last}.`);
  return following;
}

/** The period that follows as words name it, whatever its year: a heading's `tháng 1 năm 2201` of December 2200. */
export function followingPeriodOf(period: Period): Period {
  return period.index < maximumIndex[period.kind]
    ? { kind: period.kind, year: period.year, index: period.index + 1 }
    : { kind: period.kind, year: period.year + 1, index: 1 };
}

/** The period of the same kind before, to look up in the history (never a report to make). */
export function previousPeriod(period: Period): Period {
  return period.index > 1
    ? { kind: period.kind, year: period.year, index: period.index - 1 }
    : { kind: period.kind, year: period.year - 1, index: maximumIndex[period.kind] };
}

export function samePeriodLastYear(period: Period): Period {
  return { ...period, year: period.year - 1 };
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.index === b.index;
}

/** Orders periods by the date they end, then by length (the shorter first). */
export function comparePeriods(a: Period, b: Period): number {
  const endA = a.year * 12 + periodMonths(a).last;
  const endB = b.year * 12 + periodMonths(b).last;
  if (endA !== endB) return endA - endB;
  return periodMonths(b).first - periodMonths(a).first;
}
