import { describe, expect, it } from 'vitest';
import { changeIndicatorUnit, type UnitChange } from '../../core/indicators/change-indicator-unit';
import { decimalShiftOf } from '../../core/indicators/decimal-shift-of';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import { scaleFigure } from '../../core/indicators/scale-figure';
import { unitConversionFactor } from '../../core/indicators/unit-conversion-factor';
import { communeTable } from './indicator-list-fixture';

function changed(change: UnitChange, id: string): IndicatorRow {
  if (!change.ok) throw new Error(`refused: ${change.message}`);
  return change.table.rows.find((row) => row.id === id)!;
}

describe('unit conversion factors', () => {
  it('relates the units of money, mass, area and length, whatever the case and spacing', () => {
    expect(unitConversionFactor('tỷ đồng', 'triệu đồng')).toBe(1000);
    expect(unitConversionFactor('Triệu  đồng', 'tỷ đồng')).toBe(0.001);
    expect(unitConversionFactor('đồng', 'nghìn đồng')).toBe(0.001);
    expect(unitConversionFactor('tấn', 'kg')).toBe(1000);
    expect(unitConversionFactor('tạ', 'tấn')).toBe(0.1);
    expect(unitConversionFactor('ha', 'm²')).toBe(10_000);
    expect(unitConversionFactor('m2', 'ha')).toBe(0.0001);
    expect(unitConversionFactor('KM', 'm')).toBe(1000);
    expect(unitConversionFactor('tỉ đồng', 'Tỷ Đồng')).toBe(1);
  });

  it('relates nothing else', () => {
    expect(unitConversionFactor('hộ', 'người')).toBeNull();
    expect(unitConversionFactor('tỷ đồng', 'tấn')).toBeNull();
    expect(unitConversionFactor('%', '')).toBeNull();
  });

  it('multiplies as the decimal numbers are written', () => {
    expect(scaleFigure(71.849, 1000)).toBe(71849);
    expect(scaleFigure(1200, 0.001)).toBe(1.2);
    expect(scaleFigure(0.1 + 0.2, 10)).toBe(3);
    expect(scaleFigure(-2.5, 100)).toBe(-250);
    expect(scaleFigure(null, 1000)).toBeNull();
    expect(decimalShiftOf(1000)).toBe(3);
    expect(decimalShiftOf(0.001)).toBe(-3);
    expect(decimalShiftOf(0.5)).toBe(-1);
    expect(decimalShiftOf(1500)).toBe(2);
    expect(decimalShiftOf(1)).toBe(0);
  });
});

describe('changing the unit of an indicator', () => {
  it('converts tỷ đồng to triệu đồng: every figure × 1000, three decimals fewer, the input untouched', () => {
    const table = communeTable();
    const change = changeIndicatorUnit(table, 'thu-ngan-sach', 'triệu đồng');
    expect(change).toMatchObject({ ok: true, factor: 1000, decimals: { before: 3, after: 0 } });
    expect(changed(change, 'thu-ngan-sach')).toEqual({
      ...table.rows[0],
      unit: 'triệu đồng',
      decimals: 0,
      plans: [{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 85_500 }],
      nextYearPlans: [{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 90_000 }],
      value: 1200,
      cumulativeBase: 70_649,
      cumulativeOverride: 71_849,
      samePeriod: { value: 1100, cumulative: 60_250 },
    });
    expect(table.rows[0]!.unit).toBe('tỷ đồng');
    expect(table.rows[0]!.value).toBe(1.2);
  });

  it('converts triệu đồng to tỷ đồng with three more decimals, so no digit is lost', () => {
    const table = { ...communeTable() };
    const inMillions = changed(changeIndicatorUnit(table, 'thu-ngan-sach', 'triệu đồng'), 'thu-ngan-sach');
    const back = changeIndicatorUnit({ ...table, rows: [{ ...inMillions, value: 1234.5, decimals: 1 }] }, 'thu-ngan-sach', 'Tỷ đồng');
    expect(back).toMatchObject({ ok: true, factor: 0.001, decimals: { before: 1, after: 4 } });
    expect(changed(back, 'thu-ngan-sach')).toMatchObject({
      unit: 'Tỷ đồng',
      decimals: 4,
      value: 1.2345,
      cumulativeBase: 70.649,
      cumulativeOverride: 71.849,
      samePeriod: { value: 1.1, cumulative: 60.25 },
    });
  });

  it('keeps the decimals within the six the format allows', () => {
    const table = communeTable();
    const change = changeIndicatorUnit(table, 'thu-ngan-sach', 'đồng');
    expect(change).toMatchObject({ ok: true, factor: 1e9, decimals: { before: 3, after: 0 } });
    expect(changed(change, 'thu-ngan-sach').value).toBe(1_200_000_000);
    const tiny = changeIndicatorUnit(
      { ...table, rows: [{ ...table.rows[0]!, unit: 'đồng', value: 1_500_000 }] },
      'thu-ngan-sach',
      'tỷ đồng',
    );
    expect(tiny).toMatchObject({ ok: true, decimals: { before: 3, after: 6 } });
    expect(changed(tiny, 'thu-ngan-sach').value).toBe(0.0015);
  });

  it('converts tấn to kg', () => {
    const table = communeTable();
    const harvest = { ...table.rows[0]!, id: 'san-luong-lua', name: 'Sản lượng lúa', unit: 'tấn', decimals: 1, value: 1250.5, plans: [] };
    const row = changed(changeIndicatorUnit({ ...table, rows: [harvest] }, 'san-luong-lua', 'kg'), 'san-luong-lua');
    expect(row).toMatchObject({ unit: 'kg', decimals: 0, value: 1_250_500, cumulativeBase: 70_649 });
  });

  it('refuses units it cannot relate, saying a factor is needed, and never relabels them silently', () => {
    const table = communeTable();
    const change = changeIndicatorUnit(table, 'ho-so-tiep-nhan', 'thủ tục');
    expect(change).toEqual({
      ok: false,
      needsFactor: true,
      message:
        'Không biết cách quy đổi chỉ tiêu “Hồ sơ thủ tục hành chính tiếp nhận” từ “hồ sơ” sang “thủ tục”: hãy cho biết 1 đơn vị cũ bằng bao nhiêu đơn vị mới, hoặc chọn chỉ đổi tên đơn vị và giữ nguyên số.',
    });
    expect(changeIndicatorUnit(table, 'ty-le-dung-han', '')).toMatchObject({ ok: false, needsFactor: true });
  });

  it('applies a factor the officer gives, or keeps the numbers with a factor of 1', () => {
    const table = communeTable();
    const doubled = changeIndicatorUnit(table, 'ho-so-tiep-nhan', 'trang', { factor: 2.5 });
    expect(doubled).toMatchObject({ ok: true, factor: 2.5, decimals: { before: 0, after: 1 } });
    expect(changed(doubled, 'ho-so-tiep-nhan')).toMatchObject({ unit: 'trang', value: 1030, decimals: 1 });
    const relabelled = changeIndicatorUnit(table, 'thu-ngan-sach', 'triệu đồng', { factor: 1 });
    expect(changed(relabelled, 'thu-ngan-sach')).toEqual({ ...table.rows[0], unit: 'triệu đồng' });
    expect(changeIndicatorUnit(table, 'ho-so-tiep-nhan', 'trang', { factor: 0 })).toEqual({
      ok: false,
      needsFactor: true,
      message: 'Hệ số quy đổi phải là một số lớn hơn 0.',
    });
  });

  it('gives back the same table for the same unit, and refuses an unknown indicator', () => {
    const table = communeTable();
    const same = changeIndicatorUnit(table, 'thu-ngan-sach', ' tỷ  đồng ');
    expect(same.ok && same.table).toBe(table);
    expect(changeIndicatorUnit(table, 'khong-co', 'kg')).toEqual({
      ok: false,
      needsFactor: false,
      message: 'Không có chỉ tiêu “khong-co” trong bảng chỉ tiêu.',
    });
  });
});
