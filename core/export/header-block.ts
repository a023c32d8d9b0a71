import type { Paragraph, Table } from 'docx';
import { partyHeading, stateMotto, type DocumentParts } from '../report/document-parts';
import { centredRule, line } from './plain-paragraph';
import { estimatedTextWidth } from './text-width';
import { twoColumnTable } from './two-column-table';

/**
 * The header block, a borderless two-column table. State (NĐ 30): issuer and number on the left; national name,
 * motto with a rule as long as itself, and the place-and-date line on the right. Party (HD 36): Party body, the
 * committee, a `*` and the number on the left; `ĐẢNG CỘNG SẢN VIỆT NAM` with its rule and the date on the right.
 */
export function headerBlock(parts: DocumentParts, textWidth: number): Table {
  const leftWidth = leftColumnWidth(parts, textWidth);
  const rightWidth = textWidth - leftWidth;
  const left = parts.format === 'state' ? stateIssuer(parts, leftWidth) : partyIssuer(parts);
  const right = parts.format === 'state' ? stateNation(parts, rightWidth) : partyNation(parts, rightWidth);
  return twoColumnTable([leftWidth, rightWidth], [left, right]);
}

/**
 * Gives each column the width its longest line needs and shares what is left equally, so that neither the issuer
 * nor the date line wraps; when both cannot fit, the width is shared in proportion to their needs.
 */
function leftColumnWidth(parts: DocumentParts, textWidth: number): number {
  const state = parts.format === 'state';
  const leftLines: [string, number, boolean][] = [
    ...parts.parentBodyLines.map((text): [string, number, boolean] => [text, state ? 13 : 14, false]),
    ...parts.issuingBodyLines.map((text): [string, number, boolean] => [text, state ? 13 : 14, true]),
    [parts.numberLine, state ? 13 : 14, false],
  ];
  const rightLines: [string, number, boolean][] = state
    ? [
        [stateMotto.nation, 12, true],
        [stateMotto.motto, 13, true],
        [parts.dateLine, 14, false],
      ]
    : [
        [partyHeading, 15, true],
        [parts.dateLine, 14, false],
      ];
  const need = (lines: [string, number, boolean][]) =>
    Math.max(...lines.map(([text, points, bold]) => estimatedTextWidth(text, points, bold)));
  const left = need(leftLines);
  const right = need(rightLines);
  const spare = textWidth - left - right;
  return Math.round(spare >= 0 ? left + spare / 2 : (textWidth * left) / (left + right));
}

function stateIssuer(parts: DocumentParts, width: number): Paragraph[] {
  const issuerLines = parts.issuingBodyLines;
  const longest = Math.max(...issuerLines.map((text) => estimatedTextWidth(text, 13, true)));
  return [
    ...parts.parentBodyLines.map((text) => line(text, { points: 13 })),
    ...issuerLines.map((text) => line(text, { points: 13, bold: true })),
    centredRule(Math.min(width, Math.round(longest * 0.4)), width, 6),
    line(parts.numberLine, { points: 13 }),
  ];
}

function stateNation(parts: DocumentParts, width: number): Paragraph[] {
  return [
    line(stateMotto.nation, { points: 12, bold: true }),
    line(stateMotto.motto, { points: 13, bold: true }),
    centredRule(Math.min(width, estimatedTextWidth(stateMotto.motto, 13, true)), width, 6),
    line(parts.dateLine, { points: 14, italic: true }),
  ];
}

function partyIssuer(parts: DocumentParts): Paragraph[] {
  return [
    ...parts.parentBodyLines.map((text) => line(text, { points: 14 })),
    ...parts.issuingBodyLines.map((text) => line(text, { points: 14, bold: true })),
    line('*', { points: 14 }),
    line(parts.numberLine, { points: 14 }),
  ];
}

function partyNation(parts: DocumentParts, width: number): Paragraph[] {
  return [
    line(partyHeading, { points: 15, bold: true }),
    centredRule(Math.min(width, estimatedTextWidth(partyHeading, 15, true)), width, 6),
    line(parts.dateLine, { points: 14, italic: true }),
  ];
}
