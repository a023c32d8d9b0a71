import { addPlan } from '../../core/indicators/add-plan';
import type { IndicatorRow, Plan } from '../../core/indicators/indicator-row';
import { removePlan } from '../../core/indicators/remove-plan';
import { renamePlan } from '../../core/indicators/rename-plan';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';
import { figureInput, readFigure } from './grid-form-controls';
import { applyEdit, type StructureHost } from './grid-structure-host';

export interface PlanActions {
  addPlan(): Promise<void>;
  renamePlan(): Promise<void>;
  removePlan(): Promise<void>;
}

/** Adding, renaming and removing the plans of the focused indicator; its plan values are edited in their cells. */
export function createPlanActions(host: StructureHost, focusedRow: () => IndicatorRow | null): PlanActions {
  /** The focused row when it has a plan; the plan chosen first is the focused column's, else the first. */
  const rowWithPlans = (): { row: IndicatorRow; planSelect: HTMLSelectElement } | null => {
    const row = focusedRow();
    if (!row) return null;
    if (row.plans.length === 0) {
      host.announce(`Chỉ tiêu “${row.name}” chưa có kế hoạch nào.`);
      return null;
    }
    const planSelect = element(
      'select',
      { attributes: { name: 'plan' } },
      ...row.plans.map((plan) => element('option', { attributes: { value: plan.id }, text: plan.label })),
    );
    planSelect.value = row.plans[host.focusedPlanPosition() ?? 0]?.id ?? row.plans[0]!.id;
    return { row, planSelect };
  };
  const chosenPlan = (row: IndicatorRow, select: HTMLSelectElement): Plan => row.plans.find((plan) => plan.id === select.value)!;

  return {
    async addPlan() {
      const row = focusedRow();
      if (!row) return;
      const label = element('input', { attributes: { type: 'text', name: 'planLabel', autocomplete: 'off' } });
      const value = figureInput('planValue');
      const added = await openFormDialog(`Thêm kế hoạch: ${row.name}`, {
        message: 'Tên kế hoạch là cách bài viết gọi nó: “đạt 97% dự toán tỉnh giao”.',
        fields: [
          labelledField('Tên kế hoạch', label, 'kế hoạch năm, dự toán tỉnh giao, Nghị quyết HĐND xã…'),
          labelledField(`Giá trị${row.unit === '' ? '' : ` (${row.unit})`}`, value, 'Để trống nếu chưa có.'),
        ],
        submitLabel: 'Thêm kế hoạch',
        submit: () => {
          const read = readFigure(value, 'Giá trị kế hoạch');
          if (!read.ok) return read;
          const edit = addPlan(host.table(), row.id, { label: label.value, value: read.value });
          return edit.ok ? { ok: true, value: edit } : edit;
        },
      });
      if (!added) return;
      const plan = added.table.rows.find((candidate) => candidate.id === row.id)!.plans.find((candidate) => candidate.id === added.planId)!;
      applyEdit(
        host,
        added,
        `thêm kế hoạch “${plan.label}” cho chỉ tiêu “${row.name}”`,
        `Đã thêm kế hoạch “${plan.label}” cho chỉ tiêu “${row.name}”.`,
        row.id,
      );
    },

    async renamePlan() {
      const chosen = rowWithPlans();
      if (!chosen) return;
      const { row, planSelect } = chosen;
      const label = element('input', { attributes: { type: 'text', name: 'planLabel', autocomplete: 'off' } });
      label.value = chosenPlan(row, planSelect).label;
      planSelect.addEventListener('change', () => (label.value = chosenPlan(row, planSelect).label));
      const renamed = await openFormDialog(`Đổi tên kế hoạch: ${row.name}`, {
        message: 'Các số liệu trong bài viết so với kế hoạch này sẽ dùng tên mới.',
        fields: [row.plans.length > 1 ? labelledField('Kế hoạch', planSelect) : null, labelledField('Tên mới', label)],
        submitLabel: 'Đổi tên',
        submit: () => {
          const plan = chosenPlan(row, planSelect);
          const edit = renamePlan(host.table(), row.id, plan.id, label.value);
          return edit.ok ? { ok: true, value: { table: edit.table, plan } } : edit;
        },
      });
      if (!renamed) return;
      const newLabel = renamed.table.rows
        .find((candidate) => candidate.id === row.id)!
        .plans.find((plan) => plan.id === renamed.plan.id)!.label;
      applyEdit(
        host,
        { ok: true, table: renamed.table },
        `đổi tên kế hoạch “${renamed.plan.label}” của chỉ tiêu “${row.name}” thành “${newLabel}”`,
        `Đã đổi tên kế hoạch “${renamed.plan.label}” của chỉ tiêu “${row.name}” thành “${newLabel}”.`,
        row.id,
      );
    },

    async removePlan() {
      const chosen = rowWithPlans();
      if (!chosen) return;
      const { row, planSelect } = chosen;
      const warning = element('p', { className: 'dialog-message', attributes: { 'aria-live': 'polite' } });
      const describe = () => (warning.textContent = referencesWarning(row, chosenPlan(row, planSelect)));
      planSelect.addEventListener('change', describe);
      describe();
      const removed = await openFormDialog(`Xóa kế hoạch: ${row.name}`, {
        fields: [row.plans.length > 1 ? labelledField('Kế hoạch', planSelect) : null, warning],
        submitLabel: 'Xóa kế hoạch',
        submit: () => {
          const plan = chosenPlan(row, planSelect);
          const edit = removePlan(host.table(), row.id, plan.id);
          return edit.ok ? { ok: true, value: { table: edit.table, plan } } : edit;
        },
      });
      if (!removed) return;
      applyEdit(
        host,
        { ok: true, table: removed.table },
        `xóa kế hoạch “${removed.plan.label}” của chỉ tiêu “${row.name}”`,
        `Đã xóa kế hoạch “${removed.plan.label}” của chỉ tiêu “${row.name}”.`,
        row.id,
      );
    },
  };

  function referencesWarning(row: IndicatorRow, plan: Plan): string {
    const question = `Xóa kế hoạch “${plan.label}” của chỉ tiêu “${row.name}”, cùng giá trị của nó?`;
    const count = host.figureReferenceCount?.(row.id, plan.id);
    const remaining = row.plans.filter((candidate) => candidate.id !== plan.id);
    const first = row.plans[0]?.id === plan.id;
    let references = '';
    if (count !== undefined) {
      references =
        count === 0
          ? ' Không có số liệu nào trong bài viết so với kế hoạch này.'
          : ` Có ${count} số liệu trong bài viết so với kế hoạch này.`;
    }
    const after =
      first && remaining.length > 0
        ? ` Số liệu không ghi rõ kế hoạch sẽ so với “${remaining[0]!.label}”; số liệu ghi rõ kế hoạch này được báo lỗi trong mục Kiểm tra cho đến khi được sửa.`
        : count
          ? ' Sau khi xóa, các số liệu đó hiện màu đỏ và được báo lỗi trong mục Kiểm tra cho đến khi được sửa.'
          : '';
    return `${question}${references}${after} Có thể hoàn tác bằng nút “Hoàn tác” hoặc Ctrl+Z.`;
  }
}
