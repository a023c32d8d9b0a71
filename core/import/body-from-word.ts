import type { BlockNode, BodyDocument, InlineNode, SectionKind } from '../body/body-schema';
import { foldText } from '../checks/fold-text';
import type { WordBlock, WordParagraph } from '../word/word-document';
import { tidy } from './frame-fields';
import { inlineContentOf } from './rebuild-paragraph';
import { rebuildTable } from './rebuild-table';

/** What became of the blocks of a hand-made body. */
export interface BodyReading {
  body: BodyDocument;
  headings: number;
  paragraphs: number;
  listItems: number;
  tables: number;
  /** Top-level headings whose section (results, shortcomings, tasks, proposals) was recognised. */
  sections: SectionKind[];
}

/**
 * Literal numbering of the headings offices type, from the outermost: `I.` `I-`; `1.` `1-`; `1.1.`; `1.1.1.`; `a)`.
 * A heading's level is the rank of its numbering among those the document uses: `a)` is level 3 under `I-` and
 * `1-`, level 4 under `I.`, `1.` and `1.1.`.
 */
const numberings: { rank: number; pattern: RegExp }[] = [
  { rank: 1, pattern: /^[IVXLC]+\s*[.\-–]\s*\S/u },
  { rank: 4, pattern: /^\d+\.\d+\.\d+\.?\s+\S/u },
  { rank: 3, pattern: /^\d+\.\d+\.?\s+\S/u },
  { rank: 2, pattern: /^\d+\s*[.\-–]\s*\S/u },
  { rank: 5, pattern: /^[a-zđ]\)\s*\S/u },
];

const listMarker = /^[-–•+]\s+/u;

/**
 * The body of a report typed by hand, as report blocks: headings recognised from their literal numbering (bold or
 * italic all through, or in a heading style), the sections of a sơ kết from the words of the first-level headings,
 * lines opening with a dash as list items, tables as tables, and everything else as paragraphs with their bold,
 * italic and underline. Nothing is dropped.
 */
export function bodyFromWord(blocks: readonly WordBlock[]): BodyReading {
  const content: BlockNode[] = [];
  const reading: Omit<BodyReading, 'body'> = { headings: 0, paragraphs: 0, listItems: 0, tables: 0, sections: [] };
  let list: BlockNode | null = null;
  const ranks = [
    ...new Set(blocks.flatMap((block) => (block.kind === 'paragraph' ? [headingRank(block)] : [])).filter((rank) => rank !== null)),
  ].sort((first, second) => first! - second!);
  const levelOf = (rank: number) => Math.min(4, ranks.indexOf(rank) + 1);
  for (const block of blocks) {
    if (block.kind === 'table') {
      list = null;
      content.push(rebuildTable(block, null));
      reading.tables += 1;
      continue;
    }
    const text = tidy(block.text);
    if (text === '') continue;
    const rank = headingRank(block);
    if (rank !== null) {
      const level = levelOf(rank);
      list = null;
      const section = level === 1 ? sectionOf(text) : null;
      if (section) reading.sections.push(section);
      content.push({ type: 'heading', attrs: { level, ...(section ? { section } : {}) }, content: headingContent(block) });
      reading.headings += 1;
      continue;
    }
    const marker = listMarker.exec(block.text.trimStart());
    if (marker || block.numbering) {
      const start = marker ? block.text.length - block.text.trimStart().length + marker[0].length : 0;
      const item: BlockNode = { type: 'listItem', content: [{ type: 'paragraph', content: inlineContentOf(block, start) }] };
      if (!list) {
        list = { type: 'bulletList', content: [] };
        content.push(list);
      }
      (list.content as BlockNode[]).push(item);
      reading.listItems += 1;
      continue;
    }
    list = null;
    content.push({ type: 'paragraph', content: inlineContentOf(block) });
    reading.paragraphs += 1;
  }
  return { body: { type: 'doc', content: withoutClosingMark(content) }, ...reading };
}

/**
 * The rank of a heading's numbering, or null for a paragraph: a heading is numbered and set apart (bold or italic
 * all through, or in a heading style); a heading style without numbering ranks by its outline level.
 */
function headingRank(paragraph: WordParagraph): number | null {
  const text = tidy(paragraph.text);
  if (text.length > 250 || text === '') return null;
  const numbered = numberings.find((numbering) => numbering.pattern.test(text));
  const styled = paragraph.outlineLevel !== null || /^heading \d/i.test(paragraph.style?.name ?? '');
  const setApart = paragraph.runs.every((run) => !run.text.trim() || run.bold || run.italic);
  if (numbered && (setApart || styled)) return numbered.rank;
  if (styled && setApart) return Math.min(5, (paragraph.outlineLevel ?? 0) + 1);
  return null;
}

/** The section a first-level heading opens, from its words. */
export function sectionOf(heading: string): SectionKind | null {
  const folded = foldText(heading.normalize('NFC'));
  if (/đề xuất|kiến nghị/u.test(folded)) return 'proposals';
  if (/hạn chế|tồn tại|yếu kém|khó khăn, vướng mắc/u.test(folded)) return 'shortcomings';
  if (/kết quả/u.test(folded)) return 'results';
  if (/phương hướng|nhiệm vụ|giải pháp/u.test(folded)) return 'tasks';
  if (/đặc điểm|tình hình chung/u.test(folded)) return 'opening';
  return null;
}

/** A heading keeps its words; the bold and italic that make it a heading belong to its level, not to its text. */
function headingContent(paragraph: WordParagraph): InlineNode[] {
  return inlineContentOf({ ...paragraph, styleFormatting: { bold: true, italic: true, underline: paragraph.styleFormatting.underline } });
}

/** The `./.` that closes the typed content: the exporter writes it again, in its place. */
function withoutClosingMark(content: BlockNode[]): BlockNode[] {
  const last = lastTextNode(content);
  if (last && last.text.trimEnd().endsWith('./.')) last.text = `${last.text.trimEnd().slice(0, -3)}.`;
  return content;
}

function lastTextNode(blocks: readonly (BlockNode | InlineNode)[]): Extract<InlineNode, { type: 'text' }> | null {
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const node = blocks[index]!;
    if (node.type === 'text') return node;
    if (node.type === 'table') return null;
    if ('content' in node && node.content) {
      const found = lastTextNode(node.content as (BlockNode | InlineNode)[]);
      if (found) return found;
    }
  }
  return null;
}
