/** Lets the promise of a dialog that was just closed settle, and what follows it run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function openDialog(): HTMLDialogElement {
  const dialog = document.querySelector('dialog');
  if (!dialog) throw new Error('No dialog is open');
  return dialog;
}

/** Sets a field of the open dialog by its name, as typing or choosing would. */
export function fill(name: string, value: string | boolean): void {
  const control = openDialog().querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!control) throw new Error(`No field ${name} in the dialog`);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks the button of the open dialog that reads `text`, and lets what it starts finish. */
export async function choose(text: string): Promise<void> {
  const button = [...openDialog().querySelectorAll('button')].find((candidate) => candidate.textContent === text);
  if (!button) throw new Error(`No button “${text}” in the dialog`);
  button.click();
  await settle();
}

/** The message a refused form shows, or null. */
export function formProblem(): string | null {
  const problem = openDialog().querySelector<HTMLElement>('[role="alert"]');
  return problem && !problem.hidden ? problem.textContent : null;
}
