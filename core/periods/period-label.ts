import { toRoman } from '../numbers/roman-numeral';
import { cumulativeMonths, followingPeriodOf, samePeriodLastYear, startsTheYear, type Period } from './period';

/** The period named on its own, without the year: `tháng 10`, `quý III`, `6 tháng đầu năm`, `9 tháng`. */
export function periodNameWithoutYear(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `tháng ${period.index}`;
    case 'quarter':
      return `quý ${toRoman(period.index)}`;
    case 'half':
      return period.index === 1 ? '6 tháng đầu năm' : '6 tháng cuối năm';
    case 'nine-months':
      return '9 tháng';
    case 'year':
      return `năm ${period.year}`;
  }
}

/** `tháng 10 năm 2019`, `quý III năm 2022`, `6 tháng đầu năm 2022`, `9 tháng năm 2019`, `năm 2020`. */
export function periodLabel(period: Period): string {
  if (period.kind === 'year') return `năm ${period.year}`;
  return `${periodNameWithoutYear(period)} ${yearSuffix(period)}`;
}

/** The span that follows the period, named as the tasks section names it (without the year). */
export function followingPeriodName(period: Period): string {
  const following = followingSpan(period);
  return following.label;
}

/** The span the next period's tasks cover: `tháng 11`, `quý IV`, `6 tháng cuối năm`, `3 tháng cuối năm`, `năm 2021`. */
export function followingSpan(period: Period): { label: string; year: number } {
  if (period.kind === 'nine-months') return { label: '3 tháng cuối năm', year: period.year };
  const next = followingPeriodOf(period);
  return { label: periodNameWithoutYear(next), year: next.year };
}

/** The following span with its year: `tháng 11 năm 2019`, `3 tháng cuối năm 2019`, `năm 2021`. */
export function followingPeriodLabel(period: Period): string {
  const following = followingSpan(period);
  return following.label.startsWith('năm ') ? following.label : `${following.label} ${yearSuffixOf(following.label, following.year)}`;
}

/** The following span as a heading names it: with its year only when the year changes (`tháng 1 năm 2027`). */
export function followingHeadingName(period: Period): string {
  const following = followingSpan(period);
  return following.year === period.year ? following.label : followingPeriodLabel(period);
}

/**
 * The two periods of a subject line, the year written once at the end when both fall in it:
 * `tháng 10` / `tháng 11 năm 2019`; across a year: `tháng 12 năm 2019` / `tháng 1 năm 2020`.
 */
export function subjectPeriods(period: Period): { current: string; following: string } {
  const following = followingSpan(period);
  const followingLabel = followingPeriodLabel(period);
  if (period.kind === 'year') return { current: periodLabel(period), following: followingLabel };
  const current = following.year === period.year ? periodNameWithoutYear(period) : periodLabel(period);
  return { current, following: followingLabel };
}

/** `10 tháng`: the months the cumulative covers, as in `lũy kế 10 tháng`. */
export function cumulativeSpanLabel(period: Period): string {
  return `${cumulativeMonths(period)} tháng`;
}

function yearSuffix(period: Period): string {
  return yearSuffixOf(periodNameWithoutYear(period), period.year);
}

/** Names that end in `năm` (`6 tháng đầu năm`) take the bare year; the others take `năm 2019`. */
function yearSuffixOf(name: string, year: number): string {
  return name.endsWith(' năm') ? String(year) : `năm ${year}`;
}

/**
 * What a figure is compared with, named: the same period last year by its label (`tháng 11 năm 2025`, `năm 2025`)
 * or, for a cumulative, last year's span (`11 tháng năm 2025`).
 */
export function samePeriodName(period: Period, basis: 'period' | 'cumulative'): string {
  const lastYear = samePeriodLastYear(period);
  if (basis === 'period' || startsTheYear(period) || period.kind === 'year') return periodLabel(lastYear);
  return `${cumulativeSpanLabel(lastYear)} năm ${lastYear.year}`;
}

/** The period before, as a comparison names it: `tháng trước`, `quý trước`, `năm trước`, `kỳ trước`. */
export function previousPeriodName(period: Period): string {
  return { month: 'tháng trước', quarter: 'quý trước', half: 'kỳ trước', 'nine-months': 'kỳ trước', year: 'năm trước' }[period.kind];
}
