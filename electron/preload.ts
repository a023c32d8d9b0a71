import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CommandName } from '../core/api/application-api';
import type { CommandBridge, DesktopActions, DesktopBridge, MenuCommand, MenuCommandListener, MenuCommandTarget } from './desktop-bridge';
import { commandChannel, desktopChannels, menuChannel } from './ipc-channels';

/**
 * The commands are listed here instead of importing `commandNames`: a sandboxed preload cannot load packages, so
 * importing core/api would bundle zod and the report schema into it. `satisfies` fails the type check whenever a
 * command is added to or removed from the application API.
 */
const bridgedCommands = {
  openWorkspace: true,
  createWorkspace: true,
  openSampleWorkspace: true,
  saveOrganisation: true,
  removeOrganisation: true,
  loadOpeningFigures: true,
  saveOpeningFigures: true,
  listReports: true,
  listTemplates: true,
  createFromTemplate: true,
  createFromPrevious: true,
  loadReport: true,
  saveReport: true,
  saveReportCopy: true,
  compareWithFile: true,
  writeBackup: true,
  listRecoverable: true,
  recoverBackup: true,
  discardBackup: true,
  replacePreviousEstimate: true,
  exportDocx: true,
  previewImport: true,
  importDocx: true,
  checkReport: true,
  saveAsTemplate: true,
} as const satisfies Record<CommandName, true>;

const desktopActions: DesktopActions = {
  chooseWorkspaceFolder: () => ipcRenderer.invoke(desktopChannels.chooseWorkspaceFolder),
  showInFolder: (path) => ipcRenderer.invoke(desktopChannels.showInFolder, path),
  openExternalLink: (url) => ipcRenderer.invoke(desktopChannels.openExternalLink, url),
  onMenuCommand(listener: MenuCommandListener) {
    // The IPC event (and its `sender`) stays in the preload; the page gets only the command.
    const forward = (_event: IpcRendererEvent, command: MenuCommand, target?: MenuCommandTarget) => listener(command, target);
    ipcRenderer.on(menuChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuChannel, forward);
    };
  },
};

const commandFunctions = Object.fromEntries(
  (Object.keys(bridgedCommands) as CommandName[]).map((name) => [
    name,
    (payload: unknown) => ipcRenderer.invoke(commandChannel(name), payload),
  ]),
) as CommandBridge;

const bridge: DesktopBridge = { ...commandFunctions, ...desktopActions };

/** Every name `window.baoCao` has: one function per command, then the desktop-only actions. */
export const exposedNames: readonly string[] = Object.freeze(Object.keys(bridge));

contextBridge.exposeInMainWorld('baoCao', bridge);
