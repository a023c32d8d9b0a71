import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { element } from '../dom/element';
import type { StructureActions } from './grid-structure-actions';

export interface ToolbarState {
  /** The focused indicator, which the row actions act on. */
  row: IndicatorRow | null;
  canUndo: boolean;
  canRedo: boolean;
  /** What undo and redo would do, for the buttons' titles. */
  undoStep: string | null;
  redoStep: string | null;
}

export interface GridToolbar {
  element: HTMLElement;
  refresh(state: ToolbarState): void;
}

type ButtonName =
  | 'add-indicator'
  | 'remove-indicator'
  | 'move-up'
  | 'move-down'
  | 'change-group'
  | 'change-unit'
  | 'edit-format'
  | 'edit-derivation'
  | 'edit-breakdown'
  | 'add-plan'
  | 'rename-plan'
  | 'remove-plan'
  | 'add-group'
  | 'rename-group'
  | 'remove-group'
  | 'undo'
  | 'redo';

/** The buttons above the grid: the list of indicators, their plans, the field groups, and undo and redo. */
export function createGridToolbar(actions: StructureActions, history: { undo: () => void; redo: () => void }): GridToolbar {
  const buttons = {} as Record<ButtonName, HTMLButtonElement>;
  const button = (name: ButtonName, text: string, title: string, action: () => unknown) =>
    (buttons[name] = element('button', {
      text,
      attributes: { type: 'button', title, 'data-action': name },
      on: { click: () => void action() },
    }));
  const section = (label: string, ...children: HTMLElement[]) =>
    element('div', { className: 'grid-toolbar__section', attributes: { role: 'group', 'aria-label': label } }, ...children);
  const focusedName = element('span', { className: 'grid-toolbar__focused', attributes: { 'aria-live': 'polite' } });

  const root = element(
    'div',
    { className: 'grid-toolbar', attributes: { role: 'toolbar', 'aria-label': 'Sửa danh sách chỉ tiêu' } },
    section(
      'Chỉ tiêu',
      button('add-indicator', 'Thêm chỉ tiêu…', 'Thêm một chỉ tiêu vào bảng', () => actions.addIndicator()),
      button('remove-indicator', 'Xóa chỉ tiêu…', 'Xóa chỉ tiêu đang chọn khỏi bảng', () => actions.removeIndicator()),
      button('move-up', '↑ Lên', 'Chuyển chỉ tiêu đang chọn lên (Alt+↑)', () => actions.moveIndicator(-1)),
      button('move-down', '↓ Xuống', 'Chuyển chỉ tiêu đang chọn xuống (Alt+↓)', () => actions.moveIndicator(1)),
      button('change-group', 'Đổi lĩnh vực…', 'Chuyển chỉ tiêu đang chọn sang lĩnh vực khác', () => actions.changeGroup()),
      button('change-unit', 'Đổi đơn vị tính…', 'Đổi đơn vị tính và quy đổi số liệu, hoặc chỉ đổi tên đơn vị', () => actions.changeUnit()),
      button(
        'edit-format',
        'Tính chất, số chữ số…',
        'Cộng dồn, số tại thời điểm hay tỷ lệ; kế hoạch là mức phải đạt hay mức tối đa; số chữ số thập phân',
        () => actions.editFormat(),
      ),
      button('edit-derivation', 'Cách tính…', 'Nhập số liệu, hoặc tính từ chỉ tiêu khác: tỷ lệ, hiệu, số chỉ tiêu đạt kế hoạch', () =>
        actions.editDerivation(),
      ),
      button('edit-breakdown', 'Theo đơn vị…', 'Số liệu của chỉ tiêu đang chọn theo từng thôn, tổ dân phố, xã hoặc chi bộ', () =>
        actions.editBreakdown(),
      ),
    ),
    section(
      'Kế hoạch',
      button('add-plan', 'Thêm kế hoạch…', 'Thêm kế hoạch cho chỉ tiêu đang chọn', () => actions.addPlan()),
      button('rename-plan', 'Đổi tên kế hoạch…', 'Đổi tên một kế hoạch của chỉ tiêu đang chọn', () => actions.renamePlan()),
      button('remove-plan', 'Xóa kế hoạch…', 'Xóa một kế hoạch của chỉ tiêu đang chọn', () => actions.removePlan()),
    ),
    section(
      'Lĩnh vực',
      button('add-group', 'Thêm lĩnh vực…', 'Thêm một lĩnh vực', () => actions.addGroup()),
      button('rename-group', 'Đổi tên lĩnh vực…', 'Đổi tên một lĩnh vực', () => actions.renameGroup()),
      button('remove-group', 'Xóa lĩnh vực…', 'Xóa một lĩnh vực không còn chỉ tiêu', () => actions.removeGroup()),
    ),
    section(
      'Hoàn tác',
      button('undo', 'Hoàn tác', 'Hoàn tác (Ctrl+Z)', history.undo),
      button('redo', 'Làm lại', 'Làm lại (Ctrl+Y)', history.redo),
    ),
    focusedName,
  );

  const rowButtons: ButtonName[] = [
    'remove-indicator',
    'move-up',
    'move-down',
    'change-group',
    'change-unit',
    'edit-format',
    'edit-derivation',
    'edit-breakdown',
    'add-plan',
  ];
  return {
    element: root,
    refresh(state) {
      for (const name of rowButtons) buttons[name].disabled = state.row === null;
      buttons['rename-plan'].disabled = buttons['remove-plan'].disabled = !state.row || state.row.plans.length === 0;
      buttons.undo.disabled = !state.canUndo;
      buttons.redo.disabled = !state.canRedo;
      buttons.undo.title = state.undoStep ? `Hoàn tác: ${state.undoStep} (Ctrl+Z)` : 'Hoàn tác (Ctrl+Z)';
      buttons.redo.title = state.redoStep ? `Làm lại: ${state.redoStep} (Ctrl+Y)` : 'Làm lại (Ctrl+Y)';
      focusedName.textContent = state.row ? `Đang chọn: ${state.row.name}` : 'Chọn một ô của chỉ tiêu để sửa chỉ tiêu đó.';
    },
  };
}
