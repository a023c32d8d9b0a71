import type { BlockNode } from '../../core/body/body-schema';
import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { checkReport } from '../../core/checks/check-report';
import type { CheckFinding } from '../../core/checks/check-finding';
import { emptyIndicatorRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { f } from '../../examples/sample/sample-report';
import { samples } from './check-fixtures';

const measures = [
  'Giá trị sản xuất',
  'Doanh thu',
  'Tổng thu',
  'Vốn đầu tư',
  'Số lao động',
  'Số hộ tham gia',
  'Kim ngạch',
  'Số doanh nghiệp thành lập mới',
  'Diện tích',
  'Số lượt khách',
];
const sectors = [
  'ngành dệt may',
  'ngành cơ khí',
  'ngành điện tử',
  'ngành chế biến thực phẩm',
  'ngành xây dựng',
  'ngành vận tải biển',
  'ngành du lịch lữ hành',
  'ngành bán buôn',
  'ngành bán lẻ',
  'ngành thủy sản',
  'ngành nông nghiệp đô thị',
  'ngành giáo dục tư thục',
  'ngành y tế tư nhân',
  'ngành tài chính ngân hàng',
  'ngành bảo hiểm',
  'ngành bất động sản',
  'ngành logistics',
  'ngành viễn thông',
  'ngành phần mềm',
  'ngành in ấn',
  'ngành da giày',
  'ngành nhựa',
  'ngành hóa chất',
  'ngành gỗ nội thất',
  'ngành văn hóa thể thao',
  'ngành dịch vụ lưu trú',
  'ngành ăn uống',
  'ngành sửa chữa tàu',
  'ngành cấp thoát nước',
  'ngành môi trường đô thị',
];
const units = ['tỷ đồng', 'tỷ đồng', 'tỷ đồng', 'triệu USD', 'lao động', 'hộ', 'tỷ đồng', 'doanh nghiệp', 'ha', 'lượt khách'];

/** Every this many paragraphs, one typed number that differs from the table: the findings the test expects. */
export const plantedEvery = 100;

/**
 * A report of about a hundred pages: `paragraphs` paragraphs of Vietnamese prose (about 60 words each, with figure
 * references, dates, years and document numbers) about `indicators` indicators, the tasks as lists, and one
 * wrong typed number every {@link plantedEvery} paragraphs. Deterministic, for tests and benchmarks.
 */
export function buildLargeReport({ paragraphs = 1000, indicators = 300 } = {}): Report {
  const rows: IndicatorRow[] = Array.from({ length: indicators }, (_, index) =>
    emptyIndicatorRow({
      id: `chi-tieu-${index + 1}`,
      name: `${measures[index % measures.length]} ${sectors[Math.floor(index / measures.length) % sectors.length]}${index >= measures.length * sectors.length ? ` nhóm ${Math.floor(index / 300) + 1}` : ''}`,
      unit: units[index % units.length]!,
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      percentDecimals: 1,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 1000 + index * 7.3 }],
      value: 50 + ((index * 37) % 400) + 0.1 * (index % 10),
      cumulativeBase: 600 + index * 3.1,
      samePeriod: { value: 45 + ((index * 31) % 380), cumulative: null },
    }),
  );
  const body: BlockNode[] = [heading(1, 'I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11', 'results')];
  for (let index = 0; index < paragraphs; index += 1) {
    const first = rows[index % rows.length]!;
    const second = rows[(index * 7 + 3) % rows.length]!;
    if (index === Math.floor(paragraphs * 0.7)) body.push(heading(1, 'II- HẠN CHẾ, KHUYẾT ĐIỂM', 'shortcomings'));
    if (index === Math.floor(paragraphs * 0.8)) body.push(heading(1, 'III- PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12', 'tasks'));
    if (index % 25 === 0 && index < paragraphs * 0.7)
      body.push(heading(2, `${index / 25 + 1}- Về ${sectors[(index / 25) % sectors.length]}`));
    const planted = index % plantedEvery === plantedEvery - 1 ? ` Riêng ${lowerFirst(first.name)} tháng 11 đạt 9.999,9 ${first.unit}.` : '';
    const inline = [
      `Tính đến ngày 25/11/2021, ${lowerFirst(first.name)} tháng 11 `,
      f(first.id, 'value-phrase'),
      ', ',
      f(first.id, 'growth-comparison', { basis: 'period', comparedWith: 'same-period' }),
      '; ',
      f(first.id, 'cumulative-phrase'),
      ', ',
      f(first.id, 'plan-comparison'),
      `. Thực hiện Nghị quyết số 68/NQ-CP và Kế hoạch số ${(index % 90) + 10}/KH-UBND năm 2021, ${lowerFirst(second.name)} `,
      f(second.id, 'value-phrase'),
      ', các đơn vị đã tập trung chỉ đạo quyết liệt, tháo gỡ khó khăn cho doanh nghiệp, người lao động, bảo đảm tiến độ theo kế hoạch đề ra; công tác phối hợp giữa các phòng, ban, ngành và UBND các phường được tăng cường, góp phần hoàn thành các chỉ tiêu kinh tế - xã hội năm 2021.',
      planted,
    ];
    body.push(index >= paragraphs * 0.8 ? bulletList(inline) : paragraph(...inline));
  }
  return {
    ...samples.november2021,
    id: 'bao-cao-lon',
    period: makePeriod('month', 2021, 11),
    groups: [{ id: 'kinh-te', name: 'Kinh tế' }],
    indicators: rows,
    body: { type: 'doc', content: body },
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Checks a report `runs` times and gives the time of the fastest run, for a benchmark; tests never assert it. */
export function timeCheckReport(report: Report, runs = 1): { milliseconds: number; findings: CheckFinding[] } {
  let fastest = Number.POSITIVE_INFINITY;
  let findings: CheckFinding[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    findings = checkReport(report);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return { milliseconds: fastest, findings };
}
