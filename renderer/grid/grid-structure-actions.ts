import { addIndicator } from '../../core/indicators/add-indicator';
import { changeIndicatorUnit } from '../../core/indicators/change-indicator-unit';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { moveIndicator } from '../../core/indicators/move-indicator';
import { regroupIndicator } from '../../core/indicators/regroup-indicator';
import { removeIndicator } from '../../core/indicators/remove-indicator';
import { renameIndicator } from '../../core/indicators/rename-indicator';
import { setIndicatorDecimals } from '../../core/indicators/set-indicator-decimals';
import { setIndicatorDerivation } from '../../core/indicators/set-indicator-derivation';
import { setIndicatorDirection } from '../../core/indicators/set-indicator-direction';
import { setIndicatorNature } from '../../core/indicators/set-indicator-nature';
import { confirmChoice } from '../dialogs/dialog';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { createGroupActions, type GroupActions } from './grid-group-actions';
import { groupSelect } from './grid-form-controls';
import { createPlanActions, type PlanActions } from './grid-plan-actions';
import { applyEdit, type StructureHost } from './grid-structure-host';
import { openIndicatorForm } from './indicator-form';
import { openBreakdownForm } from './breakdown-form';
import { setBreakdown } from '../../core/breakdowns/set-breakdown';
import { openIndicatorDerivationForm } from './indicator-derivation-form';
import { openIndicatorFormatForm } from './indicator-format-form';
import { unitChangeAnnouncement } from './unit-change-announcement';
import { openUnitConversionDialog } from './unit-conversion-dialog';

export interface StructureActions extends PlanActions, GroupActions {
  /** The figures of the focused indicator by unit (thôn, xã, chi bộ). */
  editBreakdown(): Promise<void>;
  /** Entered, or computed from other indicators. */
  editDerivation(): Promise<void>;
  addIndicator(): Promise<void>;
  removeIndicator(): Promise<void>;
  moveIndicator(by: -1 | 1): void;
  changeGroup(): Promise<void>;
  /** From the toolbar: asks the new unit and how to convert. */
  changeUnit(): Promise<void>;
  editFormat(): Promise<void>;
  /** From the name cell. */
  renameIndicator(indicatorId: string, name: string): void;
  /** From the unit cell: a known conversion is applied and told; for other units the factor is asked. */
  changeUnitTo(indicatorId: string, unit: string): Promise<void>;
}

/** The changes to the indicator list the grid offers, each one step of its history, in Vietnamese. */
export function createStructureActions(host: StructureHost): StructureActions {
  /** The focused row, or a word on the status line saying one is needed. */
  const focusedRow = (): IndicatorRow | null => {
    const row = host.focusedRow();
    if (!row) host.announce('Hãy chọn một ô của chỉ tiêu trong bảng trước.');
    return row;
  };
  const rowById = (indicatorId: string) => host.table().rows.find((row) => row.id === indicatorId);
  const groupName = (groupId: string) => host.table().groups.find((group) => group.id === groupId)?.name ?? groupId;

  return {
    ...createPlanActions(host, focusedRow),
    ...createGroupActions(host),

    async addIndicator() {
      const added = await openIndicatorForm({
        groups: host.table().groups,
        groupId: host.focusedRow()?.group ?? null,
        add: (indicator) => addIndicator(host.table(), indicator),
      });
      if (!added) return;
      const row = added.table.rows.find((candidate) => candidate.id === added.indicatorId)!;
      host.change(
        added.table,
        `thêm chỉ tiêu “${row.name}”`,
        `Đã thêm chỉ tiêu “${row.name}” vào lĩnh vực “${groupName(row.group)}”.`,
        row.id,
      );
    },

    async removeIndicator() {
      const row = focusedRow();
      if (!row) return;
      const count = host.figureReferenceCount?.(row.id);
      const references =
        count === undefined
          ? ''
          : count === 0
            ? ' Không có số liệu nào trong bài viết tham chiếu chỉ tiêu này.'
            : ` Có ${count} số liệu trong bài viết tham chiếu chỉ tiêu này: sau khi xóa, các số liệu đó hiện màu đỏ “chỉ tiêu đã bị xóa khỏi bảng” và mục Kiểm tra báo lỗi cho đến khi được sửa.`;
      const unit = row.unit === '' ? '' : ` (${row.unit})`;
      const confirmed = await confirmChoice(
        'Xóa chỉ tiêu',
        `Xóa chỉ tiêu “${row.name}”${unit} khỏi bảng chỉ tiêu, cùng mọi số liệu và kế hoạch của nó?${references}\n\nCó thể hoàn tác bằng nút “Hoàn tác” hoặc Ctrl+Z.`,
        'Xóa chỉ tiêu',
        'Giữ lại',
      );
      if (!confirmed) {
        host.announce(`Chưa xóa chỉ tiêu “${row.name}”.`);
        return;
      }
      const edit = removeIndicator(host.table(), row.id);
      const told = count ? ` ${count} số liệu trong bài viết tham chiếu chỉ tiêu này cần được sửa.` : '';
      applyEdit(host, edit, `xóa chỉ tiêu “${row.name}”`, `Đã xóa chỉ tiêu “${row.name}”.${told}`);
    },

    moveIndicator(by) {
      const row = focusedRow();
      if (!row) return;
      const direction = by < 0 ? 'lên' : 'xuống';
      applyEdit(
        host,
        moveIndicator(host.table(), row.id, { by }),
        `chuyển chỉ tiêu “${row.name}” ${direction}`,
        `Đã chuyển chỉ tiêu “${row.name}” ${direction}.`,
        row.id,
      );
    },

    async changeGroup() {
      const row = focusedRow();
      if (!row) return;
      const select = groupSelect(host.table().groups, row.group);
      const table = await openFormDialog(`Đổi lĩnh vực: ${row.name}`, {
        message: `Chỉ tiêu “${row.name}” đang thuộc lĩnh vực “${groupName(row.group)}”; chỉ tiêu được chuyển xuống cuối lĩnh vực mới.`,
        fields: [labelledField('Lĩnh vực mới', select)],
        submitLabel: 'Chuyển lĩnh vực',
        submit: () => {
          const edit = regroupIndicator(host.table(), row.id, select.value);
          return edit.ok ? { ok: true, value: edit.table } : edit;
        },
      });
      if (!table) return;
      const moved = table.rows.find((candidate) => candidate.id === row.id)!;
      applyEdit(
        host,
        { ok: true, table },
        `chuyển chỉ tiêu “${row.name}” sang lĩnh vực “${groupName(moved.group)}”`,
        `Đã chuyển chỉ tiêu “${row.name}” sang lĩnh vực “${groupName(moved.group)}”.`,
        row.id,
      );
    },

    async changeUnit() {
      const row = focusedRow();
      if (row) await askUnit(row, row.unit);
    },

    async editBreakdown() {
      const focused = focusedRow();
      const row = focused ? host.table().rows.find((candidate) => candidate.id === focused.id) : undefined;
      if (!row) return;
      const units = host.units?.() ?? [];
      if (units.length === 0) {
        host.announce(
          'Cơ quan chưa khai báo đơn vị trực thuộc (thôn, tổ dân phố, xã, chi bộ): khai báo ở mục “Đơn vị trực thuộc” của thông tin cơ quan, rồi chọn “Dùng thông tin cơ quan hiện tại” trong Thông tin văn bản.',
        );
        return;
      }
      if (row.derivation) {
        host.announce(`Chỉ tiêu “${row.name}” được tính từ chỉ tiêu khác; số liệu theo đơn vị lấy từ các chỉ tiêu đó.`);
        return;
      }
      const period = host.period?.();
      if (!period) return;
      const table = await openBreakdownForm(row, units, period, (choice) =>
        setBreakdown(host.table(), row.id, choice.entries, { units, period, takeTotals: choice.takeTotals }),
      );
      if (!table) return;
      const kept = table.rows.find((candidate) => candidate.id === row.id)?.breakdown;
      applyEdit(
        host,
        { ok: true, table },
        kept ? `sửa số liệu theo đơn vị của chỉ tiêu “${row.name}”` : `bỏ số liệu theo đơn vị của chỉ tiêu “${row.name}”`,
        kept
          ? `Đã lưu số liệu của ${kept.length} đơn vị cho chỉ tiêu “${row.name}”.`
          : `Chỉ tiêu “${row.name}” không còn theo dõi theo đơn vị.`,
        row.id,
      );
    },

    async editDerivation() {
      const row = focusedRow();
      if (!row) return;
      const table = await openIndicatorDerivationForm(row, host.table().rows, (derivation) =>
        setIndicatorDerivation(host.table(), row.id, derivation),
      );
      if (!table) return;
      applyEdit(
        host,
        { ok: true, table },
        `đổi cách tính của chỉ tiêu “${row.name}”`,
        `Đã đổi cách tính của chỉ tiêu “${row.name}”.`,
        row.id,
      );
    },

    async editFormat() {
      const row = focusedRow();
      if (!row) return;
      const table = await openIndicatorFormatForm(row, (format) => {
        const withNature = setIndicatorNature(host.table(), row.id, format.nature);
        const withDirection = withNature.ok ? setIndicatorDirection(withNature.table, row.id, format.direction) : withNature;
        return withDirection.ok ? setIndicatorDecimals(withDirection.table, row.id, format) : withDirection;
      });
      if (!table) return;
      applyEdit(
        host,
        { ok: true, table },
        `đổi tính chất, kế hoạch, số chữ số của chỉ tiêu “${row.name}”`,
        `Đã đổi tính chất, kế hoạch, số chữ số của chỉ tiêu “${row.name}”.`,
        row.id,
      );
    },

    renameIndicator(indicatorId, name) {
      const row = rowById(indicatorId);
      if (!row) return;
      const edit = renameIndicator(host.table(), indicatorId, name);
      const renamed = edit.ok ? (edit.table.rows.find((candidate) => candidate.id === indicatorId)?.name ?? name) : name;
      if (edit.ok && edit.table === host.table()) return;
      applyEdit(
        host,
        edit,
        `đổi tên chỉ tiêu “${row.name}” thành “${renamed}”`,
        `Đã đổi tên chỉ tiêu “${row.name}” thành “${renamed}”; mọi số liệu trong bài viết theo tên mới.`,
      );
    },

    async changeUnitTo(indicatorId, unit) {
      const row = rowById(indicatorId);
      if (!row) return;
      const change = changeIndicatorUnit(host.table(), indicatorId, unit);
      if (change.ok) {
        if (change.table === host.table()) return;
        host.change(change.table, unitStep(row, change.table.rows), unitChangeAnnouncement(row, change));
      } else if (change.needsFactor) await askUnit(row, unit);
      else host.announce(change.message);
    },
  };

  async function askUnit(row: IndicatorRow, unit: string): Promise<void> {
    const change = await openUnitConversionDialog({
      row,
      unit,
      change: (newUnit, factor) => changeIndicatorUnit(host.table(), row.id, newUnit, { factor }),
    });
    if (!change) {
      host.announce(`Chưa đổi đơn vị tính của chỉ tiêu “${row.name}”.`);
      return;
    }
    if (change.table === host.table()) {
      host.announce('Không có gì thay đổi.');
      return;
    }
    host.change(change.table, unitStep(row, change.table.rows), unitChangeAnnouncement(row, change), row.id);
  }
}

function unitStep(before: IndicatorRow, rows: readonly IndicatorRow[]): string {
  const after = rows.find((row) => row.id === before.id)?.unit ?? '';
  return `đổi đơn vị tính của chỉ tiêu “${before.name}” từ “${before.unit}” thành “${after}”`;
}
