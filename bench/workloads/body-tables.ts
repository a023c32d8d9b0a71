import type { BlockNode, InlineNode } from '../../core/body/body-schema';
import { paragraph, text } from '../../core/body/build-body';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { cumulativeSpanLabel, periodNameWithoutYear } from '../../core/periods/period-label';
import { startsTheYear } from '../../core/periods/period';
import { capitalise, figureOf, type ProseContext } from './vietnamese-prose';
import { investors, progressNotes, projects } from './vietnamese-phrases';

type CellContent = string | InlineNode | null;

function cell(type: 'tableHeader' | 'tableCell', content: CellContent): BlockNode {
  const inline = content === null || content === '' ? '-' : content;
  return { type, content: [paragraph(inline)] };
}

function tableOf(header: string[], rows: CellContent[][]): BlockNode {
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((title) => cell('tableHeader', title)) },
      ...rows.map((cells) => ({ type: 'tableRow' as const, content: cells.map((content) => cell('tableCell', content)) })),
    ],
  };
}

/** The caption line above a table, in italics as reports print it. */
export function tableCaption(number: number, title: string): BlockNode {
  return { type: 'paragraph', content: [text(`Bảng ${number}. ${title}`, ['italic'])] };
}

/** A total broken down by ward: plan, this period, the cumulative, % of plan and growth, every number a figure. */
export function wardTable(context: ProseContext, total: IndicatorRow, wards: readonly IndicatorRow[]): BlockNode {
  const withCumulative = total.nature === 'flow' && !startsTheYear(context.period);
  const header = [
    'STT',
    'Đơn vị',
    `Kế hoạch năm (${total.unit})`,
    `Thực hiện ${periodNameWithoutYear(context.period)}`,
    ...(withCumulative ? [`Lũy kế ${cumulativeSpanLabel(context.period)}`] : []),
    '% kế hoạch năm',
    'Tăng, giảm so với cùng kỳ (%)',
  ];
  const line = (row: IndicatorRow, label: string, number: string): CellContent[] => [
    number,
    label,
    figureOf(context, row, 'plan', { withoutUnit: true }),
    figureOf(context, row, 'value', { withoutUnit: true }),
    ...(withCumulative ? [figureOf(context, row, 'cumulative', { withoutUnit: true })] : []),
    figureOf(context, row, 'plan-percent'),
    figureOf(context, row, 'growth'),
  ];
  return tableOf(header, [
    ...wards.map((ward, index) => line(ward, `Phường ${ward.name.slice(ward.name.lastIndexOf('phường ') + 7)}`, String(index + 1))),
    line(total, 'Toàn quận', ''),
  ]);
}

/** Several indicators of a field, one a row: unit, this period, % of plan, growth. */
export function summaryTable(context: ProseContext, rows: readonly IndicatorRow[]): BlockNode {
  return tableOf(
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', `Thực hiện ${periodNameWithoutYear(context.period)}`, '% kế hoạch năm', 'So với cùng kỳ (%)'],
    rows.map((row, index) => [
      String(index + 1),
      row.name,
      row.unit,
      figureOf(context, row, 'value', { withoutUnit: true }),
      figureOf(context, row, 'plan-percent'),
      figureOf(context, row, 'growth'),
    ]),
  );
}

/** The progress of the district's projects: text only. */
export function projectTable(context: ProseContext, count: number): BlockNode {
  const random = context.random;
  return tableOf(
    ['STT', 'Tên dự án', 'Chủ đầu tư', 'Tiến độ thực hiện', 'Ghi chú'],
    random
      .sample(projects, count)
      .map((project, index) => [
        String(index + 1),
        project,
        random.pick(investors),
        random.pick(progressNotes),
        random.chance(0.4) ? capitalise('cần tập trung tháo gỡ vướng mắc về mặt bằng') : '',
      ]),
  );
}
