import { app, BrowserWindow, dialog } from 'electron';
import { productName } from './application-menu';
import { webPreferences } from './security-settings';
import { windowIconPath } from './window-icon';

export interface MainWindowOptions {
  appUrl: string;
  onLoaded: () => void;
  onClosed: () => void;
}

/** The one window: hidden until painted, asking before it drops unsaved changes. */
export function createMainWindow({ appUrl, onLoaded, onClosed }: MainWindowOptions): BrowserWindow {
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
  window.webContents.once('did-finish-load', onLoaded);
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
  window.on('closed', onClosed);
  window.loadURL(appUrl).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(productName, `Không tải được giao diện (${appUrl}): ${message}\nHãy chạy “npm run build:renderer”.`);
    app.quit();
  });
  return window;
}
