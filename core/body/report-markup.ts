import { figureReferenceSchema, type FigureReference } from '../figures/figure-reference';
import { sectionKinds, type BlockNode, type InlineNode, type SectionKind } from './body-schema';
import { paragraph, text } from './build-body';

/**
 * The plain-text form that templates render to, turned into a report body:
 * - `# Title {#results}`, `## Title`, `### Title`: headings, the first with the section it opens;
 * - `- item`: bullet list items; `[ ] item`, `[x] item`: checklist items;
 * - a blank line ends a paragraph; lines of one paragraph are joined with a space;
 * - a line starting with `\` is plain text, whatever follows;
 * - figure references travel as tokens between two private-use characters, which user text can never contain.
 */
export const figureTokenStart = '\uE000';
export const figureTokenEnd = '\uE001';
const tokenPattern = new RegExp(`${figureTokenStart}([^${figureTokenEnd}]*)${figureTokenEnd}`, 'g');

export function figureToken(reference: FigureReference): string {
  return `${figureTokenStart}${JSON.stringify(reference)}${figureTokenEnd}`;
}

/** Removes the token characters from text that comes from outside (names, user input) before it meets markup. */
export function withoutTokenCharacters(value: string): string {
  return value.replace(/[\uE000\uE001]/g, '');
}

export class MarkupError extends Error {
  override name = 'MarkupError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`dòng ${line}: ${message}`);
  }
}

export function parseReportMarkup(markup: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraphLines: { text: string; line: number }[] = [];
  let list: BlockNode | null = null;

  const closeParagraph = () => {
    if (paragraphLines.length === 0) return;
    // Each line is read on its own, so that an error names its own line; the lines are then joined by a space.
    const inline = paragraphLines.flatMap((entry, index) => [
      ...(index > 0 ? [text(' ')] : []),
      ...parseInline(entry.text.trim(), entry.line),
    ]);
    blocks.push(paragraph(...mergeAdjacentText(inline)));
    paragraphLines = [];
  };
  const closeList = () => {
    if (list) blocks.push(list);
    list = null;
  };

  markup.split(/\r?\n/).forEach((rawLine, index) => {
    const lineNumber = index + 1;
    const line = rawLine.trimEnd();
    const trimmed = line.trim();
    if (trimmed === '') {
      closeParagraph();
      closeList();
      return;
    }
    if (trimmed.startsWith('\\')) {
      closeList();
      paragraphLines.push({ text: trimmed.slice(1), line: lineNumber });
      return;
    }
    const headingMatch = /^(#{1,3})\s+(.*)$/.exec(trimmed);
    if (headingMatch) {
      closeParagraph();
      closeList();
      blocks.push(headingBlock(headingMatch[1]!.length, headingMatch[2]!, lineNumber));
      return;
    }
    const itemMatch = /^(-|\[ \]|\[x\])\s+(.*)$/i.exec(trimmed);
    if (itemMatch) {
      closeParagraph();
      const isTask = itemMatch[1] !== '-';
      const listType = isTask ? 'taskList' : 'bulletList';
      if (list && (list as BlockNode).type !== listType) closeList();
      list ??= { type: listType, content: [] };
      const item: BlockNode = {
        type: isTask ? 'taskItem' : 'listItem',
        ...(isTask ? { attrs: { checked: itemMatch[1]!.toLowerCase() === '[x]' } } : {}),
        content: [paragraph(...parseInline(itemMatch[2]!, lineNumber))],
      };
      (list as BlockNode).content!.push(item);
      return;
    }
    closeList();
    paragraphLines.push({ text: trimmed, line: lineNumber });
  });
  closeParagraph();
  closeList();
  return blocks;
}

function headingBlock(level: number, content: string, line: number): BlockNode {
  const sectionMatch = /\s*\{#([a-z-]+)\}\s*$/.exec(content);
  let section: SectionKind | undefined;
  let title = content;
  if (sectionMatch) {
    if (!(sectionKinds as readonly string[]).includes(sectionMatch[1]!)) {
      throw new MarkupError(`phần “${sectionMatch[1]}” không có; dùng một trong: ${sectionKinds.join(', ')}.`, line);
    }
    section = sectionMatch[1] as SectionKind;
    title = content.slice(0, sectionMatch.index);
  }
  const attrs: Record<string, unknown> = { level };
  if (section) attrs['section'] = section;
  return { type: 'heading', attrs, content: parseInline(title.trim(), line) };
}

function parseInline(source: string, line: number): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  for (const match of source.matchAll(tokenPattern)) {
    if (match.index > last) nodes.push(text(source.slice(last, match.index)));
    nodes.push({ type: 'figure', attrs: parseToken(match[1]!, line) });
    last = match.index + match[0].length;
  }
  if (last < source.length) nodes.push(text(source.slice(last)));
  const stray = nodes.find((node) => node.type === 'text' && /[\uE000\uE001]/.test(node.text));
  if (stray) throw new MarkupError('tham chiếu số liệu không khép kín.', line);
  return nodes;
}

function mergeAdjacentText(nodes: InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && !previous.marks && !node.marks)
      merged[merged.length - 1] = text(previous.text + node.text);
    else merged.push(node);
  }
  return merged;
}

function parseToken(json: string, line: number): FigureReference {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new MarkupError('tham chiếu số liệu hỏng.', line);
  }
  const parsed = figureReferenceSchema.safeParse(value);
  if (!parsed.success) throw new MarkupError(`tham chiếu số liệu không hợp lệ (${parsed.error.issues[0]?.message ?? ''}).`, line);
  return parsed.data;
}
