import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationService } from '../../core/api/application-results';
import { reportToDocx } from '../../core/export/report-to-docx';
import { readReportText } from '../../core/report/read-report';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { createApplicationService } from '../../services/api/application-service';
import { analyseWordFile } from '../../services/word/analyse-word-file';
import { WordFileEditor } from '../support/edit-word-file';
import { resaveWithLibreOffice } from '../support/render-pdf';
import { runCli } from '../support/run-cli';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const root = path.resolve(import.meta.dirname, '../..');
const octoberFile = 'ubnd-le-chan_2019-10.json';

describe('importing an exported file that went through Word into the workspace', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let service: ApplicationService;
  let edited: string;

  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('import-word'));
    await cp(path.join(root, 'examples/le-chan'), workspace, { recursive: true });
    service = await createApplicationService({ workspaceDirectory: workspace });
    const { report } = await service.loadReport({ fileName: octoberFile });
    const exported = await service.exportDocx({ fileName: octoberFile, report });
    const editor = new WordFileEditor(new Uint8Array(await readFile(exported.path)));
    editor.replaceText('tiếp tục ổn định', 'giữ vững ổn định').replaceText('Số:       /BC-UBND', 'Số: 125/BC-UBND');
    edited = Buffer.from(editor.bytes()).toString('base64');
  });
  afterEach(() => remove());

  it('shows the changes first, then writes the report with those accepted', async () => {
    const preview = await service.previewImport({ name: 'thang-10.docx', base64: edited, periodKey: null });
    expect(preview).toMatchObject({ fileName: octoberFile, periodLabel: 'tháng 10 năm 2019', conflict: null, notices: [] });
    expect(preview.kind === 'exported' && preview.changes.map((change) => change.id)).toEqual(['thong-tin:so', 'noi-dung:sua:1']);
    expect(JSON.parse(await readFile(path.join(workspace, 'reports', octoberFile), 'utf8')).meta.number).toBeNull();

    const imported = await service.importDocx({
      name: 'thang-10.docx',
      base64: edited,
      accepted: ['thong-tin:so'],
      target: 'copy',
      periodKey: null,
      saveOrganisation: false,
    });
    expect(imported.fileName).toBe(octoberFile);
    const saved = readReportText(await readFile(path.join(workspace, 'reports', octoberFile), 'utf8'), octoberFile);
    expect(saved.meta.number).toBe(125);
    expect(JSON.stringify(saved.body)).not.toContain('giữ vững ổn định');
    expect(await readdir(path.join(workspace, '.backups', 'ubnd-le-chan_2019-10'))).not.toHaveLength(0);
  });

  it('never writes over a report edited in the tool since the export: a copy beside it, or the file replaced when asked', async () => {
    const { report } = await service.loadReport({ fileName: octoberFile });
    await service.saveReport({ fileName: octoberFile, report: { ...report, meta: { ...report.meta, title: 'BÁO CÁO NHANH' } } });
    const preview = await service.previewImport({ name: 'thang-10.docx', base64: edited, periodKey: null });
    expect(preview.conflict).toBe(`Báo cáo ${octoberFile} trong thư mục làm việc đã được sửa trong phần mềm sau lần xuất Word này.`);

    const copied = await service.importDocx({
      name: 'thang-10.docx',
      base64: edited,
      accepted: null,
      target: 'copy',
      periodKey: null,
      saveOrganisation: false,
    });
    expect(copied.fileName).toBe('ubnd-le-chan_2019-10-tu-word.json');
    expect(copied.report.meta.number).toBe(125);
    expect((await service.loadReport({ fileName: octoberFile })).report.meta.title).toBe('BÁO CÁO NHANH');

    const replaced = await service.importDocx({
      name: 'thang-10.docx',
      base64: edited,
      accepted: null,
      target: 'replace',
      periodKey: null,
      saveOrganisation: false,
    });
    expect(replaced.fileName).toBe(octoberFile);
    expect((await service.loadReport({ fileName: octoberFile })).report.meta.title).toBe('BÁO CÁO');
  });

  it('prints the changes on the command line and writes the report with them, or the embedded copy with --keep-embedded', async () => {
    const file = path.join(workspace, 'thang-10.docx');
    await writeFile(file, Buffer.from(edited, 'base64'));
    const taken = await runCli('import', file, '-o', path.join(workspace, 'lai.json'));
    expect(taken.code).toBe(0);
    expect(taken.out).toContain('đã được sửa trong Word; nhận 2 thay đổi:');
    expect(taken.out).toContain('Thông tin văn bản:\n  - Số văn bản: (để trống) → 125\nNội dung:\n  - Đoạn 2: “');
    expect(JSON.parse(await readFile(path.join(workspace, 'lai.json'), 'utf8')).meta.number).toBe(125);

    const kept = await runCli('import', file, '-o', path.join(workspace, 'ban-kem.json'), '--keep-embedded');
    expect(kept.out).toContain('Bỏ qua 2 thay đổi làm trong Word (--keep-embedded):');
    expect(JSON.parse(await readFile(path.join(workspace, 'ban-kem.json'), 'utf8')).meta.number).toBeNull();
  });
});

describe('an exported file opened and saved again by LibreOffice', () => {
  let directory: string;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    ({ directory, remove } = await makeTemporaryDirectory('libreoffice-resave'));
    const files: string[] = [];
    for (const report of sampleWorkspace.reports) {
      const file = path.join(directory, `${report.id}.docx`);
      await writeFile(file, await reportToDocx(report));
      files.push(file);
    }
    await resaveWithLibreOffice(files, path.join(directory, 'luu-lai'), path.join(directory, 'profile'));
  }, 180_000);
  afterAll(() => remove());

  it.each(sampleWorkspace.reports.map((report) => [report.id, report] as const))(
    'shows no change although every part was rewritten: %s',
    async (id, report) => {
      const bytes = new Uint8Array(await readFile(path.join(directory, 'luu-lai', `${id}.docx`)));
      const original = new Uint8Array(await readFile(path.join(directory, `${id}.docx`)));
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(original))).not.toBe(0);
      const analysis = await analyseWordFile(bytes, `${id}.docx`);
      expect(analysis.changes).toEqual([]);
      expect(analysis.apply(new Set())).toEqual(report);
    },
  );
});
