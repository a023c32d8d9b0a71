import { describe, expect, it } from 'vitest';
import { bulletList, figure } from '../../core/body/build-body';
import { exportedReportOf } from '../support/exported-report';
import { addIndicator } from '../../core/indicators/add-indicator';
import { removeIndicator } from '../../core/indicators/remove-indicator';
import { removePlan } from '../../core/indicators/remove-plan';
import type { TableEdit } from '../../core/indicators/indicator-table';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { exportedParts } from '../support/exported-docx';
import { findingsOf, row, samples, withBlock } from './check-fixtures';

const october = samples.october2019;

/** October 2019 with its table edited as the grid edits it. */
function editedTable(report: Report, edit: (table: { rows: Report['indicators']; groups: Report['groups'] }) => TableEdit): Report {
  const result = edit({ rows: report.indicators, groups: report.groups });
  if (!result.ok) throw new Error(result.message);
  return validateReport({ ...report, indicators: result.table.rows, groups: result.table.groups });
}

describe('CHI-TIEU-DA-XOA: a figure whose indicator or plan was removed', () => {
  it('reports each paragraph once per removed indicator, as an error, with the count of its figures', () => {
    const report = editedTable(october, (table) => removeIndicator(table, 'gia-tri-san-xuat-cong-nghiep'));
    expect(findingsOf(report, 'CHI-TIEU-DA-XOA')).toEqual([
      {
        code: 'CHI-TIEU-DA-XOA',
        severity: 'error',
        message:
          'Đoạn “Giá trị sản xuất công nghiệp do quận quản lý …, …; tổng thu…” có 2 số liệu tham chiếu chỉ tiêu “gia-tri-san-xuat-cong-nghiep”, chỉ tiêu này đã bị xóa khỏi bảng chỉ tiêu nên trong văn bản số liệu hiện là “…”. Hãy xóa số liệu khỏi đoạn văn, chèn số liệu của chỉ tiêu khác, hoặc thêm lại chỉ tiêu vào bảng.',
        target: { kind: 'body', path: [3] },
      },
    ]);
  });

  it('reports a figure that takes the first plan of an indicator left without plans', () => {
    const report = editedTable(october, (table) => removePlan(table, 'giam-ho-ngheo', 'ho-ngheo-dau-nam'));
    const findings = findingsOf(report, 'CHI-TIEU-DA-XOA');
    expect(findings.map((finding) => [finding.severity, finding.target])).toEqual([['error', { kind: 'body', path: [6] }]]);
    expect(findings[0]!.message).toBe(
      'Đoạn “Lãnh đạo quận tập trung chỉ đạo UBND các phường thực hiện…” có một số liệu so với kế hoạch của chỉ tiêu “Số hộ nghèo giảm”, nhưng chỉ tiêu này không còn kế hoạch nào nên trong văn bản số liệu hiện là “…”. Hãy thêm kế hoạch cho chỉ tiêu hoặc xóa số liệu khỏi đoạn văn.',
    );
  });

  it('reports a figure naming a removed plan while the indicator keeps another, and points into a list', () => {
    const report = withBlock(
      editedTable(october, (table) => ({
        ok: true,
        table: {
          ...table,
          rows: table.rows.map((candidate) =>
            candidate.id === 'thu-can-doi-ngan-sach'
              ? { ...candidate, plans: [...candidate.plans, { id: 'nghi-quyet-hdnd', label: 'Nghị quyết HĐND quận', value: 950 }] }
              : candidate,
          ),
        },
      })),
      12,
      bulletList([
        'Phấn đấu thu ngân sách ',
        figure({ indicator: 'thu-can-doi-ngan-sach', field: 'plan-comparison', plan: 'nghi-quyet-hdnd' }),
        '.',
      ]),
    );
    expect(findingsOf(report, 'CHI-TIEU-DA-XOA')).toEqual([]);
    const removed = editedTable(report, (table) => removePlan(table, 'thu-can-doi-ngan-sach', 'nghi-quyet-hdnd'));
    const [finding, ...others] = findingsOf(removed, 'CHI-TIEU-DA-XOA');
    expect(others).toEqual([]);
    expect(finding!.target).toEqual({ kind: 'body', path: [12, 0, 0] });
    expect(finding!.message).toContain('có một số liệu so với kế hoạch “nghi-quyet-hdnd” của chỉ tiêu “Tổng thu cân đối ngân sách”');
  });

  it('says nothing once the indicator is added back under its name, since the id comes from the name', () => {
    const removed = editedTable(october, (table) => removeIndicator(table, 'giam-ho-ngheo'));
    expect(findingsOf(removed, 'CHI-TIEU-DA-XOA')).toHaveLength(1);
    const restored = editedTable(removed, (table) =>
      addIndicator(table, {
        name: 'Giảm hộ nghèo',
        unit: 'hộ',
        group: 'van-hoa-xa-hoi',
        nature: 'flow',
        plans: [{ label: 'số hộ nghèo đầu năm', value: 317 }],
      }),
    );
    expect(row(restored, 'giam-ho-ngheo').name).toBe('Giảm hộ nghèo');
    expect(findingsOf(restored, 'CHI-TIEU-DA-XOA')).toEqual([]);
  });

  it('finds nothing in the sample reports', () => {
    for (const report of sampleWorkspace.reports) expect(findingsOf(report, 'CHI-TIEU-DA-XOA'), report.id).toEqual([]);
  });

  it('lets the report still be exported, the figure written as “…”', async () => {
    const report = editedTable(october, (table) => removeIndicator(table, 'gia-tri-san-xuat-cong-nghiep'));
    const { bytes, part } = await exportedParts(report);
    const document = part('word/document.xml');
    expect(document).toContain('Giá trị sản xuất công nghiệp do quận quản lý …');
    expect((await exportedReportOf(bytes, 'x.docx')).indicators.map((indicator) => indicator.id)).toEqual([
      'thu-can-doi-ngan-sach',
      'giam-ho-ngheo',
    ]);
  });
});
