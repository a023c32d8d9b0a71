import { copyJson } from '../json/copy-json';
import type { BlockNode, BodyDocument, InlineNode, SectionKind } from '../body/body-schema';
import { heading, taskList } from '../body/build-body';
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

/** The items of the previous report's key-tasks section, as plain sentences with their figures written out. */
export function keyTasksOf(report: Report): string[] {
  const tasks: string[] = [];
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
        const sentence = (item.content as BlockNode[] | undefined)
          ?.map((child) => inlineText(child.content, report.indicators, report.period))
          .join(' ')
          .trim();
        if (sentence) tasks.push(sentence);
      }
    } else if (block.type === 'paragraph') {
      const sentence = inlineText(block.content, report.indicators, report.period).trim();
      const introducesList = sentence.endsWith(':') && hasList(index);
      if (sentence && !introducesList) tasks.push(sentence);
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
