import type { BlockNode, BodyNode, FigureNode, InlineNode } from './body-schema';

/** Calls `visit` for every node under `root`, depth first, with the path of indexes that leads to it. */
export function walkBody(root: BodyNode, visit: (node: BodyNode, path: readonly number[]) => void, path: number[] = []): void {
  visit(root, path);
  const content = 'content' in root ? (root.content as (BlockNode | InlineNode)[] | undefined) : undefined;
  content?.forEach((child, index) => walkBody(child, visit, [...path, index]));
}

export function figuresIn(root: BodyNode): { node: FigureNode; path: readonly number[] }[] {
  const found: { node: FigureNode; path: readonly number[] }[] = [];
  walkBody(root, (node, path) => {
    if (node.type === 'figure') found.push({ node, path });
  });
  return found;
}
