import type { Report } from '../report/report-schema';
import { carriedBreakdown } from './carried-breakdown';
import { cumulativeBaseFor, previousValueFor, samePeriodFiguresFor, type ReportHistory } from './carried-figures';

/**
 * A report started from a template, with what the organisation's earlier reports (or its opening figures) already
 * know: the cumulative before the period, the same period of last year, last period's value, for the indicator and
 * each of its units. Figures already there
 * are kept; the same report when the history has nothing of this organisation.
 */
export function withFiguresFromHistory(report: Report, history: ReportHistory): Report {
  const own = history.filter((candidate) => candidate.organisation.id === report.organisation.id && candidate.id !== report.id);
  if (own.length === 0) return report;
  const units = report.organisation.units ?? [];
  const indicators = report.indicators.map((row) => {
    const samePeriod = samePeriodFiguresFor(row.id, report.period, own);
    const found = carriedBreakdown(row, units, report.period, own);
    const breakdown = row.breakdown?.map((entry) => {
      const carried = found?.find((candidate) => candidate.unit === entry.unit);
      if (!carried) return entry;
      return {
        ...entry,
        cumulativeBase: entry.cumulativeBase ?? carried.cumulativeBase,
        samePeriod: {
          value: entry.samePeriod.value ?? carried.samePeriod.value,
          cumulative: entry.samePeriod.cumulative ?? carried.samePeriod.cumulative,
        },
        previous: { value: entry.previous.value ?? carried.previous.value },
      };
    });
    return {
      ...row,
      ...(breakdown ? { breakdown } : {}),
      cumulativeBase: row.nature === 'flow' ? (row.cumulativeBase ?? cumulativeBaseFor(row.id, report.period, own)) : null,
      samePeriod: { value: row.samePeriod.value ?? samePeriod.value, cumulative: row.samePeriod.cumulative ?? samePeriod.cumulative },
      previous: { value: row.previous.value ?? previousValueFor(row.id, report.period, own) },
    };
  });
  return { ...report, indicators };
}
