import { withClosingMark } from '../body/closing-mark';
import type { BlockNode, BodyDocument } from '../body/body-schema';

/**
 * The body's blocks with the closing mark `./.`, copying only the blocks the mark can fall in: the mark goes on the
 * last paragraph before any heading or table from the end, so the blocks before the last paragraph, heading or table
 * are kept as they are (the export only reads them).
 */
export function closingMarkBlocks(body: BodyDocument): BlockNode[] {
  const blocks = body.content;
  let start = blocks.length - 1;
  while (start > 0 && !['paragraph', 'heading', 'table'].includes(blocks[start]!.type)) start -= 1;
  if (start <= 0) return withClosingMark(body).content;
  return [...blocks.slice(0, start), ...withClosingMark({ ...body, content: blocks.slice(start) }).content];
}
