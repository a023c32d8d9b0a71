import type { Paragraph, Table } from 'docx';
import type { DocumentParts } from '../report/document-parts';
import { line } from './plain-paragraph';
import { estimatedTextWidth } from './text-width';
import { twoColumnTable } from './two-column-table';

const recipientIndent = estimatedTextWidth('- ', 11);

/**
 * Recipients and signature side by side in a borderless table, the recipients level with the authority line.
 * State: `Nơi nhận:` 12 pt bold italic, the list 11 pt. Party: the label underlined.
 */
export function signatureBlock(parts: DocumentParts, textWidth: number): Table {
  const leftWidth = Math.round(textWidth * 0.45);
  const rightWidth = textWidth - leftWidth;
  const party = parts.format === 'party';
  const recipients: Paragraph[] = [
    line(parts.recipientsLabel, { points: 12, bold: !party, italic: !party, underline: party, alignment: 'left' }),
    // A recipient that takes two lines goes on under its own words, not under the dash.
    ...parts.recipientLines.map((text) =>
      line(text, { points: 11, alignment: 'left' }, { indent: { left: recipientIndent, hanging: recipientIndent } }),
    ),
  ];
  const signature: Paragraph[] = [
    ...parts.signer.lines.map((text) => line(text, { points: 14, bold: true })),
    ...Array.from({ length: 4 }, () => line('', { points: 14 })),
    line(parts.signer.name, { points: 14, bold: true }),
  ];
  return twoColumnTable([leftWidth, rightWidth], [recipients, signature], 120);
}
