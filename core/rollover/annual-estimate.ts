import { addExactly } from '../numbers/add-exactly';
import { formatAmount, roundTo } from '../numbers/format-number';
import { cumulativeOf } from '../indicators/derived-figures';
import type { IndicatorRow } from '../indicators/indicator-row';
import { periodMonths } from '../periods/period';
import type { Report } from '../report/report-schema';
import { cumulativeThrough, type ReportHistory, type RowLookup } from './carried-figures';

/** The year's figure an annual report starts with, and how it was reached, for the officer to confirm. */
export interface AnnualEstimate {
  value: number;
  status: IndicatorRow['status'];
  /** `Ước năm = lũy kế 11 tháng (10.020,7) + ước tháng 12 (bằng tháng 12 năm 2025: 1.000,0)`; null when taken as it is. */
  note: string | null;
}

/**
 * "Ước thực hiện năm" of an indicator in the annual report started from a report of the same year. A flow: the
 * cumulative of the months known, plus an estimate of the months left — last year's figure for those months from
 * the workspace (December's report, or last year's total less last year's cumulative of the months known), or else
 * the average month so far — marked ước. A level (a stock, a rate): the latest value. Null when nothing is known.
 */
export function annualEstimate(row: IndicatorRow, previous: Report, history: ReportHistory, lookup: RowLookup): AnnualEstimate | null {
  const monthsKnown = periodMonths(previous.period).last;
  if (row.nature !== 'flow') {
    if (row.value === null) return null;
    return { value: row.value, status: monthsKnown === 12 ? row.status : 'estimate', note: null };
  }
  const known = cumulativeOf(row, previous.period);
  if (known === null) return null;
  if (monthsKnown === 12) return { value: known, status: row.status, note: null };
  const lastYear = previous.period.year - 1;
  const remaining = 12 - monthsKnown;
  const span = remaining === 1 ? `tháng 12` : `${remaining} tháng cuối năm`;
  const lastYearRest = restOfLastYear(monthsKnown, lastYear, history, lookup);
  const decimals = row.decimals;
  const written = (value: number) => formatAmount(value, decimals);
  const base = `Ước năm = lũy kế ${monthsKnown} tháng (${written(known)})`;
  if (lastYearRest !== null) {
    return {
      value: addExactly(known, lastYearRest),
      status: 'estimate',
      note: `${base} + ước ${span} bằng cùng kỳ năm ${lastYear} (${written(lastYearRest)}).`,
    };
  }
  const average = roundTo((known / monthsKnown) * remaining, decimals);
  return {
    value: addExactly(known, average),
    status: 'estimate',
    note: `${base} + ước ${span} theo bình quân ${monthsKnown} tháng (${written(average)}).`,
  };
}

/** Last year's figure for the months after `monthsKnown`: December's value, or the year's total less the cumulative. */
function restOfLastYear(monthsKnown: number, year: number, history: ReportHistory, lookup: RowLookup): number | null {
  const ofYear = history.filter((report) => report.period.year === year);
  if (monthsKnown === 11) {
    for (const report of ofYear.filter((candidate) => candidate.period.kind === 'month' && candidate.period.index === 12)) {
      const value = lookup(report)?.value ?? null;
      if (value !== null) return value;
    }
  }
  const total = cumulativeThrough(history, year, 12, lookup);
  const through = cumulativeThrough(history, year, monthsKnown, lookup);
  return total === null || through === null ? null : addExactly(total, -through);
}
