import { periodMonths, type Period, type PeriodKind } from './period';

/** The period of `kind` that a month falls in; for nine months, the next one once September is past. */
export function periodContaining(kind: PeriodKind, year: number, month: number): Period {
  switch (kind) {
    case 'month':
      return { kind, year, index: month };
    case 'quarter':
      return { kind, year, index: Math.ceil(month / 3) };
    case 'half':
      return { kind, year, index: month <= 6 ? 1 : 2 };
    case 'nine-months':
      return { kind, year: month <= 9 ? year : year + 1, index: 1 };
    case 'year':
      return { kind, year, index: 1 };
  }
}

/**
 * The period of `kind` a new report most likely covers after a report of `latest`: the one that ends with it
 * (from September to the third quarter), or else the one after it (from October to November).
 */
export function suggestedPeriodAfter(latest: Period, kind: PeriodKind): Period {
  const last = periodMonths(latest).last;
  const containing = periodContaining(kind, latest.year, last);
  if (periodMonths(containing).last === last && containing.year === latest.year && containing.kind !== latest.kind) return containing;
  const nextMonth = last === 12 ? { year: latest.year + 1, month: 1 } : { year: latest.year, month: last + 1 };
  return periodContaining(kind, nextMonth.year, nextMonth.month);
}

/**
 * The period of `kind` whose data window holds `today`: data of a month run from the day after the cut-off in the
 * month before, so on 2 December with a cut-off on the 14th the report in progress is December's.
 */
export function periodInProgress(
  kind: PeriodKind,
  today: { getFullYear(): number; getMonth(): number; getDate(): number },
  cutOffDay: number,
): Period {
  let year = today.getFullYear();
  let month = today.getMonth() + 1;
  if (today.getDate() > cutOffDay) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return periodContaining(kind, year, month);
}
