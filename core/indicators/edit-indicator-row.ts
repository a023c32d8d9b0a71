import type { IndicatorRow } from './indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Applies `change` to one row of the table: the change gives the new row, the same row for no change, or a
 * message refusing it. Other rows keep their identity.
 */
export function editIndicatorRow(
  table: IndicatorTable,
  indicatorId: string,
  change: (row: IndicatorRow) => IndicatorRow | { refused: string },
): TableEdit {
  const index = table.rows.findIndex((row) => row.id === indicatorId);
  if (index < 0) return { ok: false, message: `Không có chỉ tiêu “${indicatorId}” trong bảng chỉ tiêu.` };
  const row = table.rows[index]!;
  const changed = change(row);
  if ('refused' in changed) return { ok: false, message: changed.refused };
  if (changed === row) return { ok: true, table };
  return { ok: true, table: { ...table, rows: table.rows.map((candidate, position) => (position === index ? changed : candidate)) } };
}
