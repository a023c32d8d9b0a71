import type { UnitChange } from '../../core/indicators/change-indicator-unit';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { formatNumber } from '../../core/numbers/format-number';
import { decimalsOf, editableFigureText } from './grid-figure-text';

/** `1.000`, `0,001`: a conversion factor with every digit it has. */
export function factorText(factor: number): string {
  return formatNumber(factor, { decimals: decimalsOf(factor) });
}

const amount = (value: number, unit: string) => (unit === '' ? editableFigureText(value) : `${editableFigureText(value)} ${unit}`);
const unitName = (unit: string) => (unit === '' ? 'không có đơn vị' : `“${unit}”`);

/**
 * What a unit change did, for the status line: `Đã đổi 1,2 tỷ đồng thành 1.200 triệu đồng (chỉ tiêu “…”): mọi
 * số liệu của chỉ tiêu được nhân với 1.000…`, or that only the name of the unit changed.
 */
export function unitChangeAnnouncement(before: IndicatorRow, change: Extract<UnitChange, { ok: true }>): string {
  const after = change.table.rows.find((row) => row.id === before.id);
  if (!after) return '';
  if (change.factor === 1) {
    return `Đã đổi đơn vị tính của chỉ tiêu “${before.name}” từ ${unitName(before.unit)} thành ${unitName(after.unit)}, giữ nguyên số liệu.`;
  }
  const pairs: [number | null, number | null][] = [
    [before.value, after.value],
    ...before.plans.map((plan, position): [number | null, number | null] => [plan.value, after.plans[position]?.value ?? null]),
    [before.cumulativeOverride, after.cumulativeOverride],
    [before.cumulativeBase, after.cumulativeBase],
    [before.samePeriod.value, after.samePeriod.value],
  ];
  const example = pairs.find((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null);
  const factor = `nhân với ${factorText(change.factor)}`;
  const digits =
    change.decimals.before === change.decimals.after
      ? ''
      : ` Số chữ số thập phân đổi từ ${change.decimals.before} thành ${change.decimals.after}.`;
  const undo = ' Nếu chỉ cần sửa tên đơn vị, hãy Hoàn tác (Ctrl+Z) rồi dùng “Đổi đơn vị tính…”.';
  if (!example) {
    return `Đã đổi đơn vị tính của chỉ tiêu “${before.name}” từ ${unitName(before.unit)} thành ${unitName(after.unit)} (${factor}); chưa có số liệu nào cần quy đổi.${digits}`;
  }
  return `Đã đổi ${amount(example[0], before.unit)} thành ${amount(example[1], after.unit)} (chỉ tiêu “${before.name}”): số liệu kỳ này, kế hoạch, lũy kế và số cùng kỳ đều được ${factor}.${digits}${undo}`;
}
