import type { IndicatorTable, TableEdit } from './indicator-table';

/** Removes a field group that has no indicator left; one that still has some says which, since they need a group. */
export function removeFieldGroup(table: IndicatorTable, groupId: string): TableEdit {
  const group = table.groups.find((candidate) => candidate.id === groupId);
  if (!group) return { ok: false, message: `Không có lĩnh vực “${groupId}” trong bảng chỉ tiêu.` };
  const members = table.rows.filter((row) => row.group === groupId);
  if (members.length > 0) {
    const names = members.map((row) => `“${row.name}”`);
    const listed = names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} và ${names.length - 3} chỉ tiêu khác`;
    return {
      ok: false,
      message: `Lĩnh vực “${group.name}” còn ${members.length} chỉ tiêu (${listed}): hãy chuyển các chỉ tiêu này sang lĩnh vực khác hoặc xóa chúng trước khi xóa lĩnh vực.`,
    };
  }
  return { ok: true, table: { ...table, groups: table.groups.filter((candidate) => candidate.id !== groupId) } };
}
