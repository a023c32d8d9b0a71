import { addExactly } from '../numbers/add-exactly';
import { percentOf } from '../numbers/comparison-wording';
import { startsTheYear, type Period } from '../periods/period';
import type { IndicatorRow, Plan } from './indicator-row';

/** Which figure a percentage is taken of: this period's value or the cumulative to date. */
export type FigureBasis = 'period' | 'cumulative';

/**
 * The cumulative to date. A hand-entered override wins; stocks and ratios are levels, so their
 * cumulative is the value; flows add this period to the previous cumulative of the same year.
 */
export function cumulativeOf(row: IndicatorRow, period: Period): number | null {
  if (row.cumulativeOverride !== null) return row.cumulativeOverride;
  return computedCumulativeOf(row, period);
}

/** The cumulative as the table computes it, ignoring any override. */
export function computedCumulativeOf(row: IndicatorRow, period: Period): number | null {
  if (row.value === null) return null;
  if (row.nature !== 'flow' || startsTheYear(period)) return row.value;
  if (row.cumulativeBase === null) return null;
  return addExactly(row.cumulativeBase, row.value);
}

export function figureOf(row: IndicatorRow, period: Period, basis: FigureBasis): number | null {
  return basis === 'period' ? row.value : cumulativeOf(row, period);
}

export function samePeriodFigureOf(row: IndicatorRow, period: Period, basis: FigureBasis): number | null {
  if (basis === 'period') return row.samePeriod.value;
  if (row.nature !== 'flow' || startsTheYear(period)) return row.samePeriod.cumulative ?? row.samePeriod.value;
  return row.samePeriod.cumulative;
}

/** The plan a figure is compared with: the named one, or the first. */
export function findPlan(row: IndicatorRow, planId?: string | null): Plan | undefined {
  return planId ? row.plans.find((plan) => plan.id === planId) : row.plans[0];
}

/** Flows are measured against the annual plan by their cumulative; levels by their value. */
export function defaultPlanBasis(row: IndicatorRow): FigureBasis {
  return row.nature === 'flow' ? 'cumulative' : 'period';
}

export function planPercentOf(row: IndicatorRow, period: Period, plan: Plan, basis: FigureBasis): number | null {
  return percentOf(figureOf(row, period, basis), plan.value);
}

/** The ratio to the same period last year, in percent (`98,3%`). */
export function samePeriodRatioOf(row: IndicatorRow, period: Period, basis: FigureBasis): number | null {
  return percentOf(figureOf(row, period, basis), samePeriodFigureOf(row, period, basis));
}

/** Growth against the same period last year: the ratio minus 100 (`8,5%`, `-3,2%`). */
export function samePeriodGrowthOf(row: IndicatorRow, period: Period, basis: FigureBasis): number | null {
  const ratio = samePeriodRatioOf(row, period, basis);
  return ratio === null ? null : ratio - 100;
}

/** Flows grow by their cumulative when the period is part of a year; levels by their value. */
export function defaultGrowthBasis(row: IndicatorRow, period: Period): FigureBasis {
  return row.nature === 'flow' && !startsTheYear(period) && row.samePeriod.value === null ? 'cumulative' : 'period';
}
