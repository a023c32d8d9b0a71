import { element } from '../dom/element';
import { openDialog } from './dialog';

export type FormOutcome<Result> = { ok: true; value: Result } | { ok: false; message: string };

export interface FormDialogOptions<Result> {
  /** A sentence above the fields, or none. */
  message?: string;
  /** The fields, from `labelledField`, in order. */
  fields: (HTMLElement | null)[];
  submitLabel: string;
  /** Reads the fields; a refusal keeps the dialog open with its message, for the person to correct. */
  submit: () => FormOutcome<Result>;
  /** A second way to finish, as its own button (`Chỉ đổi tên đơn vị, giữ nguyên số`). */
  alternative?: { label: string; choose: () => FormOutcome<Result> };
}

/** A form in a modal dialog: Enter or the first button submits, Hủy or Escape closes with null. */
export function openFormDialog<Result>(title: string, options: FormDialogOptions<Result>): Promise<Result | null> {
  return openDialog<Result>(title, (close) => {
    const problem = element('p', { className: 'field-message is-problem', attributes: { role: 'alert', hidden: true } });
    const finish = (outcome: FormOutcome<Result>) => {
      if (outcome.ok) {
        close(outcome.value);
        return;
      }
      problem.hidden = false;
      problem.textContent = outcome.message;
    };
    const alternative = options.alternative;
    return element(
      'form',
      {
        className: 'dialog-form',
        // The fields are checked by `submit`, which says what is wrong in Vietnamese, not by the browser.
        attributes: { novalidate: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            finish(options.submit());
          },
        },
      },
      options.message ? element('p', { className: 'dialog-message', text: options.message }) : null,
      ...options.fields,
      problem,
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', { className: 'primary', text: options.submitLabel, attributes: { type: 'submit', 'data-action': 'submit' } }),
        alternative
          ? element('button', {
              text: alternative.label,
              attributes: { type: 'button', 'data-action': 'alternative' },
              on: { click: () => finish(alternative.choose()) },
            })
          : null,
        element('button', { text: 'Hủy', attributes: { type: 'button', 'data-action': 'cancel' }, on: { click: () => close(null) } }),
      ),
    );
  });
}

/** A control with its label above and an optional hint below. */
export function labelledField(label: string | HTMLElement, control: HTMLElement, hint?: string): HTMLLabelElement {
  return element(
    'label',
    { className: 'field' },
    typeof label === 'string' ? element('span', { text: label }) : label,
    control,
    hint ? element('small', { text: hint }) : null,
  );
}
