/** A state the grid can go back to, with what the step did, for the status line (`thêm chỉ tiêu “…”`). */
export interface HistoryStep<State> {
  state: State;
  step: string;
}

export interface GridHistory<State> {
  /** Remembers the state before a change; a new change drops what could be redone. */
  record(before: State, step: string): void;
  /** The state before the last change, given the current one to redo to; null when there is nothing to undo. */
  undo(current: State): HistoryStep<State> | null;
  redo(current: State): HistoryStep<State> | null;
  canUndo(): boolean;
  canRedo(): boolean;
  /** What undo and redo would do now, or null. */
  undoStep(): string | null;
  redoStep(): string | null;
  clear(): void;
}

/** How many steps the grid can undo; the oldest are forgotten beyond it. */
export const gridHistoryLimit = 200;

/** Undo and redo over whole states: the grid's states are immutable, so a step costs a reference, not a copy. */
export function createGridHistory<State>(limit = gridHistoryLimit): GridHistory<State> {
  const undoable: HistoryStep<State>[] = [];
  let redoable: HistoryStep<State>[] = [];
  return {
    record(before, step) {
      undoable.push({ state: before, step });
      if (undoable.length > limit) undoable.splice(0, undoable.length - limit);
      redoable = [];
    },
    undo(current) {
      const last = undoable.pop();
      if (!last) return null;
      redoable.push({ state: current, step: last.step });
      return last;
    },
    redo(current) {
      const next = redoable.pop();
      if (!next) return null;
      undoable.push({ state: current, step: next.step });
      return next;
    },
    canUndo: () => undoable.length > 0,
    canRedo: () => redoable.length > 0,
    undoStep: () => undoable.at(-1)?.step ?? null,
    redoStep: () => redoable.at(-1)?.step ?? null,
    clear() {
      undoable.length = 0;
      redoable = [];
    },
  };
}
