import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildApplicationMenu, type ApplicationMenuOptions } from '../../electron/application-menu';

function menu(overrides: Partial<ApplicationMenuOptions> = {}) {
  const sendCommand = vi.fn();
  const template = buildApplicationMenu({ recentWorkspaces: [], platform: 'win32', developerTools: false, sendCommand, ...overrides });
  return { template, sendCommand };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function item(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items(template).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item “${label}”`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('buildApplicationMenu', () => {
  it('has the Vietnamese menus', () => {
    expect(menu().template.map((entry) => entry.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });

  it.each([
    ['Tạo báo cáo mới', 'CmdOrCtrl+N', 'new'],
    ['Mở thư mục làm việc…', 'CmdOrCtrl+O', 'open'],
    ['Lưu', 'CmdOrCtrl+S', 'save'],
    ['Xuất Word…', 'CmdOrCtrl+E', 'export'],
    ['Hoàn tác', 'CmdOrCtrl+Z', 'undo'],
    ['Làm lại', 'CmdOrCtrl+Y', 'redo'],
  ])('“%s” has %s and sends “%s” to the window', (label, accelerator, command) => {
    const { template, sendCommand } = menu();
    const entry = item(template, label);
    expect(entry.accelerator).toBe(accelerator);
    click(entry);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('leaves undo and redo keys to the editor', () => {
    const { template } = menu();
    expect(item(template, 'Hoàn tác').registerAccelerator).toBe(false);
    expect(item(template, 'Làm lại').registerAccelerator).toBe(false);
  });

  it.each([
    ['Cắt', 'cut'],
    ['Sao chép', 'copy'],
    ['Dán', 'paste'],
    ['Chọn tất cả', 'selectAll'],
    ['Phóng to', 'zoomIn'],
    ['Thu nhỏ', 'zoomOut'],
    ['Cỡ thật', 'resetZoom'],
    ['Toàn màn hình', 'togglefullscreen'],
    ['Thoát', 'quit'],
    ['Giới thiệu', 'about'],
  ])('“%s” is the %s role', (label, role) => {
    expect(item(menu().template, label).role).toBe(role);
  });

  it('has no reload, which could drop unsaved edits', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      for (const developerTools of [false, true]) {
        const all = items(menu({ platform, developerTools }).template);
        expect(all.filter((entry) => /reload/i.test(String(entry.role ?? '')))).toEqual([]);
        expect(all.filter((entry) => /tải lại/i.test(entry.label ?? ''))).toEqual([]);
        expect(all.filter((entry) => /^(CmdOrCtrl\+R|F5)$/i.test(String(entry.accelerator ?? '')))).toEqual([]);
      }
    }
  });

  it('lists the recent folders, each opening its folder', () => {
    const { template, sendCommand } = menu({ recentWorkspaces: ['/home/an/bao-cao', '/home/an/Tài liệu & mẫu'] });
    const recent = item(template, 'Thư mục gần đây').submenu as MenuItemConstructorOptions[];
    expect(recent.map((entry) => entry.label)).toEqual(['/home/an/bao-cao', '/home/an/Tài liệu && mẫu']);
    click(recent[1]!);
    expect(sendCommand).toHaveBeenCalledExactlyOnceWith('open-recent', { directory: '/home/an/Tài liệu & mẫu' });
  });

  it('says when there is no recent folder', () => {
    const recent = item(menu().template, 'Thư mục gần đây').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'Chưa có thư mục nào', enabled: false }]);
  });

  it('puts the application menu first on macOS', () => {
    const { template } = menu({ platform: 'darwin' });
    expect(template.map((entry) => entry.label)).toEqual(['Báo cáo sơ kết', 'Tệp', 'Sửa', 'Xem', 'Trợ giúp']);
  });
});
