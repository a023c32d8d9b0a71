import { formatAmount } from '../numbers/format-number';
import { toRoman } from '../numbers/roman-numeral';
import { planCellText, samePeriodCellText } from '../indicators/comparison-cells';
import { withDerivedIndicators } from '../indicators/derived-indicators';
import { figureSummary, type FigureSummary } from '../indicators/figure-summary';
import type { IndicatorRow } from '../indicators/indicator-row';
import { cumulativeSpanLabel, periodNameWithoutYear } from '../periods/period-label';
import { startsTheYear } from '../periods/period';
import type { Report } from './report-schema';
import { capitalise } from '../text/capitalise';

export type AppendixColumnKind =
  'number' | 'name' | 'unit' | 'plan' | 'next-year-plan' | 'value' | 'cumulative' | 'plan-percent' | 'same-period' | 'growth';

export interface AppendixColumn {
  kind: AppendixColumnKind;
  title: string;
  /** Which of a row's plans (or next year's targets) a plan, plan-percent or next-year-plan column shows: the first, the second… */
  planPosition?: number;
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
  // A plan column no row has a figure for is left out: an empty HĐND column over every row is not printed.
  const plans = planPositions(indicators).filter((plan) => indicators.some((row) => row.plans[plan.position]?.value != null));
  // Next year's targets by position, as the plans: one column for each row's first target, whatever its label.
  const nextYearPlans = planPositions(indicators.map((row) => ({ ...row, plans: row.nextYearPlans ?? [] }))).filter((plan) =>
    indicators.some((row) => row.nextYearPlans?.[plan.position]?.value != null),
  );
  const comparison = report.organisation.appendixComparison ?? 'growth';
  const allEstimated = indicators.length > 0 && indicators.every((row) => row.status === 'estimate');
  const showCumulative = !startsTheYear(period);
  const summaries = new Map(indicators.map((row) => [row.id, figureSummary(row, period)]));
  // Without a same-period figure in any row, the two comparison columns would print empty from top to bottom.
  const showSamePeriod = [...summaries.values()].some((summary) => summary.samePeriod.value !== null);
  const periodName = periodNameWithoutYear(period);

  const columns: AppendixColumn[] = [
    { kind: 'number', title: 'STT' },
    { kind: 'name', title: 'Chỉ tiêu' },
    { kind: 'unit', title: 'Đơn vị tính' },
    ...plans.map((plan) => ({ kind: 'plan' as const, title: capitalise(plan.label), planPosition: plan.position })),
    { kind: 'value', title: `${allEstimated ? 'Ước thực hiện' : 'Thực hiện'} ${periodName}` },
    ...(showCumulative ? [{ kind: 'cumulative' as const, title: `Lũy kế ${cumulativeSpanLabel(period)}` }] : []),
    ...plans.map((plan) => ({ kind: 'plan-percent' as const, title: `% so với ${plan.label}`, planPosition: plan.position })),
    ...(showSamePeriod
      ? [
          { kind: 'same-period' as const, title: 'Cùng kỳ năm trước' },
          {
            kind: 'growth' as const,
            title: comparison === 'ratio' ? 'So với cùng kỳ (%)' : 'Tăng (+), giảm (-) so với cùng kỳ (%)',
          },
        ]
      : []),
    ...nextYearPlans.map((plan) => ({
      kind: 'next-year-plan' as const,
      title: nextYearPlans.length === 1 ? `Chỉ tiêu năm ${period.year + 1}` : `Chỉ tiêu năm ${period.year + 1} (${plan.label})`,
      planPosition: plan.position,
    })),
  ];

  const rows: AppendixRow[] = [];
  let marked = false;
  let groupNumber = 0;
  report.groups.forEach((group) => {
    const members = indicators.filter((row) => row.group === group.id);
    if (members.length === 0) return;
    // Numbered among the groups printed, so that a group without indicators leaves no gap (I, II, III).
    groupNumber += 1;
    rows.push({ kind: 'group', number: toRoman(groupNumber), title: group.name });
    members.forEach((row, index) => {
      const summary = summaries.get(row.id)!;
      marked ||= summary.samePeriod.onlyThisPeriod && summary.samePeriod.value !== null;
      rows.push({
        kind: 'indicator',
        indicatorId: row.id,
        cells: columns.map((column) => cell(column, row, summary, index, allEstimated, comparison)),
      });
    });
  });
  const notes = marked ? [`${onlyThisPeriodMark} Số của riêng ${periodName}: chỉ tiêu chưa có số lũy kế cùng kỳ năm trước.`] : [];
  return { columns, rows, notes };
}

function cell(
  column: AppendixColumn,
  row: IndicatorRow,
  summary: FigureSummary,
  index: number,
  allEstimated: boolean,
  comparison: 'growth' | 'ratio',
): string {
  const amount = (value: number | null) => (value === null ? '' : formatAmount(value, row.decimals));
  switch (column.kind) {
    case 'number':
      return String(index + 1);
    case 'name':
      return capitalise(row.name);
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
      return amount(row.nextYearPlans?.[column.planPosition ?? 0]?.value ?? null);
    case 'plan-percent': {
      const plan = summary.plans[column.planPosition ?? 0];
      return plan ? planCellText(summary, plan, row.decimals, row.percentDecimals) : '';
    }
    case 'same-period':
      return marked(amount(summary.samePeriod.value), summary);
    case 'growth':
      return marked(samePeriodCellText(summary, row.decimals, row.percentDecimals, comparison), summary);
  }
}

function marked(text: string, summary: FigureSummary): string {
  return text && summary.samePeriod.onlyThisPeriod ? `${text} ${onlyThisPeriodMark}` : text;
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
