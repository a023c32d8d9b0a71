import { describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, findingsOf, row, samples } from './check-fixtures';

describe('THIEU-SO-LIEU: a plan without a value', () => {
  it('warns about an indicator with a plan and no value for the period', () => {
    const report = edited(samples.october2019, (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').value = null;
    });
    const [finding, ...others] = findingsOf(report, 'THIEU-SO-LIEU');
    expect(others).toEqual([]);
    expect(finding).toEqual({
      code: 'THIEU-SO-LIEU',
      severity: 'warning',
      message: 'Chỉ tiêu “Tổng thu cân đối ngân sách” có kế hoạch năm (929 tỷ đồng) nhưng chưa có số liệu kỳ này.',
      target: { kind: 'indicator', indicatorId: 'thu-can-doi-ngan-sach', column: 'value' },
    });
  });

  it('says nothing without a plan value, or with a value', () => {
    const planless = edited(samples.october2019, (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').value = null;
      row(copy, 'thu-can-doi-ngan-sach').plans[0]!.value = null;
    });
    expect(findingsOf(planless, 'THIEU-SO-LIEU')).toEqual([]);
    for (const report of sampleWorkspace.reports) expect(findingsOf(report, 'THIEU-SO-LIEU')).toEqual([]);
  });
});
