/**
 * Each body paragraph is wrapped in a hidden bookmark (Word hides names that start with `_`) naming the body node it
 * comes from: `_bc_3_0_1` for `body.content[3].content[0].content[1]`. Reading back a file the tool exported, the
 * bookmarks say which paragraph of the report each paragraph of the file was written from.
 */
export const bodyBookmarkPrefix = '_bc_';

export function bodyBookmarkName(path: string): string {
  return bodyBookmarkPrefix + [...path.matchAll(/\[(\d+)\]/g)].map((match) => match[1]).join('_');
}

/** The body path a bookmark names (`[3, 0, 1]`), or null for any other bookmark. */
export function bodyPathOfBookmark(name: string): number[] | null {
  if (!name.startsWith(bodyBookmarkPrefix)) return null;
  const parts = name.slice(bodyBookmarkPrefix.length).split('_');
  if (parts.length === 0 || parts.some((part) => !/^\d+$/.test(part))) return null;
  return parts.map(Number);
}
