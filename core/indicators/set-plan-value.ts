import { editIndicatorRow } from './edit-indicator-row';
import { figureProblem } from './figure-problem';
import { findPlanOfRow } from './find-plan-of-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** Sets the value of a plan, or clears it with null. */
export function setPlanValue(table: IndicatorTable, indicatorId: string, planId: string, value: number | null): TableEdit {
  return editIndicatorRow(table, indicatorId, (row) => {
    const found = findPlanOfRow(row, planId);
    if ('refused' in found) return found;
    const problem = figureProblem(value, `Giá trị “${found.plan.label}” của chỉ tiêu “${row.name}”`);
    if (problem) return { refused: problem };
    if (found.plan.value === value) return row;
    return { ...row, plans: row.plans.map((plan) => (plan.id === planId ? { ...plan, value } : plan)) };
  });
}
