import { describe, expect, it } from 'vitest';
import { unitLines, unitsFromLines } from '../../core/organisation/unit-lines';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';

const before: ReportingUnit[] = [
  { id: 'thon-dong', name: 'Thôn Đông' },
  { id: 'thon-tien', name: 'Thôn Tiến' },
  { id: 'thon-bac', name: 'Thôn Bắc' },
];

describe('the units of an organisation, one a line', () => {
  it('gives new units ids from their names and keeps those of units already listed', () => {
    expect(unitsFromLines('Thôn Đông\n\n  thôn bắc  \nTổ dân phố 1', before)).toEqual({
      ok: true,
      units: [
        { id: 'thon-dong', name: 'Thôn Đông' },
        { id: 'thon-bac', name: 'Thôn Bắc' },
        { id: 'to-dan-pho-1', name: 'Tổ dân phố 1' },
      ],
    });
  });

  it('renames a unit and keeps its id, so last year’s figures are found again', () => {
    const result = unitsFromLines('Thôn Bắc Sơn (trước là Thôn Bắc)', before);
    expect(result).toEqual({ ok: true, units: [{ id: 'thon-bac', name: 'Thôn Bắc Sơn' }] });
  });

  it('merges units into a new one that remembers them, and reads the list back as written', () => {
    const result = unitsFromLines('Thôn Đông Tiến (gộp Thôn Đông, Thôn Tiến)\nThôn Bắc', before);
    expect(result).toEqual({
      ok: true,
      units: [
        {
          id: 'thon-dong-tien',
          name: 'Thôn Đông Tiến',
          formedFrom: [
            { id: 'thon-dong', name: 'Thôn Đông' },
            { id: 'thon-tien', name: 'Thôn Tiến' },
          ],
        },
        { id: 'thon-bac', name: 'Thôn Bắc' },
      ],
    });
    if (!result.ok) return;
    expect(unitLines(result.units)).toBe('Thôn Đông Tiến (gộp Thôn Đông, Thôn Tiến)\nThôn Bắc');
    expect(unitsFromLines(unitLines(result.units), result.units)).toEqual(result);
  });

  it('never gives a new unit the id of one that was merged away', () => {
    const merged = unitsFromLines('Thôn Đông Tiến (sáp nhập Thôn Đông và Thôn Tiến)', before);
    if (!merged.ok) throw new Error('refused');
    const again = unitsFromLines('Thôn Đông Tiến (gộp Thôn Đông, Thôn Tiến)\nThôn Đông', merged.units);
    expect(again.ok && again.units[1]).toEqual({ id: 'thon-dong-2', name: 'Thôn Đông' });
  });

  it('says which line is wrong and changes nothing', () => {
    expect(unitsFromLines('Thôn Đông\nThôn Mới (trước là Thôn Nam)\nthôn đông', before)).toEqual({
      ok: false,
      problems: ['Dòng 2: không có “Thôn Nam” trong danh sách đơn vị trước đây.', 'Dòng 3: “thôn đông” đã có ở dòng trên.'],
    });
    expect(unitsFromLines('Thôn Lớn (gộp Thôn Đông)', before)).toEqual({ ok: false, problems: ['Dòng 1: cần ít nhất hai đơn vị để gộp.'] });
  });
});
