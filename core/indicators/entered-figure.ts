import { findPlan } from './derived-figures';
import type { IndicatorRow } from './indicator-row';
import type { FigureReference } from '../figures/figure-reference';

/**
 * A figure a person enters in the indicator table, as opposed to one the table computes: this period's value, a
 * cumulative entered by hand, a plan, a next-year target, a same-period figure.
 */
export type EnteredFigure =
  | { kind: 'value'; unit?: string }
  | { kind: 'cumulative' }
  | { kind: 'plan'; planId: string }
  | { kind: 'next-year-plan'; planId: string }
  | { kind: 'same-period'; basis: 'period' | 'cumulative'; unit?: string };

/** The entered figure a reference in the text shows, or null when it shows a computed one (a percentage, a growth). */
export function enteredFigureOf(reference: FigureReference, row: IndicatorRow): EnteredFigure | null {
  if (reference.unit) {
    // A unit's line: its value and same-period figures are entered; its cumulative is computed.
    if (!row.breakdown?.some((entry) => entry.unit === reference.unit)) return null;
    if ((reference.field === 'value' || reference.field === 'value-phrase') && reference.basis !== 'cumulative') {
      return { kind: 'value', unit: reference.unit };
    }
    if (reference.field === 'same-period') return { kind: 'same-period', basis: reference.basis ?? 'period', unit: reference.unit };
    return null;
  }
  switch (reference.field) {
    case 'value':
    case 'value-phrase':
      return reference.basis === 'cumulative' ? { kind: 'cumulative' } : { kind: 'value' };
    case 'cumulative':
    case 'cumulative-phrase':
      return { kind: 'cumulative' };
    case 'plan': {
      const plan = findPlan(row, reference.plan);
      return plan ? { kind: 'plan', planId: plan.id } : null;
    }
    case 'next-year-plan': {
      const target = reference.plan ? row.nextYearPlans?.find((plan) => plan.id === reference.plan) : row.nextYearPlans?.[0];
      return target ? { kind: 'next-year-plan', planId: target.id } : null;
    }
    case 'same-period':
      return { kind: 'same-period', basis: reference.basis ?? 'period' };
    default:
      return null;
  }
}

/** The row with `figure` set to `value`; a cumulative is set as the hand-entered override. */
export function withEnteredFigure(row: IndicatorRow, figure: EnteredFigure, value: number | null): IndicatorRow {
  if ((figure.kind === 'value' || figure.kind === 'same-period') && figure.unit) {
    const unit = figure.unit;
    const breakdown = (row.breakdown ?? []).map((entry) => {
      if (entry.unit !== unit) return entry;
      if (figure.kind === 'value') return { ...entry, value };
      return {
        ...entry,
        samePeriod: figure.basis === 'period' ? { ...entry.samePeriod, value } : { ...entry.samePeriod, cumulative: value },
      };
    });
    return { ...row, breakdown };
  }
  switch (figure.kind) {
    case 'value':
      return { ...row, value };
    case 'cumulative':
      return { ...row, cumulativeOverride: value };
    case 'plan':
      return { ...row, plans: row.plans.map((plan) => (plan.id === figure.planId ? { ...plan, value } : plan)) };
    case 'next-year-plan':
      return { ...row, nextYearPlans: (row.nextYearPlans ?? []).map((plan) => (plan.id === figure.planId ? { ...plan, value } : plan)) };
    case 'same-period':
      return { ...row, samePeriod: figure.basis === 'period' ? { ...row.samePeriod, value } : { ...row.samePeriod, cumulative: value } };
  }
}

/** `số liệu kỳ này`, `lũy kế`, `kế hoạch năm`…: how the change list names the figure. */
export function enteredFigureName(figure: EnteredFigure, row: IndicatorRow): string {
  switch (figure.kind) {
    case 'value':
      return figure.unit ? `số liệu kỳ này của đơn vị “${figure.unit}”` : 'số liệu kỳ này';
    case 'cumulative':
      return 'số lũy kế';
    case 'plan':
      return row.plans.find((plan) => plan.id === figure.planId)?.label ?? 'kế hoạch';
    case 'next-year-plan':
      return `chỉ tiêu năm sau (${row.nextYearPlans?.find((plan) => plan.id === figure.planId)?.label ?? 'kế hoạch'})`;
    case 'same-period':
      return `${figure.basis === 'period' ? 'số cùng kỳ' : 'số lũy kế cùng kỳ'}${figure.unit ? ` của đơn vị “${figure.unit}”` : ''}`;
  }
}
