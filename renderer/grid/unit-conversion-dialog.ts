import type { UnitChange } from '../../core/indicators/change-indicator-unit';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { unitConversionFactor } from '../../core/indicators/unit-conversion-factor';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';
import { figureInput, readFigure, unitInput } from './grid-form-controls';
import { factorText } from './unit-change-announcement';

export interface UnitConversionOptions {
  row: IndicatorRow;
  /** The unit typed in the cell, or the row's own when the dialog is opened from the toolbar. */
  unit: string;
  /** Changes the unit by `factor` (1 keeps the numbers) or says why not. */
  change: (unit: string, factor: number) => UnitChange;
}

/**
 * “Đổi đơn vị tính”: the new unit, how many of it make one of the old (filled in when the units are known to
 * convert), and an explicit choice to keep the numbers and only rename the unit. Null when cancelled.
 */
export function openUnitConversionDialog(options: UnitConversionOptions): Promise<Extract<UnitChange, { ok: true }> | null> {
  const { row } = options;
  const oldUnit = row.unit === '' ? 'đơn vị cũ' : row.unit;
  const unit = unitInput(options.unit);
  const factor = figureInput('factor');
  const question = element('span');
  const hint = element('small', { className: 'field-hint' });
  let filledIn = '';
  const describe = () => {
    const newUnit = unit.input.value.trim() === '' ? 'đơn vị mới' : unit.input.value.trim();
    question.textContent = `1 ${oldUnit} bằng bao nhiêu ${newUnit}?`;
    const known = unitConversionFactor(row.unit, unit.input.value);
    hint.textContent =
      known === null
        ? 'Chưa biết cách quy đổi giữa hai đơn vị này: hãy nhập hệ số.'
        : `Quy đổi đã biết: 1 ${oldUnit} = ${factorText(known)} ${newUnit}.`;
    if (known !== null) factor.value = filledIn = factorText(known);
    else if (factor.value === filledIn) factor.value = filledIn = '';
  };
  unit.input.addEventListener('input', describe);
  describe();
  const finish = (change: UnitChange) =>
    change.ok ? { ok: true as const, value: change } : { ok: false as const, message: change.message };
  return openFormDialog(`Đổi đơn vị tính: ${row.name}`, {
    message: `Chỉ tiêu “${row.name}” đang tính bằng ${row.unit === '' ? '(không có đơn vị)' : `“${row.unit}”`}. Khi đổi đơn vị, mọi số liệu của chỉ tiêu (kỳ này, kế hoạch, lũy kế, cùng kỳ) được nhân với hệ số quy đổi.`,
    fields: [labelledField('Đơn vị tính mới', unit.input), unit.suggestions, labelledField(question, factor), hint],
    submitLabel: 'Quy đổi số liệu',
    submit: () => {
      const read = readFigure(factor, 'Hệ số quy đổi');
      if (!read.ok) return read;
      if (read.value === null) return { ok: false, message: 'Hãy nhập hệ số quy đổi, hoặc chọn “Chỉ đổi tên đơn vị, giữ nguyên số”.' };
      return finish(options.change(unit.input.value, read.value));
    },
    alternative: { label: 'Chỉ đổi tên đơn vị, giữ nguyên số', choose: () => finish(options.change(unit.input.value, 1)) },
  });
}
