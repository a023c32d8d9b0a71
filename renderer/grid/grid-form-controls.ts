import { indicatorNatureLabels } from '../../core/indicators/indicator-nature-labels';
import { indicatorNatures, type FieldGroup, type IndicatorNature } from '../../core/indicators/indicator-row';
import { element } from '../dom/element';
import { parseFigureInput } from './grid-cell-values';

/** Units offices commonly use, offered while one types; any other text is accepted. */
export const commonUnits = ['triệu đồng', 'tỷ đồng', 'nghìn đồng', 'hộ', 'người', '%', 'ha', 'tấn', 'km', 'hồ sơ', 'vụ', 'lượt', 'xã'];

let listCount = 0;

/** A text box with the common units as suggestions; returns the box and the list it needs beside it. */
export function unitInput(value: string): { input: HTMLInputElement; suggestions: HTMLDataListElement } {
  listCount += 1;
  const listId = `indicator-units-${listCount}`;
  const input = element('input', { attributes: { type: 'text', name: 'unit', list: listId, autocomplete: 'off' } });
  input.value = value;
  const suggestions = element(
    'datalist',
    { attributes: { id: listId } },
    ...commonUnits.map((unit) => element('option', { attributes: { value: unit } })),
  );
  return { input, suggestions };
}

export function natureSelect(nature: IndicatorNature): HTMLSelectElement {
  const select = element(
    'select',
    { attributes: { name: 'nature' } },
    ...indicatorNatures.map((candidate) => element('option', { attributes: { value: candidate }, text: indicatorNatureLabels[candidate] })),
  );
  select.value = nature;
  return select;
}

export function groupSelect(groups: readonly FieldGroup[], groupId: string | null): HTMLSelectElement {
  const select = element(
    'select',
    { attributes: { name: 'group' } },
    ...groups.map((group) => element('option', { attributes: { value: group.id }, text: group.name })),
  );
  if (groupId) select.value = groupId;
  return select;
}

export function digitsInput(name: string, value: number, maximum: number): HTMLInputElement {
  const input = element('input', { attributes: { type: 'number', name, min: 0, max: maximum, step: 1, inputmode: 'numeric' } });
  input.value = String(value);
  return input;
}

/** A count of digits as typed; an empty box is the default, anything else is checked by the list operation. */
export function readDigits(input: HTMLInputElement, fallback: number): number {
  const text = input.value.trim();
  return text === '' ? fallback : Number(text.replace(',', '.'));
}

export function figureInput(name: string, value = ''): HTMLInputElement {
  const input = element('input', { attributes: { type: 'text', name, inputmode: 'decimal', autocomplete: 'off' } });
  input.value = value;
  return input;
}

/** A figure typed the Vietnamese way (`1.379`, `27,8`), empty for none, or why it is refused, naming the field. */
export function readFigure(
  input: HTMLInputElement,
  fieldName: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const result = parseFigureInput(input.value);
  if (result.ok) return { ok: true, value: typeof result.value === 'number' ? result.value : null };
  return { ok: false, message: `${fieldName}: ${result.message}` };
}
