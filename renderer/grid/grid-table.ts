import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { Period } from '../../core/periods/period';
import { periodLabel } from '../../core/periods/period-label';
import { element } from '../dom/element';
import { cellContent, columnTitleFor, type GridColumn, type GridColumnId } from './grid-columns';
import { canEditInPlace } from './grid-edit-input';
import type { GridSection } from './grid-sections';

/** Input that was refused: kept on the cell, in red with the reason, until it is corrected or dropped. */
export interface CellProblem {
  text: string;
  message: string;
}

export interface CellKey {
  indicatorId: string;
  column: GridColumnId;
}

export function cellKeyText(key: CellKey): string {
  return `${key.indicatorId}|${key.column}`;
}

/**
 * Fills the table with its header row, a row per field group and a row per indicator, and returns the
 * indicator cells by key. The cells are empty: {@link showCell} writes them.
 */
export function buildGridTable(
  table: HTMLTableElement,
  columns: readonly GridColumn[],
  sections: readonly GridSection[],
  period: Period,
): Map<string, HTMLTableCellElement> {
  const cells = new Map<string, HTMLTableCellElement>();
  const indicatorCount = sections.reduce((count, section) => count + section.rows.length, 0);
  table.setAttribute('aria-label', `Bảng chỉ tiêu ${periodLabel(period)}`);
  table.setAttribute('aria-colcount', String(columns.length));
  table.setAttribute('aria-rowcount', String(indicatorCount === 0 ? 2 : 1 + sections.length + indicatorCount));

  const header = element(
    'tr',
    { attributes: { 'aria-rowindex': 1 } },
    ...columns.map((column, index) =>
      element(
        'th',
        {
          className: `indicator-grid__heading${column.figure ? ' is-figure' : ''}`,
          attributes: { role: 'columnheader', scope: 'col', 'aria-colindex': index + 1 },
        },
        element('span', { className: 'indicator-grid__title', text: column.title }),
        column.detail ? element('span', { className: 'indicator-grid__detail', text: column.detail }) : null,
      ),
    ),
  );

  const body = element('tbody');
  let rowIndex = 2;
  for (const section of sections) {
    body.append(
      element(
        'tr',
        { className: 'indicator-grid__group', attributes: { 'aria-rowindex': rowIndex++ } },
        element(
          'th',
          { attributes: { role: 'rowheader', scope: 'rowgroup', colspan: columns.length, 'aria-colindex': 1 } },
          element('span', { className: 'indicator-grid__group-name', text: section.name }),
        ),
      ),
    );
    for (const row of section.rows) {
      const line = element('tr', { className: 'indicator-grid__row', attributes: { 'aria-rowindex': rowIndex++ } });
      columns.forEach((column, index) => {
        const isName = column.kind === 'name';
        const cell = element(isName ? 'th' : 'td', {
          attributes: {
            role: isName ? 'rowheader' : 'gridcell',
            scope: isName ? 'row' : null,
            'aria-colindex': index + 1,
            'data-indicator': row.id,
            'data-column': column.id,
            tabindex: -1,
          },
        });
        cells.set(cellKeyText({ indicatorId: row.id, column: column.id }), cell);
        line.append(cell);
      });
      body.append(line);
    }
  }
  if (indicatorCount === 0) {
    body.append(
      element(
        'tr',
        { attributes: { 'aria-rowindex': 2 } },
        element('td', { className: 'indicator-grid__empty', attributes: { colspan: columns.length }, text: 'Chưa có chỉ tiêu nào.' }),
      ),
    );
  }
  table.replaceChildren(element('thead', {}, header), body);
  return cells;
}

export interface CellView {
  row: IndicatorRow;
  column: GridColumn;
  period: Period;
  problem: CellProblem | undefined;
  /** The cell in the tab order (roving tabindex). */
  focused: boolean;
  /** The editor open in this cell, or null. */
  editor: HTMLElement | null;
  /** Unique within the page, for the id of the problem message. */
  idPrefix: string;
  /** How a derived indicator is computed (`= “…” / “…” × 100%`); empty for an entered one. */
  derivation: string;
}

/** Writes a cell: its figure or text, its hint, or the refused input with the reason; its classes and its name. */
export function showCell(cell: HTMLTableCellElement, view: CellView): void {
  const { row, column, problem, editor } = view;
  const editable = canEditInPlace(row, column);
  const computed = cellContent(row, column, view.period, view.derivation);
  // A value the table proposed (an annual report's estimate from the months) says how, until the officer edits it.
  const proposed = column.kind === 'value' && row.estimateBasis && !computed.hint ? row.estimateBasis : '';
  const content = proposed ? { ...computed, hint: proposed } : computed;
  const title = columnTitleFor(row, column);
  const shown = problem ? problem.text : content.text;

  cell.tabIndex = view.focused ? 0 : -1;
  cell.className = [
    'indicator-grid__cell',
    `indicator-grid__cell--${column.kind}`,
    column.figure ? 'is-figure' : '',
    editable ? 'is-editable' : 'is-readonly',
    problem && !editor ? 'is-invalid' : '',
    editor ? 'is-editing' : '',
    column.kind === 'cumulative' && row.cumulativeOverride !== null && !row.derivation ? 'is-overridden' : '',
    row.derivation ? 'is-derived' : '',
    proposed ? 'is-proposed' : '',
  ]
    .filter(Boolean)
    .join(' ');
  cell.setAttribute('aria-readonly', String(!editable));
  cell.setAttribute(
    'aria-label',
    column.kind === 'name'
      ? `${title}: ${row.name}${content.hint ? ` (tính tự động ${content.hint})` : ''}`
      : `${row.name}, ${title}: ${shown || 'trống'}${content.hint && !problem ? ` (${content.hint})` : ''}`,
  );

  if (editor) {
    cell.removeAttribute('aria-invalid');
    cell.removeAttribute('aria-describedby');
    if (editor.parentElement !== cell) cell.replaceChildren(editor);
    return;
  }
  if (problem) {
    const messageId = `${view.idPrefix}-${row.id}-${column.id.replace(':', '-')}-problem`;
    const kept = content.text ? `vẫn giữ “${content.text}”` : 'ô vẫn để trống';
    cell.setAttribute('aria-invalid', 'true');
    cell.setAttribute('aria-describedby', messageId);
    cell.replaceChildren(
      element('span', { className: 'indicator-grid__value', text: problem.text }),
      element('span', {
        className: 'indicator-grid__message',
        attributes: { id: messageId },
        text: `${problem.message} Chưa nhận, ${kept}.`,
      }),
    );
    return;
  }
  cell.removeAttribute('aria-invalid');
  cell.removeAttribute('aria-describedby');
  const value = element('span', { className: 'indicator-grid__value', text: content.text });
  if (content.hint) cell.replaceChildren(value, element('span', { className: 'indicator-grid__hint', text: content.hint }));
  else cell.replaceChildren(value);
}
