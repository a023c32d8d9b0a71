import { shell, type WebContents } from 'electron';
import { decideWindowOpen, isNavigationAllowed, shouldOpenExternally } from './security-settings';

/** Every page, frame and window the application creates: no new window, no navigation away from `appUrl`, no webview. */
export function secureWebContents(contents: WebContents, appUrl: string): void {
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
