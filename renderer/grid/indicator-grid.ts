import { withDerivedIndicators } from '../../core/indicators/derived-indicators';
import { describeDerivation } from '../../core/indicators/describe-derivation';
import type { FieldGroup, IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable } from '../../core/indicators/indicator-table';
import type { Period } from '../../core/periods/period';
import { periodLabel } from '../../core/periods/period-label';
import { element } from '../dom/element';
import { createCellEditor, type CellEditor } from './grid-cell-editor';
import { applyCellUpdates, type CellUpdate } from './grid-cell-values';
import { cellContent, columnTitleFor, gridColumns, readOnlyReason, type GridColumn } from './grid-columns';
import { gridCommandOf } from './grid-command-keys';
import { canEditInPlace, cellEditStep, clearRefusal, editPreview, editStartText, parseEditInput, type EditValue } from './grid-edit-input';
import { createGridListState } from './grid-list-state';
import {
  editingKeyAction,
  movedPosition,
  navigationKeyAction,
  type EditingMode,
  type GridKeyAction,
  type GridPosition,
  type Movement,
} from './grid-keyboard';
import { parsePastedBlock, pasteSummary, planPaste } from './grid-paste';
import { gridSections } from './grid-sections';
import { cellKeyOfEvent, keyAt, keyOfText, positionOf, sameKey, settledFocus, type GridShape } from './grid-cell-keys';
import { createStructureActions } from './grid-structure-actions';
import { buildGridTable, cellKeyText, showCell, type CellKey, type CellProblem } from './grid-table';
import { createGridToolbar } from './grid-toolbar';

import type { ReportingUnit } from '../../core/organisation/reporting-unit';

export { gridColumnKinds, type GridColumn, type GridColumnId, type GridColumnKind } from './grid-columns';

export interface IndicatorGridOptions {
  rows: IndicatorRow[];
  groups: FieldGroup[];
  period: Period;
  /** Called with the new rows and groups (never mutate the input) after every accepted change, undo and redo. */
  onChange: (table: IndicatorTable) => void;
  /** How many figures of the text refer to an indicator, or to one of its plans: told before removing them. */
  figureReferenceCount?: (indicatorId: string, planId?: string) => number;
  /** The units of the organisation (thôn, xã, chi bộ) an indicator's figures can be broken down by. */
  units?: () => ReportingUnit[];
}

export interface IndicatorGrid {
  /** The grid root to insert in the page. */
  element: HTMLElement;
  /**
   * Re-renders with new data, keeping the focused cell. Data other than what the grid last gave `onChange` (a
   * correction made elsewhere) start a new history: undo never goes back past them.
   */
  update(rows: IndicatorRow[], period: Period, groups?: FieldGroup[]): void;
  /** Moves the focus to a cell, as the check panel does to show a figure. */
  focusCell(indicatorId: string, column: string): void;
  /** Undoes or redoes the last change made in the grid, as Ctrl+Z and Ctrl+Y do; told on the status line. */
  undo(): void;
  redo(): void;
  destroy(): void;
}

interface Editing extends CellKey {
  mode: EditingMode;
  editor: CellEditor<EditValue>;
}

let gridCount = 0;

/**
 * The table of indicators a person fills in every period: one row per indicator under its field group,
 * spreadsheet keyboard, Vietnamese numbers, paste from Excel. Derived columns follow every accepted edit. The office
 * makes the list its own from the toolbar and the name and unit cells; every change can be undone.
 */
export function createIndicatorGrid(options: IndicatorGridOptions): IndicatorGrid {
  gridCount += 1;
  const idPrefix = `indicator-grid-${gridCount}`;
  let period = options.period;
  let columns: GridColumn[] = [];
  /** The rows as shown, derived indicators resolved, in the order of the sections. */
  let orderedRows: IndicatorRow[] = [];
  let derivations = new Map<string, string>();
  let focused: CellKey | null = null;
  let lastPosition: GridPosition = { row: 0, column: 0 };
  let editing: Editing | null = null;
  let structure = '';
  let rendering = false;
  let destroyed = false;
  let focusStays = false;
  const problems = new Map<string, CellProblem>();
  let cells = new Map<string, HTMLTableCellElement>();
  const list = createGridListState({ rows: options.rows, groups: options.groups }, (table) => {
    render();
    options.onChange(table);
  });
  const listActions = createStructureActions({
    table: list.table,
    focusedRow: () => focusedCell()?.row ?? null,
    focusedPlanPosition: () => focusedCell()?.column.planPosition ?? null,
    change,
    announce,
    figureReferenceCount: options.figureReferenceCount,
    units: options.units,
    period: () => period,
  });
  const toolbar = createGridToolbar(listActions, { undo, redo });

  const table = element('table', { className: 'indicator-grid__table', attributes: { role: 'grid' } });
  const status = element('p', { className: 'indicator-grid__status', attributes: { role: 'status', 'aria-live': 'polite' } });
  const root = element(
    'div',
    { className: 'indicator-grid' },
    toolbar.element,
    element('div', { className: 'indicator-grid__scroller' }, table),
    status,
  );

  table.addEventListener('keydown', onKeyDown);
  table.addEventListener('focusin', onFocusIn);
  table.addEventListener('focusout', onFocusOut);
  table.addEventListener('dblclick', onDoubleClick);
  table.addEventListener('paste', onPaste);
  table.addEventListener('copy', onCopy);
  root.addEventListener('keydown', onCommandKey);

  render();

  return {
    element: root,
    update(rows, newPeriod, groups = list.table().groups) {
      if (destroyed) return;
      list.replace({ rows, groups });
      period = newPeriod;
      render();
    },
    focusCell(indicatorId, column) {
      if (destroyed) return;
      const row = orderedRows.findIndex((candidate) => candidate.id === indicatorId);
      if (row < 0) return;
      const columnIndex = Math.max(
        0,
        columns.findIndex((candidate) => candidate.id === column),
      );
      const target = keyAt(shape(), { row, column: columnIndex });
      if (editing && !sameKey(editing, target)) commit(null, 'leave');
      moveFocusTo({ row, column: columnIndex });
      cellElement(target)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    },
    undo,
    redo,
    destroy() {
      destroyed = true;
      editing = null;
      problems.clear();
      cells.clear();
      root.remove();
    },
  };

  // Rendering

  function render(): void {
    const hadFocus = root.contains(document.activeElement);
    rendering = true;
    const { rows, groups } = list.table();
    try {
      columns = gridColumns(rows, period);
      const shown = withDerivedIndicators(rows, period);
      derivations = new Map(shown.flatMap((row) => (row.derivation ? [[row.id, describeDerivation(row.derivation, rows)] as const] : [])));
      const sections = gridSections(shown, groups);
      orderedRows = sections.flatMap((section) => section.rows);
      settleFocus();
      forgetVanishedCells();
      const signature = JSON.stringify([
        periodLabel(period),
        columns.map((column) => [column.id, column.title, column.detail]),
        sections.map((section) => [section.id, section.name, section.rows.map((row) => row.id)]),
      ]);
      if (signature !== structure) {
        structure = signature;
        cells = buildGridTable(table, columns, sections, period);
      }
      for (const row of orderedRows) for (const column of columns) refreshCell(row, column);
    } finally {
      rendering = false;
    }
    if (hadFocus && !root.contains(document.activeElement)) focusCurrent();
    refreshToolbar();
  }

  function refreshToolbar(): void {
    toolbar.refresh({ row: focusedCell()?.row ?? null, ...list.history() });
  }

  function refreshCell(row: IndicatorRow, column: GridColumn): void {
    const key: CellKey = { indicatorId: row.id, column: column.id };
    const cell = cellElement(key);
    if (!cell) return;
    showCell(cell, {
      row,
      column,
      period,
      problem: problems.get(cellKeyText(key)),
      focused: focused !== null && sameKey(focused, key),
      editor: editing && sameKey(editing, key) ? editing.editor.element : null,
      idPrefix,
      derivation: derivations.get(row.id) ?? '',
    });
  }

  function refreshAt(key: CellKey): void {
    const row = orderedRows.find((candidate) => candidate.id === key.indicatorId);
    const column = columns.find((candidate) => candidate.id === key.column);
    if (row && column) refreshCell(row, column);
  }

  // Focus

  function cellElement(key: CellKey): HTMLTableCellElement | undefined {
    return cells.get(cellKeyText(key));
  }

  function shape(): GridShape {
    return { rows: orderedRows, columns };
  }

  function settleFocus(): void {
    ({ focused, lastPosition } = settledFocus(shape(), focused, lastPosition));
  }

  function forgetVanishedCells(): void {
    for (const [text] of problems) if (!positionOf(shape(), keyOfText(text))) problems.delete(text);
    if (editing && !positionOf(shape(), editing)) editing = null;
  }

  function setFocused(key: CellKey): void {
    if (focused && sameKey(focused, key)) return;
    const previous = focused ? cellElement(focused) : undefined;
    if (previous) previous.tabIndex = -1;
    focused = key;
    lastPosition = positionOf(shape(), key) ?? lastPosition;
    const next = cellElement(key);
    if (next) next.tabIndex = 0;
    refreshToolbar();
  }

  function moveFocusTo(position: GridPosition): void {
    setFocused(keyAt(shape(), position));
    focusCurrent();
  }

  function focusCurrent(): void {
    if (editing && focused && sameKey(editing, focused)) editing.editor.focus();
    else if (focused) cellElement(focused)?.focus();
  }

  function focusedCell(): { row: IndicatorRow; column: GridColumn; key: CellKey } | null {
    if (!focused) return null;
    const position = positionOf(shape(), focused);
    if (!position) return null;
    return { row: orderedRows[position.row]!, column: columns[position.column]!, key: focused };
  }

  function move(movement: Movement): boolean {
    if (!focused) return false;
    const next = movedPosition(lastPosition, movement, { rows: orderedRows.length, columns: columns.length });
    if (!next) return false;
    moveFocusTo(next);
    return true;
  }

  function announce(message: string): void {
    status.textContent = message;
  }

  // Changes and their history

  /** A change of the list from the toolbar or a dialog: one step, told, the focus back in the grid (on `focus`). */
  function change(next: IndicatorTable, step: string, announcement: string, focus?: string): void {
    if (next === list.table()) return;
    if (editing) cancel();
    if (focus) focused = { indicatorId: focus, column: focused?.column ?? 'value' };
    list.record(next, step);
    if (!focusStays) focusCurrent();
    announce(announcement);
  }

  function undo(): void {
    const step = list.undo();
    announce(step ? `Đã hoàn tác: ${step}.` : 'Không còn thao tác nào để hoàn tác.');
  }

  function redo(): void {
    const step = list.redo();
    announce(step ? `Đã làm lại: ${step}.` : 'Không còn thao tác nào để làm lại.');
  }

  // Editing

  function startEditing(mode: EditingMode, typed: string | null): void {
    const target = focusedCell();
    if (!target) return;
    const { row, column, key } = target;
    const problem = problems.get(cellKeyText(key));
    const stored = editStartText(row, column);
    const choice = column.kind === 'status';
    const editor = createCellEditor<EditValue>({
      choice,
      text: typed ?? (choice ? stored : (problem?.text ?? stored)),
      fallbackText: stored,
      label: `${row.name}, ${columnTitleFor(row, column)}`,
      idPrefix: `${idPrefix}-editor`,
      parse: (text) => parseEditInput(column, text),
      preview: editPreview,
    });
    editing = { ...key, mode, editor };
    refreshCell(row, column);
    editor.focus();
    if (problem && typed === null && !choice) editor.showProblem(problem.message);
  }

  /**
   * Ends the edit with what was typed. A refused input keeps the editor open when a key asked (the person is
   * still there to correct it); when the focus went elsewhere it stays on the cell, marked, and nothing is stored.
   */
  function commit(movement: Movement | null, reason: 'key' | 'leave'): void {
    if (!editing) return;
    const { editor } = editing;
    const key: CellKey = { indicatorId: editing.indicatorId, column: editing.column };
    const result = editor.result();
    if (!result.ok) {
      if (reason === 'key') {
        editor.showProblem(result.message);
        return;
      }
      problems.set(cellKeyText(key), { text: editor.text(), message: result.message });
      editing = null;
      refreshAt(key);
      return;
    }
    editing = null;
    problems.delete(cellKeyText(key));
    const edited = result.value;
    if ('text' in edited) {
      refreshAt(key);
      if (reason === 'key' && (!movement || !move(movement))) focusCurrent();
      // When the focus went to another cell, the change that follows leaves it there.
      focusStays = reason === 'leave';
      if (key.column === 'name') listActions.renameIndicator(key.indicatorId, edited.text);
      else void listActions.changeUnitTo(key.indicatorId, edited.text);
      focusStays = false;
      return;
    }
    const row = orderedRows.find((candidate) => candidate.id === key.indicatorId)!;
    const column = columns.find((candidate) => candidate.id === key.column)!;
    applyUpdates([{ ...key, value: edited.cell }], cellEditStep(row, column, 'sửa'));
    if (reason === 'key' && (!movement || !move(movement))) focusCurrent();
  }

  function cancel(): void {
    if (!editing) return;
    const key: CellKey = { indicatorId: editing.indicatorId, column: editing.column };
    editing = null;
    problems.delete(cellKeyText(key));
    refreshAt(key);
    focusCurrent();
  }

  function applyUpdates(updates: CellUpdate[], step: string): void {
    for (const update of updates) problems.delete(cellKeyText(update));
    const { rows, groups } = list.table();
    const applied = applyCellUpdates(rows, columns, updates);
    if (applied.changed > 0) list.record({ rows: applied.rows, groups }, step);
    else render();
  }

  // Events

  function onKeyDown(event: KeyboardEvent): void {
    if (editing) {
      if (!editing.editor.element.contains(event.target as Node)) return;
      const action = editingKeyAction(event, editing.mode, editing.editor.controlKind);
      if (!action) return;
      if (action.kind === 'commitBeforeShortcut') {
        commit(null, 'key');
        return;
      }
      event.preventDefault();
      if (action.kind === 'commit') commit(action.movement, 'key');
      else if (action.kind === 'cancel') cancel();
      else if (action.kind === 'toggleMode') editing.mode = editing.mode === 'enter' ? 'edit' : 'enter';
      return;
    }
    const target = focusedCell();
    if (!target || event.target !== cellElement(target.key)) return;
    const action = navigationKeyAction(event);
    if (action && perform(action, target)) event.preventDefault();
  }

  /** Carries out a key on a focused cell; false leaves the key to the browser. */
  function perform(action: GridKeyAction, target: { row: IndicatorRow; column: GridColumn; key: CellKey }): boolean {
    const editable = canEditInPlace(target.row, target.column);
    switch (action.kind) {
      case 'move':
        return move(action.movement);
      case 'startEditing':
        if (editable) startEditing('edit', null);
        else if (action.otherwise) move(action.otherwise);
        else announce(readOnlyReason(target.row, target.column));
        return true;
      case 'startTyping':
        if (editable) startEditing('enter', action.text);
        else announce(readOnlyReason(target.row, target.column));
        return true;
      case 'clear': {
        const refusal = clearRefusal(target.row, target.column);
        if (refusal) announce(refusal);
        else applyUpdates([{ ...target.key, value: null }], cellEditStep(target.row, target.column, 'xóa'));
        return true;
      }
      case 'cancel': {
        if (!problems.delete(cellKeyText(target.key))) return false;
        refreshCell(target.row, target.column);
        return true;
      }
      default:
        return false;
    }
  }

  function onFocusIn(event: FocusEvent): void {
    const key = cellKeyOfEvent(event, table, shape());
    if (key) setFocused(key);
  }

  function onFocusOut(event: FocusEvent): void {
    if (rendering || !editing) return;
    const { editor } = editing;
    if (!editor.element.contains(event.target as Node)) return;
    if (event.relatedTarget instanceof Node && editor.element.contains(event.relatedTarget)) return;
    // The window lost the focus (another program came forward): the edit goes on when it comes back.
    if (document.activeElement === editor.control) return;
    commit(null, 'leave');
  }

  function onDoubleClick(event: MouseEvent): void {
    if (editing) return;
    const key = cellKeyOfEvent(event, table, shape());
    if (!key) return;
    setFocused(key);
    const target = focusedCell();
    if (!target) return;
    if (canEditInPlace(target.row, target.column)) startEditing('edit', null);
    else announce(readOnlyReason(target.row, target.column));
  }

  function onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (editing) {
      const block = parsePastedBlock(text);
      // One value goes into the text box like any paste; a block replaces the edit.
      if (block.length <= 1 && (block[0]?.length ?? 0) <= 1) return;
      const key: CellKey = { indicatorId: editing.indicatorId, column: editing.column };
      editing = null;
      refreshAt(key);
      focusCurrent();
    }
    if (!focused || text === '') return;
    event.preventDefault();
    const plan = planPaste(text, { rows: orderedRows, columns, start: lastPosition });
    for (const problem of plan.problems) problems.set(cellKeyText(problem), { text: problem.text, message: problem.message });
    applyUpdates(plan.updates, `dán ${plan.updates.length} ô`);
    announce(pasteSummary(plan));
  }

  function onCopy(event: ClipboardEvent): void {
    const target = editing ? null : focusedCell();
    if (!target || !event.clipboardData) return;
    const problem = problems.get(cellKeyText(target.key));
    event.clipboardData.setData('text/plain', problem ? problem.text : cellContent(target.row, target.column, period).text);
    event.preventDefault();
  }

  function onCommandKey(event: KeyboardEvent): void {
    if (editing || event.defaultPrevented) return;
    const command = gridCommandOf(event);
    if (!command) return;
    if (command === 'undo') undo();
    else if (command === 'redo') redo();
    else if (table.contains(event.target as Node)) listActions.moveIndicator(command === 'moveRowUp' ? -1 : 1);
    else return;
    event.preventDefault();
  }
}
