import { describe, expect, it } from 'vitest';
import { replacePreviousEstimate } from '../../core/rollover/correct-estimate';
import { edited, findingsOf, novemberFromOctober, row, samples } from './check-fixtures';

const october = samples.october2019;

describe('CON-UOC: an estimate left in place', () => {
  it('warns about last period’s estimate still inside this period’s cumulative', () => {
    const findings = findingsOf(novemberFromOctober(), 'CON-UOC', { previous: october });
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([
      ['warning', { kind: 'indicator', indicatorId: 'gia-tri-san-xuat-cong-nghiep', column: 'cumulativeOverride' }],
      ['warning', { kind: 'indicator', indicatorId: 'thu-can-doi-ngan-sach', column: 'cumulativeOverride' }],
    ]);
    expect(findings[0]!.message).toContain('vẫn tính trên số ước tháng 10 năm 2019 (27,8 tỷ đồng)');
    expect(findings[0]!.message).toContain('Thay số ước kỳ trước');
  });

  it('says nothing once the estimate is replaced by the actual figure', () => {
    let previous = october;
    let current = novemberFromOctober();
    for (const id of ['gia-tri-san-xuat-cong-nghiep', 'thu-can-doi-ngan-sach']) {
      ({ previous, current } = replacePreviousEstimate(previous, current, id, row(previous, id).value! + 1));
    }
    expect(findingsOf(current, 'CON-UOC', { previous })).toEqual([]);
    expect(findingsOf(current, 'LUY-KE-SAI', { previous })).toEqual([]);
  });

  it('says nothing when the cumulative no longer builds on the estimate (typed by hand, or another base)', () => {
    const november = edited(novemberFromOctober(), (copy) => {
      row(copy, 'gia-tri-san-xuat-cong-nghiep').cumulativeOverride = 300;
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 905;
    });
    expect(findingsOf(november, 'CON-UOC', { previous: october })).toEqual([]);
  });

  it('warns about this report’s own estimate when it is dated more than 30 days after the period', () => {
    const dated = (date: string) =>
      edited(october, (copy) => {
        copy.meta.date = date;
      });
    expect(findingsOf(dated('2019-11-30'), 'CON-UOC')).toEqual([]);
    const findings = findingsOf(dated('2019-12-02'), 'CON-UOC');
    expect(findings.map((finding) => finding.target)).toEqual([
      { kind: 'indicator', indicatorId: 'gia-tri-san-xuat-cong-nghiep', column: 'status' },
      { kind: 'indicator', indicatorId: 'thu-can-doi-ngan-sach', column: 'status' },
    ]);
    expect(findings[0]!.message).toContain('báo cáo đề ngày 02/12/2019, hơn 30 ngày sau khi kỳ báo cáo kết thúc (31/10/2019)');
  });

  it('has nothing to say about the samples', () => {
    expect(findingsOf(october, 'CON-UOC', { history: Object.values(samples) })).toEqual([]);
  });
});
