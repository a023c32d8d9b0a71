import { describe, expect, it } from 'vitest';
import { addFieldGroup } from '../../core/indicators/add-field-group';
import { addIndicator } from '../../core/indicators/add-indicator';
import { addPlan } from '../../core/indicators/add-plan';
import type { IndicatorTable, TableEdit } from '../../core/indicators/indicator-table';
import { moveIndicator } from '../../core/indicators/move-indicator';
import { regroupIndicator } from '../../core/indicators/regroup-indicator';
import { removeFieldGroup } from '../../core/indicators/remove-field-group';
import { removeIndicator } from '../../core/indicators/remove-indicator';
import { removePlan } from '../../core/indicators/remove-plan';
import { renameFieldGroup } from '../../core/indicators/rename-field-group';
import { renameIndicator } from '../../core/indicators/rename-indicator';
import { renamePlan } from '../../core/indicators/rename-plan';
import { setIndicatorDecimals } from '../../core/indicators/set-indicator-decimals';
import { setIndicatorNature } from '../../core/indicators/set-indicator-nature';
import { setPlanValue } from '../../core/indicators/set-plan-value';
import { communeTable } from './indicator-list-fixture';

/** The table of an accepted edit; fails the test with the message of a refused one. */
function tableOf(edit: TableEdit): IndicatorTable {
  if (!edit.ok) throw new Error(`refused: ${edit.message}`);
  return edit.table;
}

function messageOf(edit: TableEdit): string {
  if (edit.ok) throw new Error('accepted');
  return edit.message;
}

const ids = (table: IndicatorTable) => table.rows.map((row) => row.id);

/** The input is frozen deeply: an operation that changed it would throw. */
function frozenTable(): IndicatorTable {
  const freeze = (value: unknown): unknown => {
    if (value && typeof value === 'object') for (const inner of Object.values(value)) freeze(inner);
    return Object.freeze(value);
  };
  return freeze(communeTable()) as IndicatorTable;
}

describe('adding an indicator', () => {
  it('adds it at the end of its group with an id from its name, a free unit, its digits and plans', () => {
    const before = frozenTable();
    const edit = addIndicator(before, {
      name: '  Hồ sơ giải quyết   đúng hạn ',
      unit: 'hồ sơ',
      group: 'cai-cach-hanh-chinh',
      nature: 'flow',
      decimals: 0,
      percentDecimals: 2,
      plans: [{ label: 'Nghị quyết HĐND xã', value: 4800 }],
    });
    expect(edit.ok && edit.indicatorId).toBe('ho-so-giai-quyet-dung-han');
    const table = tableOf(edit);
    expect(ids(table)).toEqual(['thu-ngan-sach', 'ho-so-tiep-nhan', 'ty-le-dung-han', 'ho-so-giai-quyet-dung-han']);
    expect(table.rows[3]).toEqual({
      id: 'ho-so-giai-quyet-dung-han',
      name: 'Hồ sơ giải quyết đúng hạn',
      unit: 'hồ sơ',
      group: 'cai-cach-hanh-chinh',
      nature: 'flow',
      decimals: 0,
      percentDecimals: 2,
      plans: [{ id: 'nghi-quyet-hdnd-xa', label: 'Nghị quyết HĐND xã', value: 4800 }],
      value: null,
      status: 'estimate',
      cumulativeBase: null,
      cumulativeOverride: null,
      samePeriod: { value: null, cumulative: null },
      direction: 'higher',
      previous: { value: null },
      derivation: null,
    });
    expect(table.rows.slice(0, 3)).toEqual(before.rows);
    expect(table.rows[0]).toBe(before.rows[0]);
    expect(table.groups).toBe(before.groups);
  });

  it('places it after the last row of its group, not at the end of the list', () => {
    const table = tableOf(addIndicator(communeTable(), { name: 'Chi ngân sách', unit: 'triệu đồng', group: 'tai-chinh', nature: 'flow' }));
    expect(ids(table)).toEqual(['thu-ngan-sach', 'chi-ngan-sach', 'ho-so-tiep-nhan', 'ty-le-dung-han']);
    expect(table.rows[1]).toMatchObject({ decimals: 0, percentDecimals: 1, plans: [] });
  });

  it('makes the id unique with a suffix when the name gives one already taken', () => {
    const edit = addIndicator(communeTable(), { name: 'Thu ngân sách', unit: 'triệu đồng', group: 'tai-chinh', nature: 'flow' });
    expect(edit.ok && edit.indicatorId).toBe('thu-ngan-sach-2');
    const again = addIndicator(tableOf(edit), { name: 'Thu  ngân sách', unit: 'triệu đồng', group: 'tai-chinh', nature: 'stock' });
    expect(again.ok && again.indicatorId).toBe('thu-ngan-sach-3');
    expect(tableOf(again).rows.find((row) => row.id === 'thu-ngan-sach-3')!.nature).toBe('stock');
  });

  it('refuses bad input with a Vietnamese message saying what is wrong', () => {
    const table = communeTable();
    const base = { name: 'Tỷ lệ hộ nghèo', unit: '%', group: 'tai-chinh', nature: 'ratio' as const };
    expect(messageOf(addIndicator(table, { ...base, name: '   ' }))).toBe('Tên chỉ tiêu không được để trống.');
    expect(messageOf(addIndicator(table, { ...base, group: 'xa-hoi' }))).toBe(
      'Không có lĩnh vực “xa-hoi” trong bảng chỉ tiêu: chọn một lĩnh vực có sẵn hoặc thêm lĩnh vực mới.',
    );
    expect(messageOf(addIndicator(table, { ...base, decimals: 7 }))).toBe(
      'Số chữ số thập phân phải là số nguyên từ 0 đến 6, không phải 7 (chỉ tiêu “Tỷ lệ hộ nghèo”).',
    );
    expect(messageOf(addIndicator(table, { ...base, percentDecimals: 1.5 }))).toBe(
      'Số chữ số thập phân của tỷ lệ phần trăm phải là số nguyên từ 0 đến 4, không phải 1,5 (chỉ tiêu “Tỷ lệ hộ nghèo”).',
    );
    expect(messageOf(addIndicator(table, { ...base, nature: 'sum' as 'flow' }))).toBe(
      'Tính chất “sum” không hợp lệ: chọn cộng dồn (lũy kế), số tại thời điểm hoặc tỷ lệ.',
    );
    expect(
      messageOf(
        addIndicator(table, {
          ...base,
          plans: [
            { label: 'kế hoạch năm', value: 3 },
            { label: 'Kế hoạch  năm', value: 2.5 },
          ],
        }),
      ),
    ).toBe('Chỉ tiêu “Tỷ lệ hộ nghèo” đã có kế hoạch “Kế hoạch năm”.');
    expect(messageOf(addIndicator(table, { ...base, plans: [{ label: ' ', value: 3 }] }))).toBe(
      'Tên kế hoạch không được để trống (chỉ tiêu “Tỷ lệ hộ nghèo”), ví dụ “kế hoạch năm”, “dự toán tỉnh giao”.',
    );
  });
});

describe('renaming and removing an indicator', () => {
  it('renames it and keeps its id', () => {
    const before = frozenTable();
    const table = tableOf(renameIndicator(before, 'thu-ngan-sach', 'Tổng thu ngân sách nhà nước trên địa bàn xã'));
    expect(table.rows[0]).toMatchObject({ id: 'thu-ngan-sach', name: 'Tổng thu ngân sách nhà nước trên địa bàn xã' });
    expect(table.rows[0]!.plans).toEqual(before.rows[0]!.plans);
    expect(before.rows[0]!.name).toBe('Thu ngân sách trên địa bàn');
  });

  it('gives back the same table when the name does not change, and refuses an empty name or an unknown id', () => {
    const table = communeTable();
    expect(tableOf(renameIndicator(table, 'thu-ngan-sach', ' Thu ngân sách trên địa bàn '))).toBe(table);
    expect(messageOf(renameIndicator(table, 'thu-ngan-sach', ''))).toBe(
      'Tên chỉ tiêu không được để trống (chỉ tiêu “Thu ngân sách trên địa bàn”).',
    );
    expect(messageOf(renameIndicator(table, 'khong-co', 'A'))).toBe('Không có chỉ tiêu “khong-co” trong bảng chỉ tiêu.');
  });

  it('removes it and nothing else', () => {
    const before = frozenTable();
    const table = tableOf(removeIndicator(before, 'ho-so-tiep-nhan'));
    expect(ids(table)).toEqual(['thu-ngan-sach', 'ty-le-dung-han']);
    expect(table.groups).toBe(before.groups);
    expect(ids(before)).toHaveLength(3);
    expect(messageOf(removeIndicator(table, 'ho-so-tiep-nhan'))).toBe('Không có chỉ tiêu “ho-so-tiep-nhan” trong bảng chỉ tiêu.');
  });
});

describe('reordering and regrouping', () => {
  /** Four rows: two in each group, interleaved in the list. */
  const interleaved = (): IndicatorTable => {
    const table = communeTable();
    const [revenue, received, onTime] = table.rows;
    const spending = { ...revenue!, id: 'chi-ngan-sach', name: 'Chi ngân sách' };
    return { ...table, rows: [revenue!, received!, spending, onTime!] };
  };

  it('moves an indicator up or down within its group, leaving the other group’s rows in place', () => {
    const before = interleaved();
    const down = tableOf(moveIndicator(before, 'thu-ngan-sach', { by: 1 }));
    expect(ids(down)).toEqual(['chi-ngan-sach', 'ho-so-tiep-nhan', 'thu-ngan-sach', 'ty-le-dung-han']);
    expect(ids(tableOf(moveIndicator(down, 'thu-ngan-sach', { by: -1 })))).toEqual(ids(before));
    expect(ids(tableOf(moveIndicator(before, 'ty-le-dung-han', { by: -1 })))).toEqual([
      'thu-ngan-sach',
      'ty-le-dung-han',
      'chi-ngan-sach',
      'ho-so-tiep-nhan',
    ]);
  });

  it('refuses to move past the first or last row of the group, naming it', () => {
    const table = interleaved();
    expect(messageOf(moveIndicator(table, 'thu-ngan-sach', { by: -1 }))).toBe(
      'Chỉ tiêu “Thu ngân sách trên địa bàn” đã ở đầu lĩnh vực “Tài chính - Ngân sách”.',
    );
    expect(messageOf(moveIndicator(table, 'ty-le-dung-han', { by: 1 }))).toBe(
      'Chỉ tiêu “Tỷ lệ hồ sơ giải quyết đúng hạn” đã ở cuối lĩnh vực “Cải cách hành chính”.',
    );
  });

  it('moves to a position in the group, and refuses a position the group does not have', () => {
    const table = tableOf(
      addIndicator(communeTable(), { name: 'Hồ sơ quá hạn', unit: 'hồ sơ', group: 'cai-cach-hanh-chinh', nature: 'flow' }),
    );
    expect(ids(tableOf(moveIndicator(table, 'ho-so-qua-han', { position: 0 })))).toEqual([
      'thu-ngan-sach',
      'ho-so-qua-han',
      'ho-so-tiep-nhan',
      'ty-le-dung-han',
    ]);
    expect(tableOf(moveIndicator(table, 'ho-so-qua-han', { position: 2 }))).toBe(table);
    expect(messageOf(moveIndicator(table, 'ho-so-qua-han', { position: 3 }))).toBe(
      'Không chuyển được chỉ tiêu “Hồ sơ quá hạn” tới vị trí thứ 4: lĩnh vực “Cải cách hành chính” có 3 chỉ tiêu.',
    );
  });

  it('moves an indicator to the end of another group', () => {
    const before = interleaved();
    const table = tableOf(regroupIndicator(before, 'ho-so-tiep-nhan', 'tai-chinh'));
    expect(table.rows.map((row) => `${row.group}:${row.id}`)).toEqual([
      'tai-chinh:thu-ngan-sach',
      'tai-chinh:chi-ngan-sach',
      'tai-chinh:ho-so-tiep-nhan',
      'cai-cach-hanh-chinh:ty-le-dung-han',
    ]);
    expect(before.rows[1]!.group).toBe('cai-cach-hanh-chinh');
    expect(tableOf(regroupIndicator(table, 'ho-so-tiep-nhan', 'tai-chinh'))).toBe(table);
    expect(messageOf(regroupIndicator(table, 'ho-so-tiep-nhan', 'an-ninh'))).toBe(
      'Không có lĩnh vực “an-ninh” trong bảng chỉ tiêu (chuyển chỉ tiêu “Hồ sơ thủ tục hành chính tiếp nhận”).',
    );
  });
});

describe('field groups', () => {
  it('adds a group with an id from its name and refuses a name already used, whatever its case', () => {
    const before = frozenTable();
    const edit = addFieldGroup(before, 'Chuyển đổi số, Đề án 06');
    expect(edit.ok && edit.groupId).toBe('chuyen-doi-so-de-an-06');
    expect(tableOf(edit).groups.at(-1)).toEqual({ id: 'chuyen-doi-so-de-an-06', name: 'Chuyển đổi số, Đề án 06' });
    expect(tableOf(edit).rows).toBe(before.rows);
    expect(messageOf(addFieldGroup(before, 'cải cách  HÀNH CHÍNH'))).toBe('Đã có lĩnh vực “Cải cách hành chính”: hãy đặt tên khác.');
    expect(messageOf(addFieldGroup(before, ''))).toBe('Tên lĩnh vực không được để trống.');
  });

  it('renames a group, keeping its id, and refuses the name of another group', () => {
    const table = tableOf(renameFieldGroup(communeTable(), 'cai-cach-hanh-chinh', 'Cải cách hành chính, chuyển đổi số'));
    expect(table.groups[1]).toEqual({ id: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính, chuyển đổi số' });
    expect(messageOf(renameFieldGroup(table, 'cai-cach-hanh-chinh', 'tài chính - ngân sách'))).toBe(
      'Đã có lĩnh vực “Tài chính - Ngân sách”: hãy đặt tên khác.',
    );
    expect(messageOf(renameFieldGroup(table, 'an-ninh', 'An ninh'))).toBe('Không có lĩnh vực “an-ninh” trong bảng chỉ tiêu.');
  });

  it('removes an empty group, and refuses one that still has indicators, naming them', () => {
    const withEmpty = tableOf(addFieldGroup(communeTable(), 'Quốc phòng - An ninh'));
    expect(tableOf(removeFieldGroup(withEmpty, 'quoc-phong-an-ninh')).groups.map((group) => group.id)).toEqual([
      'tai-chinh',
      'cai-cach-hanh-chinh',
    ]);
    expect(messageOf(removeFieldGroup(withEmpty, 'cai-cach-hanh-chinh'))).toBe(
      'Lĩnh vực “Cải cách hành chính” còn 2 chỉ tiêu (“Hồ sơ thủ tục hành chính tiếp nhận”, “Tỷ lệ hồ sơ giải quyết đúng hạn”): hãy chuyển các chỉ tiêu này sang lĩnh vực khác hoặc xóa chúng trước khi xóa lĩnh vực.',
    );
  });
});

describe('digits and nature', () => {
  it('sets the decimals and the percent decimals, and refuses counts outside the format', () => {
    const table = tableOf(setIndicatorDecimals(communeTable(), 'ho-so-tiep-nhan', { percentDecimals: 2 }));
    expect(table.rows[1]).toMatchObject({ decimals: 0, percentDecimals: 2 });
    expect(tableOf(setIndicatorDecimals(table, 'ho-so-tiep-nhan', { decimals: 0 }))).toBe(table);
    expect(messageOf(setIndicatorDecimals(table, 'ho-so-tiep-nhan', { decimals: -1 }))).toBe(
      'Số chữ số thập phân phải là số nguyên từ 0 đến 6, không phải -1 (chỉ tiêu “Hồ sơ thủ tục hành chính tiếp nhận”).',
    );
  });

  it('sets the nature and keeps the cumulative base', () => {
    const table = tableOf(setIndicatorNature(communeTable(), 'thu-ngan-sach', 'stock'));
    expect(table.rows[0]).toMatchObject({ nature: 'stock', cumulativeBase: 70.649 });
  });
});

describe('plans', () => {
  it('adds a plan with the office’s own label and an id from it', () => {
    const edit = addPlan(frozenTable(), 'thu-ngan-sach', { label: 'Nghị quyết HĐND xã', value: 90.25 });
    expect(edit.ok && edit.planId).toBe('nghi-quyet-hdnd-xa');
    expect(tableOf(edit).rows[0]!.plans).toEqual([
      { id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 85.5 },
      { id: 'nghi-quyet-hdnd-xa', label: 'Nghị quyết HĐND xã', value: 90.25 },
    ]);
    expect(messageOf(addPlan(communeTable(), 'thu-ngan-sach', { label: 'Dự toán tỉnh giao', value: 1 }))).toBe(
      'Chỉ tiêu “Thu ngân sách trên địa bàn” đã có kế hoạch “Dự toán tỉnh giao”.',
    );
    expect(messageOf(addPlan(communeTable(), 'thu-ngan-sach', { label: 'kế hoạch năm', value: Number.NaN }))).toBe(
      'Giá trị “kế hoạch năm” của chỉ tiêu “Thu ngân sách trên địa bàn” phải là một số.',
    );
  });

  it('renames a plan keeping its id, and refuses a label another plan has', () => {
    const withTwo = tableOf(addPlan(communeTable(), 'thu-ngan-sach', { label: 'Nghị quyết HĐND xã', value: 90 }));
    const table = tableOf(renamePlan(withTwo, 'thu-ngan-sach', 'du-toan-tinh-giao', 'dự toán UBND tỉnh giao'));
    expect(table.rows[0]!.plans[0]).toEqual({ id: 'du-toan-tinh-giao', label: 'dự toán UBND tỉnh giao', value: 85.5 });
    expect(table.rows[0]!.nextYearPlans).toEqual([{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 90 }]);
    expect(messageOf(renamePlan(table, 'thu-ngan-sach', 'du-toan-tinh-giao', 'nghị quyết HĐND xã'))).toBe(
      'Chỉ tiêu “Thu ngân sách trên địa bàn” đã có kế hoạch “nghị quyết HĐND xã”.',
    );
    expect(messageOf(renamePlan(table, 'thu-ngan-sach', 'khong-co', 'A'))).toBe(
      'Chỉ tiêu “Thu ngân sách trên địa bàn” không có kế hoạch “khong-co”.',
    );
  });

  it('removes a plan and keeps next year’s targets', () => {
    const table = tableOf(removePlan(frozenTable(), 'thu-ngan-sach', 'du-toan-tinh-giao'));
    expect(table.rows[0]!.plans).toEqual([]);
    expect(table.rows[0]!.nextYearPlans).toEqual([{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 90 }]);
  });

  it('sets or clears the value of a plan', () => {
    const table = tableOf(setPlanValue(frozenTable(), 'thu-ngan-sach', 'du-toan-tinh-giao', 92.125));
    expect(table.rows[0]!.plans[0]!.value).toBe(92.125);
    expect(tableOf(setPlanValue(table, 'thu-ngan-sach', 'du-toan-tinh-giao', null)).rows[0]!.plans[0]!.value).toBeNull();
    expect(tableOf(setPlanValue(table, 'thu-ngan-sach', 'du-toan-tinh-giao', 92.125))).toBe(table);
    expect(messageOf(setPlanValue(table, 'thu-ngan-sach', 'du-toan-tinh-giao', Number.POSITIVE_INFINITY))).toBe(
      'Giá trị “dự toán tỉnh giao” của chỉ tiêu “Thu ngân sách trên địa bàn” phải là một số.',
    );
  });
});
