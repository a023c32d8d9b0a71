import type { IndicatorRow } from './indicator-row';

/** The rows with `row` placed after the last row of its field group, or at the end when the group has none. */
export function insertInGroup(rows: readonly IndicatorRow[], row: IndicatorRow): IndicatorRow[] {
  const lastOfGroup = rows.findLastIndex((candidate) => candidate.group === row.group);
  const at = lastOfGroup < 0 ? rows.length : lastOfGroup + 1;
  return [...rows.slice(0, at), row, ...rows.slice(at)];
}
