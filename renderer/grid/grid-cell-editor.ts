import { valueStatusLabels, valueStatuses } from '../../core/indicators/indicator-row';
import { element } from '../dom/element';

/** What the text of an editor stands for, or why it is refused. */
export type EditorResult<Value> = { ok: true; value: Value } | { ok: false; message: string };

export interface CellEditorOptions<Value> {
  /** A list of choices (the status) rather than a text box (figures). */
  choice: boolean;
  /** The text to start with: the stored value, an earlier refused input, or the character typed over the cell. */
  text: string;
  /** For a list: the choice to show when `text` names none (the stored status). */
  fallbackText?: string;
  /** The accessible name of the text box or list: indicator and column. */
  label: string;
  /** Unique within the page, for the ids of the preview and the message. */
  idPrefix: string;
  parse: (text: string) => EditorResult<Value>;
  /** What a valid text will store, shown while one types (`= 1.379`); null shows nothing. */
  preview: (value: Value) => string | null;
}

export interface CellEditor<Value> {
  element: HTMLElement;
  control: HTMLInputElement | HTMLSelectElement;
  controlKind: 'text' | 'choice';
  /** The text as it stands, kept on the cell when it is refused. */
  text(): string;
  result(): EditorResult<Value>;
  /** Marks the editor invalid with the message, or clears the mark with null. */
  showProblem(message: string | null): void;
  focus(): void;
}

/**
 * The editor put in a cell: a text box that shows, while one types, what will be stored (`= 1.379`), or the
 * status list. It reads and shows; committing, cancelling and moving belong to the grid.
 */
export function createCellEditor<Value>(options: CellEditorOptions<Value>): CellEditor<Value> {
  const previewId = `${options.idPrefix}-preview`;
  const messageId = `${options.idPrefix}-message`;
  const preview = element('span', { className: 'indicator-grid__preview', attributes: { id: previewId } });
  const message = element('span', { className: 'indicator-grid__message', attributes: { id: messageId, role: 'alert', hidden: true } });
  const control = options.choice ? statusList(options) : textBox(options, previewId);
  const wrapper = element('div', { className: 'indicator-grid__editor' }, control, options.choice ? null : preview, message);

  const text = () => (control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.textContent ?? '') : control.value);

  const showPreview = () => {
    const result = options.parse(text());
    const shown = result.ok ? options.preview(result.value) : result.message;
    preview.textContent = shown ?? '';
    preview.hidden = shown === null;
    preview.classList.toggle('is-pending', !result.ok);
  };

  const showProblem = (problem: string | null) => {
    wrapper.classList.toggle('is-invalid', problem !== null);
    message.hidden = problem === null;
    message.textContent = problem ?? '';
    if (problem === null) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    const describedBy = [options.choice ? null : previewId, problem === null ? null : messageId].filter(Boolean).join(' ');
    if (describedBy) control.setAttribute('aria-describedby', describedBy);
    else control.removeAttribute('aria-describedby');
  };

  control.addEventListener('input', () => {
    showProblem(null);
    showPreview();
  });
  if (!options.choice) showPreview();

  return {
    element: wrapper,
    control,
    controlKind: options.choice ? 'choice' : 'text',
    text,
    result: () => options.parse(text()),
    showProblem,
    focus: () => {
      control.focus();
      if (control instanceof HTMLInputElement) control.setSelectionRange(control.value.length, control.value.length);
    },
  };
}

function textBox<Value>(options: CellEditorOptions<Value>, previewId: string): HTMLInputElement {
  const input = element('input', {
    className: 'indicator-grid__input',
    attributes: { type: 'text', 'aria-label': options.label, 'aria-describedby': previewId, autocomplete: 'off', spellcheck: 'false' },
  });
  input.value = options.text;
  return input;
}

function statusList<Value>(options: CellEditorOptions<Value>): HTMLSelectElement {
  const list = element(
    'select',
    { className: 'indicator-grid__select', attributes: { 'aria-label': options.label } },
    ...valueStatuses.map((status) => element('option', { attributes: { value: status }, text: valueStatusLabels[status] })),
  );
  list.value = matchingStatus(options.text) ?? matchingStatus(options.fallbackText ?? '') ?? valueStatuses[0];
  return list;
}

/** The status written out, or the first one starting with a typed letter (`c` → chính thức, `u` → ước). */
function matchingStatus(text: string): string | undefined {
  const plain = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('vi').trim();
  const typed = plain(text);
  if (typed === '') return undefined;
  return (
    valueStatuses.find((status) => plain(valueStatusLabels[status]) === typed) ??
    valueStatuses.find((status) => plain(valueStatusLabels[status]).startsWith(typed))
  );
}
