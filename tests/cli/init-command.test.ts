import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReportText } from '../../core/report/read-report';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { runCli } from '../support/run-cli';

/** A commune's People's Committee as a person writes its profile by hand: only what the defaults cannot know. */
const communeProfile = {
  format: 'state',
  issuingBody: 'ỦY BAN NHÂN DÂN\nXÃ HÒA AN',
  issuerName: 'Ủy ban nhân dân xã Hòa An',
  place: 'Hòa An',
  numberSymbol: 'BC-UBND',
  signer: { lines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nông Văn Bình' },
  recipients: ['UBND tỉnh Cao Bằng', 'Thường trực Đảng ủy xã'],
};

describe('npm run cli -- init', () => {
  let root: string;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ directory: root, remove } = await makeTemporaryDirectory('cli-init'));
  });
  afterEach(() => remove());

  const writeProfile = async (value: unknown, prefix = '') => {
    const file = path.join(root, 'co-quan.json');
    await writeFile(file, `${prefix}${JSON.stringify(value, null, 2)}`);
    return file;
  };

  it('creates a workspace in a folder that does not exist yet, which the templates command reads at once', async () => {
    const folder = path.join(root, 'hoa-an');
    const created = await runCli('init', folder, '--name', 'Báo cáo xã Hòa An');
    expect(created.error).toBe('');
    expect(created.code).toBe(0);
    expect(created.out).toContain('Chưa có cơ quan nào');
    const settings = JSON.parse(await readFile(path.join(folder, 'workspace.json'), 'utf8'));
    expect(settings).toEqual({ schemaVersion: 1, name: 'Báo cáo xã Hòa An', organisations: [] });
    expect(await readdir(path.join(folder, 'reports'))).toEqual([]);

    const templates = await runCli('templates', '--workspace', folder);
    expect(templates.code).toBe(0);
    expect(templates.out).toContain('ubnd-thang');
  });

  it('says the organisation must be declared first, and how, when new runs in a workspace without one', async () => {
    const folder = path.join(root, 'hoa-an');
    await runCli('init', folder);
    const attempt = await runCli('new', '--workspace', folder, '--template', 'ubnd-thang', '--period', '2026-11');
    expect(attempt.code).toBe(2);
    expect(attempt.error).toContain('chưa khai báo cơ quan nào');
    expect(attempt.error).toContain('init <thư mục> --profile');
    expect(await readdir(path.join(folder, 'reports'))).toEqual([]);
  });

  it('takes a hand-written profile, completes its defaults, and then new creates the report of that office', async () => {
    const folder = path.join(root, 'hoa-an');
    const created = await runCli('init', folder, '--profile', await writeProfile(communeProfile, '\uFEFF'));
    expect(created.error).toBe('');
    expect(created.code).toBe(0);
    const settings = JSON.parse(await readFile(path.join(folder, 'workspace.json'), 'utf8'));
    expect(settings.name).toBe('Ủy ban nhân dân xã Hòa An');
    expect(settings.organisations).toEqual([
      {
        ...communeProfile,
        id: 'ubnd-xa-hoa-an',
        parentBody: null,
        archiveLine: 'Lưu: VT, VP.',
        cutOffDay: 14,
        numberingScope: 'calendar-year',
      },
    ]);

    const made = await runCli('new', '--workspace', folder, '--template', 'ubnd-thang', '--period', '2026-11');
    expect(made.error).toBe('');
    expect(made.code).toBe(0);
    const file = path.join(folder, 'reports', 'ubnd-xa-hoa-an_2026-11.json');
    const report = readReportText(await readFile(file, 'utf8'), file);
    expect(report.organisation.issuingBody).toBe('ỦY BAN NHÂN DÂN\nXÃ HÒA AN');
    expect(report.meta.subject).toBe('Kết quả thực hiện nhiệm vụ tháng 11, phương hướng nhiệm vụ tháng 12 năm 2026');
  });

  it('adds a second organisation to an existing workspace with --profile, and refuses to re-create it without one', async () => {
    const folder = path.join(root, 'hoa-an');
    await runCli('init', folder, '--profile', await writeProfile(communeProfile));
    const again = await runCli('init', folder);
    expect(again.code).toBe(2);
    expect(again.error).toContain('đã là một thư mục làm việc');

    const party = await writeProfile({
      format: 'party',
      id: 'dang-uy-xa-hoa-an',
      parentBody: 'ĐẢNG BỘ TỈNH CAO BẰNG',
      issuingBody: 'ĐẢNG ỦY XÃ HÒA AN',
      issuerName: 'Đảng ủy xã Hòa An',
      place: 'Hòa An',
      numberSymbol: 'BC/ĐU',
      signer: { lines: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'], name: 'Hoàng Thị Lan' },
    });
    const added = await runCli('init', folder, '--profile', party);
    expect(added.code).toBe(0);
    expect(added.out).toContain('Đã thêm cơ quan “Đảng ủy xã Hòa An”');
    const settings = JSON.parse(await readFile(path.join(folder, 'workspace.json'), 'utf8'));
    expect(
      settings.organisations.map((organisation: { id: string; archiveLine: string; numberingScope: string }) => [
        organisation.id,
        organisation.archiveLine,
        organisation.numberingScope,
      ]),
    ).toEqual([
      ['ubnd-xa-hoa-an', 'Lưu: VT, VP.', 'calendar-year'],
      ['dang-uy-xa-hoa-an', 'Lưu Văn phòng Đảng ủy.', 'term'],
    ]);
  });

  it('refuses a folder that is neither empty nor a workspace, and writes nothing into it', async () => {
    const folder = path.join(root, 'tai-lieu');
    await mkdir(folder);
    await writeFile(path.join(folder, 'bao-cao-thang-10.docx'), 'không phải thư mục làm việc');
    const attempt = await runCli('init', folder, '--profile', await writeProfile(communeProfile));
    expect(attempt.code).toBe(2);
    expect(attempt.error).toContain('không trống và không phải là thư mục làm việc');
    expect(await readdir(folder)).toEqual(['bao-cao-thang-10.docx']);
  });

  it('names the wrong field of a profile, and the line of a syntax error', async () => {
    const folder = path.join(root, 'hoa-an');
    const missingSigner = await runCli(
      'init',
      folder,
      '--profile',
      await writeProfile({ ...communeProfile, signer: { lines: ['CHỦ TỊCH'], name: ' ' } }),
    );
    expect(missingSigner.code).toBe(2);
    expect(missingSigner.error).toContain('signer.name: Chưa có họ tên người ký.');

    const file = path.join(root, 'hong.json');
    await writeFile(file, '{\n  "format": "state",\n  "issuerName": \n}');
    const broken = await runCli('init', folder, '--profile', file);
    expect(broken.code).toBe(2);
    expect(broken.error).toContain('dòng 4, cột 1');
    await expect(readdir(folder)).rejects.toThrow();
  });
});
