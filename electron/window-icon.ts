import path from 'node:path';

/** The PNG electron-builder makes the installers' icons from; packed with the application too (`files` in electron-builder.yml). */
export const applicationIconFile = 'build/icon.png';

/**
 * The icon a window shows, for `BrowserWindow`'s `icon` option. Only Linux needs one: Windows and macOS show the
 * icon electron-builder builds into the program.
 */
export function windowIconPath(appPath: string, platform: NodeJS.Platform): string | undefined {
  return platform === 'linux' ? path.join(appPath, ...applicationIconFile.split('/')) : undefined;
}
