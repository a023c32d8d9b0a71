import type { CalendarDate } from '../dates/calendar-date';
import { officialDay, officialMonth } from '../dates/date-line';
import { cumulativeOf } from '../indicators/derived-figures';
import type { IndicatorRow } from '../indicators/indicator-row';
import { formatAmount } from '../numbers/format-number';
import { startsTheYear, type Period } from '../periods/period';
import { figurePlaceholder, type TextBlock } from './text-blocks';

/** `2.137,6 tỷ đồng`, `98,5%`, `12`: an amount with its indicator's unit, as a figure reference shows it. */
export function amountWithUnit(value: number, row: IndicatorRow): string {
  const number = formatAmount(value, row.decimals);
  if (row.unit === '') return number;
  return row.unit === '%' ? `${number}%` : `${number} ${row.unit}`;
}

/** `kỳ này 105,2 tỷ đồng; lũy kế 1.379,0 tỷ đồng; kế hoạch năm 1.112,5 tỷ đồng`: what the table holds for a row. */
export function tableFiguresWording(row: IndicatorRow, period: Period): string {
  const parts: string[] = [];
  if (row.value !== null) parts.push(`kỳ này ${amountWithUnit(row.value, row)}`);
  const cumulative = cumulativeOf(row, period);
  if (cumulative !== null && row.nature === 'flow' && !startsTheYear(period)) parts.push(`lũy kế ${amountWithUnit(cumulative, row)}`);
  for (const plan of row.plans) if (plan.value !== null) parts.push(`${plan.label} ${amountWithUnit(plan.value, row)}`);
  return parts.length > 0 ? parts.join('; ') : 'chưa có số liệu';
}

/** The start of a block's text for a message: `“Công tác giải phóng mặt bằng được quận tập trung…”`. */
export function quotedStart(block: TextBlock, length = 60): string {
  const text = block.text.replaceAll(figurePlaceholder, '…').replace(/\s+/gu, ' ').trim();
  if (text.length <= length) return `“${text}”`;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `“${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/u, '')}…”`;
}

/** `30/11/2021`, `01/7/2025`: a date in a sentence, zeros as on the date line. */
export function writtenDate(date: CalendarDate): string {
  return `${officialDay(date.day)}/${officialMonth(date.month)}/${date.year}`;
}
