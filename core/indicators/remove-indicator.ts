import { derivationInputs } from './derivation-inputs';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Takes an indicator out of the table. Figures in the text that refer to it stay where they are; the check
 * `CHI-TIEU-DA-XOA` reports them until they are removed or the indicator is added back. An indicator others are
 * computed from is kept until they no longer are.
 */
export function removeIndicator(table: IndicatorTable, indicatorId: string): TableEdit {
  if (!table.rows.some((row) => row.id === indicatorId)) {
    return { ok: false, message: `Không có chỉ tiêu “${indicatorId}” trong bảng chỉ tiêu.` };
  }
  const user = table.rows.find((row) => row.derivation && derivationInputs(row.derivation).includes(indicatorId));
  if (user) {
    const name = table.rows.find((row) => row.id === indicatorId)!.name;
    return {
      ok: false,
      message: `Chỉ tiêu “${name}” được dùng để tính chỉ tiêu “${user.name}”; hãy đổi cách tính của “${user.name}” trước khi xóa.`,
    };
  }
  return { ok: true, table: { ...table, rows: table.rows.filter((row) => row.id !== indicatorId) } };
}
