import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShowableFiles } from '../../electron/showable-files';

const workspace = path.resolve('/home/an/bao-cao');
const exported = path.resolve('/home/an/Tài liệu/ubnd-le-chan_2019-10.docx');

function showable(): ShowableFiles {
  const files = new ShowableFiles();
  files.rememberWorkspace(workspace);
  files.rememberExportedFile(exported);
  return files;
}

describe('ShowableFiles', () => {
  it('shows nothing before a workspace is open or a file exported', () => {
    expect(new ShowableFiles().allows(exported)).toBe(false);
    expect(new ShowableFiles().allows(path.join(workspace, 'reports', 'a.json'))).toBe(false);
  });

  it('shows a file the export wrote', () => {
    expect(showable().allows(exported)).toBe(true);
  });

  it.each([
    path.join(workspace, 'xuat-word', 'ubnd-le-chan_2019-10.docx'),
    path.join(workspace, 'reports', 'a.json'),
    path.join(workspace, 'workspace.json'),
    path.join(workspace, 'reports'),
  ])('shows %j inside the workspace', (filePath) => {
    expect(showable().allows(filePath)).toBe(true);
  });

  it.each([
    ['outside', path.resolve('/etc/passwd')],
    ['the parent folder', path.resolve('/home/an')],
    ['the workspace itself', workspace],
    ['a sibling sharing the prefix', path.resolve('/home/an/bao-cao-cu/reports/a.json')],
    ['another export', path.resolve('/home/an/Tài liệu/khac.docx')],
    ['a relative path', 'reports/a.json'],
    ['.. out of the workspace', `${workspace}/../../../etc/passwd`],
    ['.. inside the workspace', `${workspace}/reports/../workspace.json`],
    ['.. with a backslash', `${workspace}\\..\\secret.txt`],
    ['NUL', `${workspace}/reports/a.json\0.exe`],
    ['an empty string', ''],
  ])('refuses %s: %j', (_reason, filePath) => {
    expect(showable().allows(filePath)).toBe(false);
  });

  it.each([undefined, null, 42, {}, ['/home/an/bao-cao/a.json']])('refuses %j, which is no path', (value) => {
    expect(showable().allows(value)).toBe(false);
  });

  it('forgets the previous workspace when another opens, but keeps the exported files', () => {
    const files = showable();
    files.rememberWorkspace(path.resolve('/srv/khac'));
    expect(files.allows(path.join(workspace, 'reports', 'a.json'))).toBe(false);
    expect(files.allows(path.resolve('/srv/khac/reports/a.json'))).toBe(true);
    expect(files.allows(exported)).toBe(true);
  });

  it('ignores an exported path that is not absolute', () => {
    const files = new ShowableFiles();
    files.rememberExportedFile('xuat-word/a.docx');
    expect(files.allows(path.resolve('xuat-word/a.docx'))).toBe(false);
  });

  describe('with Windows paths', () => {
    const windows = () => {
      const files = new ShowableFiles(path.win32);
      files.rememberWorkspace('C:\\Users\\An\\Bao cao');
      files.rememberExportedFile('D:\\Xuat\\a.docx');
      return files;
    };

    it.each(['C:\\Users\\An\\Bao cao\\reports\\a.json', 'c:\\users\\an\\bao cao\\xuat-word\\a.docx', 'D:\\Xuat\\a.docx'])(
      'shows %j',
      (filePath) => {
        expect(windows().allows(filePath)).toBe(true);
      },
    );

    it.each([
      'C:\\Users\\An\\Bao cao\\..\\secret.txt',
      'C:\\Users\\An\\Bao cao/../secret.txt',
      'C:\\Users\\An\\Bao cao cu\\a.json',
      'D:\\Users\\An\\Bao cao\\reports\\a.json',
      '\\\\server\\share\\a.docx',
      'C:reports\\a.json',
      'C:\\Windows\\System32\\calc.exe',
    ])('refuses %j', (filePath) => {
      expect(windows().allows(filePath)).toBe(false);
    });
  });
});
