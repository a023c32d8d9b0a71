import { periodNameWithoutYear, followingSpan, periodLabel, followingPeriodLabel, followingHeadingName } from './period-label';
import type { Period } from './period';

/**
 * Rewrites the period names in a heading from one period to another, in one pass so that
 * `tháng 10 … tháng 11` becomes `tháng 11 … tháng 12` and not `tháng 12 … tháng 12`.
 * Longer phrases (with the year) are matched before shorter ones; case follows the original.
 */
export function replacePeriodPhrases(text: string, from: Period, to: Period): string {
  const pairs: [string, string][] = [
    [periodLabel(from), periodLabel(to)],
    [followingPeriodLabel(from), followingWithYear(text, from) ? followingPeriodLabel(to) : followingHeadingName(to)],
    [periodNameWithoutYear(from), periodNameWithoutYear(to)],
    // Named without its year, the next period takes it when it falls in the next year: `tháng 1 năm 2027`.
    [followingSpan(from).label, followingHeadingName(to)],
  ];
  const replacements = new Map<string, string>();
  for (const [source, target] of pairs) {
    const key = source.toLocaleLowerCase('vi');
    if (!replacements.has(key)) replacements.set(key, target);
  }
  const sources = [...replacements.keys()].sort((a, b) => b.length - a.length);
  if (sources.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${sources.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (found) => {
    const replacement = replacements.get(found.toLocaleLowerCase('vi')) ?? found;
    if (found === found.toLocaleUpperCase('vi')) return replacement.toLocaleUpperCase('vi');
    const first = found.charAt(0);
    return first !== first.toLocaleLowerCase('vi') ? replacement.charAt(0).toLocaleUpperCase('vi') + replacement.slice(1) : replacement;
  });
}

/**
 * Whether the next period's year stays written in the new text: where it was written although the year did not
 * change, or where the text names this period with its year too (`Kết quả tháng 12 năm 2019, phương hướng tháng 1
 * năm 2020`). A heading that had it only because the next period fell in the next year drops it when it no longer does.
 */
function followingWithYear(text: string, from: Period): boolean {
  if (followingSpan(from).year === from.year) return true;
  return text.toLocaleLowerCase('vi').includes(periodLabel(from).toLocaleLowerCase('vi'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
