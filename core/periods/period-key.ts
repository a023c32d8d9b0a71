import { makePeriod, type Period } from './period';

/**
 * The short key used in file names and on the command line:
 * `2019-11` (month), `2022-Q3` (quarter), `2022-H1` (half), `2019-9M` (nine months), `2020` (year).
 */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'month':
      return `${period.year}-${String(period.index).padStart(2, '0')}`;
    case 'quarter':
      return `${period.year}-Q${period.index}`;
    case 'half':
      return `${period.year}-H${period.index}`;
    case 'nine-months':
      return `${period.year}-9M`;
    case 'year':
      return String(period.year);
  }
}

export function parsePeriodKey(key: string): Period {
  const text = key.trim();
  let match: RegExpExecArray | null;
  try {
    if ((match = /^(\d{4})-(\d{1,2})$/.exec(text))) return makePeriod('month', Number(match[1]), Number(match[2]));
    if ((match = /^(\d{4})-Q([1-4])$/i.exec(text))) return makePeriod('quarter', Number(match[1]), Number(match[2]));
    if ((match = /^(\d{4})-H([12])$/i.exec(text))) return makePeriod('half', Number(match[1]), Number(match[2]));
    if ((match = /^(\d{4})-9M$/i.exec(text))) return makePeriod('nine-months', Number(match[1]));
    if ((match = /^(\d{4})$/.exec(text))) return makePeriod('year', Number(match[1]));
  } catch {
    // falls through to the message naming the accepted forms
  }
  throw new RangeError(
    `Kỳ “${key}” không hợp lệ. Dùng một trong các dạng: 2019-11 (tháng), 2022-Q3 (quý), 2022-H1 (6 tháng), 2019-9M (9 tháng), 2020 (năm).`,
  );
}
