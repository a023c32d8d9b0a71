import type { CommandName } from '../core/api/application-api';

/** IPC channel names shared by the main process and the preload. */
export function commandChannel<Name extends CommandName>(name: Name): `bao-cao:${Name}` {
  return `bao-cao:${name}`;
}

export const desktopChannels = {
  chooseWorkspaceFolder: 'bao-cao:chooseWorkspaceFolder',
  showInFolder: 'bao-cao:showInFolder',
  openExternalLink: 'bao-cao:openExternalLink',
} as const;

/** Main → renderer: a menu action, or a report file to open. */
export const menuChannel = 'bao-cao:menu';
