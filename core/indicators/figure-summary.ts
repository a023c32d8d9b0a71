import type { Period } from '../periods/period';
import {
  computedCumulativeOf,
  cumulativeOf,
  defaultGrowthBasis,
  defaultPlanBasis,
  isRate,
  planGapOf,
  planMet,
  planPercentOf,
  previousChangeOf,
  samePeriodDifferenceOf,
  samePeriodFigureOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  tableComparisonBasis,
  type FigureBasis,
} from './derived-figures';
import type { IndicatorRow, TargetDirection, ValueStatus } from './indicator-row';

export interface PlanSummary {
  id: string;
  label: string;
  value: number | null;
  /** The figure as a percentage of the plan; null for a ceiling, where a percentage says nothing. */
  percent: number | null;
  /** The figure minus the plan: in points for a rate. */
  gap: number | null;
  /** Reached for a floor, not passed for a ceiling; null while a figure is missing. */
  met: boolean | null;
  basis: FigureBasis;
}

/** Every figure of one indicator row, raw and derived, as the grid, the appendix, the CLI and the checks read them. */
export interface FigureSummary {
  id: string;
  name: string;
  unit: string;
  group: string;
  status: ValueStatus;
  direction: TargetDirection;
  /** Whether the table computes the indicator from others. */
  derived: boolean;
  /** A rate compares in percentage points. */
  rate: boolean;
  value: number | null;
  cumulative: number | null;
  /** The cumulative the table would compute, shown beside an override. */
  computedCumulative: number | null;
  cumulativeOverridden: boolean;
  plans: PlanSummary[];
  /** The same-period columns of a table (`tableComparisonBasis`). */
  samePeriod: {
    basis: FigureBasis;
    /** The figures are this period's alone where the table's are the cumulative's: a table marks them. */
    onlyThisPeriod: boolean;
    value: number | null;
    ratio: number | null;
    growth: number | null;
    /** The figure minus the same period's: percentage points for a rate. */
    difference: number | null;
  };
  previous: { value: number | null; change: number | null };
}

/** The summary of a row as it is; a derived row must be resolved first (`withDerivedIndicators`). */
export function figureSummary(row: IndicatorRow, period: Period): FigureSummary {
  const planBasis = defaultPlanBasis(row);
  const growthBasis = tableComparisonBasis(row, period);
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    group: row.group,
    status: row.status,
    direction: row.direction,
    derived: row.derivation !== null,
    rate: isRate(row),
    value: row.value,
    cumulative: cumulativeOf(row, period),
    computedCumulative: computedCumulativeOf(row, period),
    cumulativeOverridden: row.cumulativeOverride !== null,
    plans: row.plans.map((plan) => ({
      ...plan,
      percent: row.direction === 'lower' ? null : planPercentOf(row, period, plan, planBasis),
      gap: planGapOf(row, period, plan, planBasis),
      met: planMet(row, period, plan),
      basis: planBasis,
    })),
    samePeriod: {
      basis: growthBasis,
      onlyThisPeriod: growthBasis !== defaultGrowthBasis(row, period),
      value: samePeriodFigureOf(row, period, growthBasis),
      ratio: samePeriodRatioOf(row, period, growthBasis),
      growth: samePeriodGrowthOf(row, period, growthBasis),
      difference: samePeriodDifferenceOf(row, period, growthBasis),
    },
    previous: { value: row.previous.value, change: previousChangeOf(row) },
  };
}
