import { emptyBreakdownRow } from '../../core/breakdowns/unit-figures';
import { addsUp } from '../../core/breakdowns/breakdown-totals';
import type { BreakdownRow, IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { formatAmount } from '../../core/numbers/format-number';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { startsTheYear, type Period } from '../../core/periods/period';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';
import { parseFigureInput } from './grid-cell-values';
import { editableFigureText } from './grid-figure-text';
import { parsePastedBlock } from './grid-paste';

type EnteredColumn = 'value' | 'cumulativeBase' | 'samePeriodValue' | 'samePeriodCumulative';

const columnLabels: Record<EnteredColumn, string> = {
  value: 'Kỳ này',
  cumulativeBase: 'Lũy kế đến kỳ trước',
  samePeriodValue: 'Cùng kỳ năm trước',
  samePeriodCumulative: 'Lũy kế cùng kỳ năm trước',
};

/** What the form gives back: the units' figures (null: no longer broken down) and whether to take their totals. */
export interface BreakdownChoice {
  entries: BreakdownRow[] | null;
  takeTotals: boolean;
}

/**
 * “Theo đơn vị” of one indicator: a line per unit of the organisation with its figures, typed or pasted as a block
 * from Excel (a paste fills from the cell it lands in, right and down), the sum of the units beside the indicator's
 * own figure. `apply` makes the change or says why not; null when cancelled.
 */
export function openBreakdownForm(
  row: IndicatorRow,
  units: readonly ReportingUnit[],
  period: Period,
  apply: (choice: BreakdownChoice) => TableEdit,
): Promise<IndicatorTable | null> {
  const flow = row.nature === 'flow' && !startsTheYear(period);
  const columns: EnteredColumn[] = flow
    ? ['value', 'cumulativeBase', 'samePeriodValue', 'samePeriodCumulative']
    : ['value', 'samePeriodValue'];
  const current = new Map((row.breakdown ?? []).map((entry) => [entry.unit, entry]));
  const inputs: HTMLInputElement[][] = units.map((unit) => {
    const entry = current.get(unit.id) ?? emptyBreakdownRow(unit.id);
    return columns.map((column) =>
      element('input', {
        attributes: {
          type: 'text',
          inputmode: 'decimal',
          name: `${unit.id}:${column}`,
          'aria-label': `${unit.name}, ${columnLabels[column]}`,
          value: editableFigureText(stored(entry, column)),
        },
      }),
    );
  });
  const included = units.map((unit) => {
    const box = element('input', {
      attributes: { type: 'checkbox', name: `${unit.id}:included`, 'aria-label': `Có số liệu của ${unit.name}` },
    });
    box.checked = current.size === 0 || current.has(unit.id);
    return box;
  });
  const takeTotals = element('input', { attributes: { type: 'checkbox', name: 'take-totals' } });
  takeTotals.checked = row.value === null;
  const sums = element('p', { className: 'field-message', attributes: { role: 'status', 'data-role': 'breakdown-sum' } });
  const problem = element('p', { className: 'field-message is-problem', attributes: { role: 'alert', hidden: true } });

  const read = (): { ok: true; entries: BreakdownRow[] } | { ok: false; message: string } => {
    const entries: BreakdownRow[] = [];
    for (const [index, unit] of units.entries()) {
      if (!included[index]!.checked) continue;
      const entry = structuredClone(current.get(unit.id) ?? emptyBreakdownRow(unit.id));
      for (const [position, column] of columns.entries()) {
        const parsed = parseFigureInput(inputs[index]![position]!.value);
        if (!parsed.ok) return { ok: false, message: `${unit.name}, ${columnLabels[column]}: ${parsed.message}` };
        if (typeof parsed.value === 'string') continue;
        setStored(entry, column, parsed.value);
      }
      entries.push(entry);
    }
    return { ok: true, entries };
  };
  const showSums = () => {
    const result = read();
    if (!result.ok || !addsUp(row)) {
      sums.textContent = addsUp(row) ? '' : 'Tỷ lệ của các đơn vị không cộng thành tỷ lệ chung.';
      return;
    }
    const values = result.entries.map((entry) => entry.value);
    const missing = values.filter((value) => value === null).length;
    const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    const unit = row.unit ? ` ${row.unit}` : '';
    sums.textContent =
      `Cộng ${result.entries.length} đơn vị kỳ này: ${formatAmount(total, row.decimals)}${unit}` +
      (missing > 0 ? ` (còn ${missing} đơn vị chưa nhập)` : '') +
      `; số của chỉ tiêu: ${row.value === null ? 'chưa có' : `${formatAmount(row.value, row.decimals)}${unit}`}.`;
  };

  const paste = (event: ClipboardEvent, rowIndex: number, columnIndex: number) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/u.test(text)) return;
    event.preventDefault();
    parsePastedBlock(text).forEach((cells, rowOffset) =>
      cells.forEach((cell, columnOffset) => {
        const input = inputs[rowIndex + rowOffset]?.[columnIndex + columnOffset];
        if (input) input.value = cell.trim();
      }),
    );
    showSums();
  };
  inputs.forEach((line, rowIndex) =>
    line.forEach((input, columnIndex) => {
      input.addEventListener('paste', (event) => paste(event, rowIndex, columnIndex));
      input.addEventListener('input', showSums);
    }),
  );
  for (const box of included) box.addEventListener('change', showSums);
  showSums();

  return openDialog<IndicatorTable>(`Số liệu theo đơn vị: ${row.name}`, (close) => {
    const finish = (choice: BreakdownChoice) => {
      const result = apply(choice);
      if (result.ok) close(result.table);
      else {
        problem.hidden = false;
        problem.textContent = result.message;
      }
    };
    const table = element(
      'table',
      { className: 'breakdown-form__table' },
      element(
        'thead',
        {},
        element(
          'tr',
          {},
          element('th', { text: '' }),
          element('th', { text: 'Đơn vị' }),
          ...columns.map((column) => element('th', { text: columnLabels[column] })),
        ),
      ),
      element(
        'tbody',
        {},
        ...units.map((unit, index) =>
          element(
            'tr',
            {},
            element('td', {}, included[index]!),
            element('th', { text: unit.name, attributes: { scope: 'row' } }),
            ...inputs[index]!.map((input) => element('td', {}, input)),
          ),
        ),
      ),
    );
    return element(
      'form',
      {
        className: 'dialog-form breakdown-form',
        attributes: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            const result = read();
            if (!result.ok) {
              problem.hidden = false;
              problem.textContent = result.message;
              return;
            }
            finish({ entries: result.entries, takeTotals: takeTotals.checked });
          },
        },
      },
      element('p', {
        className: 'dialog-message',
        text: `Đơn vị tính: ${row.unit || 'không có'}. Dán một khối ô từ Excel vào ô đầu tiên để điền cả khối. Bảng theo đơn vị trong bài viết lấy số liệu từ đây.`,
      }),
      table,
      sums,
      addsUp(row) ? element('label', { className: 'choice' }, takeTotals, ' Lấy tổng các đơn vị làm số liệu của chỉ tiêu') : null,
      problem,
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', {
          className: 'primary',
          text: 'Lưu số liệu theo đơn vị',
          attributes: { type: 'submit', 'data-action': 'submit' },
        }),
        row.breakdown
          ? element('button', {
              text: 'Bỏ theo dõi theo đơn vị',
              attributes: { type: 'button', 'data-action': 'remove-breakdown' },
              on: { click: () => finish({ entries: null, takeTotals: false }) },
            })
          : null,
        element('button', { text: 'Hủy', attributes: { type: 'button', 'data-action': 'cancel' }, on: { click: () => close(null) } }),
      ),
    );
  });
}

function stored(entry: BreakdownRow, column: EnteredColumn): number | null {
  switch (column) {
    case 'value':
      return entry.value;
    case 'cumulativeBase':
      return entry.cumulativeBase;
    case 'samePeriodValue':
      return entry.samePeriod.value;
    case 'samePeriodCumulative':
      return entry.samePeriod.cumulative;
  }
}

function setStored(entry: BreakdownRow, column: EnteredColumn, value: number | null): void {
  if (column === 'value') entry.value = value;
  else if (column === 'cumulativeBase') entry.cumulativeBase = value;
  else if (column === 'samePeriodValue') entry.samePeriod.value = value;
  else entry.samePeriod.cumulative = value;
}
