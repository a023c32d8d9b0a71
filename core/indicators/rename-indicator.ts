import { cleanLabel } from './clean-label';
import { editIndicatorRow } from './edit-indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Gives an indicator a new name. Its id never changes, so figure references in the text, the roll-over and the
 * same-period look-ups in last year's reports still find it.
 */
export function renameIndicator(table: IndicatorTable, indicatorId: string, name: string): TableEdit {
  const cleaned = cleanLabel(name);
  return editIndicatorRow(table, indicatorId, (row) => {
    if (cleaned === '') return { refused: `Tên chỉ tiêu không được để trống (chỉ tiêu “${row.name}”).` };
    return cleaned === row.name ? row : { ...row, name: cleaned };
  });
}
