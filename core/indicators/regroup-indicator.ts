import type { IndicatorTable, TableEdit } from './indicator-table';
import { insertInGroup } from './insert-in-group';

/** Moves an indicator to another field group, at the end of it. */
export function regroupIndicator(table: IndicatorTable, indicatorId: string, groupId: string): TableEdit {
  const row = table.rows.find((candidate) => candidate.id === indicatorId);
  if (!row) return { ok: false, message: `Không có chỉ tiêu “${indicatorId}” trong bảng chỉ tiêu.` };
  if (!table.groups.some((group) => group.id === groupId)) {
    return { ok: false, message: `Không có lĩnh vực “${groupId}” trong bảng chỉ tiêu (chuyển chỉ tiêu “${row.name}”).` };
  }
  if (row.group === groupId) return { ok: true, table };
  const others = table.rows.filter((candidate) => candidate.id !== indicatorId);
  return { ok: true, table: { ...table, rows: insertInGroup(others, { ...row, group: groupId }) } };
}
