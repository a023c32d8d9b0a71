import { access, cp, readFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationService } from '../../core/api/application-results';
import { cumulativeOf } from '../../core/indicators/derived-figures';
import { createApplicationService } from '../../services/api/application-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const root = path.resolve(import.meta.dirname, '../..');

describe('the application service', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let service: ApplicationService;

  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('service'));
    await cp(path.join(root, 'examples/le-chan'), workspace, { recursive: true });
    service = await createApplicationService({ workspaceDirectory: workspace, now: () => new Date('2019-12-02T08:00:00+07:00') });
  });
  afterEach(() => remove());

  it('creates next period’s report from the latest earlier one and refuses to create it twice', async () => {
    const created = await service.createFromPrevious({
      previousFileName: null,
      templateId: 'ubnd-thang',
      periodKey: '2019-11',
      organisationId: 'ubnd-le-chan',
    });
    expect(created.fileName).toBe('ubnd-le-chan_2019-11.json');
    expect(created.report.provenance.derivedFrom?.periodKey).toBe('2019-10');
    await expect(
      service.createFromPrevious({
        previousFileName: null,
        templateId: 'ubnd-thang',
        periodKey: '2019-11',
        organisationId: 'ubnd-le-chan',
      }),
    ).rejects.toThrow(/Đã có báo cáo tháng 11 năm 2019/);
  });

  it('keeps an autosave copy until the report is saved', async () => {
    const { report } = await service.loadReport({ fileName: 'ubnd-le-chan_2019-10.json' });
    await service.writeBackup({
      fileName: 'ubnd-le-chan_2019-10.json',
      report: { ...report, meta: { ...report.meta, subject: 'Đang sửa' } },
    });
    expect(await service.listRecoverable({})).toEqual([{ fileName: 'ubnd-le-chan_2019-10.json', savedAt: expect.any(String) }]);
    expect((await service.recoverBackup({ fileName: 'ubnd-le-chan_2019-10.json' })).report.meta.subject).toBe('Đang sửa');
    await service.saveReport({ fileName: 'ubnd-le-chan_2019-10.json', report });
    expect(await service.listRecoverable({})).toEqual([]);
  });

  it('bounds the autosave copies: none larger than a report can be', async () => {
    await expect(
      service.writeBackup({ fileName: 'ubnd-le-chan_2019-10.json', report: { padding: 'x'.repeat(17 * 1024 * 1024) } }),
    ).rejects.toThrow(/^Bản tạm của “ubnd-le-chan_2019-10.json” lớn quá 16 MB/u);
    expect(await service.listRecoverable({})).toEqual([]);
  });

  it('refuses to restore a damaged autosave copy instead of half-loading it', async () => {
    await service.writeBackup({ fileName: 'ubnd-le-chan_2019-10.json', report: { schemaVersion: 1, id: 'hong' } });
    await expect(service.recoverBackup({ fileName: 'ubnd-le-chan_2019-10.json' })).rejects.toThrow(/không hợp lệ/);
  });

  it('replaces last period’s estimate by the actual figure and recomputes this period’s cumulative', async () => {
    const { report } = await service.createFromPrevious({
      previousFileName: 'ubnd-le-chan_2019-10.json',
      templateId: 'ubnd-thang',
      periodKey: '2019-11',
      organisationId: 'ubnd-le-chan',
    });
    report.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')!.value = 150;
    await service.saveReport({ fileName: 'ubnd-le-chan_2019-11.json', report });
    const corrected = await service.replacePreviousEstimate({
      fileName: 'ubnd-le-chan_2019-11.json',
      indicatorId: 'thu-can-doi-ngan-sach',
      actual: 205.3,
    });
    expect(corrected.previousFileName).toBe('ubnd-le-chan_2019-10.json');
    const row = corrected.report.indicators.find((candidate) => candidate.id === 'thu-can-doi-ngan-sach')!;
    expect(cumulativeOf(row, corrected.report.period)).toBeCloseTo(904 + 150, 9);
    const october = await service.loadReport({ fileName: 'ubnd-le-chan_2019-10.json' });
    expect(october.report.indicators.find((candidate) => candidate.id === 'thu-can-doi-ngan-sach')).toMatchObject({
      value: 205.3,
      status: 'actual',
    });
  });

  it('writes the corrected estimate back to the previous report’s own file, whatever it is called', async () => {
    await rename(path.join(workspace, 'reports', 'ubnd-le-chan_2019-10.json'), path.join(workspace, 'reports', 'thang-10.json'));
    await service.createFromPrevious({
      previousFileName: 'thang-10.json',
      templateId: 'ubnd-thang',
      periodKey: '2019-11',
      organisationId: 'ubnd-le-chan',
    });
    const corrected = await service.replacePreviousEstimate({
      fileName: 'ubnd-le-chan_2019-11.json',
      indicatorId: 'thu-can-doi-ngan-sach',
      actual: 205.3,
    });
    expect(corrected.previousFileName).toBe('thang-10.json');
    expect(await readdir(path.join(workspace, 'reports'))).not.toContain('ubnd-le-chan_2019-10.json');
    const october = await service.loadReport({ fileName: 'thang-10.json' });
    expect(october.report.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')?.value).toBe(205.3);
  });

  it('exports into the workspace, marks the report exported, and imports the file back', async () => {
    const { report } = await service.loadReport({ fileName: 'quan-uy-le-chan_2021-11.json' });
    const exported = await service.exportDocx({ fileName: 'quan-uy-le-chan_2021-11.json', report });
    expect(exported.path).toBe(path.join(workspace, 'xuat-word', 'quan-uy-le-chan_2021-11.docx'));
    await access(exported.path);
    expect((await service.listReports({})).find((entry) => entry.fileName === 'quan-uy-le-chan_2021-11.json')).toMatchObject({
      exported: true,
    });
    const base64 = (await readFile(exported.path)).toString('base64');
    const preview = await service.previewImport({ name: 'bao-cao.docx', base64, periodKey: null });
    expect(preview).toMatchObject({ changes: [], notices: [], fileName: 'quan-uy-le-chan_2021-11.json', conflict: null });
    const imported = await service.importDocx({
      name: 'bao-cao.docx',
      base64,
      accepted: null,
      target: 'copy',
      periodKey: null,
      saveOrganisation: false,
    });
    expect(imported).toMatchObject({
      fileName: 'quan-uy-le-chan_2021-11.json',
      report: (await service.loadReport({ fileName: 'quan-uy-le-chan_2021-11.json' })).report,
    });
  });

  it('lists the templates for the wizard', async () => {
    const { templates, problems } = await service.listTemplates({});
    expect(problems).toEqual([]);
    expect(templates.map((template) => template.id)).toContain('dang-thang');
  });
});
