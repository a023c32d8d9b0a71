import { addExactly } from '../numbers/add-exactly';
import type { BreakdownRow, IndicatorRow } from '../indicators/indicator-row';
import type { ReportingUnit } from '../organisation/reporting-unit';
import type { Period } from '../periods/period';
import type { Report } from '../report/report-schema';
import { cumulativeBaseFor, previousValueFor, samePeriodFiguresFor, type ReportHistory, type RowLookup } from './carried-figures';
import { rowOfUnit } from '../breakdowns/unit-figures';

/**
 * The breakdown of an indicator in the report of `period`: a line for each unit the organisation lists now (a unit
 * added since last period gets an empty line, a unit removed loses its), with its cumulative base, same-period and
 * last period's figures looked up like the indicator's. A unit formed by a merger takes the sum of the units it was
 * formed from wherever an earlier report has them and not it.
 */
export function carriedBreakdown(
  row: IndicatorRow,
  units: readonly ReportingUnit[],
  period: Period,
  history: ReportHistory,
): BreakdownRow[] | undefined {
  if (!row.breakdown?.length) return undefined;
  const formedFrom = new Map(units.map((unit) => [unit.id, (unit.formedFrom ?? []).map((former) => former.id)]));
  const listed = new Set(row.breakdown.map((entry) => entry.unit));
  const carried = units.filter((unit) => listed.has(unit.id) || (unit.formedFrom ?? []).some((former) => listed.has(former.id)));
  return carried.map((unit) => {
    const lookup = unitLookup(row.id, unit.id, formedFrom);
    return {
      unit: unit.id,
      value: null,
      cumulativeBase: row.nature === 'flow' ? cumulativeBaseFor(row.id, period, history, lookup) : null,
      samePeriod: samePeriodFiguresFor(row.id, period, history, lookup),
      previous: { value: previousValueFor(row.id, period, history, lookup) },
    };
  });
}

/** A unit's line of an indicator in an earlier report, summed from the units it was formed from if it is not there. */
export function unitLookup(indicatorId: string, unitId: string, formedFrom: ReadonlyMap<string, readonly string[]>): RowLookup {
  return (report: Report) => {
    const row = report.indicators.find((candidate) => candidate.id === indicatorId);
    if (!row?.breakdown) return undefined;
    return unitRowIn(row, unitId, formedFrom, report.period, new Set());
  };
}

function unitRowIn(
  row: IndicatorRow,
  unitId: string,
  formedFrom: ReadonlyMap<string, readonly string[]>,
  period: Period,
  seen: Set<string>,
): IndicatorRow | undefined {
  if (row.breakdown!.some((entry) => entry.unit === unitId)) return rowOfUnit(row, unitId);
  const formers = formedFrom.get(unitId) ?? [];
  if (formers.length === 0 || seen.has(unitId)) return undefined;
  seen.add(unitId);
  const parts = formers.map((former) => unitRowIn(row, former, formedFrom, period, seen));
  if (parts.some((part) => part === undefined)) return undefined;
  const sum = (pick: (part: IndicatorRow) => number | null) => {
    let total = 0;
    for (const part of parts) {
      const value = pick(part!);
      if (value === null) return null;
      total = addExactly(total, value);
    }
    return total;
  };
  return {
    ...parts[0]!,
    value: sum((part) => part.value),
    cumulativeBase: sum((part) => part.cumulativeBase),
    cumulativeOverride: null,
    samePeriod: { value: sum((part) => part.samePeriod.value), cumulative: sum((part) => part.samePeriod.cumulative) },
    previous: { value: sum((part) => part.previous.value) },
  };
}
