import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
/** The three newest Electron majors when version 45 was chosen; moving past them means choosing again. */
const supportedElectronMajors = [43, 44, 45];

interface TargetEntry {
  target: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  fileAssociations: { ext: string; name: string; description: string; role: string }[];
  win: { target: (string | TargetEntry)[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[] };
  linux: { target: (string | TargetEntry)[]; category: string; maintainer: string };
  mac: { target: (string | TargetEntry)[] };
}
interface PackageFile {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const config = parse(await fs.readFile(new URL('electron-builder.yml', root), 'utf8')) as BuilderConfig;
const packageFile = JSON.parse(await fs.readFile(new URL('package.json', root), 'utf8')) as PackageFile;

function targetNames(targets: (string | TargetEntry)[]): string[] {
  return targets.map((target) => (typeof target === 'string' ? target : target.target));
}

describe('electron-builder.yml', () => {
  it('names the application', () => {
    expect(config.appId).toBe('vn.baocao.soket');
    expect(config.productName).toBe('Báo cáo sơ kết');
  });

  it('packs the built code, the interface, the templates and the sample workspace', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['out/**', 'renderer/dist/**', 'templates/**', 'examples/le-chan/**', 'package.json']),
    );
  });

  it('builds an NSIS installer for Windows, per user, with a choice of folder, in Vietnamese', () => {
    expect(targetNames(config.win.target)).toContain('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
    expect(config.nsis.installerLanguages).toContain('vi_VN');
  });

  it('builds an AppImage and a deb for Linux, and a dmg for macOS', () => {
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toBeTruthy();
    expect(targetNames(config.mac.target)).toContain('dmg');
  });

  it('associates report files (.json) as an editor, with a Vietnamese description', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'json', role: 'Editor', description: expect.stringContaining('Tệp báo cáo') }),
    ]);
  });
});

describe('package.json for Electron', () => {
  it('keeps electron and electron-builder out of the production dependencies', () => {
    for (const name of ['electron', 'electron-builder']) {
      expect(packageFile.devDependencies).toHaveProperty(name);
      expect(packageFile.dependencies).not.toHaveProperty(name);
    }
  });

  it('uses a supported Electron major', () => {
    const major = Number(/\d+/.exec(packageFile.devDependencies['electron'] ?? '')?.[0]);
    expect(supportedElectronMajors).toContain(major);
  });

  it('starts the bundled main process', () => {
    expect(packageFile.main).toBe('out/electron/main.js');
    expect(packageFile.scripts['build:electron']).toBeTruthy();
    expect(packageFile.scripts['start']).toContain('electron .');
  });
});
