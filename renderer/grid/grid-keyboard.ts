/** The parts of a keyboard event the grid reads; a plain object in tests. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * How an edit was started, as in a spreadsheet: typing over a cell (`enter`) lets the arrows commit and move on;
 * Enter, F2 or a double click (`edit`) leaves them to move the caret in the text.
 */
export type EditingMode = 'enter' | 'edit';

export type Movement =
  | { kind: 'by'; rows: number; columns: number }
  /** Ctrl+arrow: to the first or last cell in that direction. */
  | { kind: 'edge'; rows: -1 | 0 | 1; columns: -1 | 0 | 1 }
  | { kind: 'rowStart' }
  | { kind: 'rowEnd' }
  | { kind: 'gridStart' }
  | { kind: 'gridEnd' }
  /** Tab: right, then on to the next row; out of the grid after the last cell. */
  | { kind: 'tab'; backwards: boolean };

export type GridKeyAction =
  | { kind: 'move'; movement: Movement }
  /** Enter or F2; a read-only cell takes `otherwise` (Enter moves down) instead. */
  | { kind: 'startEditing'; otherwise: Movement | null }
  | { kind: 'startTyping'; text: string }
  | { kind: 'clear' }
  | { kind: 'cancel' }
  | { kind: 'commit'; movement: Movement | null }
  /** A shortcut of the page (Ctrl+S) pressed while editing: the edit is stored first, then the key goes on. */
  | { kind: 'commitBeforeShortcut' }
  | { kind: 'toggleMode' };

const pageRows = 10;

/** Ctrl shortcuts a text box keeps for itself: select all, the clipboard, undo and redo. */
const textBoxShortcuts = new Set(['a', 'c', 'v', 'x', 'z', 'y']);

/** What a key does on a focused cell that is not being edited; null leaves the key to the browser. */
export function navigationKeyAction(press: KeyPress): GridKeyAction | null {
  if (press.isComposing) return null;
  const command = press.ctrlKey || press.metaKey;
  const arrow = arrowDirection(press.key);
  if (arrow && !press.altKey) {
    return { kind: 'move', movement: command ? { kind: 'edge', ...arrow } : { kind: 'by', ...arrow } };
  }
  if (press.altKey) return null;
  switch (press.key) {
    case 'Tab':
      return command ? null : { kind: 'move', movement: { kind: 'tab', backwards: press.shiftKey } };
    case 'Home':
      return { kind: 'move', movement: { kind: command ? 'gridStart' : 'rowStart' } };
    case 'End':
      return { kind: 'move', movement: { kind: command ? 'gridEnd' : 'rowEnd' } };
    case 'PageUp':
      return { kind: 'move', movement: { kind: 'by', rows: -pageRows, columns: 0 } };
    case 'PageDown':
      return { kind: 'move', movement: { kind: 'by', rows: pageRows, columns: 0 } };
  }
  if (command) return null;
  switch (press.key) {
    case 'Enter':
      return { kind: 'startEditing', otherwise: { kind: 'by', rows: press.shiftKey ? -1 : 1, columns: 0 } };
    case 'F2':
      return { kind: 'startEditing', otherwise: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    case 'Escape':
      return { kind: 'cancel' };
  }
  return isPrintable(press.key) ? { kind: 'startTyping', text: press.key } : null;
}

/**
 * What a key does inside a cell editor. A `choice` editor (the status list) keeps the up and down arrows to
 * choose with; a text editor in `edit` mode keeps every arrow for the caret.
 */
export function editingKeyAction(press: KeyPress, mode: EditingMode, control: 'text' | 'choice'): GridKeyAction | null {
  if (press.isComposing || press.altKey) return null;
  const command = press.ctrlKey || press.metaKey;
  switch (press.key) {
    case 'Enter':
      return command ? null : { kind: 'commit', movement: { kind: 'by', rows: press.shiftKey ? -1 : 1, columns: 0 } };
    case 'Tab':
      return command ? null : { kind: 'commit', movement: { kind: 'tab', backwards: press.shiftKey } };
    case 'Escape':
      return { kind: 'cancel' };
    case 'F2':
      return control === 'text' ? { kind: 'toggleMode' } : null;
  }
  if (command && /^[a-z]$/i.test(press.key) && !textBoxShortcuts.has(press.key.toLowerCase())) return { kind: 'commitBeforeShortcut' };
  const arrow = arrowDirection(press.key);
  if (!arrow || command || press.shiftKey) return null;
  if (control === 'choice') return arrow.rows === 0 ? { kind: 'commit', movement: { kind: 'by', ...arrow } } : null;
  return mode === 'enter' ? { kind: 'commit', movement: { kind: 'by', ...arrow } } : null;
}

export interface GridPosition {
  row: number;
  column: number;
}

/** Where a movement lands in a grid of that size, kept inside it; null when Tab leaves the grid. */
export function movedPosition(position: GridPosition, movement: Movement, size: { rows: number; columns: number }): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const clamp = (value: number, last: number) => Math.min(Math.max(value, 0), last);
  switch (movement.kind) {
    case 'by':
      return { row: clamp(position.row + movement.rows, lastRow), column: clamp(position.column + movement.columns, lastColumn) };
    case 'edge':
      return {
        row: movement.rows === 0 ? position.row : movement.rows < 0 ? 0 : lastRow,
        column: movement.columns === 0 ? position.column : movement.columns < 0 ? 0 : lastColumn,
      };
    case 'rowStart':
      return { row: position.row, column: 0 };
    case 'rowEnd':
      return { row: position.row, column: lastColumn };
    case 'gridStart':
      return { row: 0, column: 0 };
    case 'gridEnd':
      return { row: lastRow, column: lastColumn };
    case 'tab': {
      const index = position.row * size.columns + position.column + (movement.backwards ? -1 : 1);
      if (index < 0 || index > lastRow * size.columns + lastColumn) return null;
      return { row: Math.floor(index / size.columns), column: index % size.columns };
    }
  }
}

function arrowDirection(key: string): { rows: -1 | 0 | 1; columns: -1 | 0 | 1 } | null {
  switch (key) {
    case 'ArrowUp':
      return { rows: -1, columns: 0 };
    case 'ArrowDown':
      return { rows: 1, columns: 0 };
    case 'ArrowLeft':
      return { rows: 0, columns: -1 };
    case 'ArrowRight':
      return { rows: 0, columns: 1 };
    default:
      return null;
  }
}

/** One character, not a named key such as `Shift` or `F5`. */
function isPrintable(key: string): boolean {
  return [...key].length === 1;
}
