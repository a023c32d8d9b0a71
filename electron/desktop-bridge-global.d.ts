import type { DesktopBridge } from './desktop-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; undefined when the interface runs in a browser. */
    readonly baoCao?: DesktopBridge;
  }
}
