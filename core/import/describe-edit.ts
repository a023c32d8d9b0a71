import { tidy } from './frame-fields';

const longestQuote = 160;
const context = 40;

/** `“…”`, shortened in the middle when long, so a change list stays readable. */
export function quoted(text: string): string {
  const written = tidy(text);
  if (written.length <= longestQuote) return `“${written}”`;
  return `“${written.slice(0, longestQuote / 2 - 1)}…${written.slice(-(longestQuote / 2 - 1))}”`;
}

/** `“…trong tháng 10, thu ngân sách…” → “…trong tháng 11, thu ngân sách…”`: what changed, with a little around it. */
export function describeEdit(before: string, after: string): string {
  const first = tidy(before);
  const second = tidy(after);
  let start = 0;
  while (start < first.length && start < second.length && first[start] === second[start]) start += 1;
  let end = 0;
  while (end < first.length - start && end < second.length - start && first[first.length - 1 - end] === second[second.length - 1 - end])
    end += 1;
  // The excerpt starts and ends between words, a little before and after what changed.
  const excerpt = (text: string) => {
    let from = Math.max(0, start - context);
    while (from > 0 && text[from - 1] !== ' ') from -= 1;
    let to = Math.min(text.length, text.length - end + context);
    while (to < text.length && text[to] !== ' ') to += 1;
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return `${quoted(excerpt(first))} → ${quoted(excerpt(second))}`;
}
