import { formatAmount } from '../numbers/format-number';
import { toRoman } from '../numbers/roman-numeral';
import { planCellText, samePeriodCellText } from '../indicators/comparison-cells';
import { withDerivedIndicators } from '../indicators/derived-indicators';
import { figureSummary, type FigureSummary } from '../indicators/figure-summary';
import type { IndicatorRow } from '../indicators/indicator-row';
import { cumulativeSpanLabel, periodNameWithoutYear } from '../periods/period-label';
import { startsTheYear } from '../periods/period';
import type { Report } from './report-schema';

export type AppendixColumnKind =
  'number' | 'name' | 'unit' | 'plan' | 'next-year-plan' | 'value' | 'cumulative' | 'plan-percent' | 'same-period' | 'growth';

export interface AppendixColumn {
  kind: AppendixColumnKind;
  title: string;
  /** Which of a row's plans a plan or plan-percent column shows: the first, the second… */
  planPosition?: number;
  /** Which next-year target a next-year-plan column shows. */
  planId?: string;
}

export type AppendixRow = { kind: 'group'; number: string; title: string } | { kind: 'indicator'; indicatorId: string; cells: string[] };

export interface AppendixTable {
  columns: AppendixColumn[];
  rows: AppendixRow[];
  /** Notes printed under the table, each a sentence: what a `(*)` in a cell means. */
  notes: string[];
}

/** The mark of a same-period figure that is this period's alone where the column is the cumulative's. */
export const onlyThisPeriodMark = '(*)';

/**
 * The indicator table of the appendix: indicator, unit, plans, this period, cumulative, % of each plan,
 * same period last year and growth, grouped by field. Every cell is already formatted the Vietnamese way.
 */
export function appendixTable(report: Report): AppendixTable {
  const { period } = report;
  const indicators = withDerivedIndicators(report.indicators, period);
  const plans = planPositions(indicators);
  const nextYearPlans = distinctNextYearPlans(indicators);
  const allEstimated = indicators.length > 0 && indicators.every((row) => row.status === 'estimate');
  const showCumulative = !startsTheYear(period);
  const periodName = periodNameWithoutYear(period);

  const columns: AppendixColumn[] = [
    { kind: 'number', title: 'STT' },
    { kind: 'name', title: 'Chỉ tiêu' },
    { kind: 'unit', title: 'Đơn vị tính' },
    ...plans.map((plan) => ({ kind: 'plan' as const, title: capitalise(plan.label), planPosition: plan.position })),
    { kind: 'value', title: `${allEstimated ? 'Ước thực hiện' : 'Thực hiện'} ${periodName}` },
    ...(showCumulative ? [{ kind: 'cumulative' as const, title: `Lũy kế ${cumulativeSpanLabel(period)}` }] : []),
    ...plans.map((plan) => ({ kind: 'plan-percent' as const, title: `% so với ${plan.label}`, planPosition: plan.position })),
    { kind: 'same-period', title: 'Cùng kỳ năm trước' },
    { kind: 'growth', title: 'Tăng (+), giảm (-) so với cùng kỳ (%)' },
    ...nextYearPlans.map((plan) => ({
      kind: 'next-year-plan' as const,
      title: `Chỉ tiêu năm ${period.year + 1} (${plan.label})`,
      planId: plan.id,
    })),
  ];

  const rows: AppendixRow[] = [];
  let marked = false;
  report.groups.forEach((group, groupIndex) => {
    const members = indicators.filter((row) => row.group === group.id);
    if (members.length === 0) return;
    rows.push({ kind: 'group', number: toRoman(groupIndex + 1), title: group.name });
    members.forEach((row, index) => {
      const summary = figureSummary(row, period);
      marked ||= summary.samePeriod.onlyThisPeriod && summary.samePeriod.value !== null;
      rows.push({
        kind: 'indicator',
        indicatorId: row.id,
        cells: columns.map((column) => cell(column, row, summary, index, allEstimated)),
      });
    });
  });
  const notes = marked ? [`${onlyThisPeriodMark} Số của riêng ${periodName}: chỉ tiêu chưa có số lũy kế cùng kỳ năm trước.`] : [];
  return { columns, rows, notes };
}

function cell(column: AppendixColumn, row: IndicatorRow, summary: FigureSummary, index: number, allEstimated: boolean): string {
  const amount = (value: number | null) => (value === null ? '' : formatAmount(value, row.decimals));
  switch (column.kind) {
    case 'number':
      return String(index + 1);
    case 'name':
      return row.name;
    case 'unit':
      return row.unit;
    case 'plan':
      return amount(row.plans[column.planPosition ?? 0]?.value ?? null);
    case 'value': {
      const value = amount(row.value);
      return value && row.status === 'estimate' && !allEstimated ? `ước ${value}` : value;
    }
    case 'cumulative':
      return amount(summary.cumulative);
    case 'next-year-plan':
      return amount(row.nextYearPlans?.find((plan) => plan.id === column.planId)?.value ?? null);
    case 'plan-percent': {
      const plan = summary.plans[column.planPosition ?? 0];
      return plan ? planCellText(summary, plan, row.decimals, row.percentDecimals) : '';
    }
    case 'same-period':
      return marked(amount(summary.samePeriod.value), summary);
    case 'growth':
      return marked(samePeriodCellText(summary, row.decimals, row.percentDecimals), summary);
  }
}

function marked(text: string, summary: FigureSummary): string {
  return text && summary.samePeriod.onlyThisPeriod ? `${text} ${onlyThisPeriodMark}` : text;
}

function distinctPlans(rows: readonly IndicatorRow[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const plan of row.plans) if (!seen.has(plan.id)) seen.set(plan.id, plan.label);
  return [...seen].map(([id, label]) => ({ id, label }));
}

/**
 * One plan column per position rather than per plan name, so a table of rows with different plans
 * (`kế hoạch năm`, `kế hoạch vốn năm`) stays narrow. A column takes the plans' common name, or a generic one.
 */
function planPositions(rows: readonly IndicatorRow[]): { position: number; label: string }[] {
  const count = Math.max(0, ...rows.map((row) => row.plans.length));
  return Array.from({ length: count }, (_, position) => {
    const labels = new Set(rows.flatMap((row) => (row.plans[position] ? [row.plans[position].label] : [])));
    const generic = position === 0 ? 'kế hoạch năm' : `kế hoạch năm (${position + 1})`;
    return { position, label: labels.size === 1 ? [...labels][0]! : generic };
  });
}

function distinctNextYearPlans(rows: readonly IndicatorRow[]): { id: string; label: string }[] {
  return distinctPlans(rows.map((row) => ({ ...row, plans: row.nextYearPlans ?? [] })));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
