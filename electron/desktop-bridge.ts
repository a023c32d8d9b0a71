import type { CommandName, CommandPayload } from '../core/api/application-api';
import type { CommandResponse } from '../core/api/application-results';

/**
 * What the application menu (and the command line, for a report file named there) asks the interface to do.
 * `open-recent` comes with the folder; `open-report` with the folder and the report's file name.
 */
export type MenuCommand = 'new' | 'open' | 'open-recent' | 'open-report' | 'save' | 'export' | 'undo' | 'redo';

export interface MenuCommandTarget {
  directory: string;
  fileName?: string;
}

export type MenuCommandListener = (command: MenuCommand, target?: MenuCommandTarget) => void;

/** One function per command of the application API; each answers a `CommandResponse` and never rejects. */
export type CommandBridge = { [Name in CommandName]: (payload: CommandPayload<Name>) => Promise<CommandResponse<Name>> };

/** What only the desktop window can do. */
export interface DesktopActions {
  /** The folder the user picked, or null when the dialog was cancelled. */
  chooseWorkspaceFolder(): Promise<string | null>;
  /** Shows a file (an exported Word document) in the file manager; false when refused. */
  showInFolder(path: string): Promise<boolean>;
  /** Opens an http(s) address in the user's browser; false for any other address. */
  openExternalLink(url: string): Promise<boolean>;
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenuCommand(listener: MenuCommandListener): () => void;
}

/** `window.baoCao` in the Electron window; absent in the browser mode. */
export type DesktopBridge = CommandBridge & DesktopActions;
