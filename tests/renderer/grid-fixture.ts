import { emptyIndicatorRow, type FieldGroup, type IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable } from '../../core/indicators/indicator-table';
import { makePeriod } from '../../core/periods/period';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { createIndicatorGrid, type IndicatorGrid } from '../../renderer/grid/indicator-grid';

export const november2019 = makePeriod('month', 2019, 11);

export const groups: FieldGroup[] = [
  { id: 'kinh-te', name: 'Kinh tế' },
  { id: 'van-hoa-xa-hoi', name: 'Văn hóa - Xã hội' },
];

/** A flow with a cumulative base and a plan, a flow with decimals and two plans, and a level without plans. */
export function sampleRows(): IndicatorRow[] {
  return [
    emptyIndicatorRow({
      id: 'thu-ngan-sach',
      name: 'Tổng thu ngân sách',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      percentDecimals: 2,
      plans: [{ id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 15910 }],
      cumulativeBase: 12000,
    }),
    emptyIndicatorRow({
      id: 'von-dau-tu',
      name: 'Vốn đầu tư công',
      unit: 'tỷ đồng',
      group: 'kinh-te',
      nature: 'flow',
      decimals: 1,
      plans: [
        { id: 'ke-hoach-nam', label: 'kế hoạch năm', value: 2000 },
        { id: 'ke-hoach-hdnd', label: 'kế hoạch HĐND quận giao', value: 2500 },
      ],
      value: 150,
      status: 'actual',
      cumulativeBase: 1500,
      samePeriod: { value: 140, cumulative: 1400 },
    }),
    emptyIndicatorRow({
      id: 'ho-ngheo',
      name: 'Số hộ nghèo',
      unit: 'hộ',
      group: 'van-hoa-xa-hoi',
      nature: 'stock',
      value: 281,
    }),
  ];
}

export interface RenderedGrid {
  grid: IndicatorGrid;
  /** The rows of every `onChange`, in order. */
  changes: IndicatorRow[][];
  /** The rows and groups of every `onChange`. */
  tables: IndicatorTable[];
  input: IndicatorRow[];
  cell(indicatorId: string, column: string): HTMLElement;
  /** Sends a key to whatever has the focus, as the browser would. */
  press(key: string, modifiers?: Partial<Pick<KeyboardEvent, 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>>): KeyboardEvent;
  /** Types into the focused cell: the first character over the cell, the rest into the text box. */
  type(text: string): void;
  editor(): HTMLInputElement | null;
}

export function renderGrid(
  rows: IndicatorRow[] = sampleRows(),
  options: { figureReferenceCount?: (indicatorId: string, planId?: string) => number; units?: () => ReportingUnit[] } = {},
): RenderedGrid {
  document.body.replaceChildren();
  const changes: IndicatorRow[][] = [];
  const tables: IndicatorTable[] = [];
  const input = structuredClone(rows);
  const grid = createIndicatorGrid({
    rows: input,
    groups,
    period: november2019,
    onChange: (table) => {
      changes.push(table.rows);
      tables.push(table);
    },
    ...options,
  });
  document.body.append(grid.element);

  const cell = (indicatorId: string, column: string) => {
    const found = grid.element.querySelector<HTMLElement>(`[data-indicator="${indicatorId}"][data-column="${column}"]`);
    if (!found) throw new Error(`No cell ${indicatorId} ${column}`);
    return found;
  };
  const press: RenderedGrid['press'] = (key, modifiers = {}) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...modifiers });
    (document.activeElement ?? document.body).dispatchEvent(event);
    return event;
  };
  const editor = () => grid.element.querySelector<HTMLInputElement>('.indicator-grid__input');
  const type = (text: string) => {
    const [first = '', ...rest] = [...text];
    if (!editor()) press(first);
    else rest.unshift(first);
    const box = editor();
    if (!box) throw new Error('Typing did not open an editor');
    for (const character of rest) {
      box.value += character;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  };
  return { grid, changes, tables, input, cell, press, type, editor };
}
