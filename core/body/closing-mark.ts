import { copyJson } from '../json/copy-json';
import type { BlockNode, BodyDocument, InlineNode } from './body-schema';

/**
 * The content of an official document ends with `./.`, which takes the place of the final full stop of the last
 * paragraph. Returns a copy of the body with the mark added; an empty body, or one ending on a heading, gets none.
 */
export function withClosingMark(body: BodyDocument): BodyDocument {
  const copy = copyJson(body);
  const last = lastParagraph(copy.content);
  if (!last) {
    // A body that ends with a table gets the mark on a line of its own after it.
    if (copy.content[copy.content.length - 1]?.type === 'table')
      copy.content.push({ type: 'paragraph', content: [{ type: 'text', text: './.' }] });
    return copy;
  }
  const content = (last.content ?? []) as InlineNode[];
  const tail = content[content.length - 1];
  if (tail && tail.type === 'text') {
    // A last paragraph that already ends with the mark (typed, or kept from an earlier export) keeps one.
    const trimmed = tail.text.replace(/(?:\s*\.\/\.)+\s*$/, '').replace(/[.\s]+$/, '');
    if (trimmed) tail.text = `${trimmed}./.`;
    else content[content.length - 1] = { type: 'text', text: './.' };
  } else {
    content.push({ type: 'text', text: './.' });
  }
  last.content = content;
  return copy;
}

function lastParagraph(blocks: readonly (BlockNode | InlineNode)[]): BlockNode | null {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index]!;
    if (block.type === 'paragraph') return block;
    if (
      block.type === 'bulletList' ||
      block.type === 'orderedList' ||
      block.type === 'taskList' ||
      block.type === 'listItem' ||
      block.type === 'taskItem'
    ) {
      const found = lastParagraph((block.content ?? []) as BlockNode[]);
      if (found) return found;
    }
    if (block.type === 'heading' || block.type === 'table') return null;
  }
  return null;
}
