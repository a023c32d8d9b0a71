import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { commandNames } from '../core/api/application-api';
import type { ApplicationService } from '../core/api/application-results';
import { createApplicationService } from '../services/api/application-service';
import {
  addRecentWorkspace,
  readRecentWorkspaces,
  recentWorkspacesFileName,
  writeRecentWorkspaces,
} from '../services/workspace/recent-workspaces';
import { inspectFolder } from '../services/workspace/workspace-folder';
import { buildApplicationMenu, productName } from './application-menu';
import type { MenuCommand, MenuCommandTarget } from './desktop-bridge';
import { handleCommand } from './handle-command';
import { commandChannel, desktopChannels, menuChannel } from './ipc-channels';
import { locateReportInWorkspace, reportFileArguments } from './report-file-argument';
import {
  contentSecurityPolicy,
  decidePermissionRequest,
  decideWindowOpen,
  isNavigationAllowed,
  isTrustedSender,
  shouldOpenExternally,
  webPreferences,
} from './security-settings';
import { windowIconPath } from './window-icon';

const applicationId = 'vn.baocao.soket';
const appUrl = pathToFileURL(path.join(app.getAppPath(), 'renderer', 'dist', 'index.html')).href;
const examplesDirectory = path.join(app.getAppPath(), 'examples');

let mainWindow: BrowserWindow | null = null;
let recentWorkspaces: string[] = [];
let recentWorkspacesWritten: Promise<void> = Promise.resolve();
let markRendererLoaded: () => void = () => undefined;
const rendererLoaded = new Promise<void>((resolve) => {
  markRendererLoaded = resolve;
});

if (app.requestSingleInstanceLock()) {
  startApplication().catch((error: unknown) => {
    dialog.showErrorBox(productName, `Không khởi động được chương trình: ${messageOf(error)}`);
    app.exit(1);
  });
} else {
  // Another window is already open: it receives our command line through `second-instance`.
  app.quit();
}

async function startApplication(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId(applicationId);
  const startupReports = reportFileArguments(process.argv, process.cwd());

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const filePath of reportFileArguments(argv, workingDirectory)) void openReportFile(filePath);
  });
  // macOS hands over a file given to the application (`open -a "Báo cáo sơ kết" report.json`) with this event,
  // possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (app.isReady()) void openReportFile(filePath);
    else startupReports.push(filePath);
  });
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  secureDefaultSession();
  app.setAboutPanelOptions({ applicationName: productName, applicationVersion: app.getVersion() });

  const recentWorkspacesFile = path.join(app.getPath('userData'), recentWorkspacesFileName);
  recentWorkspaces = await readRecentWorkspaces(recentWorkspacesFile);
  const startupLocation = startupReports[0] === undefined ? null : await locateReportInWorkspace(startupReports[0]);
  const service = startService([...(startupLocation ? [startupLocation.directory] : []), ...recentWorkspaces], (directory) => {
    recentWorkspaces = addRecentWorkspace(recentWorkspaces, directory);
    refreshMenu();
    const directories = recentWorkspaces;
    recentWorkspacesWritten = recentWorkspacesWritten
      .then(() => writeRecentWorkspaces(recentWorkspacesFile, directories))
      .catch((error: unknown) => console.error(messageOf(error)));
  });
  service.catch((error: unknown) => dialog.showErrorBox(productName, `Không mở được thư mục làm việc: ${messageOf(error)}`));

  registerCommandHandlers(service);
  registerDesktopHandlers();
  refreshMenu();
  mainWindow = createMainWindow();
  for (const filePath of startupReports) void openReportFile(filePath);
}

/**
 * The service, with the first of `candidates` that is still a workspace open; with none (as on first start) the
 * interface shows the set-up screen: the sample, an existing workspace, or a new one.
 */
async function startService(candidates: readonly string[], onWorkspaceOpened: (directory: string) => void): Promise<ApplicationService> {
  let workspaceDirectory: string | null = null;
  for (const candidate of candidates) {
    if ((await inspectFolder(candidate).catch(() => 'other')) === 'workspace') {
      workspaceDirectory = candidate;
      break;
    }
    console.warn(`Bỏ qua thư mục làm việc “${candidate}”: không còn là thư mục làm việc.`);
  }
  const sampleWorkspace = { examplesDirectory, copiesDirectory: app.getPath('userData') };
  try {
    return await createApplicationService({ workspaceDirectory, sampleWorkspace, onWorkspaceOpened });
  } catch (error) {
    console.warn(`Bỏ qua thư mục làm việc “${workspaceDirectory}”: ${messageOf(error)}`);
    return createApplicationService({ workspaceDirectory: null, sampleWorkspace, onWorkspaceOpened });
  }
}

function registerCommandHandlers(service: Promise<ApplicationService>): void {
  for (const name of commandNames) {
    ipcMain.handle(commandChannel(name), (event, payload: unknown) =>
      handleCommand(name, event.senderFrame?.url, payload, service, appUrl),
    );
  }
}

function registerDesktopHandlers(): void {
  handleDesktopAction(desktopChannels.chooseWorkspaceFolder, null, async (event) => {
    const owner = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      title: 'Chọn thư mục làm việc',
      buttonLabel: 'Mở thư mục',
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return choice.canceled ? null : (choice.filePaths[0] ?? null);
  });
  handleDesktopAction(desktopChannels.showInFolder, false, (_event, filePath) => {
    if (typeof filePath !== 'string' || !path.isAbsolute(filePath)) return false;
    shell.showItemInFolder(filePath);
    return true;
  });
  handleDesktopAction(desktopChannels.openExternalLink, false, async (_event, url) => {
    if (typeof url !== 'string' || !shouldOpenExternally(url)) return false;
    await shell.openExternal(url);
    return true;
  });
}

/** Like the commands: the sender frame is checked, and a failure is an answer (`refused`), never an exception across IPC. */
function handleDesktopAction<Result>(
  channel: string,
  refused: Result,
  action: (event: IpcMainInvokeEvent, argument: unknown) => Result | Promise<Result>,
): void {
  ipcMain.handle(channel, async (event, argument: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, appUrl)) return refused;
    try {
      return await action(event, argument);
    } catch (error) {
      console.error(messageOf(error));
      return refused;
    }
  });
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    title: productName,
    icon: windowIconPath(app.getAppPath(), process.platform),
    show: false,
    webPreferences: { ...webPreferences },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.once('did-finish-load', () => markRendererLoaded());
  // The page refuses to unload while a report has unsaved changes; ask the user instead of closing silently.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: productName,
      message: 'Báo cáo có thay đổi chưa lưu.',
      detail: 'Nếu đóng bây giờ, các thay đổi chưa lưu sẽ mất.',
      buttons: ['Đóng, không lưu', 'Ở lại'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  window.loadURL(appUrl).catch((error: unknown) => {
    dialog.showErrorBox(productName, `Không tải được giao diện (${appUrl}): ${messageOf(error)}\nHãy chạy “npm run build:renderer”.`);
    app.quit();
  });
  return window;
}

function secureDefaultSession(): void {
  const { webRequest } = session.defaultSession;
  webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermissionRequest(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => decidePermissionRequest(permission));
}

function secureWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (shouldOpenExternally(url)) void shell.openExternal(url);
    return decideWindowOpen(url);
  });
  const blockForeignNavigation = (event: Electron.Event<{ url: string }>) => {
    if (!isNavigationAllowed(event.url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function refreshMenu(): void {
  const template = buildApplicationMenu({
    recentWorkspaces,
    platform: process.platform,
    developerTools: !app.isPackaged,
    sendCommand: sendMenuCommand,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendMenuCommand(command: MenuCommand, target?: MenuCommandTarget): void {
  mainWindow?.webContents.send(menuChannel, command, target);
}

async function openReportFile(filePath: string): Promise<void> {
  const location = await locateReportInWorkspace(filePath);
  if (location === null) {
    dialog.showErrorBox(
      'Không mở được báo cáo',
      `Tệp “${filePath}” không nằm trong thư mục reports của một thư mục làm việc (thư mục có tệp workspace.json).`,
    );
    return;
  }
  await rendererLoaded;
  focusMainWindow();
  sendMenuCommand('open-report', location);
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
