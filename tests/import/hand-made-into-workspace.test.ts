import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationService, HandMadeFilePreview } from '../../core/api/application-results';
import { readReportText } from '../../core/report/read-report';
import { createApplicationService } from '../../services/api/application-service';
import { WordFileEditor } from '../support/edit-word-file';
import { handMadeWordFixture } from '../support/hand-made-word-fixtures';
import { runCli } from '../support/run-cli';
import { makeTemporaryDirectory } from '../support/temporary-directory';

describe('a hand-made report imported into a workspace', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let service: ApplicationService;
  let november: string;

  beforeEach(async () => {
    let root: string;
    ({ directory: root, remove } = await makeTemporaryDirectory('hand-made'));
    workspace = path.join(root, 'phuc-loc');
    service = await createApplicationService({ workspaceDirectory: null, now: () => new Date('2026-12-02T08:00:00+07:00') });
    await service.createWorkspace({ directory: workspace, name: 'Xã Phúc Lộc' });
    november = (await readFile(await handMadeWordFixture('xa-thang-11-2026.docx'))).toString('base64');
  });
  afterEach(() => remove());

  const preview = async (base64: string, periodKey: string | null = null) => {
    const result = await service.previewImport({ name: 'thang-11.docx', base64, periodKey });
    if (result.kind !== 'hand-made') throw new Error('not read as hand-made');
    return result as HandMadeFilePreview;
  };

  it('shows what it recognised before anything is saved, then creates the report and declares the organisation', async () => {
    const shown = await preview(november);
    expect(shown).toMatchObject({
      fileName: 'ubnd-xa-phuc-loc_2026-11.json',
      periodKey: '2026-11',
      periodNamed: true,
      organisation: { action: 'create' },
      conflict: null,
    });
    expect(shown.summary.recognised[0]).toBe('Phần đầu: ỦY BAN NHÂN DÂN XÃ PHÚC LỘC, số 215/BC-UBND, ngày 18/11/2026.');
    expect(shown.suggestions.length).toBeGreaterThan(40);
    expect(await service.listReports({})).toEqual([]);

    const refused = shown.suggestions.slice(0, 3).map((suggestion) => suggestion.id);
    const accepted = shown.suggestions.filter((suggestion) => !refused.includes(suggestion.id)).map((suggestion) => suggestion.id);
    const imported = await service.importDocx({
      name: 'thang-11.docx',
      base64: november,
      accepted,
      target: 'copy',
      periodKey: null,
      saveOrganisation: true,
    });
    expect(imported.fileName).toBe('ubnd-xa-phuc-loc_2026-11.json');
    expect(imported.settings.organisations.map((organisation) => organisation.id)).toEqual(['ubnd-xa-phuc-loc']);
    const saved = readReportText(await readFile(path.join(workspace, 'reports', imported.fileName), 'utf8'), imported.fileName);
    expect(JSON.stringify(saved.body).match(/"type":"figure"/g)).toHaveLength(accepted.length);

    const december = await service.createFromPrevious({
      previousFileName: imported.fileName,
      templateId: 'ubnd-thang',
      periodKey: '2026-12',
      organisationId: 'ubnd-xa-phuc-loc',
    });
    expect(december.report.indicators.find((row) => row.name === 'Tổng chi ngân sách xã')).toMatchObject({
      cumulativeBase: 18214,
      value: null,
    });
  });

  it('recognises the workspace’s own indicators by name, whatever their ids, and reads the file again for a chosen period', async () => {
    await service.importDocx({
      name: 'thang-11.docx',
      base64: november,
      accepted: [],
      target: 'copy',
      periodKey: null,
      saveOrganisation: true,
    });
    const file = path.join(workspace, 'reports', 'ubnd-xa-phuc-loc_2026-11.json');
    const saved = JSON.parse(await readFile(file, 'utf8'));
    saved.indicators[0].id = 'thu-ngan-sach';
    await writeFile(file, JSON.stringify(saved));

    const editor = new WordFileEditor(await readFile(await handMadeWordFixture('xa-thang-11-2026.docx')));
    editor
      .replaceText('Kết quả thực hiện nhiệm vụ tháng 11,', 'Kết quả thực hiện nhiệm vụ trong kỳ,')
      .replaceText('phương hướng nhiệm vụ tháng 12 năm 2026', 'phương hướng nhiệm vụ kỳ tới');
    const unnamed = Buffer.from(editor.bytes()).toString('base64');
    const first = await preview(unnamed);
    expect(first.periodNamed).toBe(false);
    expect(first.summary.needsALook).toContain('Trích yếu không nêu kỳ báo cáo; đã tạm lấy tháng 12 năm 2026 — hãy chọn đúng kỳ.');

    const again = await preview(unnamed, '2026-10');
    expect(again).toMatchObject({ periodKey: '2026-10', periodLabel: 'tháng 10 năm 2026', organisation: { action: 'none' } });
    const imported = await service.importDocx({
      name: 'thang-10.docx',
      base64: unnamed,
      accepted: null,
      target: 'copy',
      periodKey: '2026-10',
      saveOrganisation: false,
    });
    expect(imported.report.indicators[0]!.id).toBe('thu-ngan-sach');
    expect(JSON.stringify(imported.report.body)).toContain('"indicator":"thu-ngan-sach"');
  });

  it('never writes over a report of the same period: a copy beside it, unless asked to replace it', async () => {
    await service.importDocx({
      name: 'thang-11.docx',
      base64: november,
      accepted: [],
      target: 'copy',
      periodKey: null,
      saveOrganisation: true,
    });
    const shown = await preview(november);
    expect(shown.conflict).toBe('Thư mục làm việc đã có báo cáo tháng 11 năm 2026 (ubnd-xa-phuc-loc_2026-11.json).');
    const copy = await service.importDocx({
      name: 'thang-11.docx',
      base64: november,
      accepted: null,
      target: 'copy',
      periodKey: null,
      saveOrganisation: false,
    });
    expect(copy.fileName).toBe('ubnd-xa-phuc-loc_2026-11-tu-word.json');
  });
});

describe('npm run cli -- import of a hand-made report', () => {
  it('prints what it recognised and the figures it made live, and writes the report; --without-figures keeps the numbers as typed', async () => {
    const { directory, remove } = await makeTemporaryDirectory('cli-hand-made');
    try {
      const source = await handMadeWordFixture('so-quy-3-2026.docx');
      const live = await runCli('import', source, '-o', path.join(directory, 'quy-3.json'));
      expect(live.error).toBe('');
      expect(live.code).toBe(0);
      expect(live.out).toContain(
        'là báo cáo soạn bằng Word.\nĐã nhận ra:\n  - Phần đầu: SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG, số 312/BC-SNNMT, ngày 20/09/2026.',
      );
      expect(live.out).toMatch(/Số liệu tự động: \d+ số trong lời văn thành tham chiếu tới bảng chỉ tiêu:/);
      const report = readReportText(await readFile(path.join(directory, 'quy-3.json'), 'utf8'), 'quy-3.json');
      expect(report.period).toEqual({ kind: 'quarter', year: 2026, index: 3 });
      expect(report.organisation.issuerName).toBe('Sở Nông nghiệp và Môi trường tỉnh Tuyên Quang');
      expect(JSON.stringify(report.body)).toContain('"type":"figure"');

      const typed = await runCli('import', source, '-o', path.join(directory, 'chu.json'), '--without-figures');
      expect(typed.out).toMatch(/Giữ nguyên \d+ số trong lời văn là chữ \(--without-figures\)\./);
      expect(await readFile(path.join(directory, 'chu.json'), 'utf8')).not.toContain('"type": "figure"');
    } finally {
      await remove();
    }
  });
});
