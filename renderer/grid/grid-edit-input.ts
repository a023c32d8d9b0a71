import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { cleanLabel } from '../../core/indicators/clean-label';
import { editTextOf, parseCellInput, previewOf, type CellValue } from './grid-cell-values';
import { columnTitleFor, isEditableCell, readOnlyReason, type GridColumn } from './grid-columns';

/** What an edited cell's text stands for: a stored figure or status, or the indicator's name or unit. */
export type EditValue = { cell: CellValue } | { text: string };

export type EditInputResult = { ok: true; value: EditValue } | { ok: false; message: string };

/** The name and the unit are edited in place like figures, but change the list rather than a figure. */
export function isTextColumn(column: GridColumn): boolean {
  return column.kind === 'name' || column.kind === 'unit';
}

/** A cell a person can edit in place: the stored figures and the status, the name and the unit. */
export function canEditInPlace(row: IndicatorRow, column: GridColumn): boolean {
  return isEditableCell(row, column) || isTextColumn(column);
}

/** The text an editor opens with. */
export function editStartText(row: IndicatorRow, column: GridColumn): string {
  if (column.kind === 'name') return row.name;
  if (column.kind === 'unit') return row.unit;
  return editTextOf(row, column);
}

/** Reads an edit: figures the Vietnamese way, the status by its name, a name that is not empty, any unit. */
export function parseEditInput(column: GridColumn, text: string): EditInputResult {
  if (isTextColumn(column)) {
    const cleaned = cleanLabel(text);
    if (column.kind === 'name' && cleaned === '') return { ok: false, message: 'Tên chỉ tiêu không được để trống.' };
    return { ok: true, value: { text: cleaned } };
  }
  const result = parseCellInput(column, text);
  return result.ok ? { ok: true, value: { cell: result.value } } : result;
}

/** What a valid figure will store (`= 1.379`); nothing for a name or unit, which show as typed. */
export function editPreview(value: EditValue): string | null {
  return 'cell' in value ? previewOf(value.cell) : null;
}

/** Why Delete leaves a cell as it is (read-only, a status, a name or a unit), or null when it clears the cell. */
export function clearRefusal(row: IndicatorRow, column: GridColumn): string | null {
  if (!canEditInPlace(row, column)) return readOnlyReason(row, column);
  if (column.kind === 'status') return 'Tình trạng không để trống được: chọn ước, thực hiện hoặc chính thức.';
  if (column.kind === 'name') return 'Tên chỉ tiêu không được để trống; muốn bỏ chỉ tiêu, dùng “Xóa chỉ tiêu…”.';
  if (column.kind === 'unit') return 'Muốn đổi đơn vị tính, nhấn Enter hoặc F2 rồi gõ đơn vị mới.';
  return null;
}

/** How a cell edit is named in the history: `sửa ô “Số liệu kỳ này” của chỉ tiêu “Tổng thu ngân sách”`. */
export function cellEditStep(row: IndicatorRow, column: GridColumn, verb: 'sửa' | 'xóa'): string {
  return `${verb} ô “${columnTitleFor(row, column)}” của chỉ tiêu “${row.name}”`;
}
