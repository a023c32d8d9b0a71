// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { choose, fill, formProblem, openDialog } from './grid-dialogs';
import { november2019, renderGrid, sampleRows, type RenderedGrid } from './grid-fixture';

afterEach(() => document.body.replaceChildren());

const focusedCell = () => {
  const active = document.activeElement;
  return active ? [active.getAttribute('data-indicator'), active.getAttribute('data-column')] : [];
};

/** The table's lines as drawn: `# group` rows and indicator names. */
function lines({ grid }: RenderedGrid): string[] {
  return [...grid.element.querySelectorAll('tbody tr')].map((line) =>
    line.classList.contains('indicator-grid__group') ? `# ${line.textContent}` : line.querySelector('[data-column="name"]')!.textContent!,
  );
}

function toolbarButton({ grid }: RenderedGrid, action: string): HTMLButtonElement {
  const button = grid.element.querySelector<HTMLButtonElement>(`.grid-toolbar [data-action="${action}"]`);
  if (!button) throw new Error(`No toolbar button ${action}`);
  return button;
}

const status = ({ grid }: RenderedGrid) => grid.element.querySelector('.indicator-grid__status')!.textContent;

/** Edits a name or unit cell with F2, replacing its text, and commits with Enter. */
function retype(rendered: RenderedGrid, indicatorId: string, column: 'name' | 'unit', text: string): void {
  rendered.cell(indicatorId, column).focus();
  rendered.press('F2');
  const box = rendered.editor()!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  rendered.press('Enter');
}

describe('the toolbar of the indicator list', () => {
  it('offers the list actions in Vietnamese, undo and redo disabled until there is something to undo', () => {
    const rendered = renderGrid();
    const toolbar = rendered.grid.element.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe('Sửa danh sách chỉ tiêu');
    expect([...toolbar.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Thêm chỉ tiêu…',
      'Xóa chỉ tiêu…',
      '↑ Lên',
      '↓ Xuống',
      'Đổi lĩnh vực…',
      'Đổi đơn vị tính…',
      'Tính chất, số chữ số…',
      'Cách tính…',
      'Theo đơn vị…',
      'Thêm kế hoạch…',
      'Đổi tên kế hoạch…',
      'Xóa kế hoạch…',
      'Thêm lĩnh vực…',
      'Đổi tên lĩnh vực…',
      'Xóa lĩnh vực…',
      'Hoàn tác',
      'Làm lại',
    ]);
    expect(toolbarButton(rendered, 'undo').disabled).toBe(true);
    expect(toolbarButton(rendered, 'redo').disabled).toBe(true);
    expect(toolbar.querySelector('.grid-toolbar__focused')!.textContent).toBe('Đang chọn: Tổng thu ngân sách');
    rendered.cell('ho-ngheo', 'value').focus();
    expect(toolbar.querySelector('.grid-toolbar__focused')!.textContent).toBe('Đang chọn: Số hộ nghèo');
    expect(toolbarButton(rendered, 'rename-plan').disabled).toBe(true);
    expect(toolbarButton(rendered, 'remove-indicator').disabled).toBe(false);
  });
});

describe('adding an indicator', () => {
  it('adds the indicator of the form under its group, with its unit, digits and plan, as one step', async () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'add-indicator').click();
    expect(openDialog().getAttribute('aria-label')).toBe('Thêm chỉ tiêu');
    expect((openDialog().querySelector('[name="group"]') as HTMLSelectElement).value).toBe('van-hoa-xa-hoi');
    expect([...openDialog().querySelectorAll('[name="nature"] option')].map((option) => option.textContent)).toEqual([
      'cộng dồn (lũy kế)',
      'số tại thời điểm',
      'tỷ lệ',
    ]);
    fill('name', 'Hồ sơ giải quyết đúng hạn');
    fill('unit', 'hồ sơ');
    fill('percentDecimals', '2');
    fill('planLabel', 'Nghị quyết HĐND xã');
    fill('planValue', '4.800');
    await choose('Thêm chỉ tiêu');

    expect(document.querySelector('dialog')).toBeNull();
    expect(lines(rendered)).toEqual([
      '# Kinh tế',
      'Tổng thu ngân sách',
      'Vốn đầu tư công',
      '# Văn hóa - Xã hội',
      'Số hộ nghèo',
      'Hồ sơ giải quyết đúng hạn',
    ]);
    const added = rendered.tables.at(-1)!.rows.at(-1)!;
    expect(added).toMatchObject({
      id: 'ho-so-giai-quyet-dung-han',
      unit: 'hồ sơ',
      group: 'van-hoa-xa-hoi',
      nature: 'flow',
      decimals: 0,
      percentDecimals: 2,
      plans: [{ id: 'nghi-quyet-hdnd-xa', label: 'Nghị quyết HĐND xã', value: 4800 }],
      value: null,
    });
    expect(rendered.cell('ho-so-giai-quyet-dung-han', 'unit').textContent).toBe('hồ sơ');
    expect(rendered.cell('ho-so-giai-quyet-dung-han', 'plan:0').textContent).toBe('4.800');
    expect(focusedCell()).toEqual(['ho-so-giai-quyet-dung-han', 'value']);
    expect(status(rendered)).toBe('Đã thêm chỉ tiêu “Hồ sơ giải quyết đúng hạn” vào lĩnh vực “Văn hóa - Xã hội”.');
    expect(rendered.changes).toHaveLength(1);

    rendered.press('z', { ctrlKey: true });
    expect(lines(rendered)).not.toContain('Hồ sơ giải quyết đúng hạn');
    expect(rendered.changes.at(-1)).toHaveLength(3);
    expect(status(rendered)).toBe('Đã hoàn tác: thêm chỉ tiêu “Hồ sơ giải quyết đúng hạn”.');
    rendered.press('y', { ctrlKey: true });
    expect(lines(rendered)).toContain('Hồ sơ giải quyết đúng hạn');
    expect(status(rendered)).toBe('Đã làm lại: thêm chỉ tiêu “Hồ sơ giải quyết đúng hạn”.');
  });

  it('keeps the form open with the reason when the input is refused, and adds nothing when cancelled', async () => {
    const rendered = renderGrid();
    toolbarButton(rendered, 'add-indicator').click();
    fill('name', '  ');
    await choose('Thêm chỉ tiêu');
    expect(formProblem()).toBe('Tên chỉ tiêu không được để trống.');
    fill('name', 'Tỷ lệ hộ nghèo');
    fill('planValue', '2,5');
    await choose('Thêm chỉ tiêu');
    expect(formProblem()).toBe('Hãy đặt tên cho kế hoạch (ví dụ “kế hoạch năm”) trước khi nhập giá trị kế hoạch.');
    fill('planLabel', 'kế hoạch năm');
    fill('decimals', '9');
    await choose('Thêm chỉ tiêu');
    expect(formProblem()).toBe('Số chữ số thập phân phải là số nguyên từ 0 đến 6, không phải 9 (chỉ tiêu “Tỷ lệ hộ nghèo”).');
    await choose('Hủy');
    expect(document.querySelector('dialog')).toBeNull();
    expect(rendered.changes).toHaveLength(0);
    expect(toolbarButton(rendered, 'undo').disabled).toBe(true);
  });
});

describe('removing an indicator', () => {
  it('asks first, saying how many figures of the text refer to it, and can be undone', async () => {
    const asked: string[] = [];
    const rendered = renderGrid(sampleRows(), {
      figureReferenceCount: (indicatorId) => {
        asked.push(indicatorId);
        return 3;
      },
    });
    rendered.cell('von-dau-tu', 'value').focus();
    toolbarButton(rendered, 'remove-indicator').click();
    expect(asked).toEqual(['von-dau-tu']);
    expect(openDialog().querySelector('.dialog-message')!.textContent).toBe(
      'Xóa chỉ tiêu “Vốn đầu tư công” (tỷ đồng) khỏi bảng chỉ tiêu, cùng mọi số liệu và kế hoạch của nó? Có 3 số liệu trong bài viết tham chiếu chỉ tiêu này: sau khi xóa, các số liệu đó hiện màu đỏ “chỉ tiêu đã bị xóa khỏi bảng” và mục Kiểm tra báo lỗi cho đến khi được sửa.\n\nCó thể hoàn tác bằng nút “Hoàn tác” hoặc Ctrl+Z.',
    );
    await choose('Giữ lại');
    expect(lines(rendered)).toContain('Vốn đầu tư công');
    expect(rendered.changes).toHaveLength(0);
    expect(status(rendered)).toBe('Chưa xóa chỉ tiêu “Vốn đầu tư công”.');

    toolbarButton(rendered, 'remove-indicator').click();
    await choose('Xóa chỉ tiêu');
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Tổng thu ngân sách', '# Văn hóa - Xã hội', 'Số hộ nghèo']);
    expect(rendered.changes.at(-1)!.map((row) => row.id)).toEqual(['thu-ngan-sach', 'ho-ngheo']);
    expect(status(rendered)).toBe('Đã xóa chỉ tiêu “Vốn đầu tư công”. 3 số liệu trong bài viết tham chiếu chỉ tiêu này cần được sửa.');
    expect(document.activeElement?.getAttribute('data-indicator')).not.toBeNull();

    toolbarButton(rendered, 'undo').click();
    expect(lines(rendered)).toContain('Vốn đầu tư công');
    expect(rendered.cell('von-dau-tu', 'value').textContent).toBe('150,0');
    expect(rendered.changes.at(-1)).toEqual(rendered.input);
  });

  it('says nothing of the text when the grid is not told how to count its figures', async () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'remove-indicator').click();
    expect(openDialog().querySelector('.dialog-message')!.textContent).toBe(
      'Xóa chỉ tiêu “Số hộ nghèo” (hộ) khỏi bảng chỉ tiêu, cùng mọi số liệu và kế hoạch của nó?\n\nCó thể hoàn tác bằng nút “Hoàn tác” hoặc Ctrl+Z.',
    );
    await choose('Xóa chỉ tiêu');
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Tổng thu ngân sách', 'Vốn đầu tư công']);
  });
});

describe('renaming in the name cell', () => {
  it('renames the indicator, keeps its id, and undoes the rename', () => {
    const rendered = renderGrid();
    retype(rendered, 'thu-ngan-sach', 'name', 'Tổng thu ngân sách nhà nước trên địa bàn');
    expect(rendered.changes).toHaveLength(1);
    expect(rendered.changes[0]![0]).toMatchObject({ id: 'thu-ngan-sach', name: 'Tổng thu ngân sách nhà nước trên địa bàn' });
    expect(rendered.cell('thu-ngan-sach', 'name').textContent).toBe('Tổng thu ngân sách nhà nước trên địa bàn');
    expect(focusedCell()).toEqual(['von-dau-tu', 'name']);
    expect(status(rendered)).toBe(
      'Đã đổi tên chỉ tiêu “Tổng thu ngân sách” thành “Tổng thu ngân sách nhà nước trên địa bàn”; mọi số liệu trong bài viết theo tên mới.',
    );
    rendered.press('z', { ctrlKey: true });
    expect(rendered.cell('thu-ngan-sach', 'name').textContent).toBe('Tổng thu ngân sách');
    rendered.press('Z', { ctrlKey: true, shiftKey: true });
    expect(rendered.cell('thu-ngan-sach', 'name').textContent).toBe('Tổng thu ngân sách nhà nước trên địa bàn');
  });

  it('renames when the focus leaves for another cell, and leaves the focus there', () => {
    const rendered = renderGrid();
    rendered.cell('von-dau-tu', 'name').focus();
    rendered.press('F2');
    rendered.editor()!.value = 'Vốn đầu tư công do xã quản lý';
    rendered.editor()!.dispatchEvent(new Event('input', { bubbles: true }));
    rendered.cell('ho-ngheo', 'samePeriodValue').focus();
    expect(rendered.cell('von-dau-tu', 'name').textContent).toBe('Vốn đầu tư công do xã quản lý');
    expect(focusedCell()).toEqual(['ho-ngheo', 'samePeriodValue']);
    expect(rendered.changes).toHaveLength(1);
  });

  it('refuses an empty name and keeps the editor open with the reason', () => {
    const rendered = renderGrid();
    retype(rendered, 'ho-ngheo', 'name', '   ');
    expect(rendered.editor()).not.toBeNull();
    expect(rendered.grid.element.querySelector('.indicator-grid__editor .indicator-grid__message')!.textContent).toBe(
      'Tên chỉ tiêu không được để trống.',
    );
    rendered.press('Escape');
    expect(rendered.cell('ho-ngheo', 'name').textContent).toBe('Số hộ nghèo');
    expect(rendered.changes).toHaveLength(0);
  });

  it('opens the name for editing with its text, and a Delete on it says why it is kept', () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'name').focus();
    expect(rendered.cell('ho-ngheo', 'name').getAttribute('aria-readonly')).toBe('false');
    rendered.press('Delete');
    expect(status(rendered)).toBe('Tên chỉ tiêu không được để trống; muốn bỏ chỉ tiêu, dùng “Xóa chỉ tiêu…”.');
    rendered.press('F2');
    expect(rendered.editor()!.value).toBe('Số hộ nghèo');
  });
});

describe('changing a unit', () => {
  it('converts the figures of a known change in the cell and tells what it did', () => {
    const rendered = renderGrid();
    retype(rendered, 'von-dau-tu', 'unit', 'triệu đồng');
    expect(rendered.cell('von-dau-tu', 'unit').textContent).toBe('triệu đồng');
    expect(rendered.cell('von-dau-tu', 'value').textContent).toBe('150.000');
    expect(rendered.cell('von-dau-tu', 'plan:0').textContent).toBe('2.000.000');
    expect(rendered.cell('von-dau-tu', 'plan:1').textContent).toBe('2.500.000');
    expect(rendered.cell('von-dau-tu', 'cumulative').textContent).toBe('1.650.000');
    expect(rendered.cell('von-dau-tu', 'samePeriodCumulative').textContent).toBe('1.400.000');
    expect(rendered.cell('von-dau-tu', 'planPercent:0').textContent).toBe('82,5');
    expect(rendered.changes.at(-1)![1]).toMatchObject({ unit: 'triệu đồng', decimals: 0, value: 150_000, cumulativeBase: 1_500_000 });
    expect(status(rendered)).toBe(
      'Đã đổi 150 tỷ đồng thành 150.000 triệu đồng (chỉ tiêu “Vốn đầu tư công”): số liệu kỳ này, kế hoạch, lũy kế và số cùng kỳ đều được nhân với 1.000. Số chữ số thập phân đổi từ 1 thành 0. Nếu chỉ cần sửa tên đơn vị, hãy Hoàn tác (Ctrl+Z) rồi dùng “Đổi đơn vị tính…”.',
    );
    rendered.press('z', { ctrlKey: true });
    expect(rendered.cell('von-dau-tu', 'unit').textContent).toBe('tỷ đồng');
    expect(rendered.cell('von-dau-tu', 'value').textContent).toBe('150,0');
    expect(status(rendered)).toBe('Đã hoàn tác: đổi đơn vị tính của chỉ tiêu “Vốn đầu tư công” từ “tỷ đồng” thành “triệu đồng”.');
  });

  it('asks the factor for units it cannot relate, and converts by it', async () => {
    const rendered = renderGrid();
    retype(rendered, 'ho-ngheo', 'unit', 'người');
    expect(rendered.changes).toHaveLength(0);
    expect(openDialog().getAttribute('aria-label')).toBe('Đổi đơn vị tính: Số hộ nghèo');
    expect((openDialog().querySelector('[name="unit"]') as HTMLInputElement).value).toBe('người');
    expect(openDialog().textContent).toContain('1 hộ bằng bao nhiêu người?');
    expect(openDialog().textContent).toContain('Chưa biết cách quy đổi giữa hai đơn vị này: hãy nhập hệ số.');
    await choose('Quy đổi số liệu');
    expect(formProblem()).toBe('Hãy nhập hệ số quy đổi, hoặc chọn “Chỉ đổi tên đơn vị, giữ nguyên số”.');
    fill('factor', '3,5');
    await choose('Quy đổi số liệu');
    expect(rendered.cell('ho-ngheo', 'unit').textContent).toBe('người');
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('983,5');
    expect(rendered.changes.at(-1)![2]).toMatchObject({ unit: 'người', value: 983.5, decimals: 1 });
  });

  it('keeps the numbers when asked to only rename the unit, and changes nothing when cancelled', async () => {
    const rendered = renderGrid();
    retype(rendered, 'ho-ngheo', 'unit', 'hộ gia đình');
    await choose('Hủy');
    expect(rendered.cell('ho-ngheo', 'unit').textContent).toBe('hộ');
    expect(status(rendered)).toBe('Chưa đổi đơn vị tính của chỉ tiêu “Số hộ nghèo”.');
    retype(rendered, 'ho-ngheo', 'unit', 'hộ gia đình');
    await choose('Chỉ đổi tên đơn vị, giữ nguyên số');
    expect(rendered.cell('ho-ngheo', 'unit').textContent).toBe('hộ gia đình');
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('281');
    expect(status(rendered)).toBe('Đã đổi đơn vị tính của chỉ tiêu “Số hộ nghèo” từ “hộ” thành “hộ gia đình”, giữ nguyên số liệu.');
    expect(rendered.changes).toHaveLength(1);
  });

  it('lets the toolbar relabel even a known unit, the factor filled in for a known one', async () => {
    const rendered = renderGrid();
    rendered.cell('thu-ngan-sach', 'value').focus();
    toolbarButton(rendered, 'change-unit').click();
    fill('unit', 'triệu đồng');
    expect((openDialog().querySelector('[name="factor"]') as HTMLInputElement).value).toBe('1.000');
    await choose('Chỉ đổi tên đơn vị, giữ nguyên số');
    expect(rendered.changes.at(-1)![0]).toMatchObject({ unit: 'triệu đồng', plans: [{ value: 15910 }], cumulativeBase: 12000 });
  });
});

describe('reordering and regrouping', () => {
  it('moves the focused row with Alt+↓ and Alt+↑ within its group, the focus following it', () => {
    const rendered = renderGrid();
    rendered.cell('thu-ngan-sach', 'samePeriodValue').focus();
    const event = rendered.press('ArrowDown', { altKey: true });
    expect(event.defaultPrevented).toBe(true);
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Vốn đầu tư công', 'Tổng thu ngân sách', '# Văn hóa - Xã hội', 'Số hộ nghèo']);
    expect(rendered.changes.at(-1)!.map((row) => row.id)).toEqual(['von-dau-tu', 'thu-ngan-sach', 'ho-ngheo']);
    expect(focusedCell()).toEqual(['thu-ngan-sach', 'samePeriodValue']);
    rendered.press('ArrowDown', { altKey: true });
    expect(status(rendered)).toBe('Chỉ tiêu “Tổng thu ngân sách” đã ở cuối lĩnh vực “Kinh tế”.');
    expect(rendered.changes).toHaveLength(1);
    rendered.press('ArrowUp', { altKey: true });
    expect(lines(rendered)[1]).toBe('Tổng thu ngân sách');
    rendered.press('z', { ctrlKey: true });
    expect(lines(rendered)[1]).toBe('Vốn đầu tư công');
  });

  it('moves with the toolbar buttons too', () => {
    const rendered = renderGrid();
    rendered.cell('von-dau-tu', 'value').focus();
    toolbarButton(rendered, 'move-up').click();
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Vốn đầu tư công', 'Tổng thu ngân sách', '# Văn hóa - Xã hội', 'Số hộ nghèo']);
    expect(focusedCell()).toEqual(['von-dau-tu', 'value']);
    expect(toolbarButton(rendered, 'undo').title).toBe('Hoàn tác: chuyển chỉ tiêu “Vốn đầu tư công” lên (Ctrl+Z)');
  });

  it('moves an indicator to another field group, and undoes it', async () => {
    const rendered = renderGrid();
    rendered.cell('von-dau-tu', 'value').focus();
    toolbarButton(rendered, 'change-group').click();
    fill('group', 'van-hoa-xa-hoi');
    await choose('Chuyển lĩnh vực');
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Tổng thu ngân sách', '# Văn hóa - Xã hội', 'Số hộ nghèo', 'Vốn đầu tư công']);
    expect(rendered.changes.at(-1)!.find((row) => row.id === 'von-dau-tu')!.group).toBe('van-hoa-xa-hoi');
    expect(status(rendered)).toBe('Đã chuyển chỉ tiêu “Vốn đầu tư công” sang lĩnh vực “Văn hóa - Xã hội”.');
    toolbarButton(rendered, 'undo').click();
    expect(lines(rendered)).toEqual(['# Kinh tế', 'Tổng thu ngân sách', 'Vốn đầu tư công', '# Văn hóa - Xã hội', 'Số hộ nghèo']);
    toolbarButton(rendered, 'redo').click();
    expect(lines(rendered).at(-1)).toBe('Vốn đầu tư công');
  });
});

describe('field groups', () => {
  it('adds a group, taking the focused indicator into it, and renames it', async () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'add-group').click();
    fill('groupName', 'Lao động - Thương binh và Xã hội');
    fill('moveFocused', true);
    await choose('Thêm lĩnh vực');
    expect(lines(rendered)).toEqual([
      '# Kinh tế',
      'Tổng thu ngân sách',
      'Vốn đầu tư công',
      '# Lao động - Thương binh và Xã hội',
      'Số hộ nghèo',
    ]);
    expect(rendered.tables.at(-1)!.groups.at(-1)).toEqual({
      id: 'lao-dong-thuong-binh-va-xa-hoi',
      name: 'Lao động - Thương binh và Xã hội',
    });
    toolbarButton(rendered, 'rename-group').click();
    expect((openDialog().querySelector('[name="group"]') as HTMLSelectElement).value).toBe('lao-dong-thuong-binh-va-xa-hoi');
    fill('groupName', 'kinh tế');
    await choose('Đổi tên');
    expect(formProblem()).toBe('Đã có lĩnh vực “Kinh tế”: hãy đặt tên khác.');
    fill('groupName', 'Lao động, việc làm');
    await choose('Đổi tên');
    expect(lines(rendered)[3]).toBe('# Lao động, việc làm');
    toolbarButton(rendered, 'undo').click();
    toolbarButton(rendered, 'undo').click();
    expect(lines(rendered)[3]).toBe('# Văn hóa - Xã hội');
    expect(rendered.tables.at(-1)!.groups.map((group) => group.id)).toEqual(['kinh-te', 'van-hoa-xa-hoi']);
  });

  it('refuses to remove a group that still has indicators, and removes an empty one', async () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'remove-group').click();
    await choose('Xóa lĩnh vực');
    expect(formProblem()).toBe(
      'Lĩnh vực “Văn hóa - Xã hội” còn 1 chỉ tiêu (“Số hộ nghèo”): hãy chuyển các chỉ tiêu này sang lĩnh vực khác hoặc xóa chúng trước khi xóa lĩnh vực.',
    );
    await choose('Hủy');
    toolbarButton(rendered, 'change-group').click();
    fill('group', 'kinh-te');
    await choose('Chuyển lĩnh vực');
    toolbarButton(rendered, 'remove-group').click();
    expect((openDialog().querySelector('[name="group"]') as HTMLSelectElement).value).toBe('van-hoa-xa-hoi');
    await choose('Xóa lĩnh vực');
    expect(rendered.tables.at(-1)!.groups).toEqual([{ id: 'kinh-te', name: 'Kinh tế' }]);
    expect(status(rendered)).toBe('Đã xóa lĩnh vực “Văn hóa - Xã hội”.');
  });
});

describe('plans, nature and digits', () => {
  it('adds, renames and removes a plan of the focused row', async () => {
    const rendered = renderGrid(sampleRows(), { figureReferenceCount: (_indicatorId, planId) => (planId ? 2 : 5) });
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'add-plan').click();
    fill('planLabel', 'Nghị quyết HĐND phường');
    fill('planValue', '250');
    await choose('Thêm kế hoạch');
    expect(rendered.changes.at(-1)![2]!.plans).toEqual([{ id: 'nghi-quyet-hdnd-phuong', label: 'Nghị quyết HĐND phường', value: 250 }]);
    expect(rendered.cell('ho-ngheo', 'plan:0').textContent).toBe('250');

    toolbarButton(rendered, 'rename-plan').click();
    fill('planLabel', 'chỉ tiêu giảm nghèo phường giao');
    await choose('Đổi tên');
    expect(rendered.changes.at(-1)![2]!.plans[0]).toEqual({
      id: 'nghi-quyet-hdnd-phuong',
      label: 'chỉ tiêu giảm nghèo phường giao',
      value: 250,
    });

    toolbarButton(rendered, 'remove-plan').click();
    expect(openDialog().textContent).toContain('Có 2 số liệu trong bài viết so với kế hoạch này.');
    await choose('Xóa kế hoạch');
    expect(rendered.changes.at(-1)![2]!.plans).toEqual([]);
    expect(rendered.cell('ho-ngheo', 'plan:0').getAttribute('aria-readonly')).toBe('true');
    toolbarButton(rendered, 'undo').click();
    expect(rendered.cell('ho-ngheo', 'plan:0').textContent).toBe('250');
  });

  it('chooses the plan of the focused column when a row has several', async () => {
    const rendered = renderGrid();
    rendered.cell('von-dau-tu', 'planPercent:1').focus();
    toolbarButton(rendered, 'rename-plan').click();
    expect((openDialog().querySelector('[name="plan"]') as HTMLSelectElement).value).toBe('ke-hoach-hdnd');
    expect((openDialog().querySelector('[name="planLabel"]') as HTMLInputElement).value).toBe('kế hoạch HĐND quận giao');
  });

  it('changes the nature and the decimals, the cells following', async () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    toolbarButton(rendered, 'edit-format').click();
    fill('nature', 'flow');
    fill('decimals', '2');
    await choose('Lưu thay đổi');
    expect(rendered.changes.at(-1)![2]).toMatchObject({ nature: 'flow', decimals: 2 });
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('281,00');
    rendered.press('z', { ctrlKey: true });
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('281');
  });
});

describe('undo and redo of figures', () => {
  const paste = (target: HTMLElement, text: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  };

  it('undoes a whole paste from Excel in one step, and redoes it', () => {
    const rendered = renderGrid();
    const start = rendered.cell('thu-ngan-sach', 'samePeriodValue');
    start.focus();
    paste(start, '1.379\t2.137,6\r\n27,8\t1.500\r\n');
    expect(rendered.cell('von-dau-tu', 'samePeriodValue').textContent).toBe('27,8');
    expect(toolbarButton(rendered, 'undo').title).toBe('Hoàn tác: dán 4 ô (Ctrl+Z)');
    rendered.press('z', { ctrlKey: true });
    expect(rendered.cell('thu-ngan-sach', 'samePeriodValue').textContent).toBe('');
    expect(rendered.cell('von-dau-tu', 'samePeriodValue').textContent).toBe('140,0');
    expect(rendered.cell('von-dau-tu', 'samePeriodCumulative').textContent).toBe('1.400,0');
    expect(rendered.changes.at(-1)).toEqual(rendered.input);
    expect(status(rendered)).toBe('Đã hoàn tác: dán 4 ô.');
    rendered.press('y', { ctrlKey: true });
    expect(rendered.cell('thu-ngan-sach', 'samePeriodCumulative').textContent).toBe('2.137,6');
    expect(rendered.cell('von-dau-tu', 'samePeriodCumulative').textContent).toBe('1.500,0');
  });

  it('undoes a value edit; Ctrl+Z inside a cell being edited is left to its text box', () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    rendered.type('300');
    rendered.press('Enter');
    rendered.cell('ho-ngheo', 'samePeriodValue').focus();
    rendered.type('29');
    const insideEditor = rendered.press('z', { ctrlKey: true });
    expect(insideEditor.defaultPrevented).toBe(false);
    expect(rendered.editor()!.value).toBe('29');
    rendered.press('Escape');
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('300');
    rendered.press('z', { ctrlKey: true });
    expect(rendered.cell('ho-ngheo', 'value').textContent).toBe('281');
    expect(status(rendered)).toBe('Đã hoàn tác: sửa ô “Số liệu kỳ này” của chỉ tiêu “Số hộ nghèo”.');
    rendered.press('z', { ctrlKey: true });
    expect(status(rendered)).toBe('Không còn thao tác nào để hoàn tác.');
  });

  it('keeps its history when the session gives back the grid’s own list, and starts a new one for other data', () => {
    const rendered = renderGrid();
    rendered.cell('ho-ngheo', 'value').focus();
    rendered.type('300');
    rendered.press('Enter');
    rendered.grid.update(structuredClone(rendered.changes.at(-1)!), november2019);
    expect(toolbarButton(rendered, 'undo').disabled).toBe(false);
    const corrected = structuredClone(rendered.changes.at(-1)!);
    corrected[1] = { ...corrected[1]!, cumulativeBase: 1600 };
    rendered.grid.update(corrected, november2019);
    expect(toolbarButton(rendered, 'undo').disabled).toBe(true);
    rendered.grid.undo();
    expect(rendered.cell('von-dau-tu', 'cumulative').textContent).toBe('1.750,0');
    expect(status(rendered)).toBe('Không còn thao tác nào để hoàn tác.');
  });
});
