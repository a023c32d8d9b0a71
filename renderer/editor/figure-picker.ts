import type { FigureReference } from '../../core/figures/figure-reference';
import { renderFigure } from '../../core/figures/render-figure';
import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import type { Period } from '../../core/periods/period';
import { openDialog } from '../dialogs/dialog';
import { element } from '../dom/element';
import { offeredFigures } from './offered-figures';

/** Chooses an indicator (searched by name) and what of it to show; resolves with the reference to insert. */
export function pickFigure(rows: IndicatorRow[], period: Period, units: readonly ReportingUnit[] = []): Promise<FigureReference | null> {
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
    // How a figure is written, the same for every choice: its digits, a leading zero, the base named, the verb.
    const decimals = element(
      'select',
      { attributes: { name: 'figure-decimals', 'aria-label': 'Số chữ số thập phân' } },
      element('option', { attributes: { value: '' }, text: 'theo chỉ tiêu' }),
      ...[0, 1, 2, 3].map((digits) => element('option', { attributes: { value: digits }, text: String(digits) })),
    );
    const leadingZero = element('input', { attributes: { type: 'checkbox', name: 'figure-leading-zero' } });
    const comparedWith = element(
      'select',
      { attributes: { name: 'figure-compared-with', 'aria-label': 'Cách gọi kỳ so sánh' } },
      element('option', { attributes: { value: '' }, text: 'tự chọn' }),
      element('option', { attributes: { value: 'same-period' }, text: '“so với cùng kỳ”' }),
      element('option', { attributes: { value: 'named' }, text: 'gọi tên kỳ (“so với tháng 11 năm 2025”)' }),
    );
    const verb = element('input', {
      attributes: { type: 'text', name: 'figure-verb', placeholder: 'đạt', size: 8, 'aria-label': 'Động từ trước số' },
    });
    const written = (reference: FigureReference): FigureReference => ({
      ...reference,
      ...(decimals.value === '' ? {} : { decimals: Number(decimals.value) }),
      ...(leadingZero.checked ? { leadingZero: true } : {}),
      ...(comparedWith.value === '' ? {} : { comparedWith: comparedWith.value as 'same-period' | 'named' }),
      ...(verb.dataset['touched'] === 'true' ? { verb: verb.value.trim() } : {}),
      ...(unitChoice?.value ? { unit: unitChoice.value } : {}),
    });
    // The figure of one unit of a breakdown (a thôn, a commune), for an indicator broken down by unit.
    let unitChoice: HTMLSelectElement | null = null;
    const unitSlot = element('span', { className: 'picker-unit' });
    const options = element(
      'div',
      { className: 'picker-options' },
      element('label', { className: 'field compact' }, element('span', { text: 'Chữ số thập phân' }), decimals),
      element('label', { className: 'field inline' }, leadingZero, element('span', { text: 'Thêm số 0 trước số nhỏ hơn 10 (02 vụ)' })),
      element('label', { className: 'field compact' }, element('span', { text: 'Kỳ so sánh' }), comparedWith),
      element('label', { className: 'field compact' }, element('span', { text: 'Động từ (để trống: không có)' }), verb),
      unitSlot,
    );
    const choose = (row: IndicatorRow) => {
      chosen = row;
      showIndicators();
      const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
      const brokenDown = (row.breakdown ?? []).filter((entry) => unitNames.has(entry.unit));
      unitChoice =
        brokenDown.length > 0
          ? element(
              'select',
              { attributes: { name: 'figure-unit', 'aria-label': 'Số liệu của đơn vị' } },
              element('option', { attributes: { value: '' }, text: 'tổng của chỉ tiêu' }),
              ...brokenDown.map((entry) => element('option', { attributes: { value: entry.unit }, text: unitNames.get(entry.unit)! })),
            )
          : null;
      unitSlot.replaceChildren(
        ...(unitChoice ? [element('label', { className: 'field compact' }, element('span', { text: 'Của đơn vị' }), unitChoice)] : []),
      );
      fields.replaceChildren(
        element('p', { text: `Chọn cách viết số liệu của “${row.name}”:` }),
        options,
        ...offeredFigures(row, period).map((offered) => {
          const preview = () => {
            const shown = renderFigure(rows, period, written(offered.reference));
            return shown.missing ? `… (${shown.missing})` : shown.text;
          };
          const previewText = element('span', { className: 'picker-field-preview', text: preview() });
          options.addEventListener('input', () => (previewText.textContent = preview()));
          options.addEventListener('change', () => (previewText.textContent = preview()));
          return element(
            'button',
            {
              className: 'picker-field',
              attributes: { type: 'button', 'data-field': offered.reference.field, 'data-basis': offered.reference.basis ?? '' },
              on: { click: () => close(written(offered.reference)) },
            },
            element('span', { className: 'picker-field-name', text: offered.name }),
            previewText,
          );
        }),
      );
    };
    verb.addEventListener('input', () => (verb.dataset['touched'] = 'true'));
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
