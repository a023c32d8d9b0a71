import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applicationIconFile, windowIconPath } from '../../electron/window-icon';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(await fs.readFile(path.join(root, 'electron-builder.yml'), 'utf8')) as { files: string[]; linux: { icon: string } };

describe('windowIconPath', () => {
  it('gives Linux windows the icon the installers are made from, inside the application folder', async () => {
    const icon = windowIconPath(root, 'linux');
    expect(icon).toBe(path.join(root, 'build', 'icon.png'));
    await expect(fs.access(icon!)).resolves.toBeUndefined();
    expect(config.linux.icon).toBe(applicationIconFile);
  });

  it('is packed with the application, since the window loads it at run time', () => {
    expect(config.files).toContain(applicationIconFile);
  });

  it.each(['win32', 'darwin'] as const)('leaves %s to the icon built into the program', (platform) => {
    expect(windowIconPath(root, platform)).toBeUndefined();
  });
});
