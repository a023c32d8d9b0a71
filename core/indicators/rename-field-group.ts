import { cleanLabel, sameLabel } from './clean-label';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** Gives a field group a new name; its id, which its indicators refer to, never changes. */
export function renameFieldGroup(table: IndicatorTable, groupId: string, name: string): TableEdit {
  const group = table.groups.find((candidate) => candidate.id === groupId);
  if (!group) return { ok: false, message: `Không có lĩnh vực “${groupId}” trong bảng chỉ tiêu.` };
  const cleaned = cleanLabel(name);
  if (cleaned === '') return { ok: false, message: `Tên lĩnh vực không được để trống (lĩnh vực “${group.name}”).` };
  if (cleaned === group.name) return { ok: true, table };
  const other = table.groups.find((candidate) => candidate.id !== groupId && sameLabel(candidate.name, cleaned));
  if (other) return { ok: false, message: `Đã có lĩnh vực “${other.name}”: hãy đặt tên khác.` };
  return {
    ok: true,
    table: { ...table, groups: table.groups.map((candidate) => (candidate.id === groupId ? { ...candidate, name: cleaned } : candidate)) },
  };
}
