import type { BlockNode, BodyDocument, InlineNode, SectionKind } from '../body/body-schema';
import { foldText } from './fold-text';

/** Stands for a figure reference in a block's text: a figure is never read as a typed number. */
export const figurePlaceholder = '\uFFFC';

/** A paragraph or heading of the body, with the text the checks read. */
export interface TextBlock {
  /** Index path in `report.body`, as `walkBody` gives it. */
  path: number[];
  type: 'paragraph' | 'heading';
  /** The section it belongs to, from the headings that open sections (`results`, `tasks`…). */
  section: SectionKind | null;
  /** The text, composed (NFC), each figure reference replaced by {@link figurePlaceholder}. */
  text: string;
  /** {@link foldText} of `text`: same length, so offsets are shared. */
  folded: string;
  /** Offsets of the placeholders and the indicators their figures show. */
  figures: { offset: number; indicatorId: string }[];
  /** Carried from the previous report and not reviewed yet. */
  pendingReview: boolean;
}

interface OpenSection {
  kind: SectionKind;
  level: number;
}

/** Every paragraph and heading of the body in document order, lists and tables included, in one pass. */
export function textBlocksOf(body: BodyDocument): TextBlock[] {
  const blocks: TextBlock[] = [];
  const sections: OpenSection[] = [];
  const visit = (node: BlockNode, path: number[]) => {
    if (node.type === 'heading') {
      const level = Number(node.attrs?.['level'] ?? 1);
      while (sections.length > 0 && sections[sections.length - 1]!.level >= level) sections.pop();
      const kind = node.attrs?.['section'] as SectionKind | null | undefined;
      if (kind) sections.push({ kind, level });
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push(textBlock(node, path, sections[sections.length - 1]?.kind ?? null));
      return;
    }
    (node.content as BlockNode[] | undefined)?.forEach((child, index) => visit(child, [...path, index]));
  };
  body.content.forEach((block, index) => visit(block, [index]));
  return blocks;
}

function textBlock(node: BlockNode, path: number[], section: SectionKind | null): TextBlock {
  let text = '';
  const figures: TextBlock['figures'] = [];
  for (const child of (node.content ?? []) as InlineNode[]) {
    if (child.type === 'text') text += child.text.normalize('NFC');
    else if (child.type === 'hardBreak') text += '\n';
    else if (child.type === 'figure') {
      figures.push({ offset: text.length, indicatorId: child.attrs.indicator });
      text += figurePlaceholder;
    }
  }
  return {
    path,
    type: node.type as TextBlock['type'],
    section,
    text,
    folded: foldText(text),
    figures,
    pendingReview: node.attrs?.['review'] === 'pending',
  };
}
