import type { FieldGroup, IndicatorRow } from '../../core/indicators/indicator-row';

export interface GridSection {
  /** The field group's id; empty for rows whose group is not among the groups. */
  id: string;
  name: string;
  rows: IndicatorRow[];
}

/**
 * The rows under their field groups, groups in the order given and rows in theirs. Groups without rows are left
 * out, as in the appendix; rows of an unknown group are shown last rather than hidden.
 */
export function gridSections(rows: readonly IndicatorRow[], groups: readonly FieldGroup[]): GridSection[] {
  const known = new Set(groups.map((group) => group.id));
  const sections = groups.map((group) => ({ id: group.id, name: group.name, rows: rows.filter((row) => row.group === group.id) }));
  const others = rows.filter((row) => !known.has(row.group));
  if (others.length > 0) sections.push({ id: '', name: 'Chưa xếp lĩnh vực', rows: others });
  return sections.filter((section) => section.rows.length > 0);
}
