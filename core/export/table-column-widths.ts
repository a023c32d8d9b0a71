import { estimatedTextWidth } from './text-width';

/** The text of one cell, and how many columns it spans. */
export interface MeasuredCell {
  text: string;
  span: number;
  bold: boolean;
}

/** Room a cell needs beyond its text: Word's default cell margins (0,19 cm each side) and a little slack. */
const cellPadding = 2 * 108 + 60;

/**
 * Column widths (twips) that add up to `totalWidth`, from what the columns hold, as a browser lays out an automatic
 * table: each column needs at least its longest word and would like its longest line; when every column can have its
 * line the room left is shared by those lines, otherwise what is left after the longest words goes to the columns
 * in proportion to what they still lack. A project name gets the room, a column of numbers keeps to its numbers.
 * Cells spanning several columns are left out of the measure.
 */
export function tableColumnWidths(
  rows: readonly (readonly MeasuredCell[])[],
  columnCount: number,
  totalWidth: number,
  points: number,
): number[] {
  const least = Array.from({ length: columnCount }, () => cellPadding);
  const wanted = Array.from({ length: columnCount }, () => cellPadding);
  for (const row of rows) {
    let column = 0;
    for (const cell of row) {
      if (cell.span === 1 && column < columnCount) {
        const lines = cell.text.split('\n');
        const words = cell.text.split(/\s+/u).filter(Boolean);
        const longestWord = Math.max(0, ...words.map((word) => estimatedTextWidth(word, points, cell.bold)));
        const longestLine = Math.max(0, ...lines.map((line) => estimatedTextWidth(line, points, cell.bold)));
        least[column] = Math.max(least[column]!, longestWord + cellPadding);
        wanted[column] = Math.max(wanted[column]!, longestLine + cellPadding);
      }
      column += cell.span;
    }
  }
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  let widths: number[];
  if (sum(wanted) <= totalWidth) {
    const spare = totalWidth - sum(wanted);
    widths = wanted.map((width) => width + (spare * width) / sum(wanted));
  } else if (sum(least) <= totalWidth) {
    const lacking = wanted.map((width, index) => width - least[index]!);
    const spare = totalWidth - sum(least);
    const totalLacking = sum(lacking);
    widths = least.map((width, index) => width + (totalLacking > 0 ? (spare * lacking[index]!) / totalLacking : spare / columnCount));
  } else {
    widths = least.map((width) => (width * totalWidth) / sum(least));
  }
  const rounded = widths.map((width) => Math.floor(width));
  rounded[rounded.length - 1]! += totalWidth - sum(rounded);
  return rounded;
}

/** Whether a cell holds a number (a figure, an amount, a percentage): such cells are right-aligned. */
export function isNumberCell(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== '' && /^[+\-−–]?[\d.,\s]*\d[\d.,\s]*%?$|^…$/u.test(trimmed);
}
