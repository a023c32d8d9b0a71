import type { BlockNode } from '../body/body-schema';
import { reportStyles } from '../export/report-styles';
import type { WordParagraph } from '../word/word-document';
import type { BodyUnit } from './body-units';
import { inlineContentOf } from './rebuild-paragraph';
import { rebuildTable } from './rebuild-table';

/**
 * The node of a paragraph or table added in Word: a heading when it has a heading style, a list item when it opens
 * with a dash, a table, or a paragraph.
 */
export function newBlocksOf(unit: BodyUnit): { block?: BlockNode; listItem?: BlockNode } {
  if (unit.kind === 'table') {
    return { block: rebuildTable(unit.table, null) };
  }
  const paragraph = unit.paragraph;
  const level = headingLevelOf(paragraph);
  if (level !== null) return { block: { type: 'heading', attrs: { level }, content: inlineContentOf(paragraph) } };
  const marker = /^[-–•+]\s+/u.exec(paragraph.text);
  if (marker)
    return { listItem: { type: 'listItem', content: [{ type: 'paragraph', content: inlineContentOf(paragraph, marker[0].length) }] } };
  return { block: { type: 'paragraph', content: inlineContentOf(paragraph) } };
}

/** A heading style of the tool's (or a `Heading n` of Word's), its level from the literal numbering: `I.` 1, `1.` 2, else 3. */
function headingLevelOf(paragraph: WordParagraph): number | null {
  const styled =
    paragraph.style?.id === reportStyles.heading ||
    paragraph.style?.id === reportStyles.subheading ||
    paragraph.outlineLevel !== null ||
    /^heading \d/i.test(paragraph.style?.name ?? '');
  if (!styled) return null;
  if (paragraph.style?.id === reportStyles.subheading) return 3;
  const text = paragraph.text.trim();
  if (/^[IVXLC]+[.-]\s/u.test(text)) return 1;
  if (/^\d+[.-]\s/u.test(text)) return 2;
  return 3;
}
