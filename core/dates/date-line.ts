import type { CalendarDate } from './calendar-date';

/** NĐ 30: a leading zero for days below 10 and for months 1 and 2 only (`ngày 05 tháng 02`, but `tháng 3`). */
export function officialDay(day: number): string {
  return day < 10 ? `0${day}` : String(day);
}

export function officialMonth(month: number): string {
  return month <= 2 ? `0${month}` : String(month);
}

/** `ngày 30 tháng 10 năm 2019`. */
export function officialDate(date: CalendarDate): string {
  return `ngày ${officialDay(date.day)} tháng ${officialMonth(date.month)} năm ${date.year}`;
}

/** The blank form of a draft awaiting its date: `ngày    tháng    năm 2026`. */
export function blankOfficialDate(year: number): string {
  return `ngày    tháng    năm ${year}`;
}

/** `Lê Chân, ngày 30 tháng 10 năm 2019`, or the blank draft form when the date is not set. */
export function placeAndDateLine(place: string, date: CalendarDate | null, draftYear: number): string {
  return `${place}, ${date ? officialDate(date) : blankOfficialDate(draftYear)}`;
}
