import type { IndicatorRow, Plan } from './indicator-row';

/** A plan of the row by id, or the Vietnamese message saying the row has no such plan. */
export function findPlanOfRow(row: IndicatorRow, planId: string): { plan: Plan; position: number } | { refused: string } {
  const position = row.plans.findIndex((plan) => plan.id === planId);
  if (position < 0) return { refused: `Chỉ tiêu “${row.name}” không có kế hoạch “${planId}”.` };
  return { plan: row.plans[position]!, position };
}
