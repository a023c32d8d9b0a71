import { describe, expect, it } from 'vitest';
import { paragraph } from '../../core/body/build-body';
import { makePeriod } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { edited, findingsOf, samples, withBlock } from './check-fixtures';

const movedTo = (report: Report, date: string | null, period = makePeriod('month', 2025, 8)) =>
  edited(report, (copy) => {
    copy.period = period;
    copy.meta.date = date;
    copy.meta.subject = 'Kết quả thực hiện nhiệm vụ tháng 8, phương hướng nhiệm vụ tháng 9 năm 2025';
  });

const wardCommittee = (report: Report) =>
  edited(report, (copy) => {
    copy.organisation.issuingBody = 'ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN';
    copy.organisation.issuerName = 'Ủy ban nhân dân phường Lê Chân';
    copy.organisation.recipients = ['Thường trực Đảng ủy, HĐND phường'];
  });

describe('CAP-HUYEN: a district body named from 01/7/2025', () => {
  it('is an error for a district issuer, a warning for district recipients, from the first day of the reform', () => {
    const findings = findingsOf(movedTo(samples.october2019, '2025-07-01'), 'CAP-HUYEN');
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([
      ['error', { kind: 'meta', field: 'issuer' }],
      ['warning', { kind: 'meta', field: 'recipients' }],
    ]);
    expect(findings[0]!.message).toContain('“ỦY BAN NHÂN DÂN QUẬN LÊ CHÂN” là cơ quan cấp huyện');
    expect(findings[0]!.message).toContain('từ ngày 01/7/2025');
    expect(findings[1]!.message).toContain('“Thường trực Quận ủy, HĐND quận”');
  });

  it('finds a Party district committee and names in the text, with either tone-mark spelling', () => {
    const party = withBlock(
      movedTo(samples.november2021, '2025-08-28'),
      1,
      paragraph('Ban Thường vụ Quận uỷ và UBND huyện An Dương chỉ đạo.'),
    );
    const findings = findingsOf(party, 'CAP-HUYEN');
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([
      ['error', { kind: 'meta', field: 'issuer' }],
      ['warning', { kind: 'body', path: [1] }],
      ['warning', { kind: 'meta', field: 'recipients' }],
    ]);
    expect(findings[1]!.message).toContain('nêu “Quận uỷ”');
  });

  it('applies to an undated draft whose period ends after June 2025', () => {
    expect(findingsOf(movedTo(samples.october2019, null), 'CAP-HUYEN')).toHaveLength(2);
    expect(findingsOf(movedTo(samples.october2019, null, makePeriod('month', 2025, 6)), 'CAP-HUYEN')).toEqual([]);
  });

  it('says nothing before the reform, or for a ward after it', () => {
    expect(findingsOf(movedTo(samples.october2019, '2025-06-30', makePeriod('month', 2025, 6)), 'CAP-HUYEN')).toEqual([]);
    expect(findingsOf(wardCommittee(movedTo(samples.october2019, '2025-08-28')), 'CAP-HUYEN')).toEqual([]);
    for (const report of sampleWorkspace.reports) expect(findingsOf(report, 'CAP-HUYEN')).toEqual([]);
  });
});

describe('CAP-HUYEN: a district department', () => {
  it('is caught in the text like a district committee, and a ward’s own office is not', async () => {
    const { checkReport } = await import('../../core/checks/check-report');
    const { paragraph } = await import('../../core/body/build-body');
    const { sampleWorkspace } = await import('../../examples/sample/sample-workspace');
    const base = sampleWorkspace.reports[0]!;
    const report = {
      ...base,
      meta: { ...base.meta, date: '2026-11-18' },
      period: { kind: 'month' as const, year: 2026, index: 11 },
      body: {
        type: 'doc' as const,
        content: [
          paragraph('Phối hợp với Phòng Tài chính - Kế hoạch huyện rà soát dự toán.'),
          paragraph('Văn phòng HĐND và UBND phường tổng hợp số liệu.'),
        ],
      },
    };
    const findings = checkReport(report).filter((finding) => finding.code === 'CAP-HUYEN' && finding.target.kind === 'body');
    expect(findings.map((finding) => finding.target)).toEqual([{ kind: 'body', path: [0] }]);
    expect(findings[0]!.message).toContain('nêu “Phòng Tài chính - Kế hoạch huyện”');
  });
});
