import { daysInMonth } from '../dates/calendar-date';
import type { DocumentFormat } from '../organisation/layout-settings';

/** The number line, `Số: 05/BC-UBND` or `Số 12-BC/QU` (or the blank of a draft), as number and symbol. */
export function parseNumberLine(line: string, format: DocumentFormat): { number: number | null; symbol: string } | null {
  const written = tidy(line).replace(/^Số\s*:?\s*/iu, '');
  if (written === tidy(line)) return null;
  const separator = format === 'state' ? '/' : '-';
  const at = written.indexOf(separator);
  if (at < 0) return null;
  const digits = written.slice(0, at).trim();
  if (digits !== '' && !/^\d+$/.test(digits)) return null;
  return { number: digits === '' ? null : Number(digits), symbol: written.slice(at + 1).trim() };
}

/** The place-and-date line, `Hòa An, ngày 18 tháng 11 năm 2026`, or its blank form; null when it reads otherwise. */
export function parseDateLine(line: string): { place: string; date: string | null; year: number } | null {
  const match = /^(.*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\s*$/u.exec(tidy(line));
  if (!match) return null;
  const [, place, day, month, year] = match;
  if (!day || !month) return { place: place!.trim(), date: null, year: Number(year) };
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(Number(year), Number(month), Number(day)) ? { place: place!.trim(), date, year: Number(year) } : null;
}

/** `- Ủy ban nhân dân tỉnh;` → `Ủy ban nhân dân tỉnh`: a line of a list without its dash and closing punctuation. */
export function listLineText(line: string): string {
  return tidy(line)
    .replace(/^[-–•+]\s*/u, '')
    .replace(/[;,.]\s*$/u, '')
    .trim();
}

/** Kính gửi lines as addressees: `Kính gửi: X.` alone, or the label and one `- …;` line each. */
export function addresseesOf(lines: readonly string[]): string[] {
  const addressees: string[] = [];
  for (const line of lines) {
    const text = tidy(line).replace(/^Kính\s+gửi\s*:?\s*/iu, '');
    if (text) addressees.push(listLineText(text));
  }
  return addressees.filter(Boolean);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Spaces of any kind as one space, composed characters: text compared the way a reader reads it. */
export function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00a0\u2007\u202f]+/gu, ' ')
    .trim();
}
