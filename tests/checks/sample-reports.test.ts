import { describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { samples } from './check-fixtures';

/** What the checker says about each sample report, alone and with the rest of the workspace as history. */
describe('the five sample reports', () => {
  it.each(sampleWorkspace.reports.map((report) => [report.id, report] as const))('%s has no false alarm', (id, report) => {
    for (const context of [{}, { history: sampleWorkspace.reports }]) {
      const findings = checkReport(report, context).map((finding) => [finding.code, finding.severity, finding.target]);
      if (id === samples.november2021.id) {
        expect(findings).toEqual([
          ['TRUNG-SO-LIEU', 'warning', { kind: 'indicator', indicatorId: 'doanh-thu-luu-tru-an-uong', column: 'value' }],
        ]);
      } else {
        expect(findings).toEqual([]);
      }
    }
  });
});

describe('seed 003 as published', () => {
  it('is flagged for the identical retail and hotel figures, naming both indicators', () => {
    const [finding, ...others] = checkReport(samples.november2021);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ code: 'TRUNG-SO-LIEU', severity: 'warning' });
    expect(finding!.message).toContain('“Doanh thu dịch vụ lưu trú và ăn uống”');
    expect(finding!.message).toContain('“Tổng mức bán lẻ hàng hóa”');
    expect(finding!.message).toContain('2.137,6 tỷ đồng');
    expect(finding!.message).toContain('tăng 20,7% so với cùng kỳ');
  });
});
