import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { isEditableCell, type GridColumn, type GridColumnId } from './grid-columns';
import { parseCellInput, type CellUpdate } from './grid-cell-values';

/**
 * Splits text copied from Excel or LibreOffice into rows of cells: tabs between cells, `\n`, `\r\n` or `\r`
 * between rows, one trailing line break dropped (Excel ends every copy with one). A cell holding a line break
 * or a tab comes quoted (`"a\nb"`, quotes doubled inside); other quotes are kept as they are.
 */
export function parsePastedBlock(text: string): string[][] {
  if (text === '') return [];
  const normalised = text.replace(/\r\n?/g, '\n');
  const body = normalised.endsWith('\n') ? normalised.slice(0, -1) : normalised;
  const rows: string[][] = [[]];
  let position = 0;
  for (;;) {
    const cell = readCell(body, position);
    rows.at(-1)!.push(cell.text);
    position = cell.end;
    if (position >= body.length) break;
    if (body[position] === '\n') rows.push([]);
    position += 1;
  }
  return rows;
}

function readCell(text: string, start: number): { text: string; end: number } {
  if (text[start] === '"') {
    const quoted = readQuotedCell(text, start);
    if (quoted) return quoted;
  }
  let end = start;
  while (end < text.length && text[end] !== '\t' && text[end] !== '\n') end += 1;
  return { text: text.slice(start, end), end };
}

/** A quoted cell, or null when the quotes do not close right before a tab, a line break or the end. */
function readQuotedCell(text: string, start: number): { text: string; end: number } | null {
  let value = '';
  let position = start + 1;
  while (position < text.length) {
    const character = text[position];
    if (character !== '"') {
      value += character;
      position += 1;
    } else if (text[position + 1] === '"') {
      value += '"';
      position += 2;
    } else {
      const after = text[position + 1];
      return after === undefined || after === '\t' || after === '\n' ? { text: value, end: position + 1 } : null;
    }
  }
  return null;
}

export interface PasteTarget {
  /** The indicator rows in the order the grid shows them (group rows are not part of it). */
  rows: readonly IndicatorRow[];
  columns: readonly GridColumn[];
  /** The focused cell, where the block's top-left cell lands. */
  start: { row: number; column: number };
}

export interface PasteProblem {
  indicatorId: string;
  column: GridColumnId;
  /** The pasted text, kept so the person sees what was refused. */
  text: string;
  message: string;
}

export interface PastePlan {
  /** Valid values, including those equal to what is stored (they clear an earlier problem on the cell). */
  updates: CellUpdate[];
  problems: PasteProblem[];
  /** Pasted cells that landed on read-only cells: derived figures, missing plans. */
  readOnly: number;
  /** Pasted cells that landed on names or units, which a paste never changes: they are edited one at a time. */
  textCells: number;
  /** Pasted cells beyond the last row or column. */
  outside: number;
  /** Blank cells pasted on a status, which cannot be empty: the status is kept. */
  blankStatuses: number;
}

/**
 * Lays a pasted block onto the grid from the focused cell: pasted columns map onto the visible columns in order,
 * read-only ones included, and values landing on read-only cells, names or units are ignored. Every value is
 * parsed; nothing invalid becomes an update.
 */
export function planPaste(text: string, target: PasteTarget): PastePlan {
  const plan: PastePlan = { updates: [], problems: [], readOnly: 0, textCells: 0, outside: 0, blankStatuses: 0 };
  parsePastedBlock(text).forEach((cells, rowOffset) => {
    const row = target.rows[target.start.row + rowOffset];
    cells.forEach((cellText, columnOffset) => {
      const column = target.columns[target.start.column + columnOffset];
      if (!row || !column) {
        plan.outside += 1;
        return;
      }
      if (column.kind === 'name' || column.kind === 'unit') {
        plan.textCells += 1;
        return;
      }
      if (!isEditableCell(row, column)) {
        plan.readOnly += 1;
        return;
      }
      if (column.kind === 'status' && cellText.trim() === '') {
        plan.blankStatuses += 1;
        return;
      }
      const result = parseCellInput(column, cellText);
      if (result.ok) plan.updates.push({ indicatorId: row.id, column: column.id, value: result.value });
      else plan.problems.push({ indicatorId: row.id, column: column.id, text: cellText, message: result.message });
    });
  });
  return plan;
}

/** What a paste did, for the status line: `Đã dán 3 ô. 1 ô không hợp lệ, đã đánh dấu đỏ, số cũ được giữ nguyên.` */
export function pasteSummary(plan: PastePlan): string {
  const parts = [plan.updates.length > 0 ? `Đã dán ${plan.updates.length} ô.` : 'Không dán được ô nào.'];
  if (plan.problems.length > 0) {
    parts.push(`${plan.problems.length} ô không hợp lệ, đã đánh dấu đỏ, số cũ được giữ nguyên.`);
  }
  if (plan.readOnly > 0) parts.push(`Bỏ qua ${plan.readOnly} ô rơi vào cột chỉ đọc.`);
  if (plan.textCells > 0) {
    parts.push(`Bỏ qua ${plan.textCells} ô rơi vào cột tên chỉ tiêu hoặc đơn vị tính: tên và đơn vị chỉ sửa từng ô, không dán.`);
  }
  if (plan.outside > 0) parts.push(`Bỏ qua ${plan.outside} ô nằm ngoài bảng.`);
  if (plan.blankStatuses > 0) parts.push(`${plan.blankStatuses} ô tình trạng để trống: giữ tình trạng cũ.`);
  return parts.join(' ');
}
