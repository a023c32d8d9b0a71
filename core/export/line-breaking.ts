import { estimatedTextWidth } from './text-width';

const noBreak = '\u00a0';

/** Words a number belongs to in a Vietnamese title: `tháng 11`, `năm 2019`, `quý III`, `Số 12`, `giai đoạn 2021`. */
const numberedWords = /^(?:tháng|năm|quý|kỳ|số|đoạn|khóa)$/iu;
/** A number as a word: digits with inner separators (`15.862,4`, `2021-2025`), or a Roman numeral. */
const number = /^(?:\d(?:[\d.,/-]*\d)?|[IVXLC]+)$/u;

/**
 * A title or trích yếu with non-breaking spaces where Vietnamese typesetting keeps words together: a number with the
 * noun it counts (`3 tháng`, `6 tháng`), a period word with its number (`tháng 11`, `năm 2019`, `quý IV`), and the
 * last two words, so that no line ends the title alone.
 */
export function keptTogether(text: string): string {
  const words = text.trim().split(/ +/u);
  if (words.length < 2) return text.trim();
  const joins = words.slice(1).map((word, index) => {
    const before = words[index]!;
    // A number counts the noun after it (`3 tháng`) unless it is itself a period's number (`tháng 11 năm`).
    const counts = number.test(before) && /^\p{L}/u.test(word) && !numberedWords.test(words[index - 1] ?? '');
    return counts || (numberedWords.test(before) && number.test(word.replace(/[,.;:]$/u, '')));
  });
  joins[joins.length - 1] = true;
  return words.reduce((joined, word, index) => (index === 0 ? word : `${joined}${joins[index - 1] ? noBreak : ' '}${word}`), '');
}

/** The text with every space non-breaking: a short phrase printed whole on one line. */
export function unbroken(text: string): string {
  return text.replaceAll(' ', noBreak);
}

/**
 * How a paragraph of `width` twips breaks `text` (breaking at ordinary spaces only, as Word does): the lines, for
 * sizing what goes under a title. A group too long for a line stays whole on a line of its own.
 */
export function brokenLines(text: string, points: number, bold: boolean, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const group of text.split(' ').filter(Boolean)) {
    const candidate = current ? `${current} ${group}` : group;
    if (current && estimatedTextWidth(candidate, points, bold) > width) {
      lines.push(current);
      current = group;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}
