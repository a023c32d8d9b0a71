import { planCellText, samePeriodCellText } from '../../core/indicators/comparison-cells';
import { figureSummary } from '../../core/indicators/figure-summary';
import { valueStatusLabels, type IndicatorRow } from '../../core/indicators/indicator-row';
import { cumulativeSpanLabel, periodLabel, periodNameWithoutYear } from '../../core/periods/period-label';
import { samePeriodLastYear, startsTheYear, type Period } from '../../core/periods/period';
import { computedFigureText, enteredFigureText } from './grid-figure-text';
import { capitalise } from '../../core/text/capitalise';

export const gridColumnKinds = [
  'name',
  'unit',
  'plan',
  'value',
  'status',
  'cumulative',
  'cumulativeOverride',
  'planPercent',
  'samePeriodValue',
  'samePeriodCumulative',
  'growth',
] as const;
export type GridColumnKind = (typeof gridColumnKinds)[number];

/** `name`, `unit`, `plan:0`, `value`, `status`, `cumulative`, `cumulativeOverride`, `planPercent:0`, `samePeriodValue`… */
export type GridColumnId = Exclude<GridColumnKind, 'plan' | 'planPercent'> | `plan:${number}` | `planPercent:${number}`;

export interface GridColumn {
  id: GridColumnId;
  kind: GridColumnKind;
  /** The header: `Số liệu kỳ này`, `% KH`. */
  title: string;
  /** A second header line naming the period or the plan (`tháng 11 năm 2019`, `kế hoạch năm`); empty when none. */
  detail: string;
  /** Which of a row's plans a plan or % of plan column shows; null for the other columns. */
  planPosition: number | null;
  /** Figures are right-aligned in tabular numerals. */
  figure: boolean;
}

const editableKinds: ReadonlySet<GridColumnKind> = new Set([
  'plan',
  'value',
  'status',
  'cumulativeOverride',
  'samePeriodValue',
  'samePeriodCumulative',
]);

export function planColumnId(position: number): GridColumnId {
  return `plan:${position}`;
}

export function planPercentColumnId(position: number): GridColumnId {
  return `planPercent:${position}`;
}

/** The kind and plan position a column id names, or null when it names no column. */
export function parseGridColumnId(id: string): { kind: GridColumnKind; planPosition: number | null } | null {
  const planColumn = /^(plan|planPercent):(0|[1-9]\d*)$/.exec(id);
  if (planColumn) return { kind: planColumn[1] as GridColumnKind, planPosition: Number(planColumn[2]) };
  const kind = gridColumnKinds.find((candidate) => candidate === id && candidate !== 'plan' && candidate !== 'planPercent');
  return kind ? { kind, planPosition: null } : null;
}

/**
 * The columns for these rows, in the order of the appendix: one plan column and one % of plan column per plan
 * POSITION, so rows with different plans (`kế hoạch năm`, `kế hoạch vốn năm`) share a narrow table.
 */
export function gridColumns(rows: readonly IndicatorRow[], period: Period): GridColumn[] {
  const planLabels = planPositionLabels(rows);
  const lastYear = samePeriodLastYear(period);
  const text = (kind: GridColumnKind, title: string, detail = ''): GridColumn => ({
    id: kind as GridColumnId,
    kind,
    title,
    detail,
    planPosition: null,
    figure: kind !== 'name' && kind !== 'unit' && kind !== 'status',
  });
  return [
    text('name', 'Chỉ tiêu'),
    text('unit', 'Đơn vị tính'),
    ...planLabels.map((label, position) => ({
      id: planColumnId(position),
      kind: 'plan' as const,
      title: capitalise(label),
      detail: '',
      planPosition: position,
      figure: true,
    })),
    text('value', 'Số liệu kỳ này', periodLabel(period)),
    text('status', 'Tình trạng'),
    text('cumulative', 'Lũy kế', cumulativeSpanLabel(period)),
    text('cumulativeOverride', 'Lũy kế nhập tay'),
    ...planLabels.map((label, position) => ({
      id: planPercentColumnId(position),
      kind: 'planPercent' as const,
      title: '% KH',
      detail: label,
      planPosition: position,
      figure: true,
    })),
    text('samePeriodValue', 'Cùng kỳ (kỳ)', periodLabel(lastYear)),
    text('samePeriodCumulative', 'Cùng kỳ (lũy kế)', `${cumulativeSpanLabel(lastYear)} năm ${lastYear.year}`),
    text('growth', 'Tăng/giảm %', 'so với cùng kỳ'),
  ];
}

/** A plan column takes the plans' common name at that position, or a generic one. */
function planPositionLabels(rows: readonly IndicatorRow[]): string[] {
  const count = Math.max(0, ...rows.map((row) => row.plans.length));
  return Array.from({ length: count }, (_, position) => {
    const labels = new Set(rows.flatMap((row) => (row.plans[position] ? [row.plans[position].label] : [])));
    const generic = position === 0 ? 'kế hoạch năm' : `kế hoạch năm (${position + 1})`;
    return labels.size === 1 ? [...labels][0]! : generic;
  });
}

/** The column's name for one row, naming the row's own plan: `Kế hoạch vốn năm`, `% kế hoạch vốn năm`. */
export function columnTitleFor(row: IndicatorRow, column: GridColumn): string {
  const plan = column.planPosition === null ? undefined : row.plans[column.planPosition];
  if (column.kind === 'plan') return plan ? capitalise(plan.label) : column.title;
  if (column.kind === 'planPercent') return `% ${plan ? plan.label : column.detail}`;
  return column.title;
}

/** A cell storing a figure or the status, which an edit or a paste changes; names and units are edited apart. */
export function isEditableCell(row: IndicatorRow, column: GridColumn): boolean {
  if (!editableKinds.has(column.kind)) return false;
  // A derived indicator's figures come from others; only a plan of its own (a ratio's target) is typed.
  if (row.derivation && (column.kind !== 'plan' || row.derivation.kind === 'plans-met')) return false;
  return column.kind !== 'plan' || (column.planPosition !== null && row.plans[column.planPosition] !== undefined);
}

/** Why a cell cannot be edited, told to the person who tries. */
export function readOnlyReason(row: IndicatorRow, column: GridColumn): string {
  if (row.derivation && editableKinds.has(column.kind) && column.kind !== 'plan') {
    return `Chỉ tiêu “${row.name}” được tính từ chỉ tiêu khác; sửa số liệu ở các chỉ tiêu đó, hoặc đổi cách tính (nút “Cách tính…”).`;
  }
  if (row.derivation?.kind === 'plans-met' && column.kind === 'plan') {
    return `Kế hoạch của chỉ tiêu “${row.name}” là số chỉ tiêu được đếm, đổi ở nút “Cách tính…”.`;
  }
  switch (column.kind) {
    case 'plan':
      return `Chỉ tiêu “${row.name}” không có kế hoạch ở cột này.`;
    case 'cumulative':
      return 'Lũy kế được tính tự động; muốn sửa, nhập vào cột “Lũy kế nhập tay”.';
    default:
      return `Cột “${column.title}” được tính tự động, không sửa trực tiếp.`;
  }
}

export interface CellContent {
  /** What the cell shows, formatted the Vietnamese way. */
  text: string;
  /** A second, quieter line: the computed cumulative beside an override, or what is missing. */
  hint: string;
}

/**
 * What a cell shows; derived figures come from `figureSummary`, as the appendix, the CLI and the checks read them.
 * A derived indicator comes resolved, and `derivation` says how it is computed (shown under its name).
 */
export function cellContent(row: IndicatorRow, column: GridColumn, period: Period, derivation = ''): CellContent {
  const plan = column.planPosition === null ? undefined : row.plans[column.planPosition];
  const summary = () => figureSummary(row, period);
  // A derived figure is computed, so it has the row's digits; an entered one shows every digit stored.
  const entered = (value: number | null): CellContent => ({
    text: row.derivation ? computedFigureText(value, row.decimals) : enteredFigureText(value, row.decimals),
    hint: '',
  });
  switch (column.kind) {
    case 'name':
      return { text: row.name, hint: derivation };
    case 'unit':
      return { text: row.unit, hint: '' };
    case 'plan':
      return entered(plan ? plan.value : null);
    case 'value':
      return entered(row.value);
    case 'status':
      return { text: valueStatusLabels[row.status], hint: '' };
    case 'cumulative':
      return {
        text: computedFigureText(summary().cumulative, row.decimals),
        hint: row.derivation ? '' : cumulativeHint(row, period),
      };
    case 'cumulativeOverride':
      return row.derivation ? { text: '', hint: '' } : entered(row.cumulativeOverride);
    case 'planPercent': {
      const figures = summary();
      const planSummary = figures.plans[column.planPosition ?? 0];
      return { text: planSummary ? planCellText(figures, planSummary, row.decimals, row.percentDecimals) : '', hint: '' };
    }
    case 'samePeriodValue':
      return entered(row.samePeriod.value);
    case 'samePeriodCumulative':
      return entered(row.samePeriod.cumulative);
    case 'growth': {
      const figures = summary();
      const text = samePeriodCellText(figures, row.decimals, row.percentDecimals);
      return { text, hint: text && figures.samePeriod.onlyThisPeriod ? `riêng ${periodNameWithoutYear(period)}` : '' };
    }
  }
}

function cumulativeHint(row: IndicatorRow, period: Period): string {
  if (row.cumulativeOverride !== null) {
    const computed = computedFigureText(figureSummary(row, period).computedCumulative, row.decimals);
    return computed ? `tự tính: ${computed}` : 'tự tính: chưa đủ số liệu';
  }
  const needsBase = row.nature === 'flow' && !startsTheYear(period);
  return needsBase && row.value !== null && row.cumulativeBase === null ? 'thiếu lũy kế kỳ trước' : '';
}
