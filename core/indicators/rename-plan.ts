import { cleanLabel, sameLabel } from './clean-label';
import { editIndicatorRow } from './edit-indicator-row';
import { findPlanOfRow } from './find-plan-of-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** Gives a plan a new label; its id never changes, so the figures that compare with it keep doing so. */
export function renamePlan(table: IndicatorTable, indicatorId: string, planId: string, label: string): TableEdit {
  const cleaned = cleanLabel(label);
  return editIndicatorRow(table, indicatorId, (row) => {
    const found = findPlanOfRow(row, planId);
    if ('refused' in found) return found;
    if (cleaned === '') return { refused: `Tên kế hoạch không được để trống (chỉ tiêu “${row.name}”).` };
    if (cleaned === found.plan.label) return row;
    if (row.plans.some((plan) => plan.id !== planId && sameLabel(plan.label, cleaned))) {
      return { refused: `Chỉ tiêu “${row.name}” đã có kế hoạch “${cleaned}”.` };
    }
    return { ...row, plans: row.plans.map((plan) => (plan.id === planId ? { ...plan, label: cleaned } : plan)) };
  });
}
