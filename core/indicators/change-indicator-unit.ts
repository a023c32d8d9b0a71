import type { Plan } from './indicator-row';
import { cleanLabel } from './clean-label';
import { decimalShiftOf } from './decimal-shift-of';
import { digitLimits } from './digits-problem';
import { editIndicatorRow } from './edit-indicator-row';
import type { IndicatorTable } from './indicator-table';
import { scaleFigure } from './scale-figure';
import { unitConversionFactor } from './unit-conversion-factor';

export type UnitChange =
  | {
      ok: true;
      table: IndicatorTable;
      /** What every figure was multiplied by; 1 when only the unit's name changed. */
      factor: number;
      /** The indicator's decimals before and after, adjusted so that no digit is lost. */
      decimals: { before: number; after: number };
    }
  /** `needsFactor`: the units are not related (`hộ` → `người`): ask how many new units make one old unit, or 1 to keep the numbers. */
  | { ok: false; needsFactor: boolean; message: string };

/**
 * Changes an indicator's unit and converts every figure it carries — this period's value, the plans and next
 * year's plans, the cumulative base and override, the same-period value and cumulative — by the factor between
 * the units (`tỷ đồng` → `triệu đồng`: × 1000, so 71,849 becomes 71.849). The decimals follow the factor, between
 * 0 and 6 (`tỷ` → `triệu`: 3 fewer). Without a `factor` only known units are converted; for others the change is
 * refused with `needsFactor`, never applied as a mere relabelling. A `factor` of 1 keeps the numbers as they are.
 */
export function changeIndicatorUnit(
  table: IndicatorTable,
  indicatorId: string,
  unit: string,
  options: { factor?: number } = {},
): UnitChange {
  const cleaned = cleanLabel(unit);
  const given = options.factor;
  if (given !== undefined && !(Number.isFinite(given) && given > 0)) {
    return { ok: false, needsFactor: true, message: 'Hệ số quy đổi phải là một số lớn hơn 0.' };
  }
  let factor = 1;
  let decimals = { before: 0, after: 0 };
  let needsFactor = false;
  const edit = editIndicatorRow(table, indicatorId, (row) => {
    decimals = { before: row.decimals, after: row.decimals };
    if (cleaned === row.unit) return row;
    const known = given ?? unitConversionFactor(row.unit, cleaned);
    if (known === null) {
      needsFactor = true;
      const from = row.unit === '' ? 'không có đơn vị' : `“${row.unit}”`;
      const to = cleaned === '' ? 'không có đơn vị' : `“${cleaned}”`;
      return {
        refused: `Không biết cách quy đổi chỉ tiêu “${row.name}” từ ${from} sang ${to}: hãy cho biết 1 đơn vị cũ bằng bao nhiêu đơn vị mới, hoặc chọn chỉ đổi tên đơn vị và giữ nguyên số.`,
      };
    }
    factor = known;
    if (factor === 1) return { ...row, unit: cleaned };
    const scale = (value: number | null) => scaleFigure(value, factor);
    const scalePlans = (plans: Plan[]) => plans.map((plan) => ({ ...plan, value: scale(plan.value) }));
    decimals.after = Math.min(digitLimits.decimals, Math.max(0, row.decimals - decimalShiftOf(factor)));
    return {
      ...row,
      unit: cleaned,
      decimals: decimals.after,
      plans: scalePlans(row.plans),
      ...(row.nextYearPlans ? { nextYearPlans: scalePlans(row.nextYearPlans) } : {}),
      value: scale(row.value),
      cumulativeBase: scale(row.cumulativeBase),
      cumulativeOverride: scale(row.cumulativeOverride),
      samePeriod: { value: scale(row.samePeriod.value), cumulative: scale(row.samePeriod.cumulative) },
    };
  });
  if (!edit.ok) return { ok: false, needsFactor, message: edit.message };
  return { ok: true, table: edit.table, factor, decimals };
}
