// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { choose, fill, formProblem, openDialog } from './grid-dialogs';
import { renderGrid } from './grid-fixture';

afterEach(() => document.body.replaceChildren());

const units: ReportingUnit[] = [
  { id: 'thon-dong', name: 'Thôn Đông' },
  { id: 'thon-tay', name: 'Thôn Tây' },
  { id: 'thon-bac', name: 'Thôn Bắc' },
];

const openBreakdown = (rendered: ReturnType<typeof renderGrid>, indicatorId: string) => {
  rendered.cell(indicatorId, 'value').focus();
  rendered.grid.element.querySelector<HTMLButtonElement>('[data-action="edit-breakdown"]')!.click();
};

/** Pastes `text` into a field of the open dialog as the clipboard would. */
function paste(name: string, text: string): void {
  const input = openDialog().querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const event = new Event('paste', { bubbles: true, cancelable: true }) as Event & { clipboardData: unknown };
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  input.dispatchEvent(event);
}

describe('figures by unit in the grid', () => {
  it('fills the thôn from a block pasted from Excel, shows their sum and takes it as the indicator’s figure', async () => {
    const rendered = renderGrid(undefined, { units: () => units });
    openBreakdown(rendered, 'thu-ngan-sach');
    paste('thon-dong:value', '120,5\t1.000\r\n80\t900\r\n49,5\t700\r\n');
    expect(openDialog().querySelector<HTMLInputElement>('[name="thon-bac:cumulativeBase"]')!.value).toBe('700');
    expect(openDialog().querySelector('[data-role="breakdown-sum"]')!.textContent).toBe(
      'Cộng 3 đơn vị kỳ này: 250 tỷ đồng; số của chỉ tiêu: chưa có.',
    );
    await choose('Lưu số liệu theo đơn vị');
    const row = rendered.changes.at(-1)!.find((candidate) => candidate.id === 'thu-ngan-sach')!;
    expect(row.breakdown!.map((entry) => [entry.unit, entry.value, entry.cumulativeBase])).toEqual([
      ['thon-dong', 120.5, 1000],
      ['thon-tay', 80, 900],
      ['thon-bac', 49.5, 700],
    ]);
    // The indicator had no value: it takes the units' sums.
    expect([row.value, row.cumulativeBase]).toEqual([250, 2600]);
  });

  it('refuses a figure that is not a number, naming the unit and the column, and keeps the dialog open', async () => {
    const rendered = renderGrid(undefined, { units: () => units });
    openBreakdown(rendered, 'von-dau-tu');
    fill('thon-tay:value', '12,3,4');
    await choose('Lưu số liệu theo đơn vị');
    expect(formProblem()).toMatch(/^Thôn Tây, Kỳ này: /u);
    expect(rendered.changes).toHaveLength(0);
  });

  it('leaves out a unit that is unticked, is undone in one step, and can be removed', async () => {
    const rendered = renderGrid(undefined, { units: () => units });
    openBreakdown(rendered, 'von-dau-tu');
    fill('thon-bac:included', false);
    fill('thon-dong:value', '100');
    fill('thon-tay:value', '50');
    await choose('Lưu số liệu theo đơn vị');
    const saved = rendered.changes.at(-1)!.find((candidate) => candidate.id === 'von-dau-tu')!;
    expect(saved.breakdown!.map((entry) => entry.unit)).toEqual(['thon-dong', 'thon-tay']);
    // The indicator had its own value: it is kept.
    expect(saved.value).toBe(150);
    rendered.grid.undo();
    expect(rendered.changes.at(-1)!.find((candidate) => candidate.id === 'von-dau-tu')!.breakdown).toBeUndefined();
    rendered.grid.redo();
    openBreakdown(rendered, 'von-dau-tu');
    await choose('Bỏ theo dõi theo đơn vị');
    expect(rendered.changes.at(-1)!.find((candidate) => candidate.id === 'von-dau-tu')!.breakdown).toBeUndefined();
  });

  it('says where to declare the units when the organisation has none', () => {
    const rendered = renderGrid(undefined, { units: () => [] });
    openBreakdown(rendered, 'von-dau-tu');
    expect(document.querySelector('dialog')).toBeNull();
    expect(rendered.grid.element.querySelector('.indicator-grid__status')!.textContent).toContain('Đơn vị trực thuộc');
  });
});
