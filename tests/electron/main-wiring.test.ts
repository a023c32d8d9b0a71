import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { commandNames } from '../../core/api/application-api';
import type { ApplicationServiceOptions } from '../../services/api/application-service';
import { applicationUrl } from '../../electron/application-protocol';
import { untrustedSenderMessage } from '../../electron/handle-command';
import { commandChannel, desktopChannels } from '../../electron/ipc-channels';
import { contentSecurityPolicy, preloadPath, webPreferences } from '../../electron/security-settings';

type Listener = (...values: never[]) => unknown;
type IpcHandler = (event: unknown, argument?: unknown) => Promise<unknown>;

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

const electron = vi.hoisted(() => {
  const steps: string[] = [];
  const state = { ready: false };
  const appListeners = new Map<string, Listener>();
  const ipcHandlers = new Map<string, IpcHandler>();
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];

  class FakeBrowserWindow {
    static fromWebContents = vi.fn(() => null);
    readonly webContents = { once: vi.fn(), on: vi.fn(), send: vi.fn() };
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly loadURL = vi.fn(async (url: string) => {
      steps.push(`loadURL ${url}`);
    });
    constructor(readonly options: Record<string, unknown>) {
      steps.push('new BrowserWindow');
      windows.push(this);
    }
  }

  const defaultSession = {
    protocol: {
      handle: vi.fn((scheme: string) => {
        steps.push(`protocol.handle ${scheme}`);
      }),
    },
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };

  return {
    steps,
    state,
    appListeners,
    ipcHandlers,
    windows,
    FakeBrowserWindow,
    defaultSession,
    app: {
      getAppPath: vi.fn(() => ''),
      getPath: vi.fn(() => ''),
      getVersion: vi.fn(() => '0.0.0'),
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      setAppUserModelId: vi.fn(),
      setAboutPanelOptions: vi.fn(),
      isReady: vi.fn(() => state.ready),
      on: vi.fn((name: string, listener: Listener) => {
        appListeners.set(name, listener);
      }),
      whenReady: vi.fn(async () => {
        await Promise.resolve();
        state.ready = true;
        steps.push('ready');
      }),
      quit: vi.fn(),
      exit: vi.fn(),
    },
    registerSchemesAsPrivileged: vi.fn(() => {
      if (state.ready) throw new Error('registerSchemesAsPrivileged after ready');
      steps.push('registerSchemesAsPrivileged');
    }),
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showMessageBoxSync: vi.fn() },
    shell: { showItemInFolder: vi.fn(), openExternal: vi.fn(async () => undefined) },
    ipcHandle: vi.fn((channel: string, handler: IpcHandler) => {
      ipcHandlers.set(channel, handler);
    }),
    serviceOptions: [] as unknown[],
    service: Object.fromEntries(
      [
        'openWorkspace',
        'createWorkspace',
        'openSampleWorkspace',
        'listReports',
        'exportDocx',
        'loadReport',
        'saveReport',
        'listTemplates',
        'listRecoverable',
      ].map((name) => [name, vi.fn(async () => ({}))]),
    ) as Record<string, ReturnType<typeof vi.fn>>,
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.FakeBrowserWindow,
  dialog: electron.dialog,
  ipcMain: { handle: electron.ipcHandle },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
  protocol: { registerSchemesAsPrivileged: electron.registerSchemesAsPrivileged },
  session: { defaultSession: electron.defaultSession },
  shell: electron.shell,
}));

vi.mock('../../services/api/application-service', () => ({
  createApplicationService: vi.fn(async (options: unknown) => {
    electron.serviceOptions.push(options);
    return electron.service;
  }),
}));

// Payload validation is handle-command.test.ts's subject; here the commands go straight to the fake service.
vi.mock('../../services/server/dispatch-command', () => ({
  dispatchCommand: vi.fn(async (service: Record<string, (payload: unknown) => Promise<unknown>>, name: string, payload: unknown) => {
    try {
      return { ok: true, result: await service[name]!(payload) };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }),
}));

vi.mock(import('../../services/workspace/recent-workspaces'), async (importOriginal) => ({
  ...(await importOriginal()),
  readRecentWorkspaces: vi.fn(async () => []),
  writeRecentWorkspaces: vi.fn(async () => undefined),
}));

function ipc(channel: string): IpcHandler {
  const handler = electron.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no IPC handler for ${channel}`);
  return handler;
}

function fromFrame(url: string | undefined) {
  return { sender: {}, senderFrame: url === undefined ? null : { url } };
}

/** The arguments of the one call `mock` had. */
function onlyCall<Arguments extends unknown[]>(mock: { mock: { calls: unknown[][] } }): Arguments {
  expect(mock.mock.calls).toHaveLength(1);
  return mock.mock.calls[0] as Arguments;
}

type ProtocolHandler = (request: Request) => Promise<Response>;

beforeAll(async () => {
  electron.app.getAppPath.mockReturnValue(repositoryRoot);
  electron.app.getPath.mockReturnValue(path.join(os.tmpdir(), 'bao-cao-main-wiring'));
  await import('../../electron/main');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});

beforeEach(() => {
  electron.shell.showItemInFolder.mockClear();
  electron.shell.openExternal.mockClear();
  electron.dialog.showOpenDialog.mockClear();
});

describe('main process: the application scheme', () => {
  it('registers app: as a standard, secure scheme with fetch, before ready, and nothing more', () => {
    const [schemes] = onlyCall<[unknown]>(electron.registerSchemesAsPrivileged);
    expect(schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(electron.steps.indexOf('registerSchemesAsPrivileged')).toBeLessThan(electron.steps.indexOf('ready'));
  });

  it('installs the handler on the default session after ready, before the window loads', () => {
    const handled = electron.steps.indexOf('protocol.handle app');
    expect(handled).toBeGreaterThan(electron.steps.indexOf('ready'));
    expect(handled).toBeLessThan(electron.steps.indexOf('new BrowserWindow'));
  });

  it('serves the built interface with the policy, and every file its page names', async () => {
    const [, handler] = onlyCall<[string, ProtocolHandler]>(electron.defaultSession.protocol.handle);
    const page = await handler(new Request(applicationUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    const html = await page.text();
    expect(html).toBe(await fs.readFile(path.join(repositoryRoot, 'renderer', 'dist', 'index.html'), 'utf8'));

    // Relative references (vite's `base: './'`) resolve inside the scheme's origin.
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThan(1);
    for (const reference of references) {
      const url = new URL(reference, applicationUrl).href;
      expect(url.startsWith('app://baocao/')).toBe(true);
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy);
    }
  });

  it('refuses what lies outside renderer/dist', async () => {
    const [, handler] = onlyCall<[string, ProtocolHandler]>(electron.defaultSession.protocol.handle);
    for (const url of ['app://baocao/..%2f..%2fpackage.json', 'app://baocao/%2e%2e/%2e%2e/package.json', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });
});

describe('main process: the default session', () => {
  it('adds the Content-Security-Policy to other responses too', () => {
    const [listener] = onlyCall<[(details: unknown, callback: (response: unknown) => void) => void]>(
      electron.defaultSession.webRequest.onHeadersReceived,
    );
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Other': ['kept'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'X-Other': ['kept'], 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });

  it('denies every permission request and check', () => {
    const [request] = onlyCall<[(contents: unknown, permission: string, callback: (granted: boolean) => void) => void]>(
      electron.defaultSession.setPermissionRequestHandler,
    );
    const [check] = onlyCall<[(contents: unknown, permission: string) => boolean]>(electron.defaultSession.setPermissionCheckHandler);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission)).toBe(false);
    }
  });
});

describe('main process: every web contents', () => {
  function secured() {
    const created = electron.appListeners.get('web-contents-created') as unknown as (event: unknown, contents: unknown) => void;
    expect(created).toBeTypeOf('function');
    const listeners = new Map<string, (event: { url?: string; preventDefault: () => void }) => void>();
    const contents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn((name: string, listener: (event: { url?: string; preventDefault: () => void }) => void) => {
        listeners.set(name, listener);
      }),
    };
    created({}, contents);
    const [openWindow] = onlyCall<[(details: { url: string }) => unknown]>(contents.setWindowOpenHandler);
    return { openWindow, listeners };
  }

  it('denies every new window, handing web addresses to the browser only', () => {
    const { openWindow } = secured();
    expect(openWindow({ url: 'https://thuvienphapluat.vn/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://thuvienphapluat.vn/');
    for (const url of [applicationUrl, 'file:///etc/passwd', 'javascript:alert(1)'])
      expect(openWindow({ url })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays on the application’s origin', (name) => {
    const listener = secured().listeners.get(name);
    expect(listener).toBeTypeOf('function');
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'data:text/html,x']) {
      const event = { url, preventDefault: vi.fn() };
      listener!(event);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
    for (const url of [applicationUrl, `${applicationUrl}#/bao-cao`]) {
      const event = { url, preventDefault: vi.fn() };
      listener!(event);
      expect(event.preventDefault, url).not.toHaveBeenCalled();
    }
  });

  it('attaches no webview', () => {
    const event = { preventDefault: vi.fn() };
    secured().listeners.get('will-attach-webview')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('main process: the window', () => {
  it('is created with the frozen web preferences and loads the application scheme', () => {
    const [window] = electron.windows;
    const preferences = window!.options['webPreferences'] as Record<string, unknown>;
    expect(preferences).toEqual({ ...webPreferences });
    expect(preferences).toMatchObject({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(window!.loadURL).toHaveBeenCalledExactlyOnceWith('app://baocao/index.html');
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});

describe('main process: IPC', () => {
  const untrusted = [
    undefined,
    'https://example.com/',
    'app://evil/index.html',
    `file://${path.join(repositoryRoot, 'renderer', 'dist', 'index.html')}`,
  ];

  it('handles every command and desktop action', () => {
    for (const name of commandNames) expect(electron.ipcHandlers.has(commandChannel(name)), name).toBe(true);
    for (const channel of Object.values(desktopChannels)) expect(electron.ipcHandlers.has(channel), channel).toBe(true);
  });

  it.each(untrusted)('refuses commands from a frame at %j', async (frameUrl) => {
    electron.service['listReports']!.mockClear();
    electron.service['exportDocx']!.mockClear();
    expect(await ipc(commandChannel('listReports'))(fromFrame(frameUrl), {})).toEqual({ ok: false, message: untrustedSenderMessage });
    expect(await ipc(commandChannel('exportDocx'))(fromFrame(frameUrl), {})).toEqual({ ok: false, message: untrustedSenderMessage });
    expect(electron.service['listReports']).not.toHaveBeenCalled();
    expect(electron.service['exportDocx']).not.toHaveBeenCalled();
  });

  it.each(untrusted)('refuses desktop actions from a frame at %j', async (frameUrl) => {
    expect(await ipc(desktopChannels.chooseWorkspaceFolder)(fromFrame(frameUrl))).toBeNull();
    expect(await ipc(desktopChannels.showInFolder)(fromFrame(frameUrl), path.resolve('/tmp/a.docx'))).toBe(false);
    expect(await ipc(desktopChannels.openExternalLink)(fromFrame(frameUrl), 'https://example.com/')).toBe(false);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('runs a command from the application’s page', async () => {
    electron.service['listReports']!.mockResolvedValueOnce([]);
    expect(await ipc(commandChannel('listReports'))(fromFrame(applicationUrl), {})).toEqual({ ok: true, result: [] });
  });
});

describe('main process: showInFolder', () => {
  const trusted = fromFrame(applicationUrl);
  const showInFolder = (filePath: unknown) => ipc(desktopChannels.showInFolder)(trusted, filePath);
  const exported = path.resolve('/srv/xuat/ubnd-le-chan_2019-10.docx');

  it('refuses a path that was neither exported nor in the workspace', async () => {
    expect(await showInFolder(path.resolve('/etc/passwd'))).toBe(false);
    expect(await showInFolder(exported)).toBe(false);
    expect(await showInFolder('reports/a.json')).toBe(false);
    expect(await showInFolder(42)).toBe(false);
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('does not remember a failed export', async () => {
    electron.service['exportDocx']!.mockRejectedValueOnce(new Error('Không ghi được tệp.'));
    expect(await ipc(commandChannel('exportDocx'))(trusted, {})).toEqual({ ok: false, message: 'Không ghi được tệp.' });
    expect(await showInFolder(exported)).toBe(false);
  });

  it('shows the file the export command wrote', async () => {
    electron.service['exportDocx']!.mockResolvedValueOnce({ path: exported, directory: path.dirname(exported), base64: '', version: 'v' });
    const response = await ipc(commandChannel('exportDocx'))(trusted, {});
    expect(response).toMatchObject({ ok: true, result: { path: exported } });
    expect(await showInFolder(exported)).toBe(true);
    expect(electron.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(exported);
    expect(await showInFolder(path.join(path.dirname(exported), 'khac.docx'))).toBe(false);
  });

  it('shows what lies in the workspace the service opened, and nothing beside it', async () => {
    const workspace = path.resolve('/home/an/bao-cao');
    const [options] = electron.serviceOptions as ApplicationServiceOptions[];
    options!.onWorkspaceOpened!(workspace);
    expect(await showInFolder(path.join(workspace, 'reports', 'a.json'))).toBe(true);
    expect(electron.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith(path.join(workspace, 'reports', 'a.json'));
    expect(await showInFolder(`${workspace}${path.sep}..${path.sep}secret.txt`)).toBe(false);
    expect(await showInFolder(path.resolve('/home/an/bao-cao-cu/a.json'))).toBe(false);
    expect(electron.shell.showItemInFolder).toHaveBeenCalledOnce();
  });
});
