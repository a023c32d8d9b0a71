import type { Paragraph } from 'docx';
import type { DocumentParts } from '../report/document-parts';
import { centredRule, line } from './plain-paragraph';
import { brokenLines, keptTogether } from './line-breaking';
import { estimatedTextWidth } from './text-width';

/** `BÁO CÁO`, the subject line with a short rule under it, and `Kính gửi` when the report is addressed. */
export function titleBlock(parts: DocumentParts, textWidth: number, bodyPoints: number): Paragraph[] {
  const party = parts.format === 'party';
  const titlePoints = party ? 16 : 14;
  const subjectPoints = party ? 15 : 14;
  const subject = keptTogether(parts.subject);
  const longestLine = Math.max(
    0,
    ...brokenLines(subject, subjectPoints, true, textWidth).map((text) => estimatedTextWidth(text, subjectPoints, true)),
  );
  return [
    line(parts.title, { points: titlePoints, bold: true, before: 18, keepNext: true }),
    ...(subject ? [line(subject, { points: subjectPoints, bold: true, keepNext: true })] : []),
    // A rule 1/3 to 1/2 as long as the subject's longest line: 40%, in the middle of the range.
    ...(party
      ? [line('-----', { points: subjectPoints, after: 6, keepNext: true })]
      : [centredRule(Math.round(longestLine * 0.4), textWidth, 12)]),
    ...addressees(parts.addresseeLines, textWidth, bodyPoints),
  ];
}

/** `Kính gửi: X.` centred when there is one addressee; otherwise the label and one line each, indented. */
function addressees(lines: string[], textWidth: number, points: number): Paragraph[] {
  if (lines.length === 0) return [];
  if (lines.length === 1) return [line(lines[0]!, { points, after: 12 })];
  const labelIndent = Math.round(textWidth * 0.2);
  return lines.map((text, index) =>
    line(
      text,
      { points, alignment: 'left', after: index === lines.length - 1 ? 12 : 0 },
      { indent: { left: index === 0 ? labelIndent : labelIndent + 1134 } },
    ),
  );
}
