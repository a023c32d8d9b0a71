import path from 'node:path';
import { app, dialog, Menu, protocol, session, type BrowserWindow } from 'electron';
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
import { applicationSchemePrivileges, applicationUrl } from './application-protocol';
import type { MenuCommand, MenuCommandTarget } from './desktop-bridge';
import { menuChannel } from './ipc-channels';
import { registerCommandHandlers, registerDesktopHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { locateReportInWorkspace, reportFileArguments } from './report-file-argument';
import { secureSession } from './session-security';
import { ShowableFiles } from './showable-files';
import { secureWebContents } from './web-contents-security';

const applicationId = 'vn.baocao.soket';
const rendererRoot = path.join(app.getAppPath(), 'renderer', 'dist');
const examplesDirectory = path.join(app.getAppPath(), 'examples');
const showableFiles = new ShowableFiles();

let mainWindow: BrowserWindow | null = null;
let recentWorkspaces: string[] = [];
let recentWorkspacesWritten: Promise<void> = Promise.resolve();
let markRendererLoaded: () => void = () => undefined;
const rendererLoaded = new Promise<void>((resolve) => {
  markRendererLoaded = resolve;
});

// Only possible before `ready`.
protocol.registerSchemesAsPrivileged([applicationSchemePrivileges]);

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
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents, applicationUrl));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  secureSession(session.defaultSession, rendererRoot);
  app.setAboutPanelOptions({ applicationName: productName, applicationVersion: app.getVersion() });

  const recentWorkspacesFile = path.join(app.getPath('userData'), recentWorkspacesFileName);
  recentWorkspaces = await readRecentWorkspaces(recentWorkspacesFile);
  const startupLocation = startupReports[0] === undefined ? null : await locateReportInWorkspace(startupReports[0]);
  const service = startService([...(startupLocation ? [startupLocation.directory] : []), ...recentWorkspaces], (directory) => {
    showableFiles.rememberWorkspace(directory);
    recentWorkspaces = addRecentWorkspace(recentWorkspaces, directory);
    refreshMenu();
    const directories = recentWorkspaces;
    recentWorkspacesWritten = recentWorkspacesWritten
      .then(() => writeRecentWorkspaces(recentWorkspacesFile, directories))
      .catch((error: unknown) => console.error(messageOf(error)));
  });
  service.catch((error: unknown) => dialog.showErrorBox(productName, `Không mở được thư mục làm việc: ${messageOf(error)}`));

  registerCommandHandlers(service, applicationUrl, showableFiles);
  registerDesktopHandlers(applicationUrl, showableFiles);
  refreshMenu();
  mainWindow = createMainWindow({
    appUrl: applicationUrl,
    onLoaded: () => markRendererLoaded(),
    onClosed: () => {
      mainWindow = null;
    },
  });
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
