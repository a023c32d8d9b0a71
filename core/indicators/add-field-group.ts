import { cleanLabel, sameLabel } from './clean-label';
import { identifierFromName } from './identifier-from-name';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** Adds a field group at the end of the list (`Chuyển đổi số`, `Cải cách hành chính`); its id comes from its name. */
export function addFieldGroup(table: IndicatorTable, name: string): TableEdit<{ groupId: string }> {
  const cleaned = cleanLabel(name);
  if (cleaned === '') return { ok: false, message: 'Tên lĩnh vực không được để trống.' };
  const existing = table.groups.find((group) => sameLabel(group.name, cleaned));
  if (existing) return { ok: false, message: `Đã có lĩnh vực “${existing.name}”: hãy đặt tên khác.` };
  const groupId = identifierFromName(
    cleaned,
    table.groups.map((group) => group.id),
    'linh-vuc',
  );
  return { ok: true, table: { ...table, groups: [...table.groups, { id: groupId, name: cleaned }] }, groupId };
}
