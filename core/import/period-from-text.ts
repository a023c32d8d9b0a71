import { foldText } from '../checks/fold-text';
import { periodMentionsIn } from '../checks/period-mentions';
import type { Period } from '../periods/period';
import { tidy } from './frame-fields';

/**
 * The period a report is about, from its trích yếu or title: the first period it names that is not a comparison
 * (`Kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2026` is November 2026). A month
 * without its year takes the year the text names next, or `year`.
 */
export function periodFromText(text: string, year: number): Period | null {
  const folded = foldText(tidy(text).normalize('NFC'));
  const firstYear = /năm\s+(\d{4})/u.exec(folded);
  const mentions = periodMentionsIn(folded, firstYear ? Number(firstYear[1]) : year).filter((mention) => !mention.comparison);
  // `9 tháng` in a subject is the nine months reported on even where a sentence would read it as a duration.
  const nineMonths = /(?<!\d)9 tháng(?!\s+cuối)/u.exec(folded);
  if (nineMonths && (!mentions[0] || nineMonths.index < mentions[0].start)) {
    const after = /năm\s+(\d{4})/u.exec(folded.slice(nineMonths.index));
    return { kind: 'nine-months', year: after ? Number(after[1]) : year, index: 1 };
  }
  const mention = mentions[0];
  if (!mention) return null;
  const { firstMonth, lastMonth } = mention;
  const months = lastMonth - firstMonth + 1;
  if (months === 1) return { kind: 'month', year: mention.year, index: firstMonth };
  if (months === 3 && firstMonth % 3 === 1) return { kind: 'quarter', year: mention.year, index: (firstMonth + 2) / 3 };
  if (months === 6 && firstMonth === 1) return { kind: 'half', year: mention.year, index: 1 };
  if (months === 6 && firstMonth === 7) return { kind: 'half', year: mention.year, index: 2 };
  if (months === 9 && firstMonth === 1) return { kind: 'nine-months', year: mention.year, index: 1 };
  if (months === 12) return { kind: 'year', year: mention.year, index: 1 };
  return null;
}
