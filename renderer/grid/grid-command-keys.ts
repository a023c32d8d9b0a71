import type { KeyPress } from './grid-keyboard';

/** What the grid does with a key besides moving and editing cells: its history, and moving the focused row. */
export type GridCommand = 'undo' | 'redo' | 'moveRowUp' | 'moveRowDown';

/** Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z (⌘ on a Mac), Alt+↑ and Alt+↓; null for any other key. */
export function gridCommandOf(press: KeyPress): GridCommand | null {
  if (press.isComposing) return null;
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (command && !press.altKey) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    return null;
  }
  if (press.altKey && !command && !press.shiftKey) {
    if (press.key === 'ArrowUp') return 'moveRowUp';
    if (press.key === 'ArrowDown') return 'moveRowDown';
  }
  return null;
}
