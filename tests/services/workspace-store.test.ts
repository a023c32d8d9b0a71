import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleWorkspace } from '../../examples/sample/sample-workspace';
import { listBackups } from '../../services/storage/keep-backups';
import { backupDirectoryFor, reportsDirectory } from '../../services/workspace/workspace-layout';
import { listReports, loadReport, openWorkspace, readWorkspaceReports, saveReport } from '../../services/workspace/workspace-store';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const sampleDirectory = path.resolve(import.meta.dirname, '../../examples/le-chan');

describe('workspace storage', () => {
  let directory: string;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    ({ directory, remove } = await makeTemporaryDirectory('workspace'));
    await cp(sampleDirectory, directory, { recursive: true });
  });
  afterEach(() => remove());

  it('opens the sample workspace with both organisations', async () => {
    const workspace = await openWorkspace(directory);
    expect(workspace.settings.organisations.map((organisation) => organisation.id)).toEqual(['ubnd-le-chan', 'quan-uy-le-chan']);
  });

  it('lists the reports, the latest period first', async () => {
    const listing = await listReports(directory);
    expect(listing.map((entry) => (entry.ok ? entry.periodKey : entry.problem))).toEqual([
      '2022-Q3',
      '2021-11',
      '2020',
      '2019-10',
      '2019-9M',
    ]);
  });

  it('lists a broken file with its problem instead of hiding it or failing the list', async () => {
    await writeFile(path.join(reportsDirectory(directory), 'hong.json'), '{ "schemaVersion": 1, ');
    const listing = await listReports(directory);
    const broken = listing.find((entry) => entry.fileName === 'hong.json');
    expect(broken).toMatchObject({ ok: false });
    expect(broken && !broken.ok && broken.problem).toContain('hong.json');
    expect(listing.filter((entry) => entry.ok)).toHaveLength(5);
  });

  it('saves and loads a report unchanged, keeping the previous version as a backup', async () => {
    const report = structuredClone(sampleWorkspace.reports[0]!);
    const fileName = await saveReport(directory, report);
    expect(fileName).toBe('ubnd-le-chan_2019-10.json');
    report.indicators[0]!.value = 28.1;
    await saveReport(directory, report);
    expect((await loadReport(directory, fileName)).indicators[0]!.value).toBe(28.1);
    const backups = await listBackups(backupDirectoryFor(directory, fileName));
    expect(backups).toHaveLength(2);
    expect(JSON.parse(await readFile(backups[0]!, 'utf8')).indicators[0].value).toBe(27.8);
  });

  it('refuses to save an invalid report and leaves the file on disk as it was', async () => {
    const fileName = 'ubnd-le-chan_2019-10.json';
    const before = await readFile(path.join(reportsDirectory(directory), fileName), 'utf8');
    const report = structuredClone(sampleWorkspace.reports[0]!);
    report.indicators[0]!.value = Number.NaN;
    await expect(saveReport(directory, report)).rejects.toThrow(/indicators\[0\]\.value/);
    expect(await readFile(path.join(reportsDirectory(directory), fileName), 'utf8')).toBe(before);
  });

  it('refuses file names that would leave the reports folder', async () => {
    await expect(loadReport(directory, '../workspace.json')).rejects.toThrow(/không hợp lệ/);
    await expect(saveReport(directory, sampleWorkspace.reports[0]!, '../../etc.json')).rejects.toThrow(/không hợp lệ/);
    await expect(loadReport(directory, 'bao\u0000cao.json')).rejects.toThrow(/^Tên tệp báo cáo .* không hợp lệ/u);
  });

  it('says in Vietnamese that the reports folder is gone, naming it, and saves it anew', async () => {
    await rm(reportsDirectory(directory), { recursive: true });
    await expect(listReports(directory)).rejects.toThrow(
      `Không đọc được thư mục báo cáo “${reportsDirectory(directory)}”: không tìm thấy thư mục hoặc tệp`,
    );
    await expect(loadReport(directory, 'ubnd-le-chan_2019-10.json')).rejects.toThrow(
      'Không đọc được tệp “ubnd-le-chan_2019-10.json”: không tìm thấy thư mục hoặc tệp.',
    );
    await saveReport(directory, sampleWorkspace.reports[0]!);
    expect(await listReports(directory)).toHaveLength(1);
  });

  it('says clearly when a folder is not a workspace', async () => {
    const { directory: empty, remove: removeEmpty } = await makeTemporaryDirectory('empty');
    await expect(openWorkspace(empty)).rejects.toThrow(/không phải là thư mục làm việc/);
    await removeEmpty();
  });

  it('reads an unchanged report once, and again as soon as it is saved', async () => {
    const first = (await readWorkspaceReports(directory)).find((entry) => entry.fileName === 'ubnd-le-chan_2019-10.json');
    const second = (await readWorkspaceReports(directory)).find((entry) => entry.fileName === 'ubnd-le-chan_2019-10.json');
    expect(first?.ok && second?.ok && first.report === second.report).toBe(true);
    const report = structuredClone(sampleWorkspace.reports[0]!);
    report.meta.subject = 'Trích yếu đã sửa';
    await saveReport(directory, report);
    const third = (await readWorkspaceReports(directory)).find((entry) => entry.fileName === 'ubnd-le-chan_2019-10.json');
    expect(third?.ok && third.report.meta.subject).toBe('Trích yếu đã sửa');
  });

  it('removes temporary files left by a save that was killed, in every folder the tool writes into', async () => {
    // Above the largest process id Linux allows (2^22): a writer that is gone.
    const gone = 4_194_305;
    const backups = backupDirectoryFor(directory, 'ubnd-le-chan_2019-10.json');
    await mkdir(backups, { recursive: true });
    await mkdir(path.join(directory, '.autosave'), { recursive: true });
    const folders = [directory, reportsDirectory(directory), backups, path.join(directory, '.autosave')];
    for (const folder of folders) await writeFile(path.join(folder, `.bao-cao.json.${gone}.abcd1234.tmp`), '{"half":');
    // One of this process, as if another save of this window were under way, is left alone.
    const writing = path.join(reportsDirectory(directory), `.bao-cao.json.${process.pid}.abcd1234.tmp`);
    await writeFile(writing, '{');
    await openWorkspace(directory);
    for (const folder of folders)
      expect(
        (await readdir(folder)).filter((name) => name.endsWith('.tmp')),
        folder,
      ).toEqual(folder === reportsDirectory(directory) ? [path.basename(writing)] : []);
  });
});
