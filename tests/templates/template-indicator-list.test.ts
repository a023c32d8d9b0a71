import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figure, paragraph } from '../../core/body/build-body';
import { addFieldGroup } from '../../core/indicators/add-field-group';
import { addIndicator } from '../../core/indicators/add-indicator';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { removeIndicator } from '../../core/indicators/remove-indicator';
import { renamePlan } from '../../core/indicators/rename-plan';
import { makePeriod } from '../../core/periods/period';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { peoplesCommittee } from '../../examples/sample/organisations';
import { peoplesCommitteeOctober2019 } from '../../examples/sample/peoples-committee-2019-10';
import { createReportFromTemplate } from '../../services/templates/create-report-from-template';
import { loadTemplates } from '../../services/templates/load-templates';
import { saveReportAsTemplate } from '../../services/templates/save-report-as-template';
import { makeTemporaryDirectory } from '../support/temporary-directory';

function edited(table: IndicatorTable, ...edits: ((table: IndicatorTable) => TableEdit)[]): IndicatorTable {
  return edits.reduce((current, edit) => {
    const result = edit(current);
    if (!result.ok) throw new Error(result.message);
    return result.table;
  }, table);
}

/**
 * October 2019 made the office's own: an administrative-reform group with a count in `hồ sơ` and a plan of the
 * People's Council, the budget plan relabelled, the industry indicator removed along with its figures in the text.
 */
function officeReport(): Report {
  const report = structuredClone(peoplesCommitteeOctober2019);
  const table = edited(
    { rows: report.indicators, groups: report.groups },
    (current) => addFieldGroup(current, 'Cải cách hành chính'),
    (current) =>
      addIndicator(current, {
        name: 'Hồ sơ thủ tục hành chính giải quyết đúng hạn',
        unit: 'hồ sơ',
        group: 'cai-cach-hanh-chinh',
        nature: 'flow',
        percentDecimals: 2,
        plans: [{ label: 'Nghị quyết HĐND quận', value: 5200 }],
      }),
    (current) => renamePlan(current, 'thu-can-doi-ngan-sach', 'ke-hoach-nam', 'dự toán thành phố giao'),
    (current) => removeIndicator(current, 'gia-tri-san-xuat-cong-nghiep'),
  );
  report.body.content[3] = paragraph(
    'Tổng thu cân đối ngân sách ',
    figure({ indicator: 'thu-can-doi-ngan-sach', field: 'value-phrase' }),
    ', ',
    figure({ indicator: 'thu-can-doi-ngan-sach', field: 'plan-comparison' }),
    '.',
  );
  return validateReport({ ...report, indicators: table.rows, groups: table.groups });
}

describe('saving a report whose indicator list the office changed as a template', () => {
  let workspace: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('template-list'));
  });
  afterEach(() => remove());

  it('keeps the added indicator with its unit, its group and its plan label, and leaves the removed one out', async () => {
    await saveReportAsTemplate(workspace, officeReport(), { id: 'mau-cua-phuong', name: 'Mẫu của phường' });
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    expect(catalogue.problems).toEqual([]);
    const template = catalogue.templates.find((entry) => entry.manifest.id === 'mau-cua-phuong')!;
    const report = createReportFromTemplate(template, {
      organisation: peoplesCommittee,
      period: makePeriod('month', 2019, 11),
      id: 'moi',
      createdAt: '2019-11-01T08:00:00+07:00',
    });
    expect(report.groups).toEqual([
      { id: 'kinh-te', name: 'Kinh tế' },
      { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
      { id: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' },
    ]);
    expect(report.indicators.map((row) => [row.id, row.name, row.unit, row.group, row.plans.map((plan) => [plan.id, plan.label])])).toEqual(
      [
        ['thu-can-doi-ngan-sach', 'Tổng thu cân đối ngân sách', 'tỷ đồng', 'kinh-te', [['ke-hoach-nam', 'dự toán thành phố giao']]],
        ['giam-ho-ngheo', 'Số hộ nghèo giảm', 'hộ', 'van-hoa-xa-hoi', [['ho-ngheo-dau-nam', 'số hộ nghèo đầu năm']]],
        [
          'ho-so-thu-tuc-hanh-chinh-giai-quyet-dung-han',
          'Hồ sơ thủ tục hành chính giải quyết đúng hạn',
          'hồ sơ',
          'cai-cach-hanh-chinh',
          [['nghi-quyet-hdnd-quan', 'Nghị quyết HĐND quận']],
        ],
      ],
    );
    expect(report.indicators[2]).toMatchObject({ nature: 'flow', decimals: 0, percentDecimals: 2, value: null });
    expect(report.indicators[2]!.plans[0]!.value).toBeNull();
  });

  it('refuses, in Vietnamese, a report whose text still refers to a removed indicator', async () => {
    const report = officeReport();
    report.body.content[3] = paragraph('Công nghiệp ', figure({ indicator: 'gia-tri-san-xuat-cong-nghiep', field: 'value' }), '.');
    await expect(saveReportAsTemplate(workspace, report, { id: 'mau-hong', name: 'Mẫu hỏng' })).rejects.toThrow(
      'Báo cáo còn số liệu tham chiếu chỉ tiêu “gia-tri-san-xuat-cong-nghiep” đã bị xóa khỏi bảng chỉ tiêu; hãy sửa các số liệu đó (mục Kiểm tra, mã CHI-TIEU-DA-XOA) trước khi lưu thành mẫu.',
    );
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    expect(catalogue.templates.some((entry) => entry.manifest.id === 'mau-hong')).toBe(false);
  });
});
