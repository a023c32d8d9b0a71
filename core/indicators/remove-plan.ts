import { editIndicatorRow } from './edit-indicator-row';
import { findPlanOfRow } from './find-plan-of-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Takes a plan off an indicator. Figures in the text that compare with it stay; the check `CHI-TIEU-DA-XOA`
 * reports them. Next year's targets of an annual report are a separate list and are kept.
 */
export function removePlan(table: IndicatorTable, indicatorId: string, planId: string): TableEdit {
  return editIndicatorRow(table, indicatorId, (row) => {
    const found = findPlanOfRow(row, planId);
    if ('refused' in found) return found;
    return { ...row, plans: row.plans.filter((plan) => plan.id !== planId) };
  });
}
