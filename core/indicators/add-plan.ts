import { cleanLabel, sameLabel } from './clean-label';
import { editIndicatorRow } from './edit-indicator-row';
import { identifierFromName } from './identifier-from-name';
import type { IndicatorTable, TableEdit } from './indicator-table';
import { figureProblem } from './figure-problem';

/**
 * Adds a plan to an indicator, named the office's way (`dự toán tỉnh giao`, `Nghị quyết HĐND xã`): that label is
 * how the text names it (`đạt 97% dự toán tỉnh giao`). Its id comes from the label, unique within the indicator.
 */
export function addPlan(
  table: IndicatorTable,
  indicatorId: string,
  plan: { label: string; value: number | null },
): TableEdit<{ planId: string }> {
  const label = cleanLabel(plan.label);
  let planId = '';
  const edit = editIndicatorRow(table, indicatorId, (row) => {
    if (label === '')
      return { refused: `Tên kế hoạch không được để trống (chỉ tiêu “${row.name}”), ví dụ “kế hoạch năm”, “dự toán tỉnh giao”.` };
    if (row.plans.some((existing) => sameLabel(existing.label, label))) {
      return { refused: `Chỉ tiêu “${row.name}” đã có kế hoạch “${label}”.` };
    }
    const problem = figureProblem(plan.value, `Giá trị “${label}” của chỉ tiêu “${row.name}”`);
    if (problem) return { refused: problem };
    planId = identifierFromName(
      label,
      row.plans.map((existing) => existing.id),
      'ke-hoach',
    );
    return { ...row, plans: [...row.plans, { id: planId, label, value: plan.value }] };
  });
  return edit.ok ? { ...edit, planId } : edit;
}
