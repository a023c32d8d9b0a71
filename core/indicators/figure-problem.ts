/** Why a figure cannot be stored (`… phải là một số.`), or null: a finite number or null for nothing entered. */
export function figureProblem(value: number | null, what: string): string | null {
  return value === null || (typeof value === 'number' && Number.isFinite(value)) ? null : `${what} phải là một số.`;
}
