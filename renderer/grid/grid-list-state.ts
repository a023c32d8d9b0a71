import type { IndicatorTable } from '../../core/indicators/indicator-table';
import { createGridHistory } from './grid-history';
import type { ToolbarState } from './grid-toolbar';

export interface GridListState {
  /** The rows and groups as they stand. */
  table(): IndicatorTable;
  /** One step of the history (a cell edit, a paste, a change of the list): the list before it can be gone back to. */
  record(next: IndicatorTable, step: string): void;
  /** Goes back one step and gives its name, or null when there is nothing to undo. */
  undo(): string | null;
  redo(): string | null;
  /**
   * Data from outside. The list the grid last gave (the session handing it back) keeps the history; anything else
   * (a correction made elsewhere) starts a new one, so undo never goes back past it.
   */
  replace(next: IndicatorTable): void;
  history(): Omit<ToolbarState, 'row'>;
}

/** The grid's list and its bounded history; `changed` is told after every step, undo and redo. */
export function createGridListState(initial: IndicatorTable, changed: (table: IndicatorTable) => void): GridListState {
  let current = initial;
  const history = createGridHistory<IndicatorTable>();
  const take = (next: IndicatorTable) => {
    current = next;
    changed(current);
  };
  return {
    table: () => current,
    record(next, step) {
      history.record(current, step);
      take(next);
    },
    undo() {
      const last = history.undo(current);
      if (last) take(last.state);
      return last?.step ?? null;
    },
    redo() {
      const next = history.redo(current);
      if (next) take(next.state);
      return next?.step ?? null;
    },
    replace(next) {
      const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
      if (!same(next.rows, current.rows) || !same(next.groups, current.groups)) history.clear();
      current = next;
    },
    history: () => ({
      canUndo: history.canUndo(),
      canRedo: history.canRedo(),
      undoStep: history.undoStep(),
      redoStep: history.redoStep(),
    }),
  };
}
