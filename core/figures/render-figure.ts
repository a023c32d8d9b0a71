import {
  ceilingResult,
  changeComparison,
  fractionOfTarget,
  gapComparison,
  growthComparison,
  notComparableText,
  planComparison,
  pointsText,
  ratioComparison,
} from '../numbers/comparison-wording';
import { formatAmount, formatPercent, roundTo } from '../numbers/format-number';
import { cumulativeSpanLabel, previousPeriodName, samePeriodName } from '../periods/period-label';
import { startsTheYear, type Period } from '../periods/period';
import {
  cumulativeOf,
  defaultGrowthBasis,
  defaultPlanBasis,
  figureOf,
  findPlan,
  isRate,
  planGapOf,
  planPercentOf,
  planRemainingOf,
  previousChangeOf,
  samePeriodDifferenceOf,
  samePeriodFigureOf,
  samePeriodGrowthOf,
  samePeriodRatioOf,
  type FigureBasis,
} from '../indicators/derived-figures';
import { resolvedRow } from '../indicators/derived-indicators';
import { rowOfUnit, rowsOfUnit } from '../breakdowns/unit-figures';
import type { IndicatorRow, Plan } from '../indicators/indicator-row';
import type { FigureReference } from './figure-reference';

/** What a figure reference shows now; `missing` says in Vietnamese why there is nothing to show yet. */
export type RenderedFigure = { text: string; missing: null } | { text: string; missing: string };

/** Shown in place of a figure that cannot be computed yet, as drafts leave blanks. */
export const missingFigureText = '…';

export function renderFigure(rows: readonly IndicatorRow[], period: Period, reference: FigureReference): RenderedFigure {
  const row = rows.find((candidate) => candidate.id === reference.indicator);
  if (!row) return missing(`không có chỉ tiêu “${reference.indicator}” trong bảng`);
  if (reference.unit) {
    if (!row.breakdown?.some((entry) => entry.unit === reference.unit) && !row.derivation) {
      return missing(`${row.name}: không có số liệu của đơn vị “${reference.unit}”`);
    }
    const unitRows = rowsOfUnit(rows, reference.unit);
    return renderFigureOfRow(resolvedRow(rowOfUnit(row, reference.unit), unitRows, period), period, reference);
  }
  return renderFigureOfRow(resolvedRow(row, rows, period), period, reference);
}

/** The figure of one row (resolved already when it is a derived indicator). */
export function renderFigureOfRow(row: IndicatorRow, period: Period, reference: FigureReference): RenderedFigure {
  const decimals = reference.decimals ?? row.decimals;
  const percentDecimals = reference.decimals ?? row.percentDecimals;
  const amount = (value: number) => withUnit(writtenAmount(value, decimals, reference.leadingZero === true), row, reference);
  const percent = (value: number) => formatPercent(value, { decimals: percentDecimals });
  // A rate's points have the digits of the rate itself: 2,35% → giảm 0,42 điểm %.
  const points = (value: number) => pointsText(value, decimals, reference.points !== 'short');
  const change = (value: number) => (isRate(row) ? points(value) : amount(value));
  const changeDecimals = decimals;
  const need = (value: number | null, what: string, show: (value: number) => string): RenderedFigure =>
    value === null ? missing(`${row.name}: chưa có ${what}`) : { text: show(value), missing: null };

  const plan = findPlan(row, reference.plan);
  const planBasis: FigureBasis = reference.basis ?? defaultPlanBasis(row);
  const growthBasis: FigureBasis = reference.basis ?? defaultGrowthBasis(row, period);
  const base = comparisonBase(reference, row, period, growthBasis);
  // Nothing last year: no percentage can be taken of it; a table prints a dash, a sentence the change itself.
  const zeroBase = zeroBaseOf(row, period, growthBasis);
  const needPlan = (show: (plan: Plan & { value: number }) => RenderedFigure): RenderedFigure => {
    if (!plan) return missing(`${row.name}: không có kế hoạch${reference.plan ? ` “${reference.plan}”` : ''}`);
    if (plan.value === null) return missing(`${row.name}: chưa nhập ${plan.label}`);
    return show(plan as Plan & { value: number });
  };
  const label = (target: Plan & { value: number }) => planLabelText(target, amount);
  const verb = (fallback: string) => (reference.verb === undefined || reference.verb === null ? fallback : reference.verb.trim());
  const phrase = (...words: string[]) => words.filter(Boolean).join(' ');

  switch (reference.field) {
    case 'value':
      return need(figureOf(row, period, reference.basis ?? 'period'), 'số liệu kỳ này', amount);
    case 'value-phrase': {
      const basis = reference.basis ?? 'period';
      const estimated = basis === 'period' && row.status === 'estimate';
      return need(figureOf(row, period, basis), 'số liệu kỳ này', (value) => phrase(estimated ? 'ước' : '', verb('đạt'), amount(value)));
    }
    case 'cumulative':
      return need(cumulativeOf(row, period), 'số lũy kế', amount);
    case 'cumulative-phrase':
      return need(cumulativeOf(row, period), 'số lũy kế', (value) =>
        phrase('lũy kế', cumulativeSpanLabel(period), verb('đạt'), amount(value)),
      );
    case 'plan':
      return needPlan((target) => ({ text: amount(target.value), missing: null }));
    case 'next-year-plan': {
      const targets = row.nextYearPlans ?? [];
      const target = reference.plan ? targets.find((candidate) => candidate.id === reference.plan) : targets[0];
      return need(target?.value ?? null, `chỉ tiêu năm ${period.year + 1}`, amount);
    }
    case 'plan-percent':
      if (row.direction === 'lower') return missing(`${row.name}: kế hoạch là mức không được vượt, không tính % kế hoạch`);
      return needPlan((target) => need(planPercentOf(row, period, target, planBasis), 'số liệu để tính tỷ lệ kế hoạch', percent));
    case 'plan-comparison':
      if (row.direction === 'lower')
        return needPlan((target) =>
          need(planGapOf(row, period, target, planBasis), 'số liệu để so với kế hoạch', (gap) =>
            ceilingResult(gap, changeDecimals, label(target), change),
          ),
        );
      return needPlan((target) =>
        need(planPercentOf(row, period, target, planBasis), 'số liệu để tính tỷ lệ kế hoạch', (value) =>
          planComparison(value, label(target), reference.wording ?? 'bang', percentDecimals),
        ),
      );
    case 'plan-gap':
      return needPlan((target) =>
        need(planGapOf(row, period, target, planBasis), 'số liệu để so với kế hoạch', (gap) =>
          gapComparison(gap, changeDecimals, label(target), change),
        ),
      );
    case 'plan-remaining':
      if (row.direction === 'lower') return missing(`${row.name}: kế hoạch là mức không được vượt, không có phần còn phải thực hiện`);
      return needPlan((target) => {
        const remaining = planRemainingOf(row, period, target, planBasis);
        if (remaining !== null && roundTo(remaining, changeDecimals) <= 0)
          return missing(`${row.name}: đã đạt ${target.label}, không còn phần phải thực hiện`);
        return need(remaining, 'số liệu để tính phần còn phải thực hiện', change);
      });
    case 'same-period':
      return need(samePeriodFigureOf(row, period, reference.basis ?? 'period'), 'số liệu cùng kỳ', amount);
    case 'growth':
      if (zeroBase) return { text: notComparableText, missing: null };
      return need(samePeriodGrowthOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', percent);
    case 'growth-comparison':
      if (zeroBase) return { text: changeComparison(zeroBase.value, changeDecimals, base, change), missing: null };
      return need(samePeriodGrowthOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        growthComparison(value, percentDecimals, base),
      );
    case 'ratio':
      if (zeroBase) return { text: notComparableText, missing: null };
      return need(samePeriodRatioOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', percent);
    case 'ratio-comparison':
      if (zeroBase) return { text: changeComparison(zeroBase.value, changeDecimals, base, change), missing: null };
      return need(samePeriodRatioOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        ratioComparison(value, percentDecimals, base),
      );
    case 'point-change':
      if (!isRate(row)) return missing(`${row.name}: không phải chỉ tiêu tỷ lệ, không tính bằng điểm phần trăm`);
      return need(samePeriodDifferenceOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        changeComparison(value, decimals, base, points),
      );
    case 'same-period-difference':
      return need(samePeriodDifferenceOf(row, period, growthBasis), 'số liệu cùng kỳ để so sánh', (value) =>
        changeComparison(value, changeDecimals, base, change),
      );
    case 'previous-change':
      return need(previousChangeOf(row), `số liệu ${previousPeriodName(period)}`, (value) =>
        changeComparison(value, changeDecimals, previousPeriodName(period), change),
      );
    case 'progress':
      return needPlan((target) =>
        need(figureOf(row, period, planBasis), 'số liệu thực hiện', (done) =>
          fractionOfTarget(done, target.value, reference.withoutUnit ? '' : row.unit, decimals, true),
        ),
      );
  }
}

/**
 * The base a comparison names: `cùng kỳ`, or the same period by its name (`tháng 11 năm 2025`). A flow's own figure
 * of a period inside the year is named by default, so that it is never read as the cumulative's; a level has no
 * cumulative to be mistaken for.
 */
function comparisonBase(reference: FigureReference, row: IndicatorRow, period: Period, basis: FigureBasis): string {
  const named = reference.comparedWith
    ? reference.comparedWith === 'named'
    : row.nature === 'flow' && basis === 'period' && !startsTheYear(period) && period.kind !== 'year';
  return named ? samePeriodName(period, basis) : 'cùng kỳ';
}

/** A plan's label, its value written in where the label asks for it: `chỉ tiêu giảm {giá trị}` → `chỉ tiêu giảm 40 hộ`. */
export function planLabelText(plan: Plan & { value: number }, amount: (value: number) => string): string {
  return plan.label.includes('{giá trị}') ? plan.label.replaceAll('{giá trị}', amount(plan.value)) : plan.label;
}

/** An amount with the indicator's digits; a count below ten may keep a leading zero (`02`). */
function writtenAmount(value: number, decimals: number, leadingZero: boolean): string {
  const written = formatAmount(value, decimals);
  return leadingZero && /^\d$/.test(written) ? `0${written}` : leadingZero && /^-\d$/.test(written) ? `-0${written.slice(1)}` : written;
}

function withUnit(number: string, row: IndicatorRow, reference: FigureReference): string {
  if (reference.withoutUnit || row.unit === '') return number;
  return row.unit === '%' ? `${number}%` : `${number} ${row.unit}`;
}

function missing(reason: string): RenderedFigure {
  return { text: missingFigureText, missing: reason };
}

/** This period's figure when the same period's is zero and this one is known, so a comparison is the change itself. */
function zeroBaseOf(row: IndicatorRow, period: Period, basis: FigureBasis): { value: number } | null {
  const figure = figureOf(row, period, basis);
  return figure !== null && samePeriodFigureOf(row, period, basis) === 0 ? { value: figure } : null;
}
