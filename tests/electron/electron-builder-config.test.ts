import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
/** The three newest Electron majors when version 45 was chosen; moving past them means choosing again. */
const supportedElectronMajors = [43, 44, 45];

interface TargetEntry {
  target: string;
}
interface FileAssociation {
  ext: string | string[];
  mimeType?: string;
}
/** What electron-builder accepts both at the top level and per platform. */
interface PlatformOptions {
  icon?: string;
  fileAssociations?: FileAssociation | FileAssociation[];
}
interface BuilderConfig extends PlatformOptions {
  appId: string;
  productName: string;
  files: string[];
  win: PlatformOptions & { target: (string | TargetEntry)[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[] };
  linux: PlatformOptions & { target: (string | TargetEntry)[]; category: string; maintainer: string; mimeTypes?: string[] };
  mac: PlatformOptions & { target: (string | TargetEntry)[] };
  electronFuses: Record<string, boolean>;
  asar?: boolean;
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

function associations(options: PlatformOptions): FileAssociation[] {
  return [options.fileAssociations ?? []].flat();
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's header chunk (IHDR, always first), or null when the file is not a PNG. */
async function pngDimensions(file: URL): Promise<{ width: number; height: number } | null> {
  const header = (await fs.readFile(file)).subarray(0, 24);
  if (header.length < 24 || !header.subarray(0, 8).equals(pngSignature) || header.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('burns the security fuses into the binary, and packs the app into the archive they check', async () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
    // With runAsNode off, process.fork would start the application again rather than a script.
    for (const folder of ['electron', 'services', 'core']) {
      for (const file of await fs.readdir(new URL(`${folder}/`, root), { recursive: true })) {
        if (!String(file).endsWith('.ts')) continue;
        const source = await fs.readFile(new URL(`${folder}/${String(file)}`, root), 'utf8');
        expect(source, `${folder}/${String(file)}`).not.toMatch(/\bfork\(|ELECTRON_RUN_AS_NODE/u);
      }
    }
  });

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

  it('claims no .json file of the machine, on any platform', () => {
    for (const options of [config, config.win, config.linux, config.mac]) {
      for (const association of associations(options)) {
        const extensions = [association.ext].flat().map((extension) => extension.replace(/^\./, '').toLowerCase());
        expect(extensions).not.toContain('json');
        expect(association.mimeType ?? '').not.toContain('json');
      }
    }
    expect(config.linux.mimeTypes ?? []).not.toContain('application/json');
  });

  it.each(['win', 'linux', 'mac'] as const)('gives the %s build a 512×512 PNG icon that exists', async (platform) => {
    const icon = config[platform].icon ?? config.icon;
    expect(icon).toBeTruthy();
    expect(await pngDimensions(new URL(icon!, root))).toEqual({ width: 512, height: 512 });
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
