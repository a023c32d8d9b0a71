import type { BreakdownRow, IndicatorRow } from '../indicators/indicator-row';

/** A unit's line of an indicator with nothing entered. */
export function emptyBreakdownRow(unit: string): BreakdownRow {
  return { unit, value: null, cumulativeBase: null, samePeriod: { value: null, cumulative: null }, previous: { value: null } };
}

/**
 * The indicator as one unit sees it: the unit's figures in place of the total, so that every figure of a row
 * (cumulative, growth, change from last period) is computed for the unit the same way. A unit has no plans of its
 * own; a derived indicator keeps its derivation and is computed from the unit's figures of its inputs.
 */
export function rowOfUnit(row: IndicatorRow, unit: string): IndicatorRow {
  const entry = row.breakdown?.find((candidate) => candidate.unit === unit) ?? emptyBreakdownRow(unit);
  const { nextYearPlans: _targets, breakdown: _breakdown, ...definition } = row;
  return {
    ...definition,
    plans: row.plans.map((plan) => ({ ...plan, value: null })),
    value: entry.value,
    cumulativeBase: entry.cumulativeBase,
    cumulativeOverride: null,
    samePeriod: { ...entry.samePeriod },
    previous: { ...entry.previous },
  };
}

/** Every row of the table as `unit` sees it. */
export function rowsOfUnit(rows: readonly IndicatorRow[], unit: string): IndicatorRow[] {
  return rows.map((row) => rowOfUnit(row, unit));
}
