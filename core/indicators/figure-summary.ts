import type { Period } from '../periods/period';
import {
  computedCumulativeOf,
  cumulativeOf,
  defaultGrowthBasis,
  defaultPlanBasis,
  planPercentOf,
  samePeriodFigureOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  type FigureBasis,
} from './derived-figures';
import type { IndicatorRow, ValueStatus } from './indicator-row';

/** Every figure of one indicator row, raw and derived, as the grid, the CLI and the checks read them. */
export interface FigureSummary {
  id: string;
  name: string;
  unit: string;
  group: string;
  status: ValueStatus;
  value: number | null;
  cumulative: number | null;
  /** The cumulative the table would compute, shown beside an override. */
  computedCumulative: number | null;
  cumulativeOverridden: boolean;
  plans: { id: string; label: string; value: number | null; percent: number | null; basis: FigureBasis }[];
  samePeriod: { basis: FigureBasis; value: number | null; ratio: number | null; growth: number | null };
}

export function figureSummary(row: IndicatorRow, period: Period): FigureSummary {
  const planBasis = defaultPlanBasis(row);
  const growthBasis = defaultGrowthBasis(row, period);
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    group: row.group,
    status: row.status,
    value: row.value,
    cumulative: cumulativeOf(row, period),
    computedCumulative: computedCumulativeOf(row, period),
    cumulativeOverridden: row.cumulativeOverride !== null,
    plans: row.plans.map((plan) => ({ ...plan, percent: planPercentOf(row, period, plan, planBasis), basis: planBasis })),
    samePeriod: {
      basis: growthBasis,
      value: samePeriodFigureOf(row, period, growthBasis),
      ratio: samePeriodRatioOf(row, period, growthBasis),
      growth: samePeriodGrowthOf(row, period, growthBasis),
    },
  };
}
