import { element } from '../dom/element';

/** A modal dialog built on <dialog>; resolves with what `content` decides, or null when closed. */
export function openDialog<Result>(title: string, build: (close: (result: Result | null) => void) => HTMLElement): Promise<Result | null> {
  return new Promise((resolve) => {
    const dialog = element('dialog', { className: 'dialog', attributes: { 'aria-label': title } });
    const close = (result: Result | null) => {
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    dialog.append(element('h2', { text: title }), build(close));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** A message the user must see (an error, a warning), with one button to dismiss it. */
export function showMessage(title: string, message: string): Promise<null> {
  return openDialog<never>(title, (close) =>
    element(
      'div',
      {},
      element('p', { className: 'dialog-message', text: message }),
      element('div', { className: 'dialog-buttons' }, element('button', { text: 'Đóng', on: { click: () => close(null) } })),
    ),
  );
}

/** Asks a yes-or-no question; resolves true for the first button. */
export async function confirmChoice(title: string, message: string, yes: string, no: string): Promise<boolean> {
  const answer = await openDialog<boolean>(title, (close) =>
    element(
      'div',
      {},
      element('p', { className: 'dialog-message', text: message }),
      element(
        'div',
        { className: 'dialog-buttons' },
        element('button', { className: 'primary', text: yes, on: { click: () => close(true) } }),
        element('button', { text: no, on: { click: () => close(false) } }),
      ),
    ),
  );
  return answer === true;
}
