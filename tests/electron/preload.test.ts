import { beforeAll, describe, expect, it, vi } from 'vitest';
import { commandNames } from '../../core/api/application-api';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...values: unknown[]) => void>>();
  return {
    listeners,
    exposeInMainWorld: vi.fn(),
    invoke: vi.fn(async (...values: unknown[]) => ({ ok: true, result: values })),
    on: vi.fn((channel: string, listener: (...values: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: (...values: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

const desktopNames = ['chooseWorkspaceFolder', 'showInFolder', 'openExternalLink', 'onMenuCommand'];

let exposedNames: readonly string[];
let bridge: Record<string, (...values: unknown[]) => unknown>;

beforeAll(async () => {
  ({ exposedNames } = await import('../../electron/preload'));
  expect(electron.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = electron.exposeInMainWorld.mock.calls[0] as [string, typeof bridge];
  expect(key).toBe('baoCao');
  bridge = value;
});

describe('preload', () => {
  it('exposes exactly one function per command and the desktop-only actions', () => {
    expect([...exposedNames].sort()).toEqual([...commandNames, ...desktopNames].sort());
    expect(Object.keys(bridge).sort()).toEqual([...exposedNames].sort());
    for (const name of exposedNames) expect(typeof bridge[name]).toBe('function');
  });

  it('exposes no generic way to reach an arbitrary channel', () => {
    for (const name of ['invoke', 'send', 'on', 'ipcRenderer', 'sendSync', 'postMessage']) expect(bridge).not.toHaveProperty(name);
  });

  it('sends each command on its own channel with the payload as given', async () => {
    const payload = { marker: 'x' };
    electron.invoke.mockClear();
    await bridge['listReports']!(payload);
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('bao-cao:listReports', payload);
    for (const name of commandNames) {
      await bridge[name]!({});
      expect(electron.invoke).toHaveBeenLastCalledWith(`bao-cao:${name}`, {});
    }
  });

  it('sends the desktop actions on their channels', async () => {
    await bridge['chooseWorkspaceFolder']!();
    expect(electron.invoke).toHaveBeenLastCalledWith('bao-cao:chooseWorkspaceFolder');
    await bridge['showInFolder']!('/tmp/a.docx');
    expect(electron.invoke).toHaveBeenLastCalledWith('bao-cao:showInFolder', '/tmp/a.docx');
    await bridge['openExternalLink']!('https://example.com/');
    expect(electron.invoke).toHaveBeenLastCalledWith('bao-cao:openExternalLink', 'https://example.com/');
  });

  it('forwards menu commands without the IPC event, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = bridge['onMenuCommand']!(listener) as () => void;
    const deliver = (...values: unknown[]) => {
      for (const registered of electron.listeners.get('bao-cao:menu') ?? []) registered({ sender: 'ipc event' }, ...values);
    };
    deliver('save');
    deliver('open-recent', { directory: '/tmp/thu-muc' });
    expect(listener.mock.calls).toEqual([
      ['save', undefined],
      ['open-recent', { directory: '/tmp/thu-muc' }],
    ]);
    unsubscribe();
    deliver('undo');
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
