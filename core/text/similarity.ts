import { diffChars } from 'diff';

/** The share of characters two texts have in common, from 0 (nothing) to 1 (the same). */
export function similarity(first: string, second: string): number {
  if (first === second) return 1;
  const longest = Math.max(first.length, second.length);
  if (longest === 0) return 1;
  // Texts of very different lengths cannot be half the same; and past this many edits they are not alike either.
  if (Math.min(first.length, second.length) < longest / 2) return 0;
  const parts = diffChars(first, second, { maxEditLength: longest });
  if (!parts) return 0;
  const common = parts.reduce((sum, part) => (part.added || part.removed ? sum : sum + part.value.length), 0);
  return common / longest;
}
