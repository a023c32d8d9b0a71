import type { BreakdownRow, IndicatorRow } from '../indicators/indicator-row';
import type { ReportingUnit } from '../organisation/reporting-unit';
import type { Period } from '../periods/period';
import type { Report } from '../report/report-schema';
import { carriedBreakdown } from './carried-breakdown';
import { cumulativeBaseFor, previousValueFor, samePeriodFiguresFor, type ReportHistory } from './carried-figures';

/** What earlier reports say of an indicator for `period`: roll-over's and a new report's one look-up. */
export interface LookedUpFigures {
  cumulativeBase: number | null;
  samePeriod: { value: number | null; cumulative: number | null };
  previous: { value: number | null };
  /** A line per unit, for an indicator broken down by unit. */
  breakdown: BreakdownRow[] | undefined;
}

export function lookedUpFigures(
  row: IndicatorRow,
  period: Period,
  history: ReportHistory,
  units: readonly ReportingUnit[],
): LookedUpFigures {
  return {
    cumulativeBase: row.nature === 'flow' ? cumulativeBaseFor(row.id, period, history) : null,
    samePeriod: samePeriodFiguresFor(row.id, period, history),
    previous: { value: previousValueFor(row.id, period, history) },
    breakdown: carriedBreakdown(row, units, period, history),
  };
}

/**
 * A report started from a template, with what the organisation's earlier reports (or its opening figures) already
 * know: the cumulative before the period, the same period of last year, last period's value, for the indicator and
 * each of its units. Figures already there are kept; the same report when the history has nothing of this
 * organisation.
 */
export function withFiguresFromHistory(report: Report, history: ReportHistory): Report {
  const own = history.filter((candidate) => candidate.organisation.id === report.organisation.id && candidate.id !== report.id);
  if (own.length === 0) return report;
  const units = report.organisation.units ?? [];
  const indicators = report.indicators.map((row) => {
    const found = lookedUpFigures(row, report.period, own, units);
    const breakdown = row.breakdown?.map((entry) => {
      const carried = found.breakdown?.find((candidate) => candidate.unit === entry.unit);
      return carried ? keptOrFound(entry, carried) : entry;
    });
    return { ...keptOrFound(row, found), ...(breakdown ? { breakdown } : {}) };
  });
  return { ...report, indicators };
}

/** The figures of a row or a unit's line, each kept where it was there and taken from `found` where it was not. */
function keptOrFound<Row extends Pick<IndicatorRow, 'cumulativeBase' | 'samePeriod' | 'previous'>>(
  row: Row,
  found: Pick<LookedUpFigures, 'cumulativeBase' | 'samePeriod' | 'previous'>,
): Row {
  return {
    ...row,
    cumulativeBase: row.cumulativeBase ?? found.cumulativeBase,
    samePeriod: {
      value: row.samePeriod.value ?? found.samePeriod.value,
      cumulative: row.samePeriod.cumulative ?? found.samePeriod.cumulative,
    },
    previous: { value: row.previous.value ?? found.previous.value },
  };
}
