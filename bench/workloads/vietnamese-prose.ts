import type { FigureNode, InlineNode } from '../../core/body/body-schema';
import { figure, text } from '../../core/body/build-body';
import type { FigureReference } from '../../core/figures/figure-reference';
import { renderFigureOfRow } from '../../core/figures/render-figure';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { formatAmount } from '../../core/numbers/format-number';
import { startsTheYear, type Period } from '../../core/periods/period';
import { periodNameWithoutYear } from '../../core/periods/period-label';
import type { SeededRandom } from './seeded-random';
import {
  actions,
  agenciesByGroup,
  connectives,
  organisedThings,
  outcomes,
  taskVerbs,
  topicsByGroup,
  violations,
} from './vietnamese-phrases';

/** What the sentences of one report are written about. */
export interface ProseContext {
  period: Period;
  rows: readonly IndicatorRow[];
  random: SeededRandom;
}

export type Sentence = InlineNode[];

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

export function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}

/** A figure reference, or null when the indicator cannot show it yet (a report never prints `…` on purpose). */
export function figureOf(
  context: ProseContext,
  row: IndicatorRow,
  field: FigureReference['field'],
  options: Partial<FigureReference> = {},
) {
  const reference: FigureReference = { indicator: row.id, field, ...options };
  return renderFigureOfRow(row, context.period, reference).missing === null ? figure(reference) : null;
}

/** Inline content from strings and figures, joining neighbouring strings and skipping missing figures' clauses. */
export function inline(...parts: (string | FigureNode | null)[]): Sentence {
  const content: InlineNode[] = [];
  for (const part of parts) {
    if (part === null || part === '') continue;
    const last = content[content.length - 1];
    if (typeof part === 'string') {
      if (last?.type === 'text' && !last.marks) last.text += part;
      else content.push(text(part));
    } else content.push(part);
  }
  return content;
}

function timePhrase(context: ProseContext): string {
  return context.random.pick([
    `Trong ${periodNameWithoutYear(context.period)}`,
    'Thời gian qua',
    'Trong kỳ báo cáo',
    'Thực hiện chỉ đạo của UBND thành phố',
    'Ngay từ đầu năm',
  ]);
}

/** A sentence about what an office did and how it went, with no figure from the table. */
export function plainSentence(context: ProseContext, group: string): string {
  const random = context.random;
  const agency = random.pick(agenciesByGroup[group] ?? agenciesByGroup['kinh-te']!);
  const topic = random.pick(topicsByGroup[group] ?? topicsByGroup['kinh-te']!);
  const [thing, low, high] = random.pick(organisedThings);
  const count = formatAmount(random.integer(low, high), 0);
  switch (random.integer(0, 5)) {
    case 0:
      return `${timePhrase(context)}, ${agency} đã ${random.pick(actions)} ${topic}, ${random.pick(outcomes)}.`;
    case 1:
      return `${random.pick(connectives)}, ${agency} ${random.pick(actions)} ${topic}; tổ chức ${count} ${thing}, ${random.pick(outcomes)}.`;
    case 2:
      return `${capitalise(topic)} tiếp tục được quan tâm chỉ đạo, ${random.pick(outcomes)}; các khó khăn, vướng mắc phát sinh được kịp thời tháo gỡ.`;
    case 3:
      return `Qua kiểm tra, đã phát hiện, xử lý ${formatAmount(random.integer(5, 240), 0)} ${random.pick(violations)}, xử phạt vi phạm hành chính với tổng số tiền ${formatAmount(random.integer(15, 900) / 10, 1)} triệu đồng.`;
    case 4:
      return `${agency} phối hợp với UBND các phường tổ chức ${count} ${thing} với ${formatAmount(random.integer(120, 3500), 0)} lượt người tham gia, qua đó nâng cao nhận thức và trách nhiệm của cán bộ, đảng viên và nhân dân.`;
    default:
      return `Việc triển khai ${topic} được thực hiện bài bản, có trọng tâm, trọng điểm, ${random.pick(outcomes)}.`;
  }
}

/**
 * A sentence on one indicator that mixes the figure kinds reports use: the period's value, the cumulative, the
 * share of the plan and the comparison with the same period, as the indicator's nature allows.
 */
export function figureSentence(context: ProseContext, row: IndicatorRow, lead: string | null): Sentence {
  const random = context.random;
  const name = lead ? `${lead}, ${lowerFirst(row.name)}` : row.name;
  const flow = row.nature === 'flow';
  const wording = random.pick(['bang', 'dat'] as const);
  const figures = (field: FigureReference['field'], options: Partial<FigureReference> = {}) => figureOf(context, row, field, options);
  let parts: (string | FigureNode | null)[];
  if (flow && !startsTheYear(context.period)) {
    parts = random.chance(0.5)
      ? [
          `${name} `,
          figures('value-phrase'),
          ', ',
          figures('growth-comparison', { basis: 'period' }),
          '; ',
          figures('cumulative-phrase'),
          ', ',
          figures('plan-comparison', { wording }),
          '.',
        ]
      : [
          `${name} `,
          figures('value-phrase'),
          '; ',
          figures('cumulative-phrase'),
          ', ',
          figures('plan-comparison', { wording }),
          ', ',
          figures('growth-comparison'),
          '.',
        ];
  } else if (flow) {
    parts = [`${name} `, figures('value-phrase'), ', ', figures('plan-comparison', { wording }), ', ', figures('growth-comparison'), '.'];
  } else {
    parts = random.chance(0.5)
      ? [`${name} `, figures('value-phrase'), ', ', figures('plan-comparison', { wording }), '.']
      : [`${name} đến nay là `, figures('value'), ', ', figures('growth-comparison'), '.'];
  }
  // A figure the row cannot show (a zero of last year to grow from) leaves the sentence to the plain value.
  if (parts.includes(null)) parts = [`${name} `, figures('value-phrase'), '.'];
  return inline(...parts);
}

/** `Trong đó, phường Bình Minh ước đạt 12,4 tỷ đồng, phường Đông Hải …`: the ward rows of a total. */
export function wardSentence(context: ProseContext, wards: readonly IndicatorRow[]): Sentence {
  const parts: (string | FigureNode | null)[] = ['Trong đó, '];
  wards.forEach((ward, index) => {
    const wardName = ward.name.slice(ward.name.lastIndexOf(': ') + 2);
    if (index > 0) parts.push(index === wards.length - 1 ? ' và ' : ', ');
    const plan = figureOf(context, ward, 'plan-comparison', { wording: 'dat' });
    parts.push(`${wardName} `, figureOf(context, ward, 'value-phrase'), ...(plan ? [' (', plan, ')'] : []));
  });
  parts.push('.');
  return inline(...parts);
}

/** A task for the next period, as the key-tasks section lists them. */
export function taskSentence(context: ProseContext, group: string): string {
  const random = context.random;
  const topic = random.pick(topicsByGroup[group] ?? topicsByGroup['kinh-te']!);
  return `${random.pick(taskVerbs)} ${topic}; ${random.pick([
    'phân công rõ người, rõ việc, rõ thời gian hoàn thành',
    'gắn trách nhiệm của người đứng đầu với kết quả thực hiện',
    'phấn đấu hoàn thành vượt mức các chỉ tiêu được giao',
    'kịp thời tháo gỡ khó khăn, vướng mắc phát sinh',
    'tăng cường kiểm tra, giám sát việc thực hiện',
  ])}.`;
}

/** Words in inline content as printed, figures written out. */
export function wordsIn(content: readonly InlineNode[], context: Pick<ProseContext, 'period' | 'rows'>): number {
  let words = 0;
  for (const node of content) {
    if (node.type === 'text') words += countWords(node.text);
    else if (node.type === 'figure') {
      const row = context.rows.find((candidate) => candidate.id === node.attrs.indicator);
      if (row) words += countWords(renderFigureOfRow(row, context.period, node.attrs).text);
    }
  }
  return words;
}

export function countWords(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}
