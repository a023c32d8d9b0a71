import type { FigureField, FigureReference } from '../../core/figures/figure-reference';
import { renderFigure } from '../../core/figures/render-figure';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { Period } from '../../core/periods/period';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';
import { figureFieldNames } from './figure-field-names';

const offeredFields: FigureField[] = [
  'value-phrase',
  'value',
  'cumulative-phrase',
  'cumulative',
  'plan-comparison',
  'plan-percent',
  'progress',
  'growth-comparison',
  'ratio-comparison',
  'same-period',
  'plan',
  'next-year-plan',
];

/** Chooses an indicator (searched by name) and what of it to show; resolves with the reference to insert. */
export function pickFigure(rows: IndicatorRow[], period: Period): Promise<FigureReference | null> {
  return openDialog<FigureReference>('Chèn số liệu', (close) => {
    const search = element('input', {
      attributes: { type: 'search', placeholder: 'Tìm chỉ tiêu theo tên…', 'aria-label': 'Tìm chỉ tiêu' },
    });
    const list = element('ul', { className: 'picker-indicators', attributes: { role: 'listbox', 'aria-label': 'Chỉ tiêu' } });
    const fields = element('div', { className: 'picker-fields' });
    let chosen: IndicatorRow | null = null;

    const normalise = (text: string) =>
      text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/gi, 'd')
        .toLowerCase();
    const showIndicators = () => {
      const query = normalise(search.value.trim());
      list.replaceChildren(
        ...rows
          .filter((row) => normalise(row.name).includes(query) || row.id.includes(query))
          .map((row) =>
            element(
              'li',
              {},
              element('button', {
                text: `${row.name} (${row.unit})`,
                attributes: { type: 'button', 'data-indicator': row.id, 'aria-selected': chosen === row },
                on: { click: () => choose(row) },
              }),
            ),
          ),
      );
    };
    const choose = (row: IndicatorRow) => {
      chosen = row;
      showIndicators();
      fields.replaceChildren(
        element('p', { text: `Chọn cách viết số liệu của “${row.name}”:` }),
        ...offeredFields.map((field) => {
          const reference: FigureReference = { indicator: row.id, field };
          const preview = renderFigure(rows, period, reference);
          return element(
            'button',
            { className: 'picker-field', attributes: { type: 'button', 'data-field': field }, on: { click: () => close(reference) } },
            element('span', { className: 'picker-field-name', text: figureFieldNames[field] }),
            element('span', { className: 'picker-field-preview', text: preview.missing ? `… (${preview.missing})` : preview.text }),
          );
        }),
      );
    };
    search.addEventListener('input', showIndicators);
    showIndicators();
    queueMicrotask(() => search.focus());
    return element(
      'div',
      { className: 'figure-picker' },
      search,
      element('div', { className: 'picker-columns' }, list, fields),
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: () => close(null) } }),
      ),
    );
  });
}
