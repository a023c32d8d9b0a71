import { BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { commandNames } from '../core/api/application-api';
import type { ApplicationService } from '../core/api/application-results';
import { handleCommand } from './handle-command';
import { commandChannel, desktopChannels } from './ipc-channels';
import { isTrustedSender, shouldOpenExternally } from './security-settings';
import type { ShowableFiles } from './showable-files';

/** One IPC handler per command; the Word files the export writes become showable in the file manager. */
export function registerCommandHandlers(service: Promise<ApplicationService>, appUrl: string, showable: ShowableFiles): void {
  for (const name of commandNames) {
    ipcMain.handle(commandChannel(name), async (event, payload: unknown) => {
      const response = await handleCommand(name, event.senderFrame?.url, payload, service, appUrl);
      if (name === 'exportDocx' && response.ok) showable.rememberExportedFile((response.result as { path: string }).path);
      return response;
    });
  }
}

export function registerDesktopHandlers(appUrl: string, showable: ShowableFiles): void {
  handleDesktopAction(appUrl, desktopChannels.chooseWorkspaceFolder, null, async (event) => {
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Chọn thư mục làm việc',
      buttonLabel: 'Mở thư mục',
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  });
  handleDesktopAction(appUrl, desktopChannels.showInFolder, false, (_event, filePath) => {
    if (!showable.allows(filePath)) return false;
    shell.showItemInFolder(filePath);
    return true;
  });
  handleDesktopAction(appUrl, desktopChannels.openExternalLink, false, async (_event, url) => {
    if (typeof url !== 'string' || !shouldOpenExternally(url)) return false;
    await shell.openExternal(url);
    return true;
  });
}

/** Like the commands: the sender frame is checked, and a failure is an answer (`refused`), never an exception across IPC. */
function handleDesktopAction<Result>(
  appUrl: string,
  channel: string,
  refused: Result,
  action: (event: IpcMainInvokeEvent, argument: unknown) => Result | Promise<Result>,
): void {
  ipcMain.handle(channel, async (event, argument: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, appUrl)) return refused;
    try {
      return await action(event, argument);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      return refused;
    }
  });
}
