import type { Report } from '../report/report-schema';
import type { CheckTarget, IndicatorColumn, MetaField } from './check-finding';
import { textBlocksOf } from './text-blocks';

export const indicatorColumnLabels: Record<IndicatorColumn, string> = {
  value: 'số liệu kỳ này',
  status: 'tình trạng số liệu',
  cumulativeOverride: 'lũy kế',
  plan: 'kế hoạch',
  samePeriodValue: 'số cùng kỳ',
  samePeriodCumulative: 'lũy kế cùng kỳ',
};

export const metaFieldLabels: Record<MetaField, string> = {
  number: 'số, ký hiệu',
  date: 'ngày ban hành',
  subject: 'trích yếu',
  signer: 'người ký',
  recipients: 'nơi nhận',
  issuer: 'cơ quan ban hành',
};

/**
 * Names the place a finding points to, in Vietnamese: `đoạn 12` (paragraphs and headings counted from the top,
 * lists and tables included), `chỉ tiêu “Tổng thu…” – số liệu kỳ này`, `trích yếu`. Built once per report.
 */
export function targetDescriber(report: Report): (target: CheckTarget) => string {
  let ordinals: Map<string, number> | undefined;
  const rows = new Map(report.indicators.map((row) => [row.id, row]));
  return (target) => {
    switch (target.kind) {
      case 'meta':
        return metaFieldLabels[target.field];
      case 'indicator': {
        const name = rows.get(target.indicatorId)?.name ?? target.indicatorId;
        return `chỉ tiêu “${name}” – ${indicatorColumnLabels[target.column]}`;
      }
      case 'body': {
        ordinals ??= new Map(textBlocksOf(report.body).map((block, index) => [block.path.join('.'), index + 1]));
        const ordinal = ordinals.get(target.path.join('.'));
        return ordinal === undefined ? `phần thân, vị trí ${target.path.join('.')}` : `đoạn ${ordinal}`;
      }
    }
  };
}
