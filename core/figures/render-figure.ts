import { fractionOfTarget, growthComparison, planComparison, ratioComparison } from '../numbers/comparison-wording';
import { formatAmount, formatPercent } from '../numbers/format-number';
import { cumulativeSpanLabel } from '../periods/period-label';
import {
  cumulativeOf,
  defaultGrowthBasis,
  defaultPlanBasis,
  figureOf,
  findPlan,
  planPercentOf,
  samePeriodFigureOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  type FigureBasis,
} from '../indicators/derived-figures';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import type { FigureReference } from './figure-reference';

/** What a figure reference shows now; `missing` says in Vietnamese why there is nothing to show yet. */
export type RenderedFigure = { text: string; missing: null } | { text: string; missing: string };

/** Shown in place of a figure that cannot be computed yet, as drafts leave blanks. */
export const missingFigureText = '…';

export function renderFigure(rows: readonly IndicatorRow[], period: Period, reference: FigureReference): RenderedFigure {
  const row = rows.find((candidate) => candidate.id === reference.indicator);
  if (!row) return missing(`không có chỉ tiêu “${reference.indicator}” trong bảng`);
  return renderFigureOfRow(row, period, reference);
}

export function renderFigureOfRow(row: IndicatorRow, period: Period, reference: FigureReference): RenderedFigure {
  const amount = (value: number) => withUnit(formatAmount(value, row.decimals), row, reference);
  const percent = (value: number) => formatPercent(value, { decimals: row.percentDecimals });
  const need = (value: number | null, what: string, show: (value: number) => string): RenderedFigure =>
    value === null ? missing(`${row.name}: chưa có ${what}`) : { text: show(value), missing: null };

  const plan = findPlan(row, reference.plan);
  const planBasis: FigureBasis = reference.basis ?? defaultPlanBasis(row);
  const growthBasis: FigureBasis = reference.basis ?? defaultGrowthBasis(row, period);
  const needPlan = (show: (planValue: number, planLabel: string) => RenderedFigure): RenderedFigure => {
    if (!plan) return missing(`${row.name}: không có kế hoạch${reference.plan ? ` “${reference.plan}”` : ''}`);
    if (plan.value === null) return missing(`${row.name}: chưa nhập ${plan.label}`);
    return show(plan.value, plan.label);
  };

  switch (reference.field) {
    case 'value':
      return need(figureOf(row, period, reference.basis ?? 'period'), 'số liệu kỳ này', amount);
    case 'value-phrase': {
      const basis = reference.basis ?? 'period';
      const verb = basis === 'period' && row.status === 'estimate' ? 'ước đạt' : 'đạt';
      return need(figureOf(row, period, basis), 'số liệu kỳ này', (value) => `${verb} ${amount(value)}`);
    }
    case 'cumulative':
      return need(cumulativeOf(row, period), 'số lũy kế', amount);
    case 'cumulative-phrase':
      return need(cumulativeOf(row, period), 'số lũy kế', (value) => `lũy kế ${cumulativeSpanLabel(period)} đạt ${amount(value)}`);
    case 'plan':
      return needPlan((planValue) => ({ text: amount(planValue), missing: null }));
    case 'next-year-plan': {
      const targets = row.nextYearPlans ?? [];
      const target = reference.plan ? targets.find((plan) => plan.id === reference.plan) : targets[0];
      return need(target?.value ?? null, `chỉ tiêu năm ${period.year + 1}`, amount);
    }
    case 'plan-percent':
      return needPlan(() => need(planPercentOf(row, period, plan!, planBasis), 'số liệu để tính tỷ lệ kế hoạch', percent));
    case 'plan-comparison':
      return needPlan((_, label) =>
        need(planPercentOf(row, period, plan!, planBasis), 'số liệu để tính tỷ lệ kế hoạch', (value) =>
          planComparison(value, label, reference.wording ?? 'bang', row.percentDecimals),
        ),
      );
    case 'same-period':
      return need(samePeriodFigureOf(row, period, reference.basis ?? 'period'), 'số liệu cùng kỳ', amount);
    case 'growth':
      return need(samePeriodGrowthOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', percent);
    case 'growth-comparison':
      return need(samePeriodGrowthOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        growthComparison(value, row.percentDecimals),
      );
    case 'ratio':
      return need(samePeriodRatioOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', percent);
    case 'ratio-comparison':
      return need(samePeriodRatioOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        ratioComparison(value, row.percentDecimals),
      );
    case 'progress':
      return needPlan((planValue) =>
        need(figureOf(row, period, planBasis), 'số liệu thực hiện', (done) =>
          fractionOfTarget(done, planValue, reference.withoutUnit ? '' : row.unit, row.decimals, true),
        ),
      );
  }
}

function withUnit(number: string, row: IndicatorRow, reference: FigureReference): string {
  if (reference.withoutUnit || row.unit === '') return number;
  return row.unit === '%' ? `${number}%` : `${number} ${row.unit}`;
}

function missing(reason: string): RenderedFigure {
  return { text: missingFigureText, missing: reason };
}
