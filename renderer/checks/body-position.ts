import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** The document position just inside the node at an index path of the body (`[7, 0, 0]`), or null if there is none. */
export function positionOfBodyPath(document: ProseMirrorNode, path: readonly number[]): number | null {
  let node = document;
  let position = 0;
  for (const [depth, index] of path.entries()) {
    if (index >= node.childCount) return null;
    for (let sibling = 0; sibling < index; sibling += 1) position += node.child(sibling).nodeSize;
    node = node.child(index);
    if (depth < path.length - 1) position += 1;
  }
  return position + 1;
}
