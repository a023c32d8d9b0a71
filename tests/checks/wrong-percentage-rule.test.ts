import { describe, expect, it } from 'vitest';
import { makePeriod } from '../../core/periods/period';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, f, findingsOf, row, samples, withParagraph } from './check-fixtures';

const october = samples.october2019;
const economy = 3;

describe('TY-LE-SAI: a percentage that does not match its value and plan or same period', () => {
  it('is an error for a percentage of plan typed in the text that the table does not give', () => {
    const report = withParagraph(
      october,
      economy,
      'Tổng thu cân đối ngân sách ',
      f('thu-can-doi-ngan-sach', 'cumulative-phrase'),
      ', đạt 95% kế hoạch năm.',
    );
    const [finding, ...others] = findingsOf(report, 'TY-LE-SAI');
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', target: { kind: 'body', path: [economy] } });
    expect(finding!.message).toContain('“đạt 95% kế hoạch năm”');
    expect(finding!.message).toContain('đúng là “đạt 97% kế hoạch năm”');
  });

  it('is an error for a growth typed in the text that differs from the same-period figure', () => {
    const report = withParagraph(
      samples.november2021,
      5,
      'Giá trị sản xuất công nghiệp tháng 11 ',
      f('gia-tri-san-xuat-cong-nghiep', 'value-phrase'),
      ', tăng 9,5% so với cùng kỳ; tổng mức bán lẻ hàng hóa giảm 20,7% so với cùng kỳ.',
    );
    const findings = findingsOf(report, 'TY-LE-SAI');
    expect(findings.map((finding) => finding.message.match(/đúng là “([^”]+)”/)?.[1])).toEqual([
      'tăng 8,5% so với cùng kỳ',
      'tăng 20,7% so với cùng kỳ',
    ]);
  });

  it('reads `vượt 24% kế hoạch` as 124% and a ratio `bằng 98,3% so với cùng kỳ` as a ratio', () => {
    const revenue = (text: string) =>
      findingsOf(withParagraph(samples.november2021, 4, 'Tổng thu ngân sách nhà nước trên địa bàn ', text), 'TY-LE-SAI');
    expect(revenue('lũy kế 11 tháng vượt 24% kế hoạch năm thành phố giao.')).toEqual([]);
    expect(revenue('lũy kế 11 tháng vượt 29% kế hoạch năm thành phố giao.')).toHaveLength(1);
    const industry = (text: string) =>
      findingsOf(withParagraph(samples.november2021, 5, 'Giá trị sản xuất công nghiệp tháng 11 ', text), 'TY-LE-SAI');
    expect(industry('bằng 108,5% so với cùng kỳ.')).toEqual([]);
    expect(industry('bằng 8,5% so với cùng kỳ.')).toHaveLength(1);
  });

  it('allows half a unit of the coarser of the written and the indicator’s rounding', () => {
    const industry = (percent: string) =>
      findingsOf(
        withParagraph(october, economy, `Giá trị sản xuất công nghiệp ước đạt 27,8 tỷ đồng, bằng ${percent} kế hoạch năm.`),
        'TY-LE-SAI',
      );
    expect(industry('8,41%')).toEqual([]);
    expect(industry('8,4%')).toEqual([]);
    expect(industry('8%')).toEqual([]);
    expect(industry('8,46%')).toHaveLength(1);
    expect(industry('9%')).toHaveLength(1);
  });

  it('compares with the plan the text names when the indicator has several', () => {
    const tax = (text: string) => findingsOf(withParagraph(samples.thirdQuarter2022, 3, 'Thu thuế ngoài quốc doanh ', text), 'TY-LE-SAI');
    expect(tax('bằng 76,7% kế hoạch thành phố và bằng 72,6% kế hoạch HĐND quận giao.')).toEqual([]);
    expect(tax('bằng 72,6% kế hoạch thành phố.')).toHaveLength(1);
    expect(tax('bằng 72,6% kế hoạch năm.')).toEqual([]);
  });

  it('leaves alone what it cannot compute or what is not a comparison of the indicator', () => {
    const plain = (text: string) => findingsOf(withParagraph(october, economy, text), 'TY-LE-SAI');
    expect(plain('Tổng thu cân đối ngân sách tăng 10% so với kế hoạch thành phố giao.')).toEqual([]);
    expect(plain('Tổng thu cân đối ngân sách tăng 12% so với cùng kỳ.')).toEqual([]);
    expect(plain('Phấn đấu đến hết năm 2019 giảm 100% hộ nghèo; tỷ lệ bao phủ đạt 90% kế hoạch.')).toEqual([]);
    expect(plain('Tổng thu cân đối ngân sách đạt khoảng 90% kế hoạch năm.')).toEqual([]);
    for (const report of sampleWorkspace.reports) expect(findingsOf(report, 'TY-LE-SAI')).toEqual([]);
  });

  it('warns when the same-period figure differs from last year’s report', () => {
    const lastYear = edited(samples.thirdQuarter2022, (copy) => {
      copy.id = 'ubnd-le-chan-2021-q3';
      copy.period = makePeriod('quarter', 2021, 3);
      row(copy, 'thu-thue-ngoai-quoc-doanh').value = 70;
      row(copy, 'thu-thue-ngoai-quoc-doanh').cumulativeBase = 123.4;
    });
    expect(findingsOf(samples.thirdQuarter2022, 'TY-LE-SAI', { history: [lastYear] })).toEqual([]);
    const revised = edited(lastYear, (copy) => {
      row(copy, 'thu-thue-ngoai-quoc-doanh').cumulativeBase = 120;
    });
    const [finding, ...others] = findingsOf(samples.thirdQuarter2022, 'TY-LE-SAI', { history: [revised] });
    expect(others).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'warning',
      target: { kind: 'indicator', indicatorId: 'thu-thue-ngoai-quoc-doanh', column: 'samePeriodCumulative' },
    });
    expect(finding!.message).toContain('(193,4 tỷ đồng)');
    expect(finding!.message).toContain('(190,0 tỷ đồng)');
  });
});
