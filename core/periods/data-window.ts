import { addDays, daysInMonth, type CalendarDate } from '../dates/calendar-date';
import { periodMonths, type Period } from './period';

/**
 * The days whose data a period reports, from the day after the cut-off of the month before it to the
 * cut-off day of its last month (Nghị định 09/2019 practice, cut-off 14: October = 15/9 – 14/10).
 * A cut-off at or past the month's end gives calendar months.
 */
export function dataWindow(period: Period, cutOffDay: number): { start: CalendarDate; end: CalendarDate } {
  if (!Number.isInteger(cutOffDay) || cutOffDay < 1 || cutOffDay > 31) {
    throw new RangeError(`Ngày chốt số liệu phải từ 1 đến 31, không phải ${cutOffDay}.`);
  }
  const { first, last } = periodMonths(period);
  const end = cutOffIn(period.year, last, cutOffDay);
  const monthBefore = first === 1 ? { year: period.year - 1, month: 12 } : { year: period.year, month: first - 1 };
  const start = addDays(cutOffIn(monthBefore.year, monthBefore.month, cutOffDay), 1);
  return { start, end };
}

function cutOffIn(year: number, month: number, cutOffDay: number): CalendarDate {
  return { year, month, day: Math.min(cutOffDay, daysInMonth(year, month)) };
}
