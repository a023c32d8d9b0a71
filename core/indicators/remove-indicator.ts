import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Takes an indicator out of the table. Figures in the text that refer to it stay where they are; the check
 * `CHI-TIEU-DA-XOA` reports them until they are removed or the indicator is added back.
 */
export function removeIndicator(table: IndicatorTable, indicatorId: string): TableEdit {
  if (!table.rows.some((row) => row.id === indicatorId)) {
    return { ok: false, message: `Không có chỉ tiêu “${indicatorId}” trong bảng chỉ tiêu.` };
  }
  return { ok: true, table: { ...table, rows: table.rows.filter((row) => row.id !== indicatorId) } };
}
