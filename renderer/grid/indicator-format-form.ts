import { indicatorNatureLabels } from '../../core/indicators/indicator-nature-labels';
import { targetDirectionLabels } from '../../core/indicators/set-indicator-direction';
import { targetDirections, type IndicatorNature, type IndicatorRow, type TargetDirection } from '../../core/indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';
import { digitsInput, natureSelect, readDigits } from './grid-form-controls';

export interface IndicatorFormat {
  nature: IndicatorNature;
  direction: TargetDirection;
  decimals: number;
  percentDecimals: number;
}

/** “Tính chất, kế hoạch, số chữ số” of one indicator: its nature, whether its plan is a floor or a ceiling, its digits; `apply` makes the change or says why not. Null when cancelled. */
export function openIndicatorFormatForm(row: IndicatorRow, apply: (format: IndicatorFormat) => TableEdit): Promise<IndicatorTable | null> {
  const nature = natureSelect(row.nature);
  const direction = element(
    'select',
    { attributes: { name: 'direction' } },
    ...targetDirections.map((value) => element('option', { attributes: { value }, text: targetDirectionLabels[value] })),
  );
  direction.value = row.direction;
  const decimals = digitsInput('decimals', row.decimals, 6);
  const percentDecimals = digitsInput('percentDecimals', row.percentDecimals, 4);
  return openFormDialog(`Tính chất, kế hoạch và số chữ số: ${row.name}`, {
    message: `Hiện là ${indicatorNatureLabels[row.nature]}, kế hoạch là ${targetDirectionLabels[row.direction]}, ${row.decimals} chữ số thập phân, tỷ lệ % ${row.percentDecimals} chữ số thập phân.`,
    fields: [
      labelledField('Tính chất', nature, 'Chỉ số cộng dồn mới có lũy kế; số tại thời điểm và tỷ lệ không cộng qua các kỳ.'),
      labelledField(
        'Kế hoạch là',
        direction,
        'Mức tối đa: tỷ lệ hộ nghèo dưới 3%, số vụ tai nạn giảm; đạt khi không vượt, không tính % kế hoạch.',
      ),
      labelledField('Số chữ số thập phân', decimals, 'Ví dụ 27,8 có 1 chữ số; 71,849 có 3.'),
      labelledField('Số chữ số thập phân của tỷ lệ %', percentDecimals, 'Ví dụ 8,41% có 2 chữ số; 97% có 0.'),
    ],
    submitLabel: 'Lưu thay đổi',
    submit: () => {
      const result = apply({
        nature: nature.value as IndicatorNature,
        direction: direction.value as TargetDirection,
        decimals: readDigits(decimals, row.decimals),
        percentDecimals: readDigits(percentDecimals, row.percentDecimals),
      });
      return result.ok ? { ok: true, value: result.table } : result;
    },
  });
}
