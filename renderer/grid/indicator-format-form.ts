import { indicatorNatureLabels } from '../../core/indicators/indicator-nature-labels';
import type { IndicatorNature, IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { digitsInput, natureSelect, readDigits } from './grid-form-controls';

export interface IndicatorFormat {
  nature: IndicatorNature;
  decimals: number;
  percentDecimals: number;
}

/** “Tính chất, số chữ số” of one indicator; `apply` makes the change or says why not. Null when cancelled. */
export function openIndicatorFormatForm(row: IndicatorRow, apply: (format: IndicatorFormat) => TableEdit): Promise<IndicatorTable | null> {
  const nature = natureSelect(row.nature);
  const decimals = digitsInput('decimals', row.decimals, 6);
  const percentDecimals = digitsInput('percentDecimals', row.percentDecimals, 4);
  return openFormDialog(`Tính chất và số chữ số: ${row.name}`, {
    message: `Hiện là ${indicatorNatureLabels[row.nature]}, ${row.decimals} chữ số thập phân, tỷ lệ % ${row.percentDecimals} chữ số thập phân.`,
    fields: [
      labelledField('Tính chất', nature, 'Chỉ số cộng dồn mới có lũy kế; số tại thời điểm và tỷ lệ không cộng qua các kỳ.'),
      labelledField('Số chữ số thập phân', decimals, 'Ví dụ 27,8 có 1 chữ số; 71,849 có 3.'),
      labelledField('Số chữ số thập phân của tỷ lệ %', percentDecimals, 'Ví dụ 8,41% có 2 chữ số; 97% có 0.'),
    ],
    submitLabel: 'Lưu thay đổi',
    submit: () => {
      const result = apply({
        nature: nature.value as IndicatorNature,
        decimals: readDigits(decimals, row.decimals),
        percentDecimals: readDigits(percentDecimals, row.percentDecimals),
      });
      return result.ok ? { ok: true, value: result.table } : result;
    },
  });
}
