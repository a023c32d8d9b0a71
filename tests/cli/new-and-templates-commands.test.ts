import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReportText } from '../../core/report/read-report';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { runCli } from '../support/run-cli';

const sampleDirectory = path.resolve(import.meta.dirname, '../../examples/le-chan');

const run = runCli;

describe('npm run cli -- new', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('cli-new'));
    await cp(sampleDirectory, workspace, { recursive: true });
  });
  afterEach(() => remove());

  it('rolls the October 2019 report over to November', async () => {
    const output = path.join(workspace, 'thang-11.json');
    const from = path.join(workspace, 'reports/ubnd-le-chan_2019-10.json');
    const { code, out, error } = await run(
      'new',
      '--workspace',
      workspace,
      '--template',
      'ubnd-thang',
      '--period',
      '2019-11',
      '--from',
      from,
      '-o',
      output,
    );
    expect(error).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('tháng 11, phương hướng nhiệm vụ tháng 12 năm 2019');
    const report = readReportText(await readFile(output, 'utf8'), output);
    expect(report.provenance.origin).toBe('rollover');
    const text = await run('text', output);
    expect(text.out).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11');
    expect(text.out).not.toContain('27,8');
  });

  it('starts from the latest earlier report of the organisation with --from latest, saving into the workspace', async () => {
    const { code, out } = await run('new', '--workspace', workspace, '--template', 'dang-thang', '--period', '2021-12', '--from', 'latest');
    expect(code).toBe(0);
    const file = path.join(workspace, 'reports/quan-uy-le-chan_2021-12.json');
    expect(out).toContain(file);
    const report = readReportText(await readFile(file, 'utf8'), file);
    expect(report.provenance.derivedFrom?.periodKey).toBe('2021-11');
    expect(report.indicators.find((row) => row.id === 'thu-ngan-sach-tren-dia-ban')?.cumulativeBase).toBeCloseTo(1379, 6);
  });

  it('creates a report from a template without a previous report', async () => {
    const output = path.join(workspace, 'quy-1.json');
    const { code } = await run('new', '--workspace', workspace, '--template', 'ubnd-quy', '--period', '2023-Q1', '-o', output);
    expect(code).toBe(0);
    expect((await run('text', output)).out).toContain('Kết quả thực hiện nhiệm vụ quý I, phương hướng nhiệm vụ quý II năm 2023');
  });

  it('never overwrites an existing report unless told to', async () => {
    const target = path.join(workspace, 'reports/ubnd-le-chan_2019-10.json');
    const before = await readFile(target, 'utf8');
    const { code, error } = await run('new', '--workspace', workspace, '--template', 'ubnd-thang', '--period', '2019-10');
    expect(code).toBe(2);
    expect(error).toContain('không ghi đè');
    expect(await readFile(target, 'utf8')).toBe(before);
  });

  it('explains a bad period, template or missing option in Vietnamese', async () => {
    expect((await run('new', '--workspace', workspace, '--template', 'ubnd-thang', '--period', '2019-13')).error).toContain(
      'Kỳ “2019-13” không hợp lệ',
    );
    expect((await run('new', '--workspace', workspace, '--template', 'khong-co', '--period', '2019-11')).error).toContain(
      'Không có mẫu “khong-co”',
    );
    expect((await run('new', '--workspace', workspace, '--period', '2019-11')).error).toContain('Thiếu --template.');
    expect((await run('new', '--workspace', workspace, '--template', 'ubnd-quy', '--period', '2019-11')).error).toContain(
      'không dùng cho kỳ 2019-11',
    );
  });
});

describe('npm run cli -- templates', () => {
  it('lists the built-in templates', async () => {
    const { code, out } = await run('templates');
    expect(code).toBe(0);
    for (const id of [
      'ubnd-thang',
      'ubnd-quy',
      'ubnd-6-thang',
      'ubnd-9-thang',
      'ubnd-nam',
      'dang-thang',
      'dang-6-thang',
      'dang-9-thang',
      'dang-nam',
    ]) {
      expect(out).toContain(id);
    }
  });

  it('lists a broken workspace template with its file and line, and exits 1', async () => {
    const { directory, remove } = await makeTemporaryDirectory('cli-templates');
    try {
      await cp(sampleDirectory, directory, { recursive: true });
      const folder = path.join(directory, 'templates/hong');
      await mkdir(folder, { recursive: true });
      const manifest = JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../templates/ubnd-thang/manifest.json'), 'utf8'));
      await writeFile(path.join(folder, 'manifest.json'), JSON.stringify({ ...manifest, id: 'hong' }));
      await writeFile(path.join(folder, 'body.hbs'), '# Tiêu đề\n\n{{figure "khong-co" "value"}}\n');
      const { code, out } = await run('templates', '--workspace', directory);
      expect(code).toBe(1);
      expect(out).toContain('ubnd-thang');
      expect(out).toContain(`${path.join(folder, 'body.hbs')}, dòng 3`);
      expect(out).toContain('khong-co');
    } finally {
      await remove();
    }
  });
});

describe('npm run cli -- save-template', () => {
  it('saves a report as a workspace template that `new` can use', async () => {
    const { directory, remove } = await makeTemporaryDirectory('cli-save-template');
    try {
      await cp(sampleDirectory, directory, { recursive: true });
      const saved = await run(
        'save-template',
        path.join(directory, 'reports/ubnd-le-chan_2019-10.json'),
        '--workspace',
        directory,
        '--id',
        'thang-cua-quan',
        '--name',
        'Báo cáo tháng của quận',
      );
      expect(saved.code).toBe(0);
      expect((await run('templates', '--workspace', directory)).out).toContain('thang-cua-quan');
      const output = path.join(directory, 'moi.json');
      expect((await run('new', '--workspace', directory, '--template', 'thang-cua-quan', '--period', '2020-03', '-o', output)).code).toBe(
        0,
      );
      expect((await run('text', output)).out).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 3');
    } finally {
      await remove();
    }
  });
});
