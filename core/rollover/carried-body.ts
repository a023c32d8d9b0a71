import { copyJson } from '../json/copy-json';
import type { BlockNode, BodyDocument, InlineNode, SectionKind } from '../body/body-schema';
import { heading, taskList, text } from '../body/build-body';
import { inlineText } from '../body/body-to-text';
import { replacePeriodPhrases } from '../periods/period-phrases';
import { periodNameWithoutYear } from '../periods/period-label';
import type { Period } from '../periods/period';
import type { Report } from '../report/report-schema';

interface Section {
  kind: SectionKind | null;
  level: number;
}

/**
 * The previous report's body made ready for the next period: headings renamed for the new period, every
 * paragraph marked as not yet reviewed, and the key tasks set for this period (by `tasksFrom`, the previous report
 * unless said otherwise) turned into this period's checklist.
 */
export function carryBody(previous: Report, period: Period, tasksFrom: Report | null = previous): BodyDocument {
  const tasks = tasksFrom ? keyTasksOf(tasksFrom) : [];
  const blocks: BlockNode[] = [];
  let skipping: Section | null = null;
  let checklistPlaced = false;
  let results: { level: number; subheadings: number; style: string } | null = null;

  const placeChecklist = () => {
    if (checklistPlaced || tasks.length === 0) return;
    if (results) {
      const number = `${results.subheadings + 1}${results.style}`;
      blocks.push(
        heading(results.level + 1, `${number} Kết quả thực hiện các nhiệm vụ trọng tâm ${periodNameWithoutYear(period)}`, 'previous-tasks'),
      );
      blocks.push(taskList(tasks.map((text) => ({ text, checked: false }))));
      checklistPlaced = true;
    }
  };

  for (const block of previous.body.content) {
    if (block.type === 'heading') {
      const level = Number(block.attrs?.['level'] ?? 1);
      const kind = (block.attrs?.['section'] as SectionKind | null | undefined) ?? null;
      if (skipping && level <= skipping.level) skipping = null;
      if (results && level <= results.level) {
        placeChecklist();
        results = null;
      }
      if (kind === 'results') results = { level, subheadings: 0, style: '.' };
      else if (results && level === results.level + 1) {
        results.subheadings += 1;
        const numbering = /^\s*\d+\s*([.-])/.exec(inlineText(block.content, [], period));
        if (numbering) results.style = numbering[1]!;
      }
      if (kind === 'previous-tasks') {
        blocks.push(renamedHeading(block, previous.period, period));
        if (tasks.length > 0) blocks.push(taskList(tasks.map((text) => ({ text, checked: false }))));
        checklistPlaced = true;
        skipping = { kind, level };
        continue;
      }
      blocks.push(renamedHeading(block, previous.period, period));
      continue;
    }
    if (skipping) continue;
    blocks.push(markedForReview(block));
  }
  placeChecklist();
  return { type: 'doc', content: blocks };
}

/**
 * The items of the previous report's key-tasks section, as sentences with their figures written out, except the
 * targets an annual report set for the next year (`Thu ngân sách: 18.200 triệu đồng`): they are this year's plans,
 * and stay live as the plan's figure.
 */
export function keyTasksOf(report: Report): InlineNode[][] {
  const tasks: InlineNode[][] = [];
  const sentenceOf = (content: readonly (BlockNode | InlineNode)[] | undefined): InlineNode[] => {
    const nodes: InlineNode[] = [];
    for (const node of (content ?? []) as InlineNode[]) {
      if (node.type === 'figure' && node.attrs.field === 'next-year-plan') nodes.push({ ...node, attrs: { ...node.attrs, field: 'plan' } });
      else {
        const written = node.type === 'text' ? node.text : inlineText([node], report.indicators, report.period);
        const last = nodes[nodes.length - 1];
        if (last?.type === 'text') nodes[nodes.length - 1] = text(last.text + written);
        else nodes.push(text(written));
      }
    }
    const first = nodes[0];
    if (first?.type === 'text') nodes[0] = text(first.text.trimStart());
    const end = nodes[nodes.length - 1];
    if (end?.type === 'text') nodes[nodes.length - 1] = text(end.text.trimEnd());
    return nodes.filter((node) => node.type !== 'text' || node.text !== '');
  };
  let inTasks: number | null = null;
  const blocks = report.body.content;
  const hasList = (from: number) => blocks.slice(from).some((block) => block.type === 'bulletList' || block.type === 'orderedList');
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      const level = Number(block.attrs?.['level'] ?? 1);
      if (inTasks !== null && level <= inTasks) inTasks = null;
      if (block.attrs?.['section'] === 'tasks') inTasks = level;
      return;
    }
    if (inTasks === null) return;
    if (block.type === 'bulletList' || block.type === 'orderedList' || block.type === 'taskList') {
      for (const item of block.content as BlockNode[]) {
        const parts = ((item.content as BlockNode[] | undefined) ?? []).map((child) => sentenceOf(child.content));
        const sentence = parts.flatMap((part, position) => (position > 0 && part.length > 0 ? [text(' '), ...part] : part));
        if (sentence.length > 0) tasks.push(sentence);
      }
    } else if (block.type === 'paragraph') {
      const sentence = sentenceOf(block.content);
      const plain = inlineText(block.content, report.indicators, report.period).trim();
      const introducesList = plain.endsWith(':') && hasList(index);
      if (sentence.length > 0 && !introducesList) tasks.push(sentence);
    }
  });
  return tasks;
}

function renamedHeading(block: BlockNode, from: Period, to: Period): BlockNode {
  return {
    ...block,
    content: (block.content as InlineNode[] | undefined)?.map((node) =>
      node.type === 'text' ? { ...node, text: replacePeriodPhrases(node.text, from, to) } : node,
    ),
  };
}

function markedForReview(block: BlockNode): BlockNode {
  const copy: BlockNode = copyJson(block);
  const mark = (node: BlockNode) => {
    if (node.type === 'paragraph') node.attrs = { ...(node.attrs ?? {}), review: 'pending' };
    (node.content as BlockNode[] | undefined)?.forEach((child) => {
      if ('content' in child || child.type === 'paragraph') mark(child);
    });
  };
  mark(copy);
  return copy;
}
