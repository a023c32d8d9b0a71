import { partyHeading, stateMotto, type DocumentParts } from '../report/document-parts';
import { estimatedTextWidth } from './text-width';

/** A line of the header as it prints. */
export interface HeaderLine {
  text: string;
  points: number;
  bold: boolean;
  italic: boolean;
}

export interface HeaderLayout {
  leftWidth: number;
  rightWidth: number;
  /** Cơ quan chủ quản and cơ quan ban hành, a line each as printed: the office's breaks, and the tool's if needed. */
  parentLines: HeaderLine[];
  issuingLines: HeaderLine[];
  numberLine: HeaderLine;
  /** The right column: Quốc hiệu and Tiêu ngữ (or the Party's name) and the date line; these never wrap. */
  rightLines: HeaderLine[];
  /** Words too long for the left column even on a line of their own; empty when the header fits. */
  tooLong: string[];
}

/** What a printed width may exceed its measure by (hinting, the renderer's rounding) before a line is said to wrap. */
const slack = 1.03;

const width = (line: HeaderLine) => Math.ceil(estimatedTextWidth(line.text, line.points, line.bold, line.italic) * slack);

/**
 * The header's two columns sized from their real lines. The right column is given what its longest line needs, so
 * that the national name, the motto and the date line never wrap; the left takes the rest (the two share what is
 * spare). A name of the left column keeps the lines the office typed; a line that still does not fit is broken by
 * the tool between words, into lines as even as can be; a word that fits nowhere is reported.
 */
export function headerLayout(parts: DocumentParts, textWidth: number): HeaderLayout {
  const state = parts.format === 'state';
  const leftPoints = state ? 13 : 14;
  const make = (text: string, points: number, bold: boolean, italic = false): HeaderLine => ({ text, points, bold, italic });
  const rightLines = state
    ? [make(stateMotto.nation, 12, true), make(stateMotto.motto, 13, true), make(parts.dateLine, 14, false, true)]
    : [make(partyHeading, 15, true), make(parts.dateLine, 14, false, true)];
  const parent = parts.parentBodyLines.map((text) => make(text, leftPoints, false));
  const issuing = parts.issuingBodyLines.map((text) => make(text, leftPoints, true));
  const numberLine = make(parts.numberLine, leftPoints, false);

  const rightNeed = Math.max(...rightLines.map(width));
  const leftNeed = Math.max(...[...parent, ...issuing, numberLine].map(width));
  const spare = textWidth - rightNeed - leftNeed;
  const leftWidth = spare >= 0 ? leftNeed + Math.floor(spare / 2) : Math.max(0, textWidth - rightNeed);
  const tooLong = new Set<string>();
  const fitted = (lines: HeaderLine[]) => lines.flatMap((line) => brokenToFit(line, leftWidth, tooLong));
  const parentLines = fitted(parent);
  const issuingLines = fitted(issuing);
  if (width(numberLine) > leftWidth) tooLong.add(numberLine.text);
  return { leftWidth, rightWidth: textWidth - leftWidth, parentLines, issuingLines, numberLine, rightLines, tooLong: [...tooLong] };
}

/** The line as is when it fits; else the fewest lines that fit, broken between words where they come out most even. */
function brokenToFit(line: HeaderLine, available: number, tooLong: Set<string>): HeaderLine[] {
  if (width(line) <= available) return [line];
  const words = line.text.split(/\s+/u).filter(Boolean);
  const unbreakable = words.filter((word) => width({ ...line, text: word }) > available);
  for (const word of unbreakable) tooLong.add(word);
  if (unbreakable.length > 0) return [line];
  // A name of more than a dozen words (rare) is filled line by line; a shorter one tries every way of breaking it.
  if (words.length > evenestWordLimit) return greedyLines(words, line, available).map((text) => ({ ...line, text }));
  for (let count = 2; count <= words.length; count += 1) {
    const best = evenest(words, count, (text) => width({ ...line, text }));
    if (best && best.every((text) => width({ ...line, text }) <= available)) return best.map((text) => ({ ...line, text }));
  }
  return words.map((text) => ({ ...line, text }));
}

/** `words` split into `count` lines so that the longest is as short as it can be (few words: tried exhaustively). */
function evenest(words: string[], count: number, measure: (text: string) => number): string[] | null {
  let best: string[] | null = null;
  let bestWidth = Infinity;
  const place = (from: number, left: number, lines: string[]) => {
    if (left === 1) {
      const candidate = [...lines, words.slice(from).join(' ')];
      const longest = Math.max(...candidate.map(measure));
      if (longest < bestWidth) {
        bestWidth = longest;
        best = candidate;
      }
      return;
    }
    for (let end = from + 1; end <= words.length - left + 1; end += 1) place(end, left - 1, [...lines, words.slice(from, end).join(' ')]);
  };
  if (count <= words.length && words.length <= evenestWordLimit) place(0, count, []);
  return best;
}

const evenestWordLimit = 12;

function greedyLines(words: string[], line: HeaderLine, available: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width({ ...line, text: `${last} ${word}` }) <= available) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
