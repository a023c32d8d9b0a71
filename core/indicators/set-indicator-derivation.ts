import { countedPlanId } from './derived-indicators';
import { derivationInputs } from './derivation-inputs';
import { editIndicatorRow } from './edit-indicator-row';
import { derivationSchema, type Derivation, type IndicatorRow } from './indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Makes an indicator computed from others — the ratio of two in percent, their difference, or how many of a list
 * met their plan — or, with null, entered again. The figures entered before are kept, so going back loses nothing.
 * Refused: an indicator computed from itself (directly or through another), from one missing from the table, a
 * difference of two units, a count of indicators without a plan.
 */
export function setIndicatorDerivation(table: IndicatorTable, indicatorId: string, derivation: Derivation | null): TableEdit {
  const parsed = derivation === null ? null : derivationSchema.safeParse(derivation);
  if (parsed && !parsed.success) return { ok: false, message: 'Cách tính chỉ tiêu không hợp lệ.' };
  const byId = new Map(table.rows.map((row) => [row.id, row]));
  return editIndicatorRow(table, indicatorId, (row) => {
    if (derivation === null) return row.derivation === null ? row : { ...row, derivation: null };
    const problem = derivationProblem(row, derivation, byId);
    if (problem) return { refused: problem };
    const computed: IndicatorRow = { ...row, derivation };
    if (derivation.kind === 'ratio') return { ...computed, nature: 'ratio', unit: '%' };
    if (derivation.kind === 'plans-met') {
      return { ...computed, nature: 'stock', plans: [{ id: countedPlanId, label: 'số chỉ tiêu', value: derivation.indicators.length }] };
    }
    return computed;
  });
}

function derivationProblem(row: IndicatorRow, derivation: Derivation, byId: ReadonlyMap<string, IndicatorRow>): string | null {
  const inputs = derivationInputs(derivation);
  const missing = inputs.find((id) => !byId.has(id));
  if (missing) return `Không có chỉ tiêu “${missing}” trong bảng để tính chỉ tiêu “${row.name}”.`;
  if (new Set(inputs).size !== inputs.length) return `Chỉ tiêu “${row.name}”: hãy chọn các chỉ tiêu khác nhau để tính.`;
  if (inputs.some((id) => dependsOn(id, row.id, byId, new Set()))) {
    return `Chỉ tiêu “${row.name}” không thể được tính từ chính nó (trực tiếp hoặc qua một chỉ tiêu khác).`;
  }
  const rows = inputs.map((id) => byId.get(id)!);
  if (derivation.kind === 'difference' && rows[0]!.unit !== rows[1]!.unit) {
    return `Hai chỉ tiêu “${rows[0]!.name}” (${rows[0]!.unit || 'không có đơn vị'}) và “${rows[1]!.name}” (${rows[1]!.unit || 'không có đơn vị'}) khác đơn vị tính, không lấy hiệu được.`;
  }
  if (derivation.kind === 'difference' && row.unit !== rows[0]!.unit) {
    return `Chỉ tiêu “${row.name}” có đơn vị “${row.unit}”, khác đơn vị “${rows[0]!.unit}” của hai chỉ tiêu dùng để tính; hãy đổi đơn vị tính trước.`;
  }
  const withoutPlan = derivation.kind === 'plans-met' ? rows.find((candidate) => candidate.plans.length === 0) : undefined;
  if (withoutPlan) return `Chỉ tiêu “${withoutPlan.name}” chưa có kế hoạch nên không đếm được là đạt hay không.`;
  return null;
}

/** Whether `id` is `target`, or is computed (through any chain) from it. */
function dependsOn(id: string, target: string, byId: ReadonlyMap<string, IndicatorRow>, seen: Set<string>): boolean {
  if (id === target) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  const derivation = byId.get(id)?.derivation;
  return derivation ? derivationInputs(derivation).some((input) => dependsOn(input, target, byId, seen)) : false;
}
