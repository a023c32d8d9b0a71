import { parseWordXml, textContent, wordAttribute, wordChild, wordChildren, type XmlElement } from './parse-word-xml';
import { decodeLegacyText, isCapitalsFont, legacyEncodingOfFont, looksLegacy, type LegacyEncoding } from './legacy-vietnamese';
import type { WordBlock, WordCell, WordDocument, WordParagraph, WordRun, WordTable } from './word-document';
import type { WordParts } from './word-parts';
import { overlay, runFormattingOf, WordStyles, type RunFormatting } from './word-styles';

/** Wrappers whose content reads as if they were not there. */
const transparentInline = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'ins', 'moveTo', 'dir', 'bdo']);
const transparentBlock = new Set(['customXml', 'ins', 'moveTo']);

/**
 * The content of a Word file as a reader sees it: paragraphs with their runs and styles, tables with their cells.
 * Tracked changes are read accepted (insertions kept, deletions left out) and counted; comments are counted.
 */
export function readWordDocument(parts: WordParts): WordDocument {
  const document = parseWordXml(parts.document, 'word/document.xml', parts.label);
  const styles = new WordStyles(parts.styles ? parseWordXml(parts.styles, 'word/styles.xml', parts.label) : null);
  const comments = parts.comments ? wordChildren(parseWordXml(parts.comments, 'word/comments.xml', parts.label), 'comment').length : 0;
  const body = wordChild(document, 'body');
  const counts: ReadingCounts = { insertions: 0, deletions: 0, legacy: { tcvn3: 0, vni: 0 } };
  const reader = new BodyReader(styles, counts);
  const blocks = body ? reader.blocks(body) : [];
  return {
    blocks,
    trackedChanges: { insertions: counts.insertions, deletions: counts.deletions },
    comments,
    legacyRuns: counts.legacy,
  };
}

interface ReadingCounts {
  insertions: number;
  deletions: number;
  legacy: Record<LegacyEncoding, number>;
}

class BodyReader {
  constructor(
    private readonly styles: WordStyles,
    private readonly counts: ReadingCounts,
  ) {}

  blocks(container: XmlElement): WordBlock[] {
    const blocks: WordBlock[] = [];
    for (const child of wordChildren(container)) {
      const name = child.name;
      if (name === 'p') blocks.push(this.paragraph(child));
      else if (name === 'tbl') blocks.push(this.table(child));
      else if (name === 'sdt') blocks.push(...this.blocks(wordChild(child, 'sdtContent') ?? child));
      else if (transparentBlock.has(name)) {
        if (name === 'ins') this.counts.insertions += 1;
        blocks.push(...this.blocks(child));
      } else if (name === 'del' || name === 'moveFrom') this.counts.deletions += 1;
    }
    return blocks;
  }

  private paragraph(element: XmlElement): WordParagraph {
    const properties = wordChild(element, 'pPr');
    const styleId = wordAttribute(wordChild(properties, 'pStyle'));
    const numberingProperties = wordChild(properties, 'numPr');
    const numberingId = wordAttribute(wordChild(numberingProperties, 'numId'));
    const outline = wordAttribute(wordChild(properties, 'outlineLvl'));
    const runs: WordRun[] = [];
    const bookmarks: string[] = [];
    const styleFormatting = this.styles.runFormatting(styleId);
    this.inline(element, styleFormatting, runs, bookmarks);
    return {
      kind: 'paragraph',
      runs,
      text: runs.map((run) => run.text).join(''),
      style: styleId ? { id: styleId, name: this.styles.nameOf(styleId) } : null,
      numbering:
        numberingId && numberingId !== '0'
          ? { id: numberingId, level: Number(wordAttribute(wordChild(numberingProperties, 'ilvl')) ?? 0) || 0 }
          : null,
      alignment: wordAttribute(wordChild(properties, 'jc')),
      outlineLevel: outline !== null && outline !== '' ? Number(outline) : this.styles.outlineLevel(styleId),
      styleFormatting: {
        bold: styleFormatting.bold === true,
        italic: styleFormatting.italic === true,
        underline: styleFormatting.underline === true,
      },
      bookmarks,
      endsSection: wordChild(properties, 'sectPr') !== null,
    };
  }

  private inline(container: XmlElement, paragraphFormatting: RunFormatting, runs: WordRun[], bookmarks: string[]): void {
    for (const child of wordChildren(container)) {
      const name = child.name;
      if (name === 'r') this.run(child, paragraphFormatting, runs);
      else if (name === 'bookmarkStart') bookmarks.push(wordAttribute(child, 'name') ?? '');
      else if (name === 'del' || name === 'moveFrom') this.counts.deletions += 1;
      else if (name === 'sdt') this.inline(wordChild(child, 'sdtContent') ?? child, paragraphFormatting, runs, bookmarks);
      else if (transparentInline.has(name)) {
        if (name === 'ins') this.counts.insertions += 1;
        this.inline(child, paragraphFormatting, runs, bookmarks);
      }
    }
  }

  private run(element: XmlElement, paragraphFormatting: RunFormatting, runs: WordRun[]): void {
    const properties = wordChild(element, 'rPr');
    const runStyle = wordAttribute(wordChild(properties, 'rStyle'));
    const formatting = overlay(
      overlay(paragraphFormatting, runStyle ? this.styles.runFormatting(runStyle) : emptyFormatting),
      runFormattingOf(properties),
    );
    let text = '';
    for (const child of wordChildren(element)) {
      switch (child.name) {
        case 't':
          // A non-breaking space is typesetting (a number kept with its noun); the text has a space there.
          text += textContent(child).replaceAll('\u00a0', ' ');
          break;
        case 'tab':
        case 'ptab':
          text += '\t';
          break;
        case 'br':
          if (wordAttribute(child, 'type') !== 'page' && wordAttribute(child, 'type') !== 'column') text += '\n';
          break;
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'sym': {
          const code = Number.parseInt(wordAttribute(child, 'char') ?? '', 16);
          // Symbol fonts put their glyphs at F0xx; the code without that offset is the character meant.
          if (Number.isFinite(code)) text += String.fromCodePoint(code >= 0xf000 ? code - 0xf000 : code);
          break;
        }
      }
    }
    if (!text) return;
    const encoding = legacyEncodingOfFont(formatting.font);
    if (encoding && looksLegacy(text)) {
      text = decodeLegacyText(text, encoding, isCapitalsFont(formatting.font));
      this.counts.legacy[encoding] += 1;
    }
    const run: WordRun = {
      text,
      bold: formatting.bold === true,
      italic: formatting.italic === true,
      underline: formatting.underline === true,
      font: formatting.font,
    };
    const last = runs[runs.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.underline === run.underline && last.font === run.font)
      last.text += text;
    else runs.push(run);
  }

  private table(element: XmlElement): WordTable {
    const grid = wordChild(element, 'tblGrid');
    const columnWidths = grid ? wordChildren(grid, 'gridCol').map((column) => Number(wordAttribute(column, 'w') ?? 0) || 0) : [];
    const rows: WordCell[][] = [];
    for (const row of this.rowsOf(element)) {
      rows.push(
        this.cellsOf(row).map((cell): WordCell => {
          const properties = wordChild(cell, 'tcPr');
          const merge = wordChild(properties, 'vMerge');
          const width = wordAttribute(wordChild(properties, 'tcW'), 'w');
          return {
            blocks: this.blocks(cell),
            span: Number(wordAttribute(wordChild(properties, 'gridSpan')) ?? 1) || 1,
            merged: merge ? (wordAttribute(merge) === 'restart' ? 'restart' : 'continue') : null,
            width: width !== null && width !== '' && Number.isFinite(Number(width)) ? Number(width) : null,
          };
        }),
      );
    }
    return { kind: 'table', rows, columnWidths };
  }

  /** Rows, including those inside content controls or tracked insertions; deleted rows are left out. */
  private rowsOf(table: XmlElement): XmlElement[] {
    return wordChildren(table).flatMap((child) => {
      if (child.name === 'tr') return isDeletedRow(child) ? (this.counts.deletions++, []) : [child];
      if (child.name === 'sdt') return this.rowsOf(wordChild(child, 'sdtContent') ?? child);
      if (transparentBlock.has(child.name)) return this.rowsOf(child);
      return [];
    });
  }

  private cellsOf(row: XmlElement): XmlElement[] {
    return wordChildren(row).flatMap((child) => {
      if (child.name === 'tc') return [child];
      if (child.name === 'sdt') return this.cellsOf(wordChild(child, 'sdtContent') ?? child);
      if (transparentBlock.has(child.name)) return this.cellsOf(child);
      return [];
    });
  }
}

const emptyFormatting: RunFormatting = { bold: null, italic: null, underline: null, font: null };

function isDeletedRow(row: XmlElement): boolean {
  return wordChild(wordChild(row, 'trPr'), 'del') !== null;
}
