/** A run of text with the formatting a reader sees; adjacent runs of the same formatting are joined. */
export interface WordRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** The run's font, as named in the file (`Times New Roman`, `.VnTime`); null when inherited. */
  font: string | null;
}

export interface WordParagraph {
  kind: 'paragraph';
  runs: WordRun[];
  /** The paragraph's text; a line break is `\n`, a tab `\t`. */
  text: string;
  /** The paragraph style, by id and by name (`Heading1`, `heading 1`). */
  style: { id: string; name: string } | null;
  /** Word's own list numbering, when the paragraph uses it (literal numbering is part of the text). */
  numbering: { id: string; level: number } | null;
  alignment: string | null;
  /** The outline level of the paragraph or its style (0 for a first-level heading), when set. */
  outlineLevel: number | null;
  /** What the paragraph style alone makes bold, italic or underlined: formatting a run has without anyone asking. */
  styleFormatting: { bold: boolean; italic: boolean; underline: boolean };
  /** Names of the bookmarks that start in the paragraph. */
  bookmarks: string[];
  /** The last paragraph of a section (a page-layout change follows). */
  endsSection: boolean;
}

export interface WordCell {
  blocks: WordBlock[];
  /** Columns of the grid the cell spans. */
  span: number;
  /** Part of a vertical merge: the first cell, or one that continues the cell above. */
  merged: 'restart' | 'continue' | null;
  /** Width in twips when the file gives one. */
  width: number | null;
}

export interface WordTable {
  kind: 'table';
  rows: WordCell[][];
  /** The table grid's column widths, in twips. */
  columnWidths: number[];
}

export type WordBlock = WordParagraph | WordTable;

/** A Word file's content as a reader sees it: tracked changes accepted, comments counted. */
export interface WordDocument {
  blocks: WordBlock[];
  trackedChanges: { insertions: number; deletions: number };
  comments: number;
  /** Runs typed in a legacy encoding (by their font) and brought to Unicode. */
  legacyRuns: { tcvn3: number; vni: number };
}

/** Every paragraph of the blocks in reading order, those of table cells included. */
export function paragraphsOf(blocks: readonly WordBlock[]): WordParagraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.flatMap((cell) => paragraphsOf(cell.blocks))),
  );
}
