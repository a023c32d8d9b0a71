import { editIndicatorRow } from './edit-indicator-row';
import { targetDirections, type TargetDirection } from './indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** How the two directions of a plan are named to the officer. */
export const targetDirectionLabels: Record<TargetDirection, string> = {
  higher: 'mức phải đạt (càng cao càng tốt)',
  lower: 'mức tối đa không được vượt (càng thấp càng tốt)',
};

/**
 * Makes an indicator's plans floors to reach (`thu ngân sách đạt 929 tỷ đồng`) or ceilings not to pass (`tỷ lệ hộ
 * nghèo dưới 3%`, `tai nạn giao thông giảm`): a ceiling is met at or below it, and no percentage of it is written.
 */
export function setIndicatorDirection(table: IndicatorTable, indicatorId: string, direction: TargetDirection): TableEdit {
  if (!targetDirections.includes(direction)) {
    return { ok: false, message: `Chiều kế hoạch “${String(direction)}” không hợp lệ: chọn mức phải đạt hoặc mức tối đa.` };
  }
  return editIndicatorRow(table, indicatorId, (row) => (row.direction === direction ? row : { ...row, direction }));
}
