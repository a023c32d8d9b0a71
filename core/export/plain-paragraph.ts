import { AlignmentType, BorderStyle, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { pointsToHalfPoints, pointsToTwips } from './docx-units';

export interface LineStyle {
  points: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  alignment?: 'center' | 'left' | 'right' | 'justified';
  before?: number;
  after?: number;
  keepNext?: boolean;
}

const alignments = {
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  justified: AlignmentType.JUSTIFIED,
} as const;

/** A single line of the fixed parts (header block, title, signature), with its own size and weight. */
export function line(text: string, style: LineStyle, extra: Partial<IParagraphOptions> = {}): Paragraph {
  return new Paragraph({
    alignment: alignments[style.alignment ?? 'center'],
    spacing: { before: pointsToTwips(style.before ?? 0), after: pointsToTwips(style.after ?? 0), line: 240, lineRule: 'auto' },
    keepNext: style.keepNext,
    ...extra,
    children: [
      new TextRun({
        text,
        size: pointsToHalfPoints(style.points),
        bold: style.bold,
        italics: style.italic,
        underline: style.underline ? {} : undefined,
      }),
    ],
  });
}

/**
 * A short horizontal rule drawn as the bottom border of an empty paragraph, centred in `availableWidth` and
 * `ruleWidth` long. It stays editable in Word, unlike a drawn line or an image.
 */
export function centredRule(ruleWidth: number, availableWidth: number, gapAfterPoints = 0): Paragraph {
  const indent = Math.max(0, Math.round((availableWidth - ruleWidth) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: pointsToTwips(gapAfterPoints), line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', size: 4 })],
  });
}
