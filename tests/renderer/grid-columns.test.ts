// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import { makePeriod } from '../../core/periods/period';
import { applyCellUpdates, parseFigureInput, withCellValue } from '../../renderer/grid/grid-cell-values';
import { cellContent, gridColumns, parseGridColumnId } from '../../renderer/grid/grid-columns';
import { decimalsOf, enteredFigureText, growthText } from '../../renderer/grid/grid-figure-text';
import { november2019, sampleRows } from './grid-fixture';

describe('grid columns', () => {
  it('names plan columns by their common label, or generically when rows differ', () => {
    const rows = sampleRows();
    const titles = gridColumns(rows, november2019)
      .filter((column) => column.kind === 'plan')
      .map((column) => column.title);
    expect(titles).toEqual(['Kế hoạch năm', 'Kế hoạch HĐND quận giao']);
    rows[0] = { ...rows[0]!, plans: [{ id: 'ke-hoach-von', label: 'kế hoạch vốn năm', value: 1 }] };
    expect(gridColumns(rows, november2019).find((column) => column.id === 'plan:0')!.title).toBe('Kế hoạch năm');
  });

  it('reads column ids', () => {
    expect(parseGridColumnId('planPercent:1')).toEqual({ kind: 'planPercent', planPosition: 1 });
    expect(parseGridColumnId('samePeriodValue')).toEqual({ kind: 'samePeriodValue', planPosition: null });
    expect(parseGridColumnId('plan')).toBeNull();
    expect(parseGridColumnId('plan:01')).toBeNull();
  });

  it('tells when a flow lacks the previous cumulative', () => {
    const rows = sampleRows();
    const column = gridColumns(rows, november2019).find((candidate) => candidate.id === 'cumulative')!;
    const row = { ...rows[0]!, value: 100, cumulativeBase: null };
    expect(cellContent(row, column, november2019)).toEqual({ text: '', hint: 'thiếu lũy kế kỳ trước' });
    expect(cellContent(row, column, makePeriod('month', 2020, 1))).toEqual({ text: '100', hint: '' });
  });
});

describe('cell values', () => {
  it('reads Excel negatives in brackets and keeps the message of parseNumber otherwise', () => {
    expect(parseFigureInput('(1.234)')).toEqual({ ok: true, value: -1234 });
    expect(parseFigureInput('  ')).toEqual({ ok: true, value: null });
    expect(parseFigureInput('1\u00a0379')).toEqual({ ok: true, value: 1379 });
    const refused = parseFigureInput('(abc)');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('“(abc)”');
  });

  it('changes a copy of the row and never the row itself', () => {
    const [row] = sampleRows();
    const columns = gridColumns([row!], november2019);
    const plan = columns.find((column) => column.id === 'plan:0')!;
    const changed = withCellValue(row!, plan, 16000);
    expect(changed.plans[0]!.value).toBe(16000);
    expect(row!.plans[0]!.value).toBe(15910);
    const rows = [row!];
    expect(applyCellUpdates(rows, columns, [{ indicatorId: 'thu-ngan-sach', column: 'plan:0', value: 15910 }])).toEqual({
      rows,
      changed: 0,
    });
    expect(applyCellUpdates(rows, columns, [{ indicatorId: 'thu-ngan-sach', column: 'cumulative', value: 1 }]).changed).toBe(0);
  });
});

describe('figure text', () => {
  it('shows every stored decimal and the row decimals at least', () => {
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(enteredFigureText(27, 1)).toBe('27,0');
    expect(enteredFigureText(27.85, 1)).toBe('27,85');
    expect(enteredFigureText(1379, 0)).toBe('1.379');
  });

  it('signs growth as the appendix does', () => {
    expect(growthText(8.5, 1)).toBe('+8,5');
    expect(growthText(-3.2, 1)).toBe('-3,2');
    expect(growthText(0.01, 1)).toBe('0');
    expect(growthText(null, 1)).toBe('');
  });

  it('writes nothing but the name and the status for a row with nothing entered', () => {
    const row = emptyIndicatorRow({ id: 'a', name: 'A', unit: '', group: 'g', nature: 'stock' });
    const columns = gridColumns([row], november2019);
    expect(columns.map((column) => cellContent(row, column, november2019).text)).toEqual(['A', '', '', 'ước', '', '', '', '', '']);
  });
});
