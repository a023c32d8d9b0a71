import type { BlockNode, BodyDocument, InlineNode } from '../body/body-schema';
import { foldText } from '../checks/fold-text';
import type { FigureField, FigureReference } from '../figures/figure-reference';
import { renderFigureOfRow } from '../figures/render-figure';
import { copyJson } from '../json/copy-json';
import type { IndicatorRow } from '../indicators/indicator-row';
import type { Period } from '../periods/period';
import { quoted } from './describe-edit';

/** A number of the prose that reads exactly as a figure of the indicator table, offered as a live reference. */
export interface FigureSuggestion {
  id: string;
  /** The path of the paragraph in the body, and the characters of its text the figure would replace. */
  path: number[];
  start: number;
  end: number;
  text: string;
  reference: FigureReference;
  description: string;
}

/** The fields tried, the longer phrases first, so that `ước đạt 27,8 tỷ đồng` is one figure rather than a number in a phrase. */
const fields: FigureField[] = [
  'value-phrase',
  'cumulative-phrase',
  'plan-comparison',
  'growth-comparison',
  'ratio-comparison',
  'progress',
  'value',
  'cumulative',
  'plan',
  'next-year-plan',
  'same-period',
  'plan-percent',
  'growth',
  'ratio',
];

/** A number as written: digits with their separators (`1.379`, `27,8`, `02`). */
const numberPattern = /\d+(?:[.,]\d+)*/u;

/**
 * Every way an office may have written a figure of the row, the plainest first (a variant that reads the same as
 * one before it is not tried again): the fields, then the verbs of a plan comparison, the month's own comparison
 * with the same period (named or not), a leading zero, percentage points in short.
 */
function referencesTried(row: IndicatorRow): FigureReference[] {
  const plain = (field: FigureField, options: Partial<FigureReference> = {}): FigureReference => ({ indicator: row.id, field, ...options });
  const references = fields.map((field) => plain(field));
  references.push(plain('plan-comparison', { wording: 'dat' }), plain('plan-comparison', { wording: 'vuot' }));
  for (const field of comparedFields) {
    references.push(plain(field), plain(field, { comparedWith: 'named' }));
    references.push(
      plain(field, { basis: 'period', comparedWith: 'same-period' }),
      plain(field, { basis: 'period', comparedWith: 'named' }),
    );
  }
  references.push(plain('plan-gap'), plain('plan-remaining'));
  for (const field of countedFields) references.push(plain(field, { leadingZero: true }));
  references.push(plain('point-change', { points: 'short' }), plain('plan-gap', { points: 'short' }));
  return references;
}

/** Comparisons with the same period, which may be of the cumulative or of the period alone. */
const comparedFields: FigureField[] = ['growth-comparison', 'ratio-comparison', 'point-change', 'same-period-difference'];
/** Figures that are counts, which many offices write with a leading zero below ten (`02 vụ`). */
const countedFields: FigureField[] = [
  'value-phrase',
  'cumulative-phrase',
  'value',
  'cumulative',
  'same-period-difference',
  'plan-remaining',
];

const fieldNames: Record<FigureField, string> = {
  value: 'số liệu kỳ này',
  'value-phrase': 'số liệu kỳ này',
  cumulative: 'lũy kế',
  'cumulative-phrase': 'lũy kế',
  plan: 'kế hoạch',
  'next-year-plan': 'chỉ tiêu năm sau',
  'plan-percent': '% kế hoạch',
  'plan-comparison': 'so với kế hoạch',
  'same-period': 'cùng kỳ',
  growth: 'tăng, giảm so với cùng kỳ',
  'growth-comparison': 'tăng, giảm so với cùng kỳ',
  ratio: 'so với cùng kỳ',
  'ratio-comparison': 'so với cùng kỳ',
  progress: 'thực hiện trên kế hoạch',
  'point-change': 'tăng, giảm so với cùng kỳ (điểm phần trăm)',
  'plan-gap': 'so với kế hoạch',
  'plan-remaining': 'còn phải thực hiện',
  'previous-change': 'so với kỳ trước',
  'same-period-difference': 'tăng, giảm so với cùng kỳ',
};

/**
 * The numbers of the body that read exactly as a figure of one indicator (its value, cumulative, plan, % of plan,
 * growth, with or without their phrases), each to accept or refuse: accepted, the sentence reads the same and its
 * number follows the table. Where two indicators give the same text, the one named closest before wins, and none
 * when neither is named.
 */
export function figureSuggestions(body: BodyDocument, rows: readonly IndicatorRow[], period: Period): FigureSuggestion[] {
  const candidates = rows.flatMap((row) => {
    const seen = new Set<string>();
    return referencesTried(row).flatMap((reference) => {
      const rendered = renderFigureOfRow(row, period, reference);
      if (rendered.missing !== null || !/\d/.test(rendered.text) || seen.has(rendered.text)) return [];
      seen.add(rendered.text);
      return [{ row, reference, text: rendered.text, words: nameWords(row.name, row.unit) }];
    });
  });
  // Each candidate is looked for only in the paragraphs that hold its first number.
  const byNumber = new Map<string, typeof candidates>();
  for (const candidate of candidates) {
    const key = candidate.text.match(numberPattern)?.[0] ?? '';
    byNumber.set(key, [...(byNumber.get(key) ?? []), candidate]);
  }
  const suggestions: FigureSuggestion[] = [];
  paragraphsWithPaths(body).forEach(({ node, path }, paragraphIndex) => {
    const text = plainText(node);
    const folded = foldText(text.normalize('NFC'));
    const found: { start: number; end: number; options: typeof candidates }[] = [];
    const numbers = new Set(text.match(new RegExp(numberPattern.source, 'gu')) ?? []);
    for (const candidate of [...numbers].flatMap((number) => byNumber.get(number) ?? [])) {
      for (let start = text.indexOf(candidate.text); start >= 0; start = text.indexOf(candidate.text, start + 1)) {
        const end = start + candidate.text.length;
        if (!atBoundaries(text, start, end) || !withinOneText(node, start, end)) continue;
        const same = found.find((entry) => entry.start === start && entry.end === end);
        if (same) same.options.push(candidate);
        else found.push({ start, end, options: [candidate] });
      }
    }
    // The longest readings first; a shorter one inside a longer is left out.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: [number, number][] = [];
    for (const entry of found) {
      if (taken.some(([from, to]) => entry.start < to && entry.end > from)) continue;
      const chosen = bestNamed(entry.options, sentenceAround(folded, entry.start, entry.end));
      if (!chosen) continue;
      taken.push([entry.start, entry.end]);
      suggestions.push({
        id: `goi-y:${path.join('.')}:${entry.start}`,
        path,
        start: entry.start,
        end: entry.end,
        text: chosen.text,
        reference: chosen.reference,
        description: `Đoạn ${paragraphIndex + 1}: ${quoted(context(text, entry.start, entry.end))} → số liệu của “${chosen.row.name}”, ${fieldNames[chosen.reference.field]}`,
      });
    }
  });
  return suggestions.sort((a, b) => comparePaths(a.path, b.path) || a.start - b.start);
}

/** The body with the accepted suggestions as figure references in place of their text. */
export function withFigures(body: BodyDocument, suggestions: readonly FigureSuggestion[], accepted: ReadonlySet<string>): BodyDocument {
  const copy = copyJson(body);
  const byParagraph = new Map<string, FigureSuggestion[]>();
  for (const suggestion of suggestions) {
    if (!accepted.has(suggestion.id)) continue;
    const key = suggestion.path.join('.');
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), suggestion]);
  }
  for (const { node, path } of paragraphsWithPaths(copy)) {
    const chosen = byParagraph.get(path.join('.'));
    if (chosen) node.content = replaceRanges((node.content ?? []) as InlineNode[], chosen);
  }
  return copy;
}

function replaceRanges(content: readonly InlineNode[], suggestions: readonly FigureSuggestion[]): InlineNode[] {
  const sorted = [...suggestions].sort((a, b) => a.start - b.start);
  const result: InlineNode[] = [];
  let position = 0;
  let next = 0;
  for (const node of content) {
    if (node.type !== 'text') {
      result.push(node);
      position += node.type === 'hardBreak' ? 1 : 0;
      continue;
    }
    let offset = 0;
    const push = (text: string) => {
      if (text) result.push({ ...node, text });
    };
    while (next < sorted.length && sorted[next]!.start >= position && sorted[next]!.end <= position + node.text.length) {
      const suggestion = sorted[next]!;
      push(node.text.slice(offset, suggestion.start - position));
      result.push({ type: 'figure', attrs: suggestion.reference, ...(node.marks ? { marks: node.marks } : {}) });
      offset = suggestion.end - position;
      next += 1;
    }
    push(node.text.slice(offset));
    position += node.text.length;
  }
  return result;
}

function paragraphsWithPaths(body: BodyDocument): { node: BlockNode; path: number[] }[] {
  const found: { node: BlockNode; path: number[] }[] = [];
  const visit = (nodes: readonly (BlockNode | InlineNode)[], path: number[]) =>
    nodes.forEach((node, index) => {
      if (node.type === 'paragraph' || node.type === 'heading') found.push({ node: node as BlockNode, path: [...path, index] });
      else if ('content' in node && node.content) visit(node.content as (BlockNode | InlineNode)[], [...path, index]);
    });
  visit(body.content, []);
  return found;
}

/** A figure replaces text of one formatting only: a range across a change of bold or italic is not offered. */
function withinOneText(node: BlockNode, start: number, end: number): boolean {
  let position = 0;
  for (const child of (node.content ?? []) as InlineNode[]) {
    const length = child.type === 'text' ? child.text.length : child.type === 'hardBreak' ? 1 : 0;
    if (child.type === 'text' && start >= position && end <= position + length) return true;
    position += length;
  }
  return false;
}

function plainText(node: BlockNode): string {
  return ((node.content ?? []) as InlineNode[])
    .map((child) => (child.type === 'text' ? child.text : child.type === 'hardBreak' ? '\n' : ''))
    .join('');
}

/** A figure is a whole word: not the `79` of `1.379`, nor the `3` of `3%` when `3%` is meant. */
function atBoundaries(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return !/[\p{L}\p{N}.,/]/u.test(before) && !/[\p{L}\p{N}%/]/u.test(after) && !/[.,]\d/u.test(text.slice(end, end + 2));
}

/** Words of an indicator's name that say what it is about: not `tỷ lệ`, `tổng`, `số`, `được`… */
const commonWords = new Set([
  'tỷ',
  'lệ',
  'tổng',
  'số',
  'được',
  'các',
  'và',
  'của',
  'trên',
  'địa',
  'bàn',
  'có',
  'đạt',
  'mới',
  'người',
  'trong',
  'theo',
  'cho',
  'về',
  'với',
]);

/** The words that tell an indicator apart: not the common ones, nor those of its unit (`vụ` of `Tai nạn giao thông: số vụ`). */
function nameWords(name: string, unit: string): string[] {
  const words = (text: string) => foldText(text.normalize('NFC')).split(/[^\p{L}\p{M}\p{N}]+/u);
  const unitWords = new Set(words(unit));
  return words(name).filter((word) => word.length > 1 && !commonWords.has(word) && !unitWords.has(word));
}

/**
 * The words that may name a figure's indicator: the sentence up to the figure (from the last full stop before it),
 * and the rest of its clause after it (`33 chi bộ trực thuộc`).
 */
function sentenceAround(folded: string, start: number, end: number): string {
  const before = folded.slice(0, start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '));
  const after = folded.slice(end);
  const clauseEnd = after.search(/[,;.:()]/u);
  return `${before.slice(stop + 1)} ${clauseEnd < 0 ? after : after.slice(0, clauseEnd)}`;
}

/**
 * Of the indicators that give the text, the one the sentence speaks of: the most words of its name before the
 * figure; none when no word of any name is there (a figure of another indicator that happens to read the same).
 */
function bestNamed<T extends { words: string[]; row: IndicatorRow }>(options: readonly T[], sentence: string): T | null {
  const words = new Set(sentence.split(/[^\p{L}\p{M}\p{N}]+/u));
  let best: T | null = null;
  let bestScore = 0;
  let tie = false;
  for (const option of options) {
    const score = option.words.filter((word) => words.has(word)).length;
    if (score > bestScore) {
      best = option;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0 && option.row.id !== best?.row.id) tie = true;
  }
  return tie ? null : best;
}

function context(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 40);
  while (from > 0 && text[from - 1] !== ' ') from -= 1;
  let to = Math.min(text.length, end + 20);
  while (to < text.length && text[to] !== ' ') to += 1;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function comparePaths(first: readonly number[], second: readonly number[]): number {
  for (let index = 0; index < Math.min(first.length, second.length); index += 1)
    if (first[index] !== second[index]) return first[index]! - second[index]!;
  return first.length - second.length;
}
