// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyIndicatorRow, type IndicatorRow } from '../../core/indicators/indicator-row';
import { choose, fill, formProblem } from './grid-dialogs';
import { renderGrid, type RenderedGrid } from './grid-fixture';

afterEach(() => document.body.replaceChildren());

/** A commune's one-stop office: files settled, on time, and the share on time as a derived rate with a target. */
function officeRows(): IndicatorRow[] {
  return [
    emptyIndicatorRow({
      id: 'ho-so-giai-quyet',
      name: 'Hồ sơ đã giải quyết',
      unit: 'hồ sơ',
      group: 'kinh-te',
      nature: 'flow',
      value: 612,
      status: 'actual',
      cumulativeBase: 5000,
    }),
    emptyIndicatorRow({
      id: 'ho-so-dung-han',
      name: 'Hồ sơ giải quyết đúng hạn',
      unit: 'hồ sơ',
      group: 'kinh-te',
      nature: 'flow',
      value: 598,
      status: 'actual',
      cumulativeBase: 4900,
    }),
    emptyIndicatorRow({
      id: 'ty-le-dung-han',
      name: 'Tỷ lệ hồ sơ đúng hạn',
      unit: '%',
      group: 'kinh-te',
      nature: 'ratio',
      decimals: 1,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 98 }],
      derivation: { kind: 'ratio', numerator: 'ho-so-dung-han', denominator: 'ho-so-giai-quyet' },
    }),
    emptyIndicatorRow({
      id: 'ty-le-ho-ngheo',
      name: 'Tỷ lệ hộ nghèo',
      unit: '%',
      group: 'van-hoa-xa-hoi',
      nature: 'ratio',
      decimals: 2,
      direction: 'lower',
      value: 2.6,
      status: 'actual',
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 3 }],
      samePeriod: { value: 3.1, cumulative: null },
    }),
  ];
}

const text = (rendered: RenderedGrid, id: string, column: string) =>
  rendered.cell(id, column).querySelector('.indicator-grid__value')!.textContent;
const hint = (rendered: RenderedGrid, id: string, column: string) =>
  rendered.cell(id, column).querySelector('.indicator-grid__hint')?.textContent ?? '';
const status = ({ grid }: RenderedGrid) => grid.element.querySelector('.indicator-grid__status')!.textContent;

describe('a derived indicator in the grid', () => {
  it('shows the figures computed from its inputs, how they are computed, and follows an edit of an input', () => {
    const rendered = renderGrid(officeRows());
    expect(text(rendered, 'ty-le-dung-han', 'value')).toBe('97,7');
    expect(hint(rendered, 'ty-le-dung-han', 'name')).toBe('= “Hồ sơ giải quyết đúng hạn” / “Hồ sơ đã giải quyết” × 100%');
    expect(text(rendered, 'ty-le-dung-han', 'planPercent:0')).toBe('99,7');
    rendered.cell('ho-so-dung-han', 'value').focus();
    rendered.type('600');
    rendered.press('Enter');
    expect(text(rendered, 'ty-le-dung-han', 'value')).toBe('98,0');
    // The stored row keeps no computed figure: what is saved is the derivation.
    expect(rendered.changes.at(-1)!.find((row) => row.id === 'ty-le-dung-han')!.value).toBeNull();
  });

  it('refuses typing over a computed figure, saying where to change it, but takes its own plan', () => {
    const rendered = renderGrid(officeRows());
    rendered.cell('ty-le-dung-han', 'value').focus();
    rendered.press('9');
    expect(rendered.editor()).toBeNull();
    expect(status(rendered)).toContain('được tính từ chỉ tiêu khác');
    rendered.cell('ty-le-dung-han', 'plan:0').focus();
    rendered.type('97');
    rendered.press('Enter');
    expect(rendered.changes.at(-1)!.find((row) => row.id === 'ty-le-dung-han')!.plans[0]!.value).toBe(97);
  });

  it('is made from the toolbar, refused when it would be computed from itself, and undone in one step', async () => {
    const rows = officeRows().map((row) => (row.id === 'ty-le-dung-han' ? { ...row, derivation: null } : row));
    const rendered = renderGrid([
      ...rows,
      emptyIndicatorRow({ id: 'ho-so-qua-han', name: 'Hồ sơ quá hạn', unit: 'hồ sơ', group: 'kinh-te', nature: 'flow' }),
    ]);
    rendered.cell('ho-so-qua-han', 'value').focus();
    rendered.grid.element.querySelector<HTMLButtonElement>('[data-action="edit-derivation"]')!.click();
    fill('derivation', 'difference');
    fill('first', 'ho-so-giai-quyet');
    fill('second', 'ho-so-dung-han');
    await choose('Lưu cách tính');
    expect(text(rendered, 'ho-so-qua-han', 'value')).toBe('14');
    expect(text(rendered, 'ho-so-qua-han', 'cumulative')).toBe('114');

    rendered.cell('ho-so-giai-quyet', 'value').focus();
    rendered.grid.element.querySelector<HTMLButtonElement>('[data-action="edit-derivation"]')!.click();
    fill('derivation', 'difference');
    fill('first', 'ho-so-qua-han');
    fill('second', 'ho-so-dung-han');
    await choose('Lưu cách tính');
    expect(formProblem()).toBe('Chỉ tiêu “Hồ sơ đã giải quyết” không thể được tính từ chính nó (trực tiếp hoặc qua một chỉ tiêu khác).');
    await choose('Hủy');

    rendered.press('z', { ctrlKey: true });
    expect(text(rendered, 'ho-so-qua-han', 'value')).toBe('');
  });
});

describe('a ceiling in the grid', () => {
  it('shows whether it was kept and by how many points instead of a percentage of it, and a rate moves in points', () => {
    const rendered = renderGrid(officeRows());
    expect(text(rendered, 'ty-le-ho-ngheo', 'planPercent:0')).toBe('Đạt (thấp hơn 0,4 điểm %)');
    expect(text(rendered, 'ty-le-ho-ngheo', 'growth')).toBe('-0,5 điểm %');
  });

  it('is set in the form of the indicator’s nature and digits', async () => {
    const rows = officeRows().map((row) => (row.id === 'ty-le-ho-ngheo' ? { ...row, direction: 'higher' as const } : row));
    const rendered = renderGrid(rows);
    expect(text(rendered, 'ty-le-ho-ngheo', 'planPercent:0')).toBe('86,7');
    rendered.cell('ty-le-ho-ngheo', 'value').focus();
    rendered.grid.element.querySelector<HTMLButtonElement>('[data-action="edit-format"]')!.click();
    fill('direction', 'lower');
    await choose('Lưu thay đổi');
    expect(text(rendered, 'ty-le-ho-ngheo', 'planPercent:0')).toBe('Đạt (thấp hơn 0,4 điểm %)');
    expect(rendered.changes.at(-1)!.find((row) => row.id === 'ty-le-ho-ngheo')!.direction).toBe('lower');
  });
});
