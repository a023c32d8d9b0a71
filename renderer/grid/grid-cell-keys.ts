import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { GridColumn, GridColumnId } from './grid-columns';
import type { GridPosition } from './grid-keyboard';
import type { CellKey } from './grid-table';

/** Where cells are in the grid as drawn: the rows in their group order, and the columns. */
export interface GridShape {
  rows: readonly IndicatorRow[];
  columns: readonly GridColumn[];
}

export function sameKey(a: CellKey, b: CellKey): boolean {
  return a.indicatorId === b.indicatorId && a.column === b.column;
}

export function keyAt(shape: GridShape, position: GridPosition): CellKey {
  return { indicatorId: shape.rows[position.row]?.id ?? '', column: shape.columns[position.column]?.id ?? 'name' };
}

export function positionOf(shape: GridShape, key: CellKey): GridPosition | null {
  const row = shape.rows.findIndex((candidate) => candidate.id === key.indicatorId);
  const column = shape.columns.findIndex((candidate) => candidate.id === key.column);
  return row < 0 || column < 0 ? null : { row, column };
}

/**
 * The focused cell once new data are drawn: the same cell while it exists; when its row or column is gone, the
 * nearest cell; at first, the value of the first row.
 */
export function settledFocus(
  shape: GridShape,
  focused: CellKey | null,
  lastPosition: GridPosition,
): { focused: CellKey | null; lastPosition: GridPosition } {
  if (shape.rows.length === 0) return { focused: null, lastPosition };
  const current = focused ? positionOf(shape, focused) : null;
  if (current) return { focused, lastPosition: current };
  const start = focused
    ? lastPosition
    : {
        row: 0,
        column: Math.max(
          0,
          shape.columns.findIndex((column) => column.id === 'value'),
        ),
      };
  const settled = { row: Math.min(start.row, shape.rows.length - 1), column: Math.min(start.column, shape.columns.length - 1) };
  return { focused: keyAt(shape, settled), lastPosition: settled };
}

/** The key a problem is stored under, read back (`indicator|column`). */
export function keyOfText(text: string): CellKey {
  const [indicatorId = '', column = ''] = text.split('|');
  return { indicatorId, column: column as GridColumnId };
}

/** The cell of the grid an event happened in, or null when it was outside any cell of `table`. */
export function cellKeyOfEvent(event: Event, table: HTMLTableElement, shape: GridShape): CellKey | null {
  const cell = (event.target as Element | null)?.closest?.('[data-column]');
  if (!cell || !table.contains(cell)) return null;
  const key: CellKey = {
    indicatorId: cell.getAttribute('data-indicator') ?? '',
    column: (cell.getAttribute('data-column') ?? '') as GridColumnId,
  };
  return positionOf(shape, key) ? key : null;
}
