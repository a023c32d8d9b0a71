import type { BlockNode, BodyDocument, InlineNode } from '../body/body-schema';
import { renderFigure } from '../figures/render-figure';
import { copyJson } from '../json/copy-json';
import { parseNumber } from '../numbers/parse-number';
import { enteredFigureName, enteredFigureOf } from '../indicators/entered-figure';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import type { WordParagraph } from '../word/word-document';
import { alignUnits, type BodyUnit, type UnitStep } from './body-units';
import { describeEdit, quoted } from './describe-edit';
import type { FigureOffer, ImportChange } from './import-change';
import { newBlocksOf } from './new-blocks';
import { rebuildParagraph, type RetypedFigure } from './rebuild-paragraph';
import { rebuildTable } from './rebuild-table';

export interface BodyComparison {
  changes: ImportChange[];
  offers: FigureOffer[];
  /** The body with the accepted changes; `rows` are the indicators once the accepted offers are in. */
  apply: (accepted: ReadonlySet<string>, rows: readonly IndicatorRow[]) => BodyDocument;
}

interface Context {
  body: BodyDocument;
  closingBody: BodyDocument;
  rows: readonly IndicatorRow[];
  period: Period;
}

/**
 * Compares the body as exported (`before`, from the report's own export) with the body of the file (`after`), and
 * builds the body with the changes a person accepts: paragraphs changed, added, removed and moved, tables edited.
 */
export function compareBodies(before: readonly BodyUnit[], after: readonly BodyUnit[], context: Context): BodyComparison {
  const steps = alignUnits(before, after);
  const changes: ImportChange[] = [];
  const offers: FigureOffer[] = [];
  const numberOf = (beforeIndex: number) => beforeIndex + 1;
  const idOf = (unit: BodyUnit, beforeIndex: number) => (unit.kind === 'paragraph' && unit.path ? unit.path.join('.') : `u${beforeIndex}`);

  for (const step of steps) {
    if (step.kind === 'kept') {
      const unit = before[step.before]!;
      const edited = after[step.after]!;
      if (
        unit.kind === 'paragraph' &&
        edited.kind === 'paragraph' &&
        unit.path &&
        formattingOf(unit.paragraph) !== formattingOf(edited.paragraph)
      ) {
        changes.push({
          id: `noi-dung:sua:${idOf(unit, step.before)}`,
          group: 'body',
          choice: 'take',
          description: `Đoạn ${numberOf(step.before)}: đổi định dạng chữ (đậm, nghiêng, gạch chân) — ${quoted(unit.key)}`,
        });
      }
      continue;
    }
    if (step.kind === 'added') {
      const unit = after[step.after]!;
      const previous = previousBefore(steps, step);
      changes.push({
        id: `noi-dung:them:${step.after}`,
        group: 'body',
        choice: 'take',
        description: `${previous === null ? 'Đoạn mới ở đầu phần nội dung' : `Đoạn mới sau đoạn ${numberOf(previous)}`}: ${quoted(unit.key)}`,
      });
      continue;
    }
    const unit = before[step.before]!;
    if (unit.kind === 'paragraph' && unit.path === null && step.kind !== 'moved-to') continue;
    if (step.kind === 'removed') {
      changes.push({
        id: `noi-dung:xoa:${idOf(unit, step.before)}`,
        group: 'body',
        choice: 'take',
        description: `Đoạn ${numberOf(step.before)} bị xóa: ${quoted(unit.key)}`,
      });
    } else if (step.kind === 'moved-from') {
      const target = previousBefore(
        steps,
        steps.find((candidate) => candidate.kind === 'moved-to' && candidate.before === step.before)!,
      );
      changes.push({
        id: `noi-dung:chuyen:${idOf(unit, step.before)}`,
        group: 'body',
        choice: 'take',
        description: `Đoạn ${numberOf(step.before)} được chuyển ${target === null ? 'lên đầu phần nội dung' : `đến sau đoạn ${numberOf(target)}`}: ${quoted(unit.key)}`,
      });
    } else if (step.kind === 'changed') {
      const edited = after[step.after]!;
      const where = unit.kind === 'table' ? `Bảng sau đoạn ${step.before}` : `Đoạn ${numberOf(step.before)}`;
      changes.push({
        id: `noi-dung:sua:${idOf(unit, step.before)}`,
        group: 'body',
        choice: 'take',
        description: `${where}: ${describeEdit(unit.key, edited.key)}`,
      });
      if (unit.kind === 'paragraph' && edited.kind === 'paragraph' && unit.path) {
        for (const retyped of retypedFiguresOf(unit, edited.paragraph, context)) {
          const id = `so-lieu:${unit.path.join('.')}:${retyped.index}`;
          const offer = offerFor(retyped, id, context.rows);
          const row = context.rows.find((candidate) => candidate.id === retyped.figure.attrs.indicator);
          if (offer && row) {
            offers.push(offer);
            changes.push({
              id,
              group: 'figures',
              choice: 'offer',
              description: `${row.name}, ${enteredFigureName(offer.figure, row)}: ${quoted(retyped.before)} → ${quoted(retyped.after)} (sửa trong câu ở đoạn ${numberOf(step.before)})`,
            });
          } else {
            changes.push({
              id,
              group: 'figures',
              choice: 'information',
              description: `Đoạn ${numberOf(step.before)}: số ${quoted(retyped.before)} được sửa thành ${quoted(retyped.after)}; đây là số phần mềm tính từ bảng chỉ tiêu nên không cập nhật vào bảng được — chỗ này thành chữ thường, cần xem lại.`,
            });
          }
        }
      }
    }
  }

  return {
    changes,
    offers,
    apply: (accepted, rows) => applySteps(steps, before, after, { ...context, rows }, accepted, offers),
  };
}

/** Which stretches of a paragraph are bold, italic or underlined beyond what its style gives: `0-12:b;40-52:i`. */
function formattingOf(paragraph: WordParagraph): string {
  const stretches: string[] = [];
  let position = 0;
  for (const run of paragraph.runs) {
    const marks = `${run.bold && !paragraph.styleFormatting.bold ? 'b' : ''}${run.italic && !paragraph.styleFormatting.italic ? 'i' : ''}${
      run.underline && !paragraph.styleFormatting.underline ? 'u' : ''
    }`;
    if (marks && run.text.trim()) stretches.push(`${position}-${position + run.text.length}:${marks}`);
    position += run.text.length;
  }
  return stretches.join(';');
}

function retypedFiguresOf(unit: Extract<BodyUnit, { kind: 'paragraph' }>, edited: WordParagraph, context: Context): RetypedFigure[] {
  const node = nodeAt(context.closingBody, unit.path!);
  return node ? rebuildParagraph(unit.paragraph, edited, inlineOf(node), context).retyped : [];
}

/** A retyped figure that shows an entered figure becomes an offer of the number typed; a computed one cannot. */
function offerFor(retyped: RetypedFigure, changeId: string, rows: readonly IndicatorRow[]): FigureOffer | null {
  const row = rows.find((candidate) => candidate.id === retyped.figure.attrs.indicator);
  if (!row) return null;
  const figure = enteredFigureOf(retyped.figure.attrs, row);
  const number = /[-+]?\d[\d.]*(?:,\d+)?/u.exec(retyped.after)?.[0];
  if (!figure || number === undefined) return null;
  const parsed = parseNumber(number);
  return parsed.ok ? { changeId, indicatorId: row.id, figure, value: parsed.value } : null;
}

/** The last unit of the exported body placed before `step` in reading order, or null at the start. */
function previousBefore(steps: readonly UnitStep[], step: UnitStep): number | null {
  let previous: number | null = null;
  for (const candidate of steps) {
    if (candidate === step) return previous;
    if (candidate.kind === 'kept' || candidate.kind === 'changed' || candidate.kind === 'moved-to') previous = candidate.before;
  }
  return previous;
}

type Emission = { kind: 'exported'; beforeIndex: number; node: BlockNode | null } | { kind: 'new'; unit: BodyUnit };

function applySteps(
  steps: readonly UnitStep[],
  before: readonly BodyUnit[],
  after: readonly BodyUnit[],
  context: Context,
  accepted: ReadonlySet<string>,
  offers: readonly FigureOffer[],
): BodyDocument {
  const idOf = (beforeIndex: number) => {
    const unit = before[beforeIndex]!;
    return unit.kind === 'paragraph' && unit.path ? unit.path.join('.') : `u${beforeIndex}`;
  };
  const emissions: Emission[] = [];
  for (const step of steps) {
    switch (step.kind) {
      case 'kept': {
        const reformatted = accepted.has(`noi-dung:sua:${idOf(step.before)}`);
        emissions.push({
          kind: 'exported',
          beforeIndex: step.before,
          node: reformatted ? rebuilt(before[step.before]!, after[step.after]!, context, accepted, offers) : null,
        });
        break;
      }
      case 'changed':
        emissions.push({
          kind: 'exported',
          beforeIndex: step.before,
          node: accepted.has(`noi-dung:sua:${idOf(step.before)}`)
            ? rebuilt(before[step.before]!, after[step.after]!, context, accepted, offers)
            : null,
        });
        break;
      case 'removed':
        if (!accepted.has(`noi-dung:xoa:${idOf(step.before)}`)) emissions.push({ kind: 'exported', beforeIndex: step.before, node: null });
        break;
      case 'moved-from':
        if (!accepted.has(`noi-dung:chuyen:${idOf(step.before)}`))
          emissions.push({ kind: 'exported', beforeIndex: step.before, node: null });
        break;
      case 'moved-to':
        if (accepted.has(`noi-dung:chuyen:${idOf(step.before)}`))
          emissions.push({ kind: 'exported', beforeIndex: step.before, node: null });
        break;
      case 'added':
        if (accepted.has(`noi-dung:them:${step.after}`)) emissions.push({ kind: 'new', unit: after[step.after]! });
        break;
    }
  }
  return { type: 'doc', content: assemble(emissions, before, context) };
}

/** The new node of a changed unit: a paragraph keeps its type and its live figures, a table its shape when it can. */
function rebuilt(
  unit: BodyUnit,
  edited: BodyUnit,
  context: Context,
  accepted: ReadonlySet<string>,
  offers: readonly FigureOffer[],
): BlockNode | null {
  if (unit.kind === 'table' || edited.kind === 'table') {
    return edited.kind === 'table' ? rebuildTable(edited.table, unit.kind === 'table' ? { table: unit.table, context } : null) : null;
  }
  if (!unit.path) return null;
  const node = nodeAt(context.closingBody, unit.path);
  const original = nodeAt(context.body, unit.path);
  if (!node || !original) return null;
  const { content, retyped } = rebuildParagraph(unit.paragraph, edited.paragraph, inlineOf(node), context, (figure) => {
    const offer = offers.find((candidate) => candidate.changeId === `so-lieu:${unit.path!.join('.')}:${figure.index}`);
    return (
      offer !== undefined &&
      accepted.has(offer.changeId) &&
      renderFigure(context.rows, context.period, figure.figure.attrs).text === figure.after
    );
  });
  const attrs = { ...(original.attrs ?? {}) };
  delete attrs['review'];
  return {
    ...original,
    attrs: retyped.length > 0 ? { ...attrs, review: 'pending' } : attrs,
    content: withoutClosingMark(content, inlineOf(original)),
  };
}

/** Puts the emitted units back into blocks: a list item goes into its list, a paragraph or table stands alone. */
function assemble(emissions: readonly Emission[], before: readonly BodyUnit[], context: Context): BlockNode[] {
  const blocks: BlockNode[] = [];
  const covered = new Set<number>();
  for (const unit of before) {
    const top = topIndexOf(unit);
    if (top !== null) covered.add(top);
  }
  const emittedTops = new Set<number>();
  let openList: { top: number; node: BlockNode } | null = null;
  const itemSources = new WeakMap<BlockNode, number>();
  const emitUncoveredAfter = (top: number) => {
    for (let next = top + 1; next < context.body.content.length && !covered.has(next); next += 1) {
      if (emittedTops.has(next)) continue;
      emittedTops.add(next);
      blocks.push(copyJson(context.body.content[next]!));
    }
  };
  emitUncoveredAfter(-1);

  for (const emission of emissions) {
    if (emission.kind === 'new') {
      const created = newBlocksOf(emission.unit);
      if (created.listItem && openList && openList.node.type === 'bulletList') {
        (openList.node.content as BlockNode[]).push(created.listItem);
        continue;
      }
      openList = null;
      if (created.listItem) {
        const list: BlockNode = { type: 'bulletList', content: [created.listItem] };
        blocks.push(list);
        openList = { top: -1, node: list };
      } else if (created.block) blocks.push(created.block);
      continue;
    }
    const unit = before[emission.beforeIndex]!;
    const path = unit.kind === 'paragraph' ? unit.path : null;
    const top = topIndexOf(unit);
    if (top === null) continue;
    const container = context.body.content[top]!;
    if (path && path.length > 1 && isList(container)) {
      const itemIndex = path[1]!;
      if (!openList || openList.top !== top) {
        openList = { top, node: { ...copyJson(container), content: [] } };
        blocks.push(openList.node);
        emittedTops.add(top);
      }
      const items = openList.node.content as BlockNode[];
      const originalItem = (container.content as BlockNode[])[itemIndex]!;
      let item = items.find((candidate) => itemSources.get(candidate) === itemIndex);
      if (!item) {
        item = copyJson(originalItem);
        itemSources.set(item, itemIndex);
        items.push(item);
      }
      if (emission.node) replaceAt(item, path.slice(2), emission.node);
      emitUncoveredAfter(top);
      continue;
    }
    openList = null;
    emittedTops.add(top);
    if (emission.node && path && path.length > 1) {
      // A paragraph inside a table cell that was edited alone.
      const table = copyJson(container);
      replaceAt(table, path.slice(1), emission.node);
      blocks.push(table);
    } else blocks.push(emission.node ?? copyJson(container));
    emitUncoveredAfter(top);
  }
  return blocks;
}

function topIndexOf(unit: BodyUnit): number | null {
  if (unit.kind === 'paragraph') return unit.path?.[0] ?? null;
  for (const row of unit.table.rows)
    for (const cell of row)
      for (const block of cell.blocks)
        if (block.kind === 'paragraph')
          for (const bookmark of block.bookmarks) {
            const match = /^_bc_(\d+)/.exec(bookmark);
            if (match) return Number(match[1]);
          }
  return null;
}

function isList(node: BlockNode): boolean {
  return node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList';
}

export function nodeAt(body: BodyDocument, path: readonly number[]): BlockNode | null {
  let node: BlockNode | BodyDocument = body;
  for (const index of path) {
    const child: BlockNode | InlineNode | undefined = (node.content as (BlockNode | InlineNode)[] | undefined)?.[index];
    if (!child || !('content' in child || child.type === 'paragraph' || child.type === 'heading')) return null;
    node = child as BlockNode;
  }
  return node === body ? null : (node as BlockNode);
}

function replaceAt(root: BlockNode, path: readonly number[], replacement: BlockNode): void {
  if (path.length === 0) return;
  let parent = root;
  for (const index of path.slice(0, -1)) parent = (parent.content as BlockNode[])[index]!;
  (parent.content as BlockNode[])[path[path.length - 1]!] = replacement;
}

function inlineOf(node: BlockNode): InlineNode[] {
  return ((node.content ?? []) as InlineNode[]).filter(
    (child) => child.type === 'text' || child.type === 'figure' || child.type === 'hardBreak',
  );
}

/** The closing `./.` the export added to the last paragraph, taken out again (and the full stop it replaced put back). */
function withoutClosingMark(content: InlineNode[], original: readonly InlineNode[]): InlineNode[] {
  const last = content[content.length - 1];
  if (last?.type !== 'text' || !last.text.endsWith('./.')) return content;
  const originalLast = original[original.length - 1];
  const hadStop = originalLast?.type === 'text' && /\.\s*$/.test(originalLast.text);
  const text = last.text.slice(0, -3) + (hadStop ? '.' : '');
  return text === '' ? content.slice(0, -1) : [...content.slice(0, -1), { ...last, text }];
}
