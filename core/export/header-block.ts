import type { Paragraph, Table } from 'docx';
import type { DocumentParts } from '../report/document-parts';
import { headerLayout, type HeaderLine } from './header-layout';
import { centredRule, line } from './plain-paragraph';
import { estimatedTextWidth } from './text-width';
import { twoColumnTable } from './two-column-table';

/**
 * The header block, a borderless two-column table sized by `headerLayout`. State (NĐ 30): issuer and number on the
 * left; national name, motto with a rule as long as itself, and the place-and-date line on the right. Party (HD 36):
 * Party body, the committee, a `*` and the number on the left; `ĐẢNG CỘNG SẢN VIỆT NAM` with its rule and the date on
 * the right.
 */
export function headerBlock(parts: DocumentParts, textWidth: number): Table {
  const layout = headerLayout(parts, textWidth);
  const printed = (header: HeaderLine) => line(header.text, { points: header.points, bold: header.bold, italic: header.italic });
  const widthOf = (header: HeaderLine) => estimatedTextWidth(header.text, header.points, header.bold, header.italic);
  const left: Paragraph[] =
    parts.format === 'state'
      ? [
          ...layout.parentLines.map(printed),
          ...layout.issuingLines.map(printed),
          // Under the issuer, a rule 1/3 to 1/2 of its longest line: 40%.
          ...(layout.issuingLines.length > 0
            ? [
                centredRule(
                  Math.min(layout.leftWidth, Math.round(Math.max(...layout.issuingLines.map(widthOf)) * 0.4)),
                  layout.leftWidth,
                  6,
                ),
              ]
            : []),
          printed(layout.numberLine),
        ]
      : [...layout.parentLines.map(printed), ...layout.issuingLines.map(printed), line('*', { points: 14 }), printed(layout.numberLine)];
  const [first, second, third] = layout.rightLines;
  const right: Paragraph[] =
    parts.format === 'state'
      ? [
          printed(first!),
          printed(second!),
          centredRule(Math.min(layout.rightWidth, widthOf(second!)), layout.rightWidth, 6),
          printed(third!),
        ]
      : [printed(first!), centredRule(Math.min(layout.rightWidth, widthOf(first!)), layout.rightWidth, 6), printed(second!)];
  return twoColumnTable([layout.leftWidth, layout.rightWidth], [left, right]);
}
