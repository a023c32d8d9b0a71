import { addPlan } from './add-plan';
import { cleanLabel } from './clean-label';
import { digitsProblem } from './digits-problem';
import { identifierFromName } from './identifier-from-name';
import { emptyIndicatorRow, type IndicatorNature } from './indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';
import { insertInGroup } from './insert-in-group';
import { setIndicatorNature } from './set-indicator-nature';

/** An indicator an office adds to its list; the unit is free text (`hồ sơ`, `triệu đồng`, `%`). */
export interface NewIndicator {
  name: string;
  unit: string;
  /** The id of its field group. */
  group: string;
  nature: IndicatorNature;
  /** Digits after the comma for its values; 0 when not given. */
  decimals?: number;
  /** Digits after the comma for its percentages; 1 when not given. */
  percentDecimals?: number;
  /** Its plans, each named the office's way (`dự toán tỉnh giao`, `Nghị quyết HĐND xã`). */
  plans?: { label: string; value: number | null }[];
}

/**
 * Adds an indicator at the end of its field group, with nothing entered for the period yet. Its id comes from
 * its name (`Hồ sơ giải quyết đúng hạn` → `ho-so-giai-quyet-dung-han`), unique within the report.
 */
export function addIndicator(table: IndicatorTable, indicator: NewIndicator): TableEdit<{ indicatorId: string }> {
  const name = cleanLabel(indicator.name);
  if (name === '') return { ok: false, message: 'Tên chỉ tiêu không được để trống.' };
  if (!table.groups.some((group) => group.id === indicator.group)) {
    return {
      ok: false,
      message: `Không có lĩnh vực “${indicator.group}” trong bảng chỉ tiêu: chọn một lĩnh vực có sẵn hoặc thêm lĩnh vực mới.`,
    };
  }
  const decimals = indicator.decimals ?? 0;
  const percentDecimals = indicator.percentDecimals ?? 1;
  const digits = digitsProblem('decimals', decimals) ?? digitsProblem('percentDecimals', percentDecimals);
  if (digits) return { ok: false, message: `${digits} (chỉ tiêu “${name}”).` };
  const id = identifierFromName(
    name,
    table.rows.map((row) => row.id),
    'chi-tieu',
  );
  const row = emptyIndicatorRow({
    id,
    name,
    unit: cleanLabel(indicator.unit),
    group: indicator.group,
    nature: 'flow',
    decimals,
    percentDecimals,
  });
  let edit: TableEdit = setIndicatorNature({ ...table, rows: insertInGroup(table.rows, row) }, id, indicator.nature);
  for (const plan of indicator.plans ?? []) {
    if (!edit.ok) break;
    edit = addPlan(edit.table, id, plan);
  }
  return edit.ok ? { ok: true, table: edit.table, indicatorId: id } : edit;
}
