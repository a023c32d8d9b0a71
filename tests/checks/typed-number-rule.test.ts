import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../core/body/body-schema';
import { bulletList, paragraph } from '../../core/body/build-body';
import { renderFigure } from '../../core/figures/render-figure';
import { checkReport } from '../../core/checks/check-report';
import type { Report } from '../../core/report/report-schema';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, f, findingsOf, novemberFromOctober, reviewed, samples, withBlock, withParagraph } from './check-fixtures';

const october = samples.october2019;
/** The paragraph of the October sample with the economic figures. */
const economy = 3;

/** The report as if its author had typed every figure: each reference replaced by the text it shows. */
function typedByHand(report: Report): Report {
  return edited(report, (copy) => {
    const flatten = (node: BlockNode) => {
      node.content = node.content?.map((child) =>
        child.type === 'figure' ? { type: 'text' as const, text: renderFigure(report.indicators, report.period, child.attrs).text } : child,
      );
      node.content?.forEach((child) => 'content' in child && flatten(child as BlockNode));
    };
    copy.body.content.forEach(flatten);
  });
}

describe('SO-GO-TAY: a number typed as text near an indicator', () => {
  it('is an error when it differs from the table in the clause that names the indicator', () => {
    const report = withParagraph(october, economy, 'Tổng thu cân đối ngân sách tháng 10 đạt 250 tỷ đồng.');
    const [finding, ...others] = findingsOf(report, 'SO-GO-TAY');
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', target: { kind: 'body', path: [economy] } });
    expect(finding!.message).toContain('“250 tỷ đồng”');
    expect(finding!.message).toContain('“Tổng thu cân đối ngân sách”');
    expect(finding!.message).toContain('kỳ này 202 tỷ đồng; lũy kế 901 tỷ đồng; kế hoạch năm 929 tỷ đồng');
    expect(finding!.message).toContain('số liệu tham chiếu');
  });

  it('reads a cumulative clause after a semicolon as being about the same indicator', () => {
    const report = withParagraph(
      october,
      economy,
      'Tổng thu cân đối ngân sách ',
      f('thu-can-doi-ngan-sach', 'value-phrase'),
      '; lũy kế 10 tháng đạt 905 tỷ đồng.',
    );
    expect(findingsOf(report, 'SO-GO-TAY').map((finding) => finding.severity)).toEqual(['error']);
  });

  it('is only a warning when the number may be about something else (another clause, `trong đó`)', () => {
    const report = withParagraph(
      october,
      economy,
      'Tổng thu cân đối ngân sách ',
      f('thu-can-doi-ngan-sach', 'value-phrase'),
      ', trong đó thu tiền sử dụng đất 50 tỷ đồng.',
    );
    expect(findingsOf(report, 'SO-GO-TAY').map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('warns that a number equal to the table should be a figure reference', () => {
    const report = withParagraph(october, economy, 'Giá trị sản xuất công nghiệp ước đạt 27,8 tỷ đồng, bằng 8,41% kế hoạch năm.');
    const findings = findingsOf(report, 'SO-GO-TAY');
    expect(findings.map((finding) => finding.severity)).toEqual(['warning', 'warning']);
    expect(findings[0]!.message).toContain('trùng với số liệu của chỉ tiêu “Giá trị sản xuất công nghiệp do quận quản lý”');
    expect(findings[1]!.message).toContain('“bằng 8,41% kế hoạch năm”');
  });

  it('is an error for last period’s figure left in the text, naming that period', () => {
    const november = withParagraph(
      reviewed(novemberFromOctober({ 'thu-can-doi-ngan-sach': 150 })),
      economy,
      'Tổng thu cân đối ngân sách tháng 11 đạt 202 tỷ đồng.',
    );
    const [finding] = findingsOf(november, 'SO-GO-TAY', { previous: october });
    expect(finding).toMatchObject({ severity: 'error' });
    expect(finding!.message).toContain('số liệu của báo cáo kỳ trước (tháng 10 năm 2019)');
    expect(finding!.message).toContain('số liệu kỳ này là 150 tỷ đồng');
  });

  it('accepts a rounded figure written as an approximation (`hơn 105 tỷ đồng` for 105,2)', () => {
    const report = withParagraph(october, economy, 'Tổng thu cân đối ngân sách tháng 10 đạt hơn 200 tỷ đồng.');
    expect(findingsOf(report, 'SO-GO-TAY').map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('checks a fraction of a target written by hand (`281/317 hộ`)', () => {
    const report = withBlock(
      october,
      6,
      bulletList(['Số hộ nghèo giảm 10 tháng đạt 281/317 hộ.'], ['Số hộ nghèo giảm 10 tháng đạt 280/317 hộ.']),
    );
    expect(findingsOf(report, 'SO-GO-TAY').map((finding) => [finding.severity, finding.target])).toEqual([
      ['error', { kind: 'body', path: [6, 1, 0] }],
      ['warning', { kind: 'body', path: [6, 0, 0] }],
    ]);
  });

  it('leaves years, dates, document numbers, labels and unrelated counts alone', () => {
    const report = withParagraph(
      october,
      economy,
      'Tổng thu cân đối ngân sách năm 2019 theo Nghị quyết 28 và Nghị quyết số 68/NQ-CP, Quyết định số 23/2021/QĐ-TTg, ',
      'đến hết 30/11, ngày 25/11/2021, ngày 25-11-2021, tháng 10, quý 3, lần thứ 4, dịch Covid-19, lô N38-5, khu A51; ',
      'tổng thu cân đối ngân sách được 12 đơn vị thực hiện cho đối tượng từ 12 đến dưới 18 tuổi trong 90 ngày, (1930 - 2019).',
    );
    expect(findingsOf(report, 'SO-GO-TAY')).toEqual([]);
  });

  it('reads a bare number ending its clause as the value of an indicator without a unit', () => {
    const withIndex = edited(october, (copy) => {
      copy.indicators.push({
        ...copy.indicators[0]!,
        id: 'chi-so-cai-cach',
        name: 'Chỉ số cải cách hành chính',
        unit: '',
        decimals: 2,
        value: 85.5,
      });
    });
    expect(findingsOf(withParagraph(withIndex, economy, 'Chỉ số cải cách hành chính năm 2019 đạt 85,5.'), 'SO-GO-TAY')).toMatchObject([
      { severity: 'warning' },
    ]);
    expect(findingsOf(withParagraph(withIndex, economy, 'Chỉ số cải cách hành chính năm 2019 đạt 80,25.'), 'SO-GO-TAY')).toMatchObject([
      { severity: 'error' },
    ]);
    expect(findingsOf(withParagraph(withIndex, economy, 'Chỉ số cải cách hành chính xếp thứ 5 trong 15 đơn vị.'), 'SO-GO-TAY')).toEqual([]);
  });

  it('never reads a figure reference as a typed number', () => {
    for (const report of sampleWorkspace.reports) expect(findingsOf(report, 'SO-GO-TAY')).toEqual([]);
  });

  it('gives warnings, never errors, for the published text of every sample typed by hand', () => {
    for (const report of sampleWorkspace.reports) {
      const findings = findingsOf(typedByHand(report), 'SO-GO-TAY');
      expect(findings.every((finding) => finding.severity === 'warning')).toBe(true);
    }
    const november = findingsOf(typedByHand(samples.november2021), 'SO-GO-TAY').map((finding) => finding.message);
    expect(november.some((message) => message.includes('“1.379 tỷ đồng”'))).toBe(true);
    expect(november.some((message) => message.includes('“71,849/141,973 tỷ đồng”'))).toBe(true);
    expect(checkReport(typedByHand(samples.november2021)).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('matches an indicator by a distinctive part of its name, case and tone-mark placement aside', () => {
    const report = withBlock(october, economy, paragraph('GIÁ TRỊ SẢN XUẤT CÔNG NGHIỆP tháng 10 đạt 30 tỷ đồng.'));
    expect(findingsOf(report, 'SO-GO-TAY')).toMatchObject([{ severity: 'error' }]);
    const hoa = edited(october, (copy) => {
      copy.indicators[0]!.name = 'Giá trị sản xuất công nghiệp hoà nhập';
    });
    expect(findingsOf(withParagraph(hoa, economy, 'Giá trị sản xuất công nghiệp hòa nhập đạt 30 tỷ đồng.'), 'SO-GO-TAY')).toHaveLength(1);
  });
});
