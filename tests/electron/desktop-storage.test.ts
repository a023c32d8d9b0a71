import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecentWorkspace,
  readRecentWorkspaces,
  recentWorkspacesLimit,
  writeRecentWorkspaces,
} from '../../services/workspace/recent-workspaces';
import { locateReportInWorkspace, reportFileArguments } from '../../electron/report-file-argument';
import { prepareSampleWorkspace } from '../../services/workspace/sample-workspace';
import { makeTemporaryDirectory } from '../support/temporary-directory';

const sampleSource = path.resolve(import.meta.dirname, '../../examples/le-chan');

let directory: string;
let removeDirectory: () => Promise<void>;

beforeEach(async () => {
  ({ directory, remove: removeDirectory } = await makeTemporaryDirectory('electron'));
});

afterEach(async () => {
  await removeDirectory();
});

describe('recent workspaces', () => {
  it('puts the folder first, once, and keeps the last eight', () => {
    let directories: string[] = [];
    for (let index = 0; index < 10; index += 1) directories = addRecentWorkspace(directories, `/bao-cao/${index}`, 'linux');
    directories = addRecentWorkspace(directories, '/bao-cao/5/', 'linux');
    expect(directories).toHaveLength(recentWorkspacesLimit);
    expect(directories.slice(0, 3)).toEqual(['/bao-cao/5', '/bao-cao/9', '/bao-cao/8']);
  });

  it('survives a round trip through its file', async () => {
    const filePath = path.join(directory, 'user-data', 'thu-muc-gan-day.json');
    await writeRecentWorkspaces(filePath, ['/a', '/b']);
    expect(await readRecentWorkspaces(filePath)).toEqual(['/a', '/b']);
  });

  it('reads a missing or damaged file as no recent folder', async () => {
    const filePath = path.join(directory, 'thu-muc-gan-day.json');
    expect(await readRecentWorkspaces(filePath)).toEqual([]);
    await fs.writeFile(filePath, '{"directories": [1');
    expect(await readRecentWorkspaces(filePath)).toEqual([]);
    await fs.writeFile(filePath, '{"directories": "/a"}');
    expect(await readRecentWorkspaces(filePath)).toEqual([]);
  });
});

describe('prepareSampleWorkspace', () => {
  it('copies the sample once and then leaves the copy alone', async () => {
    const target = path.join(directory, 'mau-le-chan');
    expect(await prepareSampleWorkspace(sampleSource, target)).toBe(target);
    const reports = await fs.readdir(path.join(target, 'reports'));
    expect(reports.sort()).toEqual((await fs.readdir(path.join(sampleSource, 'reports'))).sort());
    expect(await fs.readFile(path.join(target, 'workspace.json'), 'utf8')).toBe(
      await fs.readFile(path.join(sampleSource, 'workspace.json'), 'utf8'),
    );

    const edited = path.join(target, 'reports', reports[0]!);
    await fs.writeFile(edited, '{"edited": true}');
    await prepareSampleWorkspace(sampleSource, target);
    expect(await fs.readFile(edited, 'utf8')).toBe('{"edited": true}');
    expect((await fs.readdir(directory)).sort()).toEqual(['mau-le-chan']);
  });

  it('explains in Vietnamese when the sample cannot be copied', async () => {
    await expect(prepareSampleWorkspace(path.join(directory, 'khong-co'), path.join(directory, 'mau'))).rejects.toThrow(
      /Không chép được thư mục làm việc mẫu.*không tìm thấy/,
    );
    expect(await fs.readdir(directory)).toEqual([]);
  });
});

describe('report files on the command line', () => {
  it('keeps the .json arguments, resolved against the working directory', () => {
    const argv = ['/opt/bao-cao/bao-cao-so-ket', '--allow-file-access', '.', 'reports/a.json', '/tmp/B.JSON'];
    expect(reportFileArguments(argv, '/home/an')).toEqual([path.resolve('/home/an/reports/a.json'), path.resolve('/tmp/B.JSON')]);
  });

  it('finds the workspace of a report in its reports folder', async () => {
    const workspace = path.join(directory, 'mau-le-chan');
    await prepareSampleWorkspace(sampleSource, workspace);
    const fileName = (await fs.readdir(path.join(workspace, 'reports')))[0]!;
    expect(await locateReportInWorkspace(path.join(workspace, 'reports', fileName))).toEqual({ directory: workspace, fileName });
  });

  it('finds no workspace for a report file elsewhere', async () => {
    await fs.writeFile(path.join(directory, 'bao-cao.json'), '{}');
    expect(await locateReportInWorkspace(path.join(directory, 'bao-cao.json'))).toBeNull();
    await fs.mkdir(path.join(directory, 'reports'));
    expect(await locateReportInWorkspace(path.join(directory, 'reports', 'bao-cao.json'))).toBeNull();
  });
});
