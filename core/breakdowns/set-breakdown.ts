import { editIndicatorRow } from '../indicators/edit-indicator-row';
import { addExactly } from '../numbers/add-exactly';
import { breakdownRowSchema, type BreakdownRow } from '../indicators/indicator-row';
import type { IndicatorTable, TableEdit } from '../indicators/indicator-table';
import type { ReportingUnit } from '../organisation/reporting-unit';
import type { Period } from '../periods/period';
import { addsUp, breakdownSum } from './breakdown-totals';

/**
 * Sets the figures of an indicator by unit (null: no longer broken down, its figures by unit dropped). With
 * `takeTotals`, the indicator's own figures become the sums of the units' where every unit has one, so the total
 * row and the figures of the text agree. Refused: a unit the organisation does not list, a figure out of range, a
 * derived indicator (computed from others, its units' figures come from them).
 */
export function setBreakdown(
  table: IndicatorTable,
  indicatorId: string,
  entries: BreakdownRow[] | null,
  options: { units: readonly ReportingUnit[]; period: Period; takeTotals?: boolean },
): TableEdit {
  return editIndicatorRow(table, indicatorId, (row) => {
    if (entries === null) {
      if (!row.breakdown) return row;
      const { breakdown: _dropped, ...rest } = row;
      return rest;
    }
    if (row.derivation)
      return { refused: `Chỉ tiêu “${row.name}” được tính từ chỉ tiêu khác; số liệu theo đơn vị lấy từ các chỉ tiêu đó.` };
    const known = new Set(options.units.map((unit) => unit.id));
    const seen = new Set<string>();
    for (const [index, entry] of entries.entries()) {
      if (!known.has(entry.unit))
        return { refused: `Dòng ${index + 1}: không có đơn vị “${entry.unit}” trong danh sách đơn vị của cơ quan.` };
      if (seen.has(entry.unit)) return { refused: `Dòng ${index + 1}: đơn vị “${entry.unit}” có hai dòng.` };
      seen.add(entry.unit);
      const parsed = breakdownRowSchema.safeParse(entry);
      if (!parsed.success) return { refused: `Dòng ${index + 1}: ${parsed.error.issues[0]?.message ?? 'số liệu không hợp lệ'}` };
    }
    const changed = { ...row, breakdown: entries.map((entry) => structuredClone(entry)) };
    if (!options.takeTotals || !addsUp(row)) return changed;
    const sum = (figure: Parameters<typeof breakdownSum>[2]) => breakdownSum(changed, options.period, figure);
    const value = sum('value');
    const bases = changed.breakdown.map((entry) => entry.cumulativeBase);
    const base = bases.every((entry) => entry !== null) ? bases.reduce<number>((total, entry) => addExactly(total, entry!), 0) : null;
    return {
      ...changed,
      ...(value !== null ? { value } : {}),
      ...(row.nature === 'flow' && base !== null ? { cumulativeBase: base } : {}),
      samePeriod: {
        value: sum('same-period-value') ?? row.samePeriod.value,
        cumulative: sum('same-period-cumulative') ?? row.samePeriod.cumulative,
      },
    };
  });
}
