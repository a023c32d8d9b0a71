import type { BodyDocument } from '../body/body-schema';
import { figuresIn } from '../body/walk-body';
import type { IndicatorRow } from '../indicators/indicator-row';
import { planComparisonFields } from './figure-reference';

/**
 * How many figures of the body refer to an indicator, or to one of its plans: those naming the plan, and, for the
 * indicator's first plan, those comparing with a plan without naming one.
 */
export function countFigureReferences(body: BodyDocument, rows: readonly IndicatorRow[], indicatorId: string, planId?: string): number {
  const firstPlan = rows.find((row) => row.id === indicatorId)?.plans[0]?.id;
  return figuresIn(body).filter(({ node: { attrs } }) => {
    if (attrs.indicator !== indicatorId) return false;
    if (planId === undefined) return true;
    return attrs.plan ? attrs.plan === planId : planId === firstPlan && planComparisonFields.has(attrs.field);
  }).length;
}
