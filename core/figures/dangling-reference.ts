import type { IndicatorRow } from '../indicators/indicator-row';
import { planComparisonFields, type FigureReference } from './figure-reference';

/**
 * What a figure reference points to that is no longer in the table: its indicator, or its plan (`planId` null
 * when the reference takes the first plan and the indicator has none left).
 */
export type DanglingReference = { kind: 'indicator'; indicatorId: string } | { kind: 'plan'; row: IndicatorRow; planId: string | null };

/** Null while the reference's indicator and plan are in the table. */
export function danglingReferenceOf(rows: readonly IndicatorRow[], reference: FigureReference): DanglingReference | null {
  const row = rows.find((candidate) => candidate.id === reference.indicator);
  if (!row) return { kind: 'indicator', indicatorId: reference.indicator };
  if (reference.plan) {
    const known = [...row.plans, ...(row.nextYearPlans ?? [])].some((plan) => plan.id === reference.plan);
    return known ? null : { kind: 'plan', row, planId: reference.plan };
  }
  return planComparisonFields.has(reference.field) && row.plans.length === 0 ? { kind: 'plan', row, planId: null } : null;
}
