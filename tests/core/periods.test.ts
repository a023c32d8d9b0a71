import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  comparePeriods,
  cumulativeMonths,
  followingPeriodOf,
  makePeriod,
  nextPeriod,
  periodKinds,
  periodSchema,
  reportYears,
  periodMonths,
  previousPeriod,
  samePeriod,
  samePeriodLastYear,
  type Period,
  type PeriodKind,
} from '../../core/periods/period';
import {
  cumulativeSpanLabel,
  followingPeriodLabel,
  followingPeriodName,
  periodLabel,
  periodNameWithoutYear,
  subjectPeriods,
} from '../../core/periods/period-label';
import { parsePeriodKey, periodKey } from '../../core/periods/period-key';
import { dataWindow } from '../../core/periods/data-window';
import { addDays, daysInMonth, toIsoDate, type CalendarDate } from '../../core/dates/calendar-date';

const month = (year: number, index: number): Period => makePeriod('month', year, index);
const quarter = (year: number, index: number): Period => makePeriod('quarter', year, index);
const half = (year: number, index: number): Period => makePeriod('half', year, index);
const nineMonths = (year: number): Period => makePeriod('nine-months', year);
const wholeYear = (year: number): Period => makePeriod('year', year);

const maximumIndex: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 };

/** Any valid period; the years stay one away from the schema's limits (1945–2200) so next and previous stay valid. */
const periodArbitrary = (kinds: readonly PeriodKind[] = periodKinds): fc.Arbitrary<Period> =>
  fc
    .constantFrom(...kinds)
    .chain((kind) =>
      fc
        .record({ year: fc.integer({ min: 1946, max: 2199 }), index: fc.integer({ min: 1, max: maximumIndex[kind] }) })
        .map(({ year, index }) => makePeriod(kind, year, index)),
    );

function window(period: Period, cutOffDay: number): [string, string] {
  const { start, end } = dataWindow(period, cutOffDay);
  return [toIsoDate(start), toIsoDate(end)];
}

describe('periodLabel', () => {
  it.each([
    [month(2019, 10), 'tháng 10 năm 2019'],
    [month(2020, 1), 'tháng 1 năm 2020'],
    [quarter(2022, 3), 'quý III năm 2022'],
    [quarter(2022, 1), 'quý I năm 2022'],
    [quarter(2022, 4), 'quý IV năm 2022'],
    [half(2022, 1), '6 tháng đầu năm 2022'],
    [half(2022, 2), '6 tháng cuối năm 2022'],
    [nineMonths(2019), '9 tháng năm 2019'],
    [wholeYear(2020), 'năm 2020'],
  ])('%o → %j', (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });

  it.each([
    [month(2019, 10), 'tháng 10'],
    [quarter(2022, 2), 'quý II'],
    [half(2022, 1), '6 tháng đầu năm'],
    [nineMonths(2019), '9 tháng'],
  ])('names %o without the year as %j', (period, expected) => {
    expect(periodNameWithoutYear(period)).toBe(expected);
  });
});

describe('the following period', () => {
  it.each([
    [month(2019, 10), 'tháng 11', 'tháng 11 năm 2019'],
    [month(2019, 12), 'tháng 1', 'tháng 1 năm 2020'],
    [quarter(2022, 3), 'quý IV', 'quý IV năm 2022'],
    [quarter(2022, 4), 'quý I', 'quý I năm 2023'],
    [half(2022, 1), '6 tháng cuối năm', '6 tháng cuối năm 2022'],
    [half(2022, 2), '6 tháng đầu năm', '6 tháng đầu năm 2023'],
    [nineMonths(2019), '3 tháng cuối năm', '3 tháng cuối năm 2019'],
    [wholeYear(2020), 'năm 2021', 'năm 2021'],
  ])('after %o: %j / %j', (period, name, label) => {
    expect(followingPeriodName(period)).toBe(name);
    expect(followingPeriodLabel(period)).toBe(label);
  });
});

describe('subjectPeriods', () => {
  it.each([
    [month(2019, 10), 'tháng 10', 'tháng 11 năm 2019'],
    [month(2019, 12), 'tháng 12 năm 2019', 'tháng 1 năm 2020'],
    [quarter(2022, 3), 'quý III', 'quý IV năm 2022'],
    [quarter(2022, 4), 'quý IV năm 2022', 'quý I năm 2023'],
    [half(2022, 1), '6 tháng đầu năm', '6 tháng cuối năm 2022'],
    [half(2022, 2), '6 tháng cuối năm 2022', '6 tháng đầu năm 2023'],
    [nineMonths(2019), '9 tháng', '3 tháng cuối năm 2019'],
    [wholeYear(2020), 'năm 2020', 'năm 2021'],
  ])('%o → %j / %j', (period, current, following) => {
    expect(subjectPeriods(period)).toEqual({ current, following });
  });

  it('writes the year on the current period whenever the following one falls in another year', () => {
    fc.assert(
      fc.property(periodArbitrary(), (period) => {
        const { current, following } = subjectPeriods(period);
        expect(following).toMatch(/ (năm )?\d{4}$/);
        const crosses = nextPeriod(period).year !== period.year && period.kind !== 'nine-months';
        if (crosses) expect(current).toBe(periodLabel(period));
      }),
    );
  });
});

describe('cumulative span', () => {
  it.each([
    [month(2019, 10), '10 tháng'],
    [month(2019, 11), '11 tháng'],
    [month(2019, 1), '1 tháng'],
    [quarter(2022, 3), '9 tháng'],
    [quarter(2022, 1), '3 tháng'],
    [half(2022, 1), '6 tháng'],
    [half(2022, 2), '12 tháng'],
    [nineMonths(2019), '9 tháng'],
    [wholeYear(2020), '12 tháng'],
  ])('%o → %j', (period, expected) => {
    expect(cumulativeSpanLabel(period)).toBe(expected);
  });

  it('counts the months from January to the end of the period', () => {
    expect(cumulativeMonths(quarter(2022, 3))).toBe(9);
    expect(periodMonths(quarter(2022, 3))).toEqual({ first: 7, last: 9 });
    expect(periodMonths(half(2022, 2))).toEqual({ first: 7, last: 12 });
    expect(periodMonths(nineMonths(2019))).toEqual({ first: 1, last: 9 });
  });
});

describe('samePeriodLastYear, nextPeriod, previousPeriod', () => {
  it('moves a period back one year, keeping its kind and index', () => {
    expect(samePeriodLastYear(month(2019, 10))).toEqual(month(2018, 10));
    expect(samePeriodLastYear(quarter(2022, 3))).toEqual(quarter(2021, 3));
    expect(samePeriodLastYear(half(2022, 1))).toEqual(half(2021, 1));
    expect(samePeriodLastYear(nineMonths(2019))).toEqual(nineMonths(2018));
    expect(samePeriodLastYear(wholeYear(2020))).toEqual(wholeYear(2019));
  });

  it.each([
    [month(2019, 10), month(2019, 11)],
    [month(2019, 12), month(2020, 1)],
    [quarter(2022, 3), quarter(2022, 4)],
    [quarter(2022, 4), quarter(2023, 1)],
    [half(2022, 1), half(2022, 2)],
    [half(2022, 2), half(2023, 1)],
    [nineMonths(2019), nineMonths(2020)],
    [wholeYear(2020), wholeYear(2021)],
  ])('next of %o is %o, and back', (period, next) => {
    expect(nextPeriod(period)).toEqual(next);
    expect(previousPeriod(next)).toEqual(period);
  });

  it('previousPeriod undoes nextPeriod and the other way round', () => {
    fc.assert(
      fc.property(periodArbitrary(), (period) => {
        expect(previousPeriod(nextPeriod(period))).toEqual(period);
        expect(nextPeriod(previousPeriod(period))).toEqual(period);
        expect(samePeriod(previousPeriod(nextPeriod(period)), period)).toBe(true);
      }),
    );
  });

  it('orders a period before the next one', () => {
    fc.assert(
      fc.property(periodArbitrary(), (period) => {
        expect(comparePeriods(period, nextPeriod(period))).toBeLessThan(0);
        expect(comparePeriods(nextPeriod(period), period)).toBeGreaterThan(0);
        expect(comparePeriods(period, period)).toBe(0);
      }),
    );
  });

  it('orders periods ending together from the shorter to the longer', () => {
    expect(comparePeriods(month(2022, 9), quarter(2022, 3))).toBeLessThan(0);
    expect(comparePeriods(quarter(2022, 3), nineMonths(2022))).toBeLessThan(0);
    expect(comparePeriods(half(2022, 2), wholeYear(2022))).toBeLessThan(0);
    expect(comparePeriods(wholeYear(2022), month(2022, 12))).toBeGreaterThan(0);
  });
});

describe('periodKey and parsePeriodKey', () => {
  it.each([
    [month(2019, 11), '2019-11'],
    [month(2019, 1), '2019-01'],
    [quarter(2022, 3), '2022-Q3'],
    [half(2022, 1), '2022-H1'],
    [nineMonths(2019), '2019-9M'],
    [wholeYear(2020), '2020'],
  ])('%o ↔ %j', (period, key) => {
    expect(periodKey(period)).toBe(key);
    expect(parsePeriodKey(key)).toEqual(period);
  });

  it('accepts a one-digit month, lower case letters and surrounding spaces', () => {
    expect(parsePeriodKey('2019-1')).toEqual(month(2019, 1));
    expect(parsePeriodKey('2022-q3')).toEqual(quarter(2022, 3));
    expect(parsePeriodKey(' 2022-h2 ')).toEqual(half(2022, 2));
    expect(parsePeriodKey('2019-9m')).toEqual(nineMonths(2019));
  });

  it.each([['2019-13'], ['2019-00'], ['2019-Q5'], ['2019-Q0'], ['2022-H3'], ['abc'], [''], ['19-10'], ['1800'], ['2019-10-01']])(
    'rejects %j with a Vietnamese message',
    (key) => {
      expect(() => parsePeriodKey(key)).toThrow(RangeError);
      expect(() => parsePeriodKey(key)).toThrow(/không hợp lệ/);
    },
  );

  it('gives back every valid period', () => {
    fc.assert(
      fc.property(periodArbitrary(), (period) => {
        expect(parsePeriodKey(periodKey(period))).toEqual(period);
      }),
    );
  });

  it('rejects invalid periods when they are made', () => {
    expect(() => makePeriod('month', 2019, 13)).toThrow(RangeError);
    expect(() => makePeriod('quarter', 2019, 5)).toThrow(RangeError);
    expect(() => makePeriod('month', 2019, 0)).toThrow(RangeError);
    expect(() => makePeriod('month', 2019, 1.5)).toThrow(RangeError);
  });
});

describe('dataWindow', () => {
  describe('cut-off on the 14th (Nghị định 09/2019 practice)', () => {
    it.each([
      [month(2019, 10), '2019-09-15', '2019-10-14'],
      [month(2020, 1), '2019-12-15', '2020-01-14'],
      [month(2020, 3), '2020-02-15', '2020-03-14'],
      [quarter(2022, 3), '2022-06-15', '2022-09-14'],
      [quarter(2022, 1), '2021-12-15', '2022-03-14'],
      [half(2022, 1), '2021-12-15', '2022-06-14'],
      [half(2022, 2), '2022-06-15', '2022-12-14'],
      [nineMonths(2019), '2018-12-15', '2019-09-14'],
      [wholeYear(2020), '2019-12-15', '2020-12-14'],
    ])('%o runs from %s to %s', (period, start, end) => {
      expect(window(period, 14)).toEqual([start, end]);
    });
  });

  describe('cut-off on the 31st (calendar months)', () => {
    it.each([
      [month(2019, 10), '2019-10-01', '2019-10-31'],
      [month(2019, 9), '2019-09-01', '2019-09-30'],
      [month(2020, 1), '2020-01-01', '2020-01-31'],
      [month(2020, 2), '2020-02-01', '2020-02-29'],
      [month(2019, 2), '2019-02-01', '2019-02-28'],
      [month(2020, 3), '2020-03-01', '2020-03-31'],
      [quarter(2022, 3), '2022-07-01', '2022-09-30'],
      [half(2022, 1), '2022-01-01', '2022-06-30'],
      [nineMonths(2019), '2019-01-01', '2019-09-30'],
      [wholeYear(2020), '2020-01-01', '2020-12-31'],
    ])('%o runs from %s to %s', (period, start, end) => {
      expect(window(period, 31)).toEqual([start, end]);
    });
  });

  it('clips a late cut-off to the end of short months', () => {
    expect(window(month(2020, 3), 30)).toEqual(['2020-03-01', '2020-03-30']);
    expect(window(month(2019, 3), 30)).toEqual(['2019-03-01', '2019-03-30']);
    expect(window(month(2019, 2), 30)).toEqual(['2019-01-31', '2019-02-28']);
    expect(window(month(2020, 2), 29)).toEqual(['2020-01-30', '2020-02-29']);
  });

  it.each([[0], [32], [14.5], [-1], [Number.NaN]])('rejects a cut-off day of %d', (cutOffDay) => {
    expect(() => dataWindow(month(2019, 10), cutOffDay)).toThrow(RangeError);
  });

  const cutOffArbitrary = fc.integer({ min: 1, max: 31 });
  const dayAfter = (date: CalendarDate): string => toIsoDate(addDays(date, 1));

  it('tiles consecutive months without a gap or an overlap, for any cut-off day', () => {
    fc.assert(
      fc.property(periodArbitrary(['month']), cutOffArbitrary, (period, cutOffDay) => {
        const current = dataWindow(period, cutOffDay);
        const following = dataWindow(nextPeriod(period), cutOffDay);
        expect(dayAfter(current.end)).toBe(toIsoDate(following.start));
      }),
      { numRuns: 2000 },
    );
  });

  it('tiles consecutive quarters, halves and years as well', () => {
    fc.assert(
      fc.property(periodArbitrary(['quarter', 'half', 'year']), cutOffArbitrary, (period, cutOffDay) => {
        const current = dataWindow(period, cutOffDay);
        const following = dataWindow(nextPeriod(period), cutOffDay);
        expect(dayAfter(current.end)).toBe(toIsoDate(following.start));
      }),
    );
  });

  it('gives every period a window that starts before it ends and ends on the cut-off in its last month', () => {
    fc.assert(
      fc.property(periodArbitrary(), cutOffArbitrary, (period, cutOffDay) => {
        const { start, end } = dataWindow(period, cutOffDay);
        expect(toIsoDate(start) <= toIsoDate(end)).toBe(true);
        expect(end.month).toBe(periodMonths(period).last);
        expect(end.year).toBe(period.year);
        expect(end.day).toBe(Math.min(cutOffDay, daysInMonth(end.year, end.month)));
      }),
    );
  });
});

describe('period arithmetic over every period a report can be of', () => {
  const anyPeriod = fc.constantFrom(...periodKinds).chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      year: fc.integer({ min: reportYears.first, max: reportYears.last }),
      index: fc.integer({ min: 1, max: { month: 12, quarter: 4, half: 2, 'nine-months': 1, year: 1 }[kind] }),
    }),
  );

  it('steps forward and back to the same period, always inside the range the report schema accepts', () => {
    fc.assert(
      fc.property(anyPeriod, (period) => {
        expect(periodSchema.safeParse(period).success).toBe(true);
        const last = period.year === reportYears.last && followingPeriodOf(period).year > reportYears.last;
        if (last) {
          expect(() => nextPeriod(period)).toThrow(`Không có kỳ báo cáo sau năm ${reportYears.last}.`);
          return;
        }
        const next = nextPeriod(period);
        expect(periodSchema.safeParse(next).success).toBe(true);
        expect(previousPeriod(next)).toEqual(period);
        expect(comparePeriods(next, period)).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the tasks of the last period that can be reported, though no report can be made of the one after', () => {
    expect(followingPeriodLabel(makePeriod('month', reportYears.last, 12))).toBe(`tháng 1 năm ${reportYears.last + 1}`);
    expect(periodSchema.safeParse({ kind: 'month', year: reportYears.last + 1, index: 1 }).error?.issues[0]?.message).toBe(
      `Năm báo cáo từ ${reportYears.first} đến ${reportYears.last}.`,
    );
  });
});
