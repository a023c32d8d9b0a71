import type { IndicatorTable, TableEdit } from './indicator-table';

/** One place up (-1) or down (1) within the field group, or to a position in it (0 for the first). */
export type IndicatorMove = { by: -1 | 1 } | { position: number };

/**
 * Moves an indicator within its field group, the way the grid and the appendix show it. Rows of other groups keep
 * their places; moving past the first or last row of the group is refused (changing the group is `regroupIndicator`).
 */
export function moveIndicator(table: IndicatorTable, indicatorId: string, move: IndicatorMove): TableEdit {
  const row = table.rows.find((candidate) => candidate.id === indicatorId);
  if (!row) return { ok: false, message: `Không có chỉ tiêu “${indicatorId}” trong bảng chỉ tiêu.` };
  const groupName = table.groups.find((group) => group.id === row.group)?.name ?? row.group;
  const slots = table.rows.flatMap((candidate, index) => (candidate.group === row.group ? [index] : []));
  const siblings = slots.map((index) => table.rows[index]!);
  const from = siblings.indexOf(row);
  const to = 'by' in move ? from + move.by : move.position;
  if ('by' in move && to < 0) return { ok: false, message: `Chỉ tiêu “${row.name}” đã ở đầu lĩnh vực “${groupName}”.` };
  if ('by' in move && to >= siblings.length) return { ok: false, message: `Chỉ tiêu “${row.name}” đã ở cuối lĩnh vực “${groupName}”.` };
  if (!Number.isInteger(to) || to < 0 || to >= siblings.length) {
    return {
      ok: false,
      message: `Không chuyển được chỉ tiêu “${row.name}” tới vị trí thứ ${String(to + 1).replace('.', ',')}: lĩnh vực “${groupName}” có ${siblings.length} chỉ tiêu.`,
    };
  }
  if (to === from) return { ok: true, table };
  const reordered = siblings.filter((candidate) => candidate !== row);
  reordered.splice(to, 0, row);
  const rows = [...table.rows];
  slots.forEach((slot, order) => (rows[slot] = reordered[order]!));
  return { ok: true, table: { ...table, rows } };
}
