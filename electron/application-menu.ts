import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuCommandTarget } from './desktop-bridge';

export interface ApplicationMenuOptions {
  /** The most recent first. */
  recentWorkspaces: readonly string[];
  platform: NodeJS.Platform;
  /** Adds the developer tools to the View menu (when not packaged). */
  developerTools: boolean;
  sendCommand: (command: MenuCommand, target?: MenuCommandTarget) => void;
}

export const productName = 'Báo cáo sơ kết';

/** The application menu in Vietnamese. There is deliberately no Reload item: reloading would drop unsaved edits. */
export function buildApplicationMenu(options: ApplicationMenuOptions): MenuItemConstructorOptions[] {
  const { sendCommand } = options;
  const isMac = options.platform === 'darwin';
  const command = (label: string, accelerator: string, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => sendCommand(menuCommand),
  });
  // Undo and redo belong to the editor, which already handles the keys; registering them here as well would undo twice.
  const editorCommand = (label: string, accelerator: string, menuCommand: MenuCommand): MenuItemConstructorOptions => ({
    ...command(label, accelerator, menuCommand),
    registerAccelerator: false,
  });

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Tệp',
    submenu: [
      command('Tạo báo cáo mới', 'CmdOrCtrl+N', 'new'),
      command('Mở thư mục làm việc…', 'CmdOrCtrl+O', 'open'),
      { label: 'Thư mục gần đây', submenu: recentWorkspacesMenu(options.recentWorkspaces, isMac, sendCommand) },
      { type: 'separator' },
      command('Lưu', 'CmdOrCtrl+S', 'save'),
      command('Xuất Word…', 'CmdOrCtrl+E', 'export'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: 'Thoát', role: 'quit' } as const]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Sửa',
    submenu: [
      editorCommand('Hoàn tác', 'CmdOrCtrl+Z', 'undo'),
      editorCommand('Làm lại', 'CmdOrCtrl+Y', 'redo'),
      { type: 'separator' },
      { label: 'Cắt', role: 'cut' },
      { label: 'Sao chép', role: 'copy' },
      { label: 'Dán', role: 'paste' },
      { label: 'Chọn tất cả', role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'Xem',
    submenu: [
      { label: 'Phóng to', role: 'zoomIn' },
      { label: 'Thu nhỏ', role: 'zoomOut' },
      { label: 'Cỡ thật', role: 'resetZoom' },
      { type: 'separator' },
      { label: 'Toàn màn hình', role: 'togglefullscreen' },
      ...(options.developerTools ? [{ type: 'separator' } as const, { label: 'Công cụ phát triển', role: 'toggleDevTools' } as const] : []),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = { label: 'Trợ giúp', role: 'help', submenu: [{ label: 'Giới thiệu', role: 'about' }] };

  // On macOS the first menu is always the application menu, named after the application.
  const macApplicationMenu: MenuItemConstructorOptions = {
    label: productName,
    submenu: [
      { label: 'Giới thiệu', role: 'about' },
      { type: 'separator' },
      { label: 'Ẩn', role: 'hide' },
      { label: 'Ẩn các ứng dụng khác', role: 'hideOthers' },
      { label: 'Hiện tất cả', role: 'unhide' },
      { type: 'separator' },
      { label: 'Thoát', role: 'quit' },
    ],
  };

  return [...(isMac ? [macApplicationMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}

function recentWorkspacesMenu(
  directories: readonly string[],
  isMac: boolean,
  sendCommand: ApplicationMenuOptions['sendCommand'],
): MenuItemConstructorOptions[] {
  if (directories.length === 0) return [{ label: 'Chưa có thư mục nào', enabled: false }];
  // `&` marks a keyboard mnemonic in Windows and Linux menu labels; `&&` shows it as written.
  const label = (directory: string) => (isMac ? directory : directory.replaceAll('&', '&&'));
  return directories.map((directory) => ({ label: label(directory), click: () => sendCommand('open-recent', { directory }) }));
}
