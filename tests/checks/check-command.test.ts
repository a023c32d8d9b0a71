import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../core/checks/check-report';
import { serialiseReport } from '../../services/workspace/workspace-store';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { edited, novemberFromOctober, reviewed, row, samples } from './check-fixtures';
import { runCli } from '../support/run-cli';

const root = path.resolve(import.meta.dirname, '../..');
const sample = (name: string) => path.join(root, 'examples/le-chan/reports', name);

const run = runCli;

describe('npm run cli -- check', () => {
  let directory = '';
  let remove = async () => {};
  /** A workspace with the October sample and a November report whose cumulative does not add up. */
  let november = '';
  let elsewhere = '';

  beforeAll(async () => {
    ({ directory, remove } = await makeTemporaryDirectory('check'));
    await mkdir(path.join(directory, 'reports'));
    await mkdir(path.join(directory, 'elsewhere'));
    const report = edited(reviewed(novemberFromOctober({ 'thu-can-doi-ngan-sach': 150 })), (copy) => {
      row(copy, 'thu-can-doi-ngan-sach').cumulativeBase = 800;
    });
    november = path.join(directory, 'reports', 'ubnd-le-chan_2019-11.json');
    elsewhere = path.join(directory, 'elsewhere', 'ubnd-le-chan_2019-11.json');
    await writeFile(november, serialiseReport(report));
    await writeFile(elsewhere, serialiseReport(report));
    await writeFile(path.join(directory, 'reports', 'ubnd-le-chan_2019-10.json'), serialiseReport(samples.october2019));
    await writeFile(path.join(directory, 'reports', 'hong.json'), '{ "khong": "phai bao cao" }');
  });
  afterAll(() => remove());

  it('says so when a sample has nothing to report, and exits 0', async () => {
    const { code, out, error } = await run('check', sample('ubnd-le-chan_2019-10.json'));
    expect(error).toBe('');
    expect(code).toBe(0);
    expect(out).toBe('Không phát hiện vấn đề nào.\n0 lỗi, 0 cảnh báo, 0 thông tin\n');
  });

  it('prints a line a finding and the count, and exits 0 when there are only warnings (seed 003)', async () => {
    const { code, out } = await run('check', sample('quan-uy-le-chan_2021-11.json'));
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      expect.stringMatching(
        /^CẢNH BÁO \[TRUNG-SO-LIEU\] chỉ tiêu “Doanh thu dịch vụ lưu trú và ăn uống” – số liệu kỳ này: Chỉ tiêu .*“Tổng mức bán lẻ hàng hóa”/,
      ),
      '0 lỗi, 1 cảnh báo, 0 thông tin',
      '',
    ]);
  });

  it('prints the findings as JSON with --json', async () => {
    const { code, out } = await run('check', sample('quan-uy-le-chan_2021-11.json'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(checkReport(samples.november2021));
  });

  it('finds the previous report among the files beside the report, and exits 1 on an error', async () => {
    const { code, out } = await run('check', november);
    expect(code).toBe(1);
    expect(out).toMatch(/^LỖI \[LUY-KE-SAI\] chỉ tiêu “Tổng thu cân đối ngân sách” – lũy kế: /m);
    expect(out).toMatch(/^CẢNH BÁO \[CON-UOC\] /m);
    expect(out).toMatch(/^1 lỗi, \d+ cảnh báo, 0 thông tin$/m);
  });

  it('looks in --workspace for the previous report of a file kept elsewhere', async () => {
    expect((await run('check', elsewhere)).code).toBe(0);
    const { code, out } = await run('check', elsewhere, '--workspace', directory, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toContainEqual(expect.objectContaining({ code: 'LUY-KE-SAI', severity: 'error' }));
  });

  it('is a usage or file error (exit 2) without a file, with an unknown option, a missing file or workspace', async () => {
    expect(await run('check')).toMatchObject({
      code: 2,
      error: expect.stringContaining('Cách dùng: npm run -s cli -- check <báo-cáo.json>'),
    });
    expect(await run('check', november, '--xml')).toMatchObject({ code: 2, error: expect.stringContaining('Tham số không hợp lệ') });
    expect(await run('check', sample('khong-co.json'))).toMatchObject({ code: 2, error: expect.stringContaining('khong-co.json') });
    const noWorkspace = await run('check', november, '--workspace', path.join(directory, 'khong-co'));
    expect(noWorkspace).toMatchObject({ code: 2, error: expect.stringContaining('Không đọc được các báo cáo của thư mục làm việc') });
  });

  it('is listed in the help', async () => {
    expect((await run('help')).out).toContain('check <báo-cáo.json> [--json] [--workspace <thư-mục>]');
  });

  it('sets the exit code of the process as npm runs it', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'services/cli/main.ts'), 'check', november],
      {
        cwd: root,
      },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in result ? result.code : 0).toBe(1);
    expect(result.stdout).toContain('LỖI [LUY-KE-SAI]');
  });
});
