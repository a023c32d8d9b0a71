import type { NewIndicator } from '../../core/indicators/add-indicator';
import type { FieldGroup } from '../../core/indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';
import { digitsInput, figureInput, groupSelect, natureSelect, readDigits, readFigure, unitInput } from './grid-form-controls';

export interface IndicatorFormOptions {
  groups: readonly FieldGroup[];
  /** The group chosen at first: the focused row's. */
  groupId: string | null;
  /** Adds the indicator to the list; a refusal keeps the form open with its message. */
  add: (indicator: NewIndicator) => TableEdit<{ indicatorId: string }>;
}

/** “Thêm chỉ tiêu”: name, free unit, field group, nature, digits, and a first plan with its value; null when cancelled. */
export function openIndicatorForm(options: IndicatorFormOptions): Promise<{ table: IndicatorTable; indicatorId: string } | null> {
  const name = element('input', { attributes: { type: 'text', name: 'name', autocomplete: 'off' } });
  const unit = unitInput('');
  const group = groupSelect(options.groups, options.groupId);
  const nature = natureSelect('flow');
  const decimals = digitsInput('decimals', 0, 6);
  const percentDecimals = digitsInput('percentDecimals', 1, 4);
  const planLabel = element('input', { attributes: { type: 'text', name: 'planLabel', autocomplete: 'off' } });
  const planValue = figureInput('planValue');
  return openFormDialog('Thêm chỉ tiêu', {
    fields: [
      labelledField('Tên chỉ tiêu', name),
      labelledField('Đơn vị tính', unit.input, 'Gõ tự do: triệu đồng, tỷ đồng, hộ, người, %, ha, tấn, km, hồ sơ…'),
      unit.suggestions,
      labelledField('Lĩnh vực', group),
      labelledField('Tính chất', nature, 'Cộng dồn: số của các kỳ cộng lại thành lũy kế (thu ngân sách, hồ sơ tiếp nhận).'),
      element(
        'div',
        { className: 'field-row' },
        labelledField('Số chữ số thập phân', decimals),
        labelledField('Số chữ số thập phân của tỷ lệ %', percentDecimals),
      ),
      element(
        'div',
        { className: 'field-row' },
        labelledField('Tên kế hoạch (nếu có)', planLabel, 'kế hoạch năm, dự toán tỉnh giao, Nghị quyết HĐND xã…'),
        labelledField('Giá trị kế hoạch', planValue),
      ),
    ],
    submitLabel: 'Thêm chỉ tiêu',
    submit: () => {
      const plan = readFigure(planValue, 'Giá trị kế hoạch');
      if (!plan.ok) return plan;
      const label = planLabel.value.trim();
      if (label === '' && plan.value !== null) {
        return { ok: false, message: 'Hãy đặt tên cho kế hoạch (ví dụ “kế hoạch năm”) trước khi nhập giá trị kế hoạch.' };
      }
      const result = options.add({
        name: name.value,
        unit: unit.input.value,
        group: group.value,
        nature: nature.value as NewIndicator['nature'],
        decimals: readDigits(decimals, 0),
        percentDecimals: readDigits(percentDecimals, 1),
        plans: label === '' ? [] : [{ label, value: plan.value }],
      });
      return result.ok ? { ok: true, value: { table: result.table, indicatorId: result.indicatorId } } : result;
    },
  });
}
