import { addExactly } from '../numbers/add-exactly';
import { cumulativeOf, samePeriodFigureOf, type FigureBasis } from '../indicators/derived-figures';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import { rowOfUnit } from './unit-figures';

/** The figures of a breakdown that add up to the indicator's: this period, the cumulative, the same period. */
export const totalledFigures = ['value', 'cumulative', 'same-period-value', 'same-period-cumulative'] as const;
export type TotalledFigure = (typeof totalledFigures)[number];

export const totalledFigureNames: Record<TotalledFigure, string> = {
  value: 'số liệu kỳ này',
  cumulative: 'số lũy kế',
  'same-period-value': 'số cùng kỳ',
  'same-period-cumulative': 'số lũy kế cùng kỳ',
};

/** Whether the units' figures of an indicator of this nature add up to its own: a rate's do not. */
export function addsUp(row: Pick<IndicatorRow, 'nature'>): boolean {
  return row.nature !== 'ratio';
}

/** One figure of a row (the total, or a unit's line seen as a row). */
export function totalledFigureOf(row: IndicatorRow, period: Period, figure: TotalledFigure): number | null {
  switch (figure) {
    case 'value':
      return row.value;
    case 'cumulative':
      return cumulativeOf(row, period);
    case 'same-period-value':
      return samePeriodFigureOf(row, period, 'period' satisfies FigureBasis);
    case 'same-period-cumulative':
      return row.samePeriod.cumulative;
  }
}

/**
 * The sum of the units' figures, exact to the digits written; null when a unit's figure is missing (the sum of
 * what is entered is not a total) or the indicator has no breakdown.
 */
export function breakdownSum(row: IndicatorRow, period: Period, figure: TotalledFigure): number | null {
  const entries = row.breakdown ?? [];
  if (entries.length === 0 || !addsUp(row)) return null;
  let sum = 0;
  for (const entry of entries) {
    const value = totalledFigureOf(rowOfUnit(row, entry.unit), period, figure);
    if (value === null) return null;
    sum = addExactly(sum, value);
  }
  return sum;
}

/** Whether two figures of an indicator agree at the digits it is written with. */
export function agreesAtDigits(first: number, second: number, decimals: number): boolean {
  return Math.abs(first - second) < 0.5 * 10 ** -decimals;
}
