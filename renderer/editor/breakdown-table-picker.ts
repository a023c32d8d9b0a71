import {
  breakdownColumns,
  defaultBreakdownColumns,
  type BreakdownColumn,
  type BreakdownTable,
} from '../../core/breakdowns/breakdown-table';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { Period } from '../../core/periods/period';
import { showMessage } from '../dialogs/dialog';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';

const columnNames: Record<BreakdownColumn, string> = {
  value: 'Kết quả kỳ này',
  cumulative: 'Lũy kế',
  'same-period': 'Cùng kỳ năm trước',
  ratio: 'So với cùng kỳ (%)',
};

/**
 * Chooses the indicator and the columns of a body table by unit. Only indicators broken down by unit are offered;
 * with none, says how to make one.
 */
export async function pickBreakdownTable(rows: readonly IndicatorRow[], period: Period): Promise<BreakdownTable | null> {
  const brokenDown = rows.filter((row) => (row.breakdown?.length ?? 0) > 0);
  if (brokenDown.length === 0) {
    await showMessage(
      'Chèn bảng theo đơn vị',
      'Chưa có chỉ tiêu nào có số liệu theo đơn vị. Trong Bảng chỉ tiêu, chọn một chỉ tiêu rồi bấm “Theo đơn vị…” để nhập số liệu của từng thôn, xã hoặc chi bộ.',
    );
    return null;
  }
  const indicator = element(
    'select',
    { attributes: { name: 'breakdown-indicator' } },
    ...brokenDown.map((row) => element('option', { attributes: { value: row.id }, text: row.name })),
  );
  const boxes = breakdownColumns.map((column) => {
    const box = element('input', { attributes: { type: 'checkbox', name: 'breakdown-column', value: column } });
    return { column, box, label: element('label', { className: 'choice' }, box, ` ${columnNames[column]}`) };
  });
  const showDefaults = () => {
    const row = brokenDown.find((candidate) => candidate.id === indicator.value)!;
    const chosen = new Set(defaultBreakdownColumns(row, period));
    for (const entry of boxes) entry.box.checked = chosen.has(entry.column);
  };
  indicator.addEventListener('change', showDefaults);
  showDefaults();
  return openFormDialog<BreakdownTable>('Chèn bảng theo đơn vị', {
    message: 'Bảng có một dòng cho mỗi đơn vị và dòng tổng cộng; số liệu luôn lấy từ Bảng chỉ tiêu.',
    fields: [
      labelledField('Chỉ tiêu', indicator),
      element('fieldset', { className: 'field-choices' }, element('legend', { text: 'Các cột' }), ...boxes.map((entry) => entry.label)),
    ],
    submitLabel: 'Chèn bảng',
    submit: () => {
      const columns = boxes.filter((entry) => entry.box.checked).map((entry) => entry.column);
      if (columns.length === 0) return { ok: false, message: 'Hãy chọn ít nhất một cột.' };
      return { ok: true, value: { indicator: indicator.value, columns } };
    },
  });
}
