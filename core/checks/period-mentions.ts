import { startsClause, wordsBefore } from './text-spans';

/** A period named in text: `tháng 10`, `quý III năm 2022`, `lũy kế 10 tháng`, `6 tháng đầu năm`, `năm 2020`. */
export interface PeriodMention {
  start: number;
  end: number;
  year: number;
  firstMonth: number;
  lastMonth: number;
  /** Introduced as a comparison or a starting point (`so với tháng 10`, `cùng kỳ năm 2020`, `từ tháng 9`). */
  comparison: boolean;
  /** Whether the text names the year; `tháng 1` alone takes the report's year. */
  yearWritten: boolean;
}

// Each pattern starts with its literal so the engine can skip ahead; the word boundary before it is checked by hand.
const spanPattern = /(\d{1,2}) tháng(\s+(?:đầu|cuối) năm)?(\s+qua)?(?:\s+(?:năm\s+)?(\d{4}))?(?!\p{N})/gu;
const monthPattern = /tháng\s+(\d{1,2})(?:\s*(?:năm\s+|[-/])(\d{4}))?(?!\p{N})/gu;
const quarterPattern = /quý\s+([ivx]+|[1-4])(?![\p{L}\p{M}\p{N}])(?:\s+(?:năm\s+)?(\d{4}))?(?!\p{N})/gu;
const yearPattern = /năm\s+(\d{4})(?!\p{N})/gu;
const cumulativePrefix = /lũy kế\s+$/u;
const wordCharacter = /[\p{L}\p{M}\p{N}]/u;

const quarterNumbers: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** Words that make a period a comparison or a starting point rather than the period reported on. */
const comparisonWords = ['so với', 'so', 'cùng kỳ', 'từ', 'kể từ', 'giai đoạn', 'nhiệm kỳ'];

/**
 * The periods named in folded text, each once, the longest reading first: `3 tháng cuối năm 2019` is one span,
 * not also `năm 2019`. A span of months (`10 tháng`) counts only where it reads as a cumulative: after `lũy kế`,
 * with `đầu năm`, `cuối năm`, `qua` or a year, or opening a clause (`, 10 tháng giảm 281 hộ`) — `trong 3 tháng`
 * is a duration. A month after a day (`ngày 25 tháng 11`) is a date, which may fall in the data window.
 */
export function periodMentionsIn(folded: string, reportYear: number): PeriodMention[] {
  const mentions: PeriodMention[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => taken.every(([from, to]) => end <= from || start >= to);
  const add = (start: number, end: number, writtenYear: string | undefined, firstMonth: number, lastMonth: number) => {
    if (!free(start, end)) return;
    taken.push([start, end]);
    const year = writtenYear ? Number(writtenYear) : reportYear;
    mentions.push({
      start,
      end,
      year,
      firstMonth,
      lastMonth,
      comparison: introducedAsComparison(folded, start),
      yearWritten: !!writtenYear,
    });
  };

  const startsWord = (index: number) => index === 0 || !wordCharacter.test(folded[index - 1]!);

  for (const match of folded.matchAll(spanPattern)) {
    const [, count, part, past, year] = match;
    const months = Number(count);
    if (months < 1 || months > 12 || !startsWord(match.index)) continue;
    const cumulative = cumulativePrefix.exec(folded.slice(Math.max(0, match.index - 16), match.index))?.[0];
    const start = match.index - (cumulative?.length ?? 0);
    if (cumulative && !startsWord(start)) continue;
    if (!cumulative && !part && !past && !year && !startsClause(folded, start)) continue;
    const fromEnd = part?.includes('cuối') ?? false;
    add(start, match.index + match[0].length, year, fromEnd ? 13 - months : 1, fromEnd ? 12 : months);
  }
  for (const match of folded.matchAll(monthPattern)) {
    if (!startsWord(match.index)) continue;
    const month = Number(match[1]);
    if (month < 1 || month > 12) continue;
    const before = wordsBefore(folded, match.index, 1)[0];
    if (before !== undefined && /^\d+$/.test(before)) continue;
    add(match.index, match.index + match[0].length, match[2], month, month);
  }
  for (const match of folded.matchAll(quarterPattern)) {
    if (!startsWord(match.index)) continue;
    const quarter = quarterNumbers[match[1]!];
    if (quarter === undefined) continue;
    add(match.index, match.index + match[0].length, match[2], quarter * 3 - 2, quarter * 3);
  }
  for (const match of folded.matchAll(yearPattern))
    if (startsWord(match.index)) add(match.index, match.index + match[0].length, match[1], 1, 12);
  return mentions.sort((a, b) => a.start - b.start);
}

function introducedAsComparison(folded: string, start: number): boolean {
  const words = wordsBefore(folded, start, 2);
  const last = words.at(-1) ?? '';
  const lastTwo = words.join(' ');
  return comparisonWords.some((phrase) => phrase === last || phrase === lastTwo);
}
