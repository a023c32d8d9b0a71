import { diffArrays } from 'diff';
import { similarity } from '../text/similarity';
import { bodyPathOfBookmark } from '../export/body-bookmark';
import type { WordBlock, WordParagraph, WordTable } from '../word/word-document';
import { tidy } from './frame-fields';

/**
 * What the body is compared by: each paragraph outside tables, and each table whole. A paragraph the tool exported
 * carries the path of the report node it was written from.
 */
export type BodyUnit =
  { kind: 'paragraph'; paragraph: WordParagraph; path: number[] | null; key: string } | { kind: 'table'; table: WordTable; key: string };

export function bodyUnitsOf(blocks: readonly WordBlock[]): BodyUnit[] {
  const units: BodyUnit[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      units.push({ kind: 'table', table: block, key: tableKey(block) });
      continue;
    }
    const key = tidy(block.text);
    if (key === '') continue;
    const path = block.bookmarks.map(bodyPathOfBookmark).find((candidate) => candidate !== null) ?? null;
    units.push({ kind: 'paragraph', paragraph: block, path, key });
  }
  return units;
}

export function tableKey(table: WordTable): string {
  return table.rows.map((row) => row.map((cell) => cellText(cell.blocks)).join(' | ')).join('\n');
}

export function cellText(blocks: readonly WordBlock[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? tidy(block.text) : tableKey(block)))
    .filter(Boolean)
    .join(' ');
}

/**
 * How the units of the exported body became those of the file, in reading order: kept, changed, removed, added;
 * a paragraph moved elsewhere is seen twice, where it was (`moved-from`) and where it is now (`moved-to`).
 */
export type UnitStep =
  | { kind: 'kept'; before: number; after: number }
  | { kind: 'changed'; before: number; after: number }
  | { kind: 'moved-from'; before: number; after: number }
  | { kind: 'moved-to'; before: number; after: number }
  | { kind: 'removed'; before: number }
  | { kind: 'added'; after: number };

/**
 * Aligns the units of the exported body with those of the file: the longest common sequence of equal units,
 * then, between two of them, removed and added units paired in order when they are alike enough (a changed
 * paragraph); a removed unit equal to an added one elsewhere is a moved one.
 */
export function alignUnits(before: readonly BodyUnit[], after: readonly BodyUnit[]): UnitStep[] {
  const steps: UnitStep[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  const hunks = diffArrays(
    before.map((unit) => unit.key),
    after.map((unit) => unit.key),
  );
  let removed: number[] = [];
  let added: number[] = [];
  const settle = () => {
    steps.push(...pairUp(removed, added, before, after));
    removed = [];
    added = [];
  };
  for (const hunk of hunks) {
    const count = hunk.count ?? hunk.value.length;
    if (hunk.removed) for (let index = 0; index < count; index += 1) removed.push(beforeIndex++);
    else if (hunk.added) for (let index = 0; index < count; index += 1) added.push(afterIndex++);
    else {
      settle();
      for (let index = 0; index < count; index += 1) steps.push({ kind: 'kept', before: beforeIndex++, after: afterIndex++ });
    }
  }
  settle();
  return findMoves(steps, before, after);
}

function pairUp(removed: number[], added: number[], before: readonly BodyUnit[], after: readonly BodyUnit[]): UnitStep[] {
  const steps: UnitStep[] = [];
  let next = 0;
  for (const beforeIndex of removed) {
    // Looking a little ahead is enough: a changed paragraph stays about where it was.
    const match = added.findIndex(
      (afterIndex, position) =>
        position >= next &&
        position < next + pairingWindow &&
        before[beforeIndex]!.kind === after[afterIndex]!.kind &&
        similarity(before[beforeIndex]!.key, after[afterIndex]!.key) >= 0.5,
    );
    if (match < 0) {
      steps.push({ kind: 'removed', before: beforeIndex });
      continue;
    }
    for (const afterIndex of added.slice(next, match)) steps.push({ kind: 'added', after: afterIndex });
    steps.push({ kind: 'changed', before: beforeIndex, after: added[match]! });
    next = match + 1;
  }
  for (const afterIndex of added.slice(next)) steps.push({ kind: 'added', after: afterIndex });
  return steps;
}

function findMoves(steps: UnitStep[], before: readonly BodyUnit[], after: readonly BodyUnit[]): UnitStep[] {
  const addedByKey = new Map<string, number[]>();
  steps.forEach((step, position) => {
    if (step.kind === 'added') addedByKey.set(after[step.after]!.key, [...(addedByKey.get(after[step.after]!.key) ?? []), position]);
  });
  const moves = new Map<number, number>();
  steps.forEach((step, position) => {
    if (step.kind !== 'removed') return;
    const target = addedByKey.get(before[step.before]!.key)?.find((candidate) => ![...moves.values()].includes(candidate));
    if (target !== undefined) moves.set(position, target);
  });
  const targets = new Map([...moves].map(([from, to]) => [to, from]));
  return steps.map((step, position): UnitStep => {
    const to = moves.get(position);
    if (to !== undefined)
      return { kind: 'moved-from', before: (step as { before: number }).before, after: (steps[to] as { after: number }).after };
    const from = targets.get(position);
    if (from !== undefined)
      return { kind: 'moved-to', before: (steps[from] as { before: number }).before, after: (step as { after: number }).after };
    return step;
  });
}

const pairingWindow = 30;
