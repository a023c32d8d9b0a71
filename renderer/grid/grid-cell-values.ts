import { valueStatusLabels, valueStatuses, type IndicatorRow, type ValueStatus } from '../../core/indicators/indicator-row';
import { formatNumber } from '../../core/numbers/format-number';
import { parseNumber } from '../../core/numbers/parse-number';
import { isEditableCell, type GridColumn, type GridColumnId } from './grid-columns';
import { decimalsOf, editableFigureText } from './grid-figure-text';

/** What an editable cell stores: a figure, nothing (null), or the status of the row's value. */
export type CellValue = number | null | ValueStatus;

export type CellInputResult = { ok: true; value: CellValue } | { ok: false; message: string };

export interface CellUpdate {
  indicatorId: string;
  column: GridColumnId;
  value: CellValue;
}

/**
 * Reads a figure typed or pasted into a cell: empty stores null, `(1.234)` is how Excel writes a negative
 * number in accounting format, anything else is read the Vietnamese way by `parseNumber`.
 */
export function parseFigureInput(text: string): CellInputResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const bracketed = /^\((.*)\)$/.exec(trimmed);
  const result = parseNumber(bracketed ? `-${bracketed[1]}` : trimmed);
  if (!result.ok && bracketed) return parseNumber(trimmed);
  return result;
}

/** `ước`, `thực hiện` or `chính thức`, in any case, with any spacing and in either Unicode form. */
export function parseStatusInput(text: string): CellInputResult {
  const wanted = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  const status = valueStatuses.find((candidate) => valueStatusLabels[candidate] === wanted);
  if (status) return { ok: true, value: status };
  const choices = valueStatuses.map((candidate) => valueStatusLabels[candidate]);
  const shown = text.trim() === '' ? 'Ô trống' : `“${text.trim()}”`;
  return {
    ok: false,
    message: `${shown} không phải là tình trạng số liệu (chọn ${choices.slice(0, -1).join(', ')} hoặc ${choices.at(-1)}).`,
  };
}

export function parseCellInput(column: GridColumn, text: string): CellInputResult {
  return column.kind === 'status' ? parseStatusInput(text) : parseFigureInput(text);
}

/** What an editable cell stores, or undefined for a cell that stores nothing (derived, read-only). */
export function storedCellValue(row: IndicatorRow, column: GridColumn): CellValue | undefined {
  if (!isEditableCell(row, column)) return undefined;
  switch (column.kind) {
    case 'plan':
      return row.plans[column.planPosition ?? 0]?.value;
    case 'value':
      return row.value;
    case 'status':
      return row.status;
    case 'cumulativeOverride':
      return row.cumulativeOverride;
    case 'samePeriodValue':
      return row.samePeriod.value;
    case 'samePeriodCumulative':
      return row.samePeriod.cumulative;
    default:
      return undefined;
  }
}

/** A copy of the row with the cell changed; the row itself is never touched. */
export function withCellValue(row: IndicatorRow, column: GridColumn, value: CellValue): IndicatorRow {
  if (!isEditableCell(row, column)) return row;
  if (column.kind === 'status') return typeof value === 'string' ? { ...row, status: value } : row;
  if (typeof value === 'string') return row;
  switch (column.kind) {
    case 'plan':
      return { ...row, plans: row.plans.map((plan, position) => (position === column.planPosition ? { ...plan, value } : plan)) };
    case 'value': {
      // The value is the officer's now, no longer the estimate the table proposed.
      const { estimateBasis: _proposed, ...entered } = row;
      return { ...entered, value };
    }
    case 'cumulativeOverride':
      return { ...row, cumulativeOverride: value };
    case 'samePeriodValue':
      return { ...row, samePeriod: { ...row.samePeriod, value } };
    case 'samePeriodCumulative':
      return { ...row, samePeriod: { ...row.samePeriod, cumulative: value } };
    default:
      return row;
  }
}

/**
 * New rows with the updates applied; rows without a change keep their identity, and the input array is
 * returned as it is when nothing changes. Updates of read-only cells or of columns not given are ignored.
 */
export function applyCellUpdates(
  rows: IndicatorRow[],
  columns: readonly GridColumn[],
  updates: readonly CellUpdate[],
): { rows: IndicatorRow[]; changed: number } {
  let changed = 0;
  const updated = rows.map((row) => {
    let result = row;
    for (const update of updates) {
      if (update.indicatorId !== row.id) continue;
      const column = columns.find((candidate) => candidate.id === update.column);
      if (!column || !isEditableCell(result, column) || storedCellValue(result, column) === update.value) continue;
      result = withCellValue(result, column, update.value);
      changed += 1;
    }
    return result;
  });
  return { rows: changed === 0 ? rows : updated, changed };
}

/** The text an editor opens with: every stored digit (`2.137,6`), or the status as written. */
export function editTextOf(row: IndicatorRow, column: GridColumn): string {
  const stored = storedCellValue(row, column);
  if (stored === undefined || stored === null) return '';
  return typeof stored === 'string' ? valueStatusLabels[stored] : editableFigureText(stored);
}

/** What a valid input will store, written back: `= 1.379`, `= 27,8`, `= (để trống)`. */
export function previewOf(value: CellValue): string {
  if (value === null) return '= (để trống)';
  if (typeof value === 'string') return `= ${valueStatusLabels[value]}`;
  return `= ${formatNumber(value, { decimals: decimalsOf(value) })}`;
}
