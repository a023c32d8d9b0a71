import { diffChars } from 'diff';
import type { BodyMark, FigureNode, InlineNode } from '../body/body-schema';
import { renderFigure } from '../figures/render-figure';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import type { WordParagraph } from '../word/word-document';

/** A figure of the exported paragraph whose text a person typed over in Word. */
export interface RetypedFigure {
  figure: FigureNode;
  /** Its position among the figures of the paragraph. */
  index: number;
  before: string;
  after: string;
}

export interface RebuiltParagraph {
  /** The paragraph's content as the file has it: its text and formatting, figures kept where they read the same. */
  content: InlineNode[];
  retyped: RetypedFigure[];
}

type Segment = { start: number; end: number; node: InlineNode; text: string };

/**
 * The new content of an exported paragraph that was edited in Word. `exported` is what the tool wrote for `nodes`
 * (the report's content with the closing mark, after a list marker), `edited` the paragraph as the file has it.
 * Text and formatting come from the file; a figure whose characters are all unchanged stays a live figure; one whose
 * text was changed becomes that text. `keepFigure` may keep a retyped figure live when the table now gives its text.
 */
export function rebuildParagraph(
  exported: WordParagraph,
  edited: WordParagraph,
  nodes: readonly InlineNode[],
  table: { rows: readonly IndicatorRow[]; period: Period },
  keepFigure: (retyped: RetypedFigure) => boolean = () => false,
): RebuiltParagraph {
  const segments: Segment[] = [];
  let contentText = '';
  for (const node of nodes) {
    const text =
      node.type === 'text' ? node.text : node.type === 'hardBreak' ? '\n' : renderFigure(table.rows, table.period, node.attrs).text;
    segments.push({ start: contentText.length, end: contentText.length + text.length, node, text });
    contentText += text;
  }
  const exportedText = exported.text;
  const prefixLength = exportedText.endsWith(contentText) ? exportedText.length - contentText.length : 0;
  const map = characterMap(exportedText, edited.text);

  // The list marker the tool wrote stays out of the content, if the file still has it.
  const contentStart = prefixLength > 0 && map[prefixLength - 1] !== -1 ? map[prefixLength - 1]! + 1 : 0;
  const keptFigures = new Map<number, { figure: FigureNode; start: number; end: number }>();
  const retyped: RetypedFigure[] = [];
  let figureIndex = 0;
  for (const segment of segments) {
    if (segment.node.type !== 'figure') continue;
    const index = figureIndex++;
    const from = prefixLength + segment.start;
    const to = prefixLength + segment.end;
    const first = map[from];
    const unchanged =
      segment.text.length > 0 &&
      first !== undefined &&
      first >= 0 &&
      map.slice(from, to).every((position, offset) => position === first + offset);
    if (unchanged && first >= contentStart) {
      keptFigures.set(first, { figure: segment.node, start: first, end: first + segment.text.length });
      continue;
    }
    const range = replacementRange(map, from, to, edited.text.length);
    const after = edited.text.slice(Math.max(range.start, contentStart), range.end);
    const change: RetypedFigure = { figure: segment.node, index, before: segment.text, after };
    if (after.trim() !== '' && keepFigure(change))
      keptFigures.set(Math.max(range.start, contentStart), {
        figure: segment.node,
        start: Math.max(range.start, contentStart),
        end: range.end,
      });
    else retyped.push(change);
  }
  return { content: contentOf(edited, contentStart, keptFigures), retyped };
}

/** For each character of `before`, its position in `after`, or -1 when it was deleted or replaced. */
function characterMap(before: string, after: string): number[] {
  const map: number[] = [];
  let afterPosition = 0;
  for (const part of diffChars(before, after)) {
    const length = part.value.length;
    if (part.added) afterPosition += length;
    else if (part.removed) for (let index = 0; index < length; index += 1) map.push(-1);
    else for (let index = 0; index < length; index += 1) map.push(afterPosition++);
  }
  return map;
}

/** What took the place of `before[from, to)` in `after`: from after the last kept character before it to the next kept one. */
function replacementRange(map: readonly number[], from: number, to: number, afterLength: number): { start: number; end: number } {
  let start = 0;
  for (let index = from - 1; index >= 0; index -= 1)
    if (map[index]! >= 0) {
      start = map[index]! + 1;
      break;
    }
  let end = afterLength;
  for (let index = to; index < map.length; index += 1)
    if (map[index]! >= 0) {
      end = map[index]!;
      break;
    }
  return { start, end: Math.max(start, end) };
}

/** A paragraph of a Word file as inline nodes: its text, line breaks, and the bold, italic and underline it was given. */
export function inlineContentOf(paragraph: WordParagraph, start = 0): InlineNode[] {
  return contentOf(paragraph, start, new Map());
}

/** The edited paragraph's runs from `start` on as inline nodes, with the kept figures in their places. */
function contentOf(
  edited: WordParagraph,
  start: number,
  figures: ReadonlyMap<number, { figure: FigureNode; start: number; end: number }>,
): InlineNode[] {
  const content: InlineNode[] = [];
  let position = 0;
  let skipUntil = -1;
  const pushText = (text: string, marks: BodyMark[]) => {
    const last = content[content.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks ?? [], marks)) last.text += text;
    else content.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
  };
  for (const run of edited.runs) {
    const marks: BodyMark[] = [
      ...(run.bold && !edited.styleFormatting.bold ? [{ type: 'bold' as const }] : []),
      ...(run.italic && !edited.styleFormatting.italic ? [{ type: 'italic' as const }] : []),
      ...(run.underline && !edited.styleFormatting.underline ? [{ type: 'underline' as const }] : []),
    ];
    for (const character of run.text) {
      const here = position;
      position += character.length;
      if (here < start || here < skipUntil) continue;
      const figure = figures.get(here);
      if (figure) {
        content.push(figure.figure);
        skipUntil = figure.end;
        continue;
      }
      if (character === '\n') content.push({ type: 'hardBreak' });
      else pushText(character, marks);
    }
  }
  return content;
}

function sameMarks(first: readonly BodyMark[], second: readonly BodyMark[]): boolean {
  return first.length === second.length && first.every((mark, index) => mark.type === second[index]!.type);
}
