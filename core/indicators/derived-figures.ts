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

/**
 * Flows grow by their cumulative when the period is part of a year; levels by their value. The basis follows from
 * the indicator and the period only: typing a same-period figure in another column never changes what a growth means.
 */
export function defaultGrowthBasis(row: IndicatorRow, period: Period): FigureBasis {
  return row.nature === 'flow' && !startsTheYear(period) ? 'cumulative' : 'period';
}

/**
 * The basis of a table's same-period columns: the default, except for a flow inside the year of which only this
 * period's same-period figure is known — the table then shows that one, and says so (`(*)` and a note), rather than
 * leaving the figure that was typed out.
 */
export function tableComparisonBasis(row: IndicatorRow, period: Period): FigureBasis {
  const basis = defaultGrowthBasis(row, period);
  return basis === 'cumulative' && row.samePeriod.cumulative === null && row.samePeriod.value !== null ? 'period' : basis;
}

/** A rate moves in percentage points, not by a percentage of itself. */
export function isRate(row: Pick<IndicatorRow, 'nature' | 'unit'>): boolean {
  return row.nature === 'ratio' || row.unit.trim() === '%';
}

/** The figure minus the same period's: percentage points for a rate (`tăng 1,3 điểm`), units otherwise (`tăng 27 đảng viên`). */
export function samePeriodDifferenceOf(row: IndicatorRow, period: Period, basis: FigureBasis): number | null {
  return differenceOf(figureOf(row, period, basis), samePeriodFigureOf(row, period, basis));
}

/** The figure minus the plan: below zero, short of it (or, for a ceiling, under it). */
export function planGapOf(row: IndicatorRow, period: Period, plan: Plan, basis: FigureBasis): number | null {
  return differenceOf(figureOf(row, period, basis), plan.value);
}

/** What is still needed to reach the plan; zero or less once it is reached. */
export function planRemainingOf(row: IndicatorRow, period: Period, plan: Plan, basis: FigureBasis): number | null {
  return differenceOf(plan.value, figureOf(row, period, basis));
}

/** This period's value against last period's. */
export function previousChangeOf(row: IndicatorRow): number | null {
  return differenceOf(row.value, row.previous.value);
}

/** Whether the plan is met: reached for a floor, not passed for a ceiling; null while either figure is missing. */
export function planMet(row: IndicatorRow, period: Period, plan: Plan | undefined): boolean | null {
  const figure = figureOf(row, period, defaultPlanBasis(row));
  if (!plan || plan.value === null || figure === null) return null;
  return row.direction === 'lower' ? figure <= plan.value : figure >= plan.value;
}

function differenceOf(first: number | null, second: number | null): number | null {
  return first === null || second === null ? null : addExactly(first, -second);
}
