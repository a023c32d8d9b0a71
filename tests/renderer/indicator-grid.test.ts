// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { groups, november2019, renderGrid, sampleRows } from './grid-fixture';

afterEach(() => document.body.replaceChildren());

const focusedCell = () => {
  const active = document.activeElement;
  return active ? [active.getAttribute('data-indicator'), active.getAttribute('data-column')] : [];
};

describe('indicator grid layout', () => {
  it('shows one row per indicator under its field group, groups in the order given', () => {
    const { grid } = renderGrid();
    const table = grid.element.querySelector('table')!;
    expect(table.getAttribute('role')).toBe('grid');
    const lines = [...table.querySelectorAll('tbody tr')].map((line) =>
      line.classList.contains('indicator-grid__group') ? `# ${line.textContent}` : line.querySelector('[data-column="name"]')!.textContent,
    );
    expect(lines).toEqual(['# Kinh tế', 'Tổng thu ngân sách', 'Vốn đầu tư công', '# Văn hóa - Xã hội', 'Số hộ nghèo']);
    expect(groups.map((group) => group.name)).toEqual(['Kinh tế', 'Văn hóa - Xã hội']);
  });

  it('has the columns of the appendix, one plan column per plan position, with their ids', () => {
    const { grid } = renderGrid();
    const headings = [...grid.element.querySelectorAll('thead th .indicator-grid__title')].map((heading) => heading.textContent);
    expect(headings).toEqual([
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kế hoạch năm',
      'Kế hoạch HĐND quận giao',
      'Số liệu kỳ này',
      'Tình trạng',
      'Lũy kế',
      'Lũy kế nhập tay',
      '% KH',
      '% KH',
      'Cùng kỳ (kỳ)',
      'Cùng kỳ (lũy kế)',
      'Tăng/giảm %',
    ]);
    const ids = [...grid.element.querySelectorAll('[data-indicator="von-dau-tu"]')].map((cell) => cell.getAttribute('data-column'));
    expect(ids).toEqual([
      'name',
      'unit',
      'plan:0',
      'plan:1',
      'value',
      'status',
      'cumulative',
      'cumulativeOverride',
      'planPercent:0',
      'planPercent:1',
      'samePeriodValue',
      'samePeriodCumulative',
      'growth',
    ]);
  });

  it('numbers rows and columns for assistive technology and names every cell by indicator and column', () => {
    const { grid, cell } = renderGrid();
    const table = grid.element.querySelector('table')!;
    expect(table.getAttribute('aria-rowcount')).toBe('6');
    expect(table.getAttribute('aria-colcount')).toBe('13');
    const value = cell('von-dau-tu', 'value');
    expect(value.closest('tr')!.getAttribute('aria-rowindex')).toBe('4');
    expect(value.getAttribute('aria-colindex')).toBe('5');
    expect(value.getAttribute('aria-label')).toBe('Vốn đầu tư công, Số liệu kỳ này: 150,0');
    expect(cell('von-dau-tu', 'plan:1').getAttribute('aria-label')).toBe('Vốn đầu tư công, Kế hoạch HĐND quận giao: 2.500,0');
    expect(cell('thu-ngan-sach', 'value').getAttribute('aria-label')).toBe('Tổng thu ngân sách, Số liệu kỳ này: trống');
  });

  it('formats figures the Vietnamese way and computes the derived columns', () => {
    const { cell } = renderGrid();
    expect(cell('von-dau-tu', 'value').textContent).toBe('150,0');
    expect(cell('von-dau-tu', 'status').textContent).toBe('thực hiện');
    expect(cell('von-dau-tu', 'cumulative').textContent).toBe('1.650,0');
    expect(cell('von-dau-tu', 'planPercent:0').textContent).toBe('82,5');
    expect(cell('von-dau-tu', 'planPercent:1').textContent).toBe('66');
    expect(cell('von-dau-tu', 'growth').textContent).toBe('+17,9');
    expect(cell('von-dau-tu', 'growth').classList.contains('is-figure')).toBe(true);
  });

  it('shows an empty read-only cell where a row has no plan at that position', () => {
    const { cell } = renderGrid();
    const missingPlan = cell('thu-ngan-sach', 'plan:1');
    expect(missingPlan.textContent).toBe('');
    expect(missingPlan.getAttribute('aria-readonly')).toBe('true');
    expect(cell('thu-ngan-sach', 'plan:0').getAttribute('aria-readonly')).toBe('false');
    expect(cell('thu-ngan-sach', 'cumulative').getAttribute('aria-readonly')).toBe('true');
  });

  it('keeps exactly one cell in the tab order', () => {
    const { grid } = renderGrid();
    const reachable = grid.element.querySelectorAll('[tabindex="0"]');
    expect(reachable).toHaveLength(1);
    expect(reachable[0]!.getAttribute('data-column')).toBe('value');
  });
});

describe('editing a cell', () => {
  it('stores 1.379 as 1379 on Enter, moves down and recomputes the cumulative and the % of plan', () => {
    const { cell, type, press, changes, input } = renderGrid();
    cell('thu-ngan-sach', 'value').focus();
    type('1.379');
    press('Enter');

    expect(changes).toHaveLength(1);
    expect(changes[0]![0]!.value).toBe(1379);
    expect(input[0]!.value).toBeNull();
    expect(changes[0]![1]).toBe(input[1]);
    expect(focusedCell()).toEqual(['von-dau-tu', 'value']);
    expect(cell('thu-ngan-sach', 'value').textContent).toBe('1.379');
    expect(cell('thu-ngan-sach', 'cumulative').textContent).toBe('13.379');
    expect(cell('thu-ngan-sach', 'planPercent:0').textContent).toBe('84,09');
  });

  it('shows what will be stored while one types', () => {
    const { cell, type, editor, grid } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    type('27,8');
    const preview = grid.element.querySelector('.indicator-grid__preview')!;
    expect(preview.textContent).toBe('= 27,8');
    expect(editor()!.getAttribute('aria-describedby')).toContain(preview.id);
    type('00');
    expect(preview.textContent).toBe('= 27,8');
    editor()!.value = '2.137,6';
    editor()!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(preview.textContent).toBe('= 2.137,6');
  });

  it('refuses 12,3,4 with a Vietnamese message, keeps the old value, and Escape restores it', () => {
    const { cell, type, press, editor, changes, grid } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    type('12,3,4');
    press('Enter');

    expect(changes).toHaveLength(0);
    const box = editor()!;
    expect(box).not.toBeNull();
    expect(document.activeElement).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const message = grid.element.querySelector<HTMLElement>('.indicator-grid__editor .indicator-grid__message')!;
    expect(message.hidden).toBe(false);
    expect(message.textContent).toContain('nhiều hơn một dấu phẩy');
    expect(box.getAttribute('aria-describedby')).toContain(message.id);

    press('Escape');
    expect(editor()).toBeNull();
    expect(cell('von-dau-tu', 'value').textContent).toBe('150,0');
    expect(cell('von-dau-tu', 'value').hasAttribute('aria-invalid')).toBe(false);
    expect(focusedCell()).toEqual(['von-dau-tu', 'value']);
    expect(changes).toHaveLength(0);
  });

  it('keeps refused input marked on the cell when the focus leaves, with the message and the old value untouched', () => {
    const { cell, type, press, changes } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    type('abc');
    cell('ho-ngheo', 'value').focus();

    const refused = cell('von-dau-tu', 'value');
    expect(changes).toHaveLength(0);
    expect(refused.getAttribute('aria-invalid')).toBe('true');
    expect(refused.classList.contains('is-invalid')).toBe(true);
    const message = document.getElementById(refused.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toContain('không phải là số');
    expect(message.textContent).toContain('vẫn giữ “150,0”');
    expect(refused.querySelector('.indicator-grid__value')!.textContent).toBe('abc');

    refused.focus();
    press('Escape');
    expect(refused.hasAttribute('aria-invalid')).toBe(false);
    expect(refused.textContent).toBe('150,0');
  });

  it('stores an empty input as null', () => {
    const { cell, press, editor, changes } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    press('F2');
    expect(editor()!.value).toBe('150');
    editor()!.value = '';
    editor()!.dispatchEvent(new Event('input', { bubbles: true }));
    press('Enter');
    expect(changes).toHaveLength(1);
    expect(changes[0]![1]!.value).toBeNull();
  });

  it('starts an edit with the character typed over a cell', () => {
    const { cell, press, editor } = renderGrid();
    cell('von-dau-tu', 'samePeriodValue').focus();
    const event = press('7');
    expect(event.defaultPrevented).toBe(true);
    expect(editor()!.value).toBe('7');
    expect(document.activeElement).toBe(editor());
  });

  it('does not call onChange when the value is the same', () => {
    const { cell, press, changes } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    press('F2');
    press('Enter');
    expect(changes).toHaveLength(0);
    expect(focusedCell()).toEqual(['ho-ngheo', 'value']);
  });

  it('edits the status with a list of ước, thực hiện and chính thức', () => {
    const { cell, press, changes, grid } = renderGrid();
    cell('thu-ngan-sach', 'status').focus();
    press('F2');
    const list = grid.element.querySelector('select')!;
    expect([...list.options].map((option) => option.textContent)).toEqual(['ước', 'thực hiện', 'chính thức']);
    expect(list.value).toBe('estimate');
    list.value = 'official';
    list.dispatchEvent(new Event('input', { bubbles: true }));
    press('Enter');
    expect(changes[0]![0]!.status).toBe('official');
    expect(cell('thu-ngan-sach', 'status').textContent).toBe('chính thức');
  });

  it('opens the status list on the letter typed', () => {
    const { cell, press, changes, grid } = renderGrid();
    cell('ho-ngheo', 'status').focus();
    press('c');
    expect(grid.element.querySelector('select')!.value).toBe('official');
    press('Enter');
    expect(changes[0]![2]!.status).toBe('official');
  });

  it('stores the edit before a page shortcut such as Ctrl+S, and lets the shortcut through', () => {
    const { cell, type, press, changes, editor } = renderGrid();
    cell('ho-ngheo', 'value').focus();
    type('300');
    const event = press('s', { ctrlKey: true });
    expect(event.defaultPrevented).toBe(false);
    expect(changes).toHaveLength(1);
    expect(changes[0]![2]!.value).toBe(300);
    expect(editor()).toBeNull();
    expect(focusedCell()).toEqual(['ho-ngheo', 'value']);
  });

  it('shows the computed cumulative as a hint beside a cumulative entered by hand', () => {
    const { cell, type, press, changes } = renderGrid();
    cell('von-dau-tu', 'cumulativeOverride').focus();
    type('1.700');
    press('Enter');
    expect(changes[0]![1]!.cumulativeOverride).toBe(1700);
    const cumulative = cell('von-dau-tu', 'cumulative');
    expect(cumulative.querySelector('.indicator-grid__value')!.textContent).toBe('1.700,0');
    expect(cumulative.querySelector('.indicator-grid__hint')!.textContent).toBe('tự tính: 1.650,0');
    expect(cell('von-dau-tu', 'planPercent:0').textContent).toBe('85');
  });
});

describe('keyboard', () => {
  it('moves with the arrows across group rows and stays inside the grid', () => {
    const { cell, press } = renderGrid();
    cell('thu-ngan-sach', 'value').focus();
    press('ArrowDown');
    expect(focusedCell()).toEqual(['von-dau-tu', 'value']);
    press('ArrowDown');
    expect(focusedCell()).toEqual(['ho-ngheo', 'value']);
    press('ArrowDown');
    expect(focusedCell()).toEqual(['ho-ngheo', 'value']);
    press('ArrowRight');
    expect(focusedCell()).toEqual(['ho-ngheo', 'status']);
    press('ArrowUp');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focusedCell()).toEqual(['von-dau-tu', 'plan:1']);
    expect(cell('von-dau-tu', 'plan:1').tabIndex).toBe(0);
    expect(cell('thu-ngan-sach', 'value').tabIndex).toBe(-1);
  });

  it('moves right and left with Tab and Shift+Tab, on to the next row, and out of the grid after the last cell', () => {
    const { cell, press } = renderGrid();
    cell('thu-ngan-sach', 'value').focus();
    press('Tab');
    expect(focusedCell()).toEqual(['thu-ngan-sach', 'status']);
    press('Tab', { shiftKey: true });
    expect(focusedCell()).toEqual(['thu-ngan-sach', 'value']);
    cell('thu-ngan-sach', 'growth').focus();
    press('Tab');
    expect(focusedCell()).toEqual(['von-dau-tu', 'name']);
    cell('ho-ngheo', 'growth').focus();
    expect(press('Tab').defaultPrevented).toBe(false);
  });

  it('commits with Tab and moves right', () => {
    const { cell, type, press, changes } = renderGrid();
    cell('thu-ngan-sach', 'samePeriodValue').focus();
    type('1.200');
    press('Tab');
    expect(changes[0]![0]!.samePeriod.value).toBe(1200);
    expect(focusedCell()).toEqual(['thu-ngan-sach', 'samePeriodCumulative']);
  });

  it('lets the arrows commit after typing over a cell, and move the caret after F2', () => {
    const { cell, type, press, editor, changes } = renderGrid();
    cell('thu-ngan-sach', 'value').focus();
    type('5');
    press('ArrowRight');
    expect(changes).toHaveLength(1);
    expect(focusedCell()).toEqual(['thu-ngan-sach', 'status']);

    cell('von-dau-tu', 'value').focus();
    press('F2');
    expect(press('ArrowLeft').defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(editor());
  });

  it('focuses read-only cells but never edits them', () => {
    const { cell, press, editor, changes, grid } = renderGrid();
    const cumulative = cell('von-dau-tu', 'cumulative');
    cumulative.focus();
    press('F2');
    expect(editor()).toBeNull();
    expect(grid.element.querySelector('[role="status"]')!.textContent).toContain('Lũy kế nhập tay');
    press('5');
    expect(editor()).toBeNull();
    press('Delete');
    expect(changes).toHaveLength(0);
    expect(cumulative.textContent).toBe('1.650,0');
    press('Enter');
    expect(editor()).toBeNull();
    expect(focusedCell()).toEqual(['ho-ngheo', 'cumulative']);
  });

  it('clears an editable cell to null with Delete or Backspace', () => {
    const { cell, press, changes } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    press('Delete');
    expect(changes).toHaveLength(1);
    expect(changes[0]![1]!.value).toBeNull();
    expect(cell('von-dau-tu', 'value').textContent).toBe('');
    expect(cell('von-dau-tu', 'cumulative').textContent).toBe('');
    cell('von-dau-tu', 'samePeriodCumulative').focus();
    press('Backspace');
    expect(changes).toHaveLength(2);
    expect(changes[1]![1]!.samePeriod).toEqual({ value: 140, cumulative: null });
  });

  it('starts an edit with a double click', () => {
    const { cell, editor } = renderGrid();
    cell('von-dau-tu', 'plan:0').dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(editor()!.value).toBe('2.000');
  });
});

describe('pasting from Excel', () => {
  const paste = (target: HTMLElement, text: string) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };

  it('applies the valid values of a block in one onChange and marks the invalid one', () => {
    const { cell, changes, grid } = renderGrid();
    const start = cell('thu-ngan-sach', 'samePeriodValue');
    start.focus();
    const event = paste(start, '1.379\t2.137,6\r\n27,8\tabc\r\n');

    expect(event.defaultPrevented).toBe(true);
    expect(changes).toHaveLength(1);
    const [revenue, investment] = changes[0]!;
    expect(revenue!.samePeriod).toEqual({ value: 1379, cumulative: 2137.6 });
    expect(investment!.samePeriod).toEqual({ value: 27.8, cumulative: 1400 });

    const refused = cell('von-dau-tu', 'samePeriodCumulative');
    expect(refused.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(refused.getAttribute('aria-describedby')!)!.textContent).toContain('“abc” không phải là số');
    expect(cell('thu-ngan-sach', 'samePeriodValue').hasAttribute('aria-invalid')).toBe(false);
    expect(grid.element.querySelector('[role="status"]')!.textContent).toBe(
      'Đã dán 3 ô. 1 ô không hợp lệ, đã đánh dấu đỏ, số cũ được giữ nguyên.',
    );
  });

  it('reads statuses and ignores values landing on read-only cells', () => {
    const { cell, changes } = renderGrid();
    const start = cell('thu-ngan-sach', 'value');
    start.focus();
    paste(start, '1.379\t Chính Thức \t999\n5\tđã xong\n');
    expect(changes).toHaveLength(1);
    expect(changes[0]![0]).toMatchObject({ value: 1379, status: 'official', cumulativeOverride: null });
    expect(changes[0]![1]).toMatchObject({ value: 5, status: 'actual' });
    expect(cell('thu-ngan-sach', 'cumulative').textContent).toBe('13.379');
    expect(cell('von-dau-tu', 'status').getAttribute('aria-invalid')).toBe('true');
  });

  it('calls no onChange when nothing pasted is valid', () => {
    const { cell, changes } = renderGrid();
    const start = cell('ho-ngheo', 'value');
    start.focus();
    paste(start, '12,3,4');
    expect(changes).toHaveLength(0);
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(start.textContent).toContain('12,3,4');
  });
});

describe('the grid from outside', () => {
  it('keeps the focused cell when given new rows', () => {
    const { grid, cell } = renderGrid();
    cell('von-dau-tu', 'samePeriodValue').focus();
    const rows = sampleRows();
    rows[1] = { ...rows[1]!, value: 160 };
    grid.update(rows, november2019);
    expect(focusedCell()).toEqual(['von-dau-tu', 'samePeriodValue']);
    expect(cell('von-dau-tu', 'cumulative').textContent).toBe('1.660,0');
  });

  it('keeps an edit in progress when given new rows', () => {
    const { grid, cell, type, editor, press, changes } = renderGrid();
    cell('von-dau-tu', 'value').focus();
    type('16');
    grid.update(sampleRows(), november2019);
    expect(editor()!.value).toBe('16');
    expect(document.activeElement).toBe(editor());
    press('Enter');
    expect(changes[0]![1]!.value).toBe(16);
  });

  it('moves the focus to the nearest cell when the focused row goes away', () => {
    const { grid, cell } = renderGrid();
    cell('ho-ngheo', 'samePeriodValue').focus();
    grid.update(sampleRows().slice(0, 2), november2019);
    expect(focusedCell()).toEqual(['von-dau-tu', 'samePeriodValue']);
    expect(grid.element.querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('moves the focus to a cell asked for by the check panel', () => {
    const { grid } = renderGrid();
    grid.focusCell('ho-ngheo', 'samePeriodValue');
    expect(focusedCell()).toEqual(['ho-ngheo', 'samePeriodValue']);
    grid.focusCell('von-dau-tu', 'planPercent:1');
    expect(focusedCell()).toEqual(['von-dau-tu', 'planPercent:1']);
  });

  it('removes itself on destroy', () => {
    const { grid } = renderGrid();
    grid.destroy();
    expect(document.body.contains(grid.element)).toBe(false);
  });
});
