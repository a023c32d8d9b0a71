import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import { formatNumber } from '../../core/numbers/format-number';
import { periodMonths } from '../../core/periods/period';
import type { OpeningFigures, OpeningIndicator } from '../../core/workspace/opening-figures';
import { call } from '../api/api-client';
import { openDialog, showMessage } from '../dialogs/dialog';
import { element } from '../dom/element';
import { parseNumber } from '../../core/numbers/parse-number';
import type { ReportSession } from '../session/report-session';

type Decision = { opening: OpeningFigures | null };

/**
 * “Số liệu đầu kỳ”: for an office formed by a merger, the months of its founding year before it existed, one line
 * per indicator entered in this report (the sums of the communes it replaced). Saved in the workspace once; this
 * report's cumulative, same-period and last-period figures are then looked up again, as every later one's will be.
 */
export async function editOpeningFigures(session: ReportSession): Promise<void> {
  const { organisation, period } = session.report;
  let loaded: OpeningFigures | null;
  try {
    loaded = (await call('loadOpeningFigures', { organisationId: organisation.id })).opening;
  } catch (error) {
    await showMessage('Không đọc được số liệu đầu kỳ', (error as Error).message);
    return;
  }
  const rows = session.report.indicators.filter((row) => !row.derivation);
  const startsInJanuary = periodMonths(period).first === 1;
  const initial = {
    year: loaded?.year ?? (startsInJanuary ? period.year - 1 : period.year),
    throughMonth: loaded?.throughMonth ?? (startsInJanuary ? 6 : periodMonths(period).first - 1),
  };
  const decision = await openDialog<Decision>('Số liệu đầu kỳ (trước khi thành lập)', (close) =>
    openingForm(organisation.id, rows, organisation.units ?? [], loaded, initial, close),
  );
  if (!decision) return;
  try {
    const answer = await call('saveOpeningFigures', { organisationId: organisation.id, opening: decision.opening, report: session.report });
    if (answer.indicators) session.setIndicators(answer.indicators);
    await showMessage(
      'Đã lưu số liệu đầu kỳ',
      decision.opening
        ? 'Số liệu đầu kỳ đã được lưu vào thư mục làm việc. Lũy kế, cùng kỳ và số kỳ trước còn trống của báo cáo này đã được tra lại; các báo cáo chuyển sau này cũng dùng các số liệu đó.'
        : 'Đã xóa số liệu đầu kỳ của cơ quan khỏi thư mục làm việc.',
    );
  } catch (error) {
    await showMessage('Không lưu được số liệu đầu kỳ', (error as Error).message);
  }
}

function openingForm(
  organisationId: string,
  rows: readonly IndicatorRow[],
  units: readonly ReportingUnit[],
  loaded: OpeningFigures | null,
  initial: { year: number; throughMonth: number },
  close: (decision: Decision | null) => void,
): HTMLElement {
  const typed = new Map<string, string>();
  for (const indicator of loaded?.indicators ?? []) {
    indicator.months.forEach((value, index) => value !== null && typed.set(`${indicator.id}:${index + 1}`, shown(value)));
    if (indicator.cumulative != null) typed.set(`${indicator.id}:cumulative`, shown(indicator.cumulative));
    indicator.lastYearMonths?.forEach((value, index) => value !== null && typed.set(`${indicator.id}:ly${index + 1}`, shown(value)));
    for (const line of indicator.units ?? []) {
      const key = `${indicator.id}@${line.unit}`;
      line.months.forEach((value, index) => value !== null && typed.set(`${key}:${index + 1}`, shown(value)));
      line.lastYearMonths?.forEach((value, index) => value !== null && typed.set(`${key}:ly${index + 1}`, shown(value)));
    }
  }
  const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
  /** A line per indicator, and under an indicator broken down by unit a line per unit. */
  const lines = rows.flatMap((row) => [
    { row, key: row.id, label: `${row.name}${row.unit ? ` (${row.unit})` : ''}`, unit: null as string | null },
    ...(row.breakdown ?? [])
      .filter((entry) => unitName.has(entry.unit))
      .map((entry) => ({ row, key: `${row.id}@${entry.unit}`, label: `– ${unitName.get(entry.unit)!}`, unit: entry.unit })),
  ]);
  const lastYear = element('input', {
    attributes: {
      name: 'opening-last-year',
      type: 'checkbox',
      checked: (loaded?.indicators ?? []).some((indicator) => indicator.lastYearMonths),
    },
  });
  const year = element('input', {
    attributes: { name: 'opening-year', type: 'number', min: 1990, max: 2200, value: initial.year },
  });
  const through = element(
    'select',
    { attributes: { name: 'opening-through' } },
    ...Array.from({ length: 11 }, (_, index) =>
      element('option', { attributes: { value: index + 1, selected: index + 1 === initial.throughMonth }, text: `Tháng ${index + 1}` }),
    ),
  );
  const source = element('input', {
    attributes: {
      name: 'opening-source',
      type: 'text',
      value: loaded?.source ?? '',
      placeholder: 'Ví dụ: Tổng hợp từ báo cáo của các xã Tân Phú, Tân Lập, Thành Công',
    },
  });
  const table = element('table', { className: 'opening-table' });
  const problem = element('p', { className: 'field-message is-problem', attributes: { role: 'alert', hidden: true } });
  const remember = () => table.querySelectorAll('input').forEach((input) => typed.set(input.name, input.value));
  const months = () => Number(through.value);

  const fillTable = () => {
    const count = months();
    const before = lastYear.checked ? 12 : 0;
    const header = element(
      'tr',
      {},
      element('th', { text: 'Chỉ tiêu' }),
      ...Array.from({ length: before }, (_, index) => element('th', { text: `Tháng ${index + 1}/${Number(year.value) - 1}` })),
      ...Array.from({ length: count }, (_, index) => element('th', { text: `Tháng ${index + 1}` })),
      element('th', { text: `Lũy kế ${count} tháng` }),
    );
    const body = lines.map(({ row, key, label, unit }) =>
      element(
        'tr',
        { className: unit ? 'opening-unit' : '' },
        element('th', { attributes: { scope: 'row' }, text: label }),
        ...Array.from({ length: before }, (_, index) =>
          element('td', {}, figureInput(`${key}:ly${index + 1}`, typed, label, `tháng ${index + 1} năm trước`)),
        ),
        ...Array.from({ length: count }, (_, index) =>
          element('td', {}, figureInput(`${key}:${index + 1}`, typed, label, `tháng ${index + 1}`)),
        ),
        element('td', {}, row.nature === 'flow' && !unit ? figureInput(`${key}:cumulative`, typed, label, `lũy kế ${count} tháng`) : null),
      ),
    );
    table.replaceChildren(element('thead', {}, header), element('tbody', {}, ...body));
  };
  for (const control of [through, lastYear, year]) {
    control.addEventListener('change', () => {
      remember();
      fillTable();
    });
  }
  fillTable();

  const read = (): Decision | string => {
    remember();
    const count = months();
    const yearValue = Number(year.value);
    if (!Number.isInteger(yearValue) || yearValue < 1990 || yearValue > 2200) return 'Năm phải là một số từ 1990 đến 2200.';
    /** The figures typed on one line: this year's months and, when asked for, last year's; a message if one is wrong. */
    const lineFigures = (key: string, where: string): { months: (number | null)[]; lastYear: (number | null)[] | null } | string => {
      const months: (number | null)[] = [];
      for (let month = 1; month <= count; month += 1) {
        const parsed = parseFigure(typed.get(`${key}:${month}`) ?? '');
        if (!parsed.ok) return `${where}, tháng ${month}: ${parsed.message}`;
        months.push(parsed.value);
      }
      const before: (number | null)[] = [];
      for (let month = 1; lastYear.checked && month <= 12; month += 1) {
        const parsed = parseFigure(typed.get(`${key}:ly${month}`) ?? '');
        if (!parsed.ok) return `${where}, tháng ${month} năm ${yearValue - 1}: ${parsed.message}`;
        before.push(parsed.value);
      }
      return { months, lastYear: before.some((value) => value !== null) ? before : null };
    };
    const indicators: OpeningIndicator[] = [];
    for (const row of rows) {
      const own = lineFigures(row.id, `Chỉ tiêu “${row.name}”`);
      if (typeof own === 'string') return own;
      const total = parseFigure(row.nature === 'flow' ? (typed.get(`${row.id}:cumulative`) ?? '') : '');
      if (!total.ok) return `Chỉ tiêu “${row.name}”, lũy kế: ${total.message}`;
      const unitLines: NonNullable<OpeningIndicator['units']> = [];
      for (const line of lines.filter((candidate) => candidate.row === row && candidate.unit)) {
        const figures = lineFigures(line.key, `Chỉ tiêu “${row.name}”, ${line.label.replace(/^– /u, '')}`);
        if (typeof figures === 'string') return figures;
        if (figures.months.every((value) => value === null) && !figures.lastYear) continue;
        unitLines.push({ unit: line.unit!, months: figures.months, ...(figures.lastYear ? { lastYearMonths: figures.lastYear } : {}) });
      }
      const figures = own.months;
      const hasLastYear = own.lastYear !== null;
      if (figures.every((value) => value === null) && total.value === null && !hasLastYear && unitLines.length === 0) continue;
      indicators.push({
        id: row.id,
        name: row.name,
        unit: row.unit,
        nature: row.nature,
        months: figures,
        ...(total.value !== null ? { cumulative: total.value } : {}),
        ...(own.lastYear ? { lastYearMonths: own.lastYear } : {}),
        ...(unitLines.length > 0 ? { units: unitLines } : {}),
      });
    }
    const text = source.value.trim();
    return { opening: { organisationId, year: yearValue, throughMonth: count, ...(text ? { source: text } : {}), indicators } };
  };

  return element(
    'form',
    { className: 'dialog-form opening-figures', attributes: { novalidate: true }, on: { submit: (event) => event.preventDefault() } },
    element('p', {
      text: 'Dành cho cơ quan hình thành từ sắp xếp, hợp nhất: nhập một lần số liệu các tháng trước khi thành lập (tổng số liệu các đơn vị cũ đã báo cáo). Chỉ tiêu cộng dồn nhập số của từng tháng (hoặc chỉ số lũy kế); chỉ tiêu thời điểm và tỷ lệ nhập số cuối mỗi tháng.',
    }),
    element(
      'div',
      { className: 'wizard-period' },
      element('label', { className: 'field' }, element('span', { text: 'Năm' }), year),
      element('label', { className: 'field' }, element('span', { text: 'Từ tháng 1 đến hết' }), through),
    ),
    element('label', { className: 'field' }, element('span', { text: 'Nguồn số liệu' }), source),
    element(
      'label',
      { className: 'field-inline' },
      lastYear,
      element('span', { text: ' Kèm số liệu 12 tháng năm trước (để so sánh cùng kỳ)' }),
    ),
    element('div', { className: 'opening-table-scroll' }, table),
    problem,
    element(
      'div',
      { className: 'dialog-buttons' },
      element('button', {
        className: 'primary',
        text: 'Lưu số liệu đầu kỳ',
        attributes: { type: 'submit' },
        on: {
          click: () => {
            const outcome = read();
            if (typeof outcome === 'string') {
              problem.hidden = false;
              problem.textContent = outcome;
            } else close(outcome);
          },
        },
      }),
      loaded
        ? element('button', { text: 'Xóa số liệu đầu kỳ', attributes: { type: 'button' }, on: { click: () => close({ opening: null }) } })
        : null,
      element('button', { text: 'Hủy', attributes: { type: 'button' }, on: { click: () => close(null) } }),
    ),
  );
}

function figureInput(name: string, typed: ReadonlyMap<string, string>, label: string, what: string): HTMLInputElement {
  return element('input', {
    attributes: {
      name,
      type: 'text',
      inputmode: 'decimal',
      value: typed.get(name) ?? '',
      'aria-label': `${label.replace(/^– /u, '')}, ${what}`,
    },
  });
}

function parseFigure(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  return text.trim() === '' ? { ok: true, value: null } : parseNumber(text);
}

function shown(value: number): string {
  return formatNumber(value, { decimals: decimalsOf(value) });
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : Math.min(6, text.length - point - 1);
}
