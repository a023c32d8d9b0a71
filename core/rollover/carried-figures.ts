import { cumulativeOf } from '../indicators/derived-figures';
import type { IndicatorRow, Plan } from '../indicators/indicator-row';
import { withDerivedIndicators } from '../indicators/derived-indicators';
import { periodMonths, previousPeriod, samePeriod, startsTheYear, type Period } from '../periods/period';
import type { Report } from '../report/report-schema';

/** The reports of one organisation that earlier figures can be looked up in, the most relevant first. */
export type ReportHistory = readonly Report[];

/** How a figure's row is found in an earlier report: the indicator's row, or a unit's line of it. */
export type RowLookup = (report: Report) => IndicatorRow | undefined;

function rowIn(report: Report, indicatorId: string): IndicatorRow | undefined {
  return report.indicators.find((row) => row.id === indicatorId);
}

export const indicatorLookup =
  (indicatorId: string): RowLookup =>
  (report) =>
    rowIn(report, indicatorId);

/** Reports of the year whose data end with the given month (the cumulative through that month). */
function reportsEndingAt(history: ReportHistory, year: number, month: number): Report[] {
  return history.filter((report) => report.period.year === year && periodMonths(report.period).last === month);
}

/** The cumulative of `year` through `month`, from the first report of the history whose data end then that has it. */
export function cumulativeThrough(history: ReportHistory, year: number, month: number, lookup: RowLookup): number | null {
  for (const report of reportsEndingAt(history, year, month)) {
    const row = lookup(report);
    const cumulative = row ? cumulativeOf(row, report.period) : null;
    if (cumulative !== null) return cumulative;
  }
  return null;
}

/**
 * The cumulative of the year up to the start of `period`: the cumulative of a report that ends the month before.
 * Null at the start of a year (nothing to carry) or when no such report is known.
 */
export function cumulativeBaseFor(
  indicatorId: string,
  period: Period,
  history: ReportHistory,
  lookup = indicatorLookup(indicatorId),
): number | null {
  if (startsTheYear(period)) return null;
  return cumulativeThrough(history, period.year, periodMonths(period).first - 1, lookup);
}

/**
 * Same period last year, looked up in last year's reports, never guessed: the value from the report of the same
 * period, the cumulative from any report ending in the same month. Left empty when there is none.
 */
export function samePeriodFiguresFor(
  indicatorId: string,
  period: Period,
  history: ReportHistory,
  lookup = indicatorLookup(indicatorId),
): { value: number | null; cumulative: number | null } {
  const lastYear: Period = { ...period, year: period.year - 1 };
  let value: number | null = null;
  for (const report of history.filter((candidate) => samePeriod(candidate.period, lastYear))) {
    value = lookup(report)?.value ?? null;
    if (value !== null) break;
  }
  const cumulative = cumulativeThrough(history, lastYear.year, periodMonths(period).last, lookup);
  if (value === null && startsTheYear(period)) value = cumulative;
  return { value, cumulative };
}

/**
 * The plans for `period`: the same plans within a year; in a new year the targets an annual report of the
 * previous year set, or the same plan names with no value, to be entered.
 */
export function plansFor(row: IndicatorRow, previous: Report, period: Period, history: ReportHistory): Plan[] {
  if (previous.period.year === period.year) return row.plans.map((plan) => ({ ...plan }));
  for (const report of [previous, ...history]) {
    if (report.period.year !== period.year - 1) continue;
    const targets = rowIn(report, row.id)?.nextYearPlans;
    if (targets && targets.length > 0) return targets.map((plan) => ({ ...plan }));
  }
  return row.plans.map((plan) => ({ ...plan, value: null }));
}

/**
 * Last period's value (`tăng 01 tiêu chí so với tháng trước`): the value of the report of the period just before,
 * of the same kind, its derived indicators computed. Null when there is no such report.
 */
export function previousValueFor(indicatorId: string, period: Period, history: ReportHistory, lookup?: RowLookup): number | null {
  const before = previousPeriod(period);
  for (const report of history.filter((candidate) => samePeriod(candidate.period, before))) {
    const row = lookup
      ? lookup(report)
      : withDerivedIndicators(report.indicators, report.period).find((candidate) => candidate.id === indicatorId);
    if (row?.value !== null && row?.value !== undefined) return row.value;
  }
  return null;
}
