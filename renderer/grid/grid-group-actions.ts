import { addFieldGroup } from '../../core/indicators/add-field-group';
import { regroupIndicator } from '../../core/indicators/regroup-indicator';
import { removeFieldGroup } from '../../core/indicators/remove-field-group';
import { renameFieldGroup } from '../../core/indicators/rename-field-group';
import { labelledField, openFormDialog } from '../dialogs/form-dialog';
import { element } from '../dom/element';
import { groupSelect } from './grid-form-controls';
import { applyEdit, type StructureHost } from './grid-structure-host';

export interface GroupActions {
  addGroup(): Promise<void>;
  renameGroup(): Promise<void>;
  removeGroup(): Promise<void>;
}

/**
 * Adding, renaming and removing field groups. A group without indicators is not drawn (as in the appendix), so a
 * new group can take the focused indicator at once.
 */
export function createGroupActions(host: StructureHost): GroupActions {
  const groupName = (groupId: string) => host.table().groups.find((group) => group.id === groupId)?.name ?? groupId;
  const noGroups = () => {
    const none = host.table().groups.length === 0;
    if (none) host.announce('Bảng chỉ tiêu chưa có lĩnh vực nào.');
    return none;
  };

  return {
    async addGroup() {
      const row = host.focusedRow();
      const name = element('input', { attributes: { type: 'text', name: 'groupName', autocomplete: 'off' } });
      const moveFocused = element('input', { attributes: { type: 'checkbox', name: 'moveFocused' } });
      const added = await openFormDialog('Thêm lĩnh vực', {
        message: 'Lĩnh vực hiện trong bảng khi có chỉ tiêu: thêm chỉ tiêu vào lĩnh vực hoặc chuyển chỉ tiêu sang.',
        fields: [
          labelledField('Tên lĩnh vực', name, 'Ví dụ: Chuyển đổi số, Đề án 06; Cải cách hành chính; Quốc phòng - An ninh.'),
          row
            ? element(
                'label',
                { className: 'field-check' },
                moveFocused,
                element('span', { text: `Chuyển chỉ tiêu “${row.name}” vào lĩnh vực này` }),
              )
            : null,
        ],
        submitLabel: 'Thêm lĩnh vực',
        submit: () => {
          const edit = addFieldGroup(host.table(), name.value);
          if (!edit.ok || !row || !moveFocused.checked) return edit.ok ? { ok: true, value: edit } : edit;
          const moved = regroupIndicator(edit.table, row.id, edit.groupId);
          return moved.ok ? { ok: true, value: { ...moved, groupId: edit.groupId } } : moved;
        },
      });
      if (!added) return;
      const group = added.table.groups.find((candidate) => candidate.id === added.groupId)!;
      const moved = row && added.table.rows.find((candidate) => candidate.id === row.id)?.group === group.id;
      applyEdit(
        host,
        added,
        `thêm lĩnh vực “${group.name}”`,
        moved
          ? `Đã thêm lĩnh vực “${group.name}” và chuyển chỉ tiêu “${row.name}” vào đó.`
          : `Đã thêm lĩnh vực “${group.name}”; lĩnh vực hiện trong bảng khi có chỉ tiêu.`,
        moved ? row.id : undefined,
      );
    },

    async renameGroup() {
      if (noGroups()) return;
      const select = groupSelect(host.table().groups, host.focusedRow()?.group ?? null);
      const name = element('input', { attributes: { type: 'text', name: 'groupName', autocomplete: 'off' } });
      name.value = groupName(select.value);
      select.addEventListener('change', () => (name.value = groupName(select.value)));
      const renamed = await openFormDialog('Đổi tên lĩnh vực', {
        fields: [labelledField('Lĩnh vực', select), labelledField('Tên mới', name)],
        submitLabel: 'Đổi tên',
        submit: () => {
          const before = groupName(select.value);
          const edit = renameFieldGroup(host.table(), select.value, name.value);
          return edit.ok ? { ok: true, value: { table: edit.table, groupId: select.value, before } } : edit;
        },
      });
      if (!renamed) return;
      const after = renamed.table.groups.find((group) => group.id === renamed.groupId)!.name;
      applyEdit(
        host,
        { ok: true, table: renamed.table },
        `đổi tên lĩnh vực “${renamed.before}” thành “${after}”`,
        `Đã đổi tên lĩnh vực “${renamed.before}” thành “${after}”.`,
      );
    },

    async removeGroup() {
      if (noGroups()) return;
      const { rows, groups } = host.table();
      const empty = groups.find((group) => !rows.some((row) => row.group === group.id));
      const select = groupSelect(groups, empty?.id ?? host.focusedRow()?.group ?? null);
      const removed = await openFormDialog('Xóa lĩnh vực', {
        message: 'Chỉ xóa được lĩnh vực không còn chỉ tiêu nào.',
        fields: [labelledField('Lĩnh vực', select)],
        submitLabel: 'Xóa lĩnh vực',
        submit: () => {
          const name = groupName(select.value);
          const edit = removeFieldGroup(host.table(), select.value);
          return edit.ok ? { ok: true, value: { table: edit.table, name } } : edit;
        },
      });
      if (!removed) return;
      applyEdit(host, { ok: true, table: removed.table }, `xóa lĩnh vực “${removed.name}”`, `Đã xóa lĩnh vực “${removed.name}”.`);
    },
  };
}
