import type { FieldGroup, IndicatorRow } from './indicator-row';

/** The indicator list of a report: its rows and the field groups they are shown under. */
export interface IndicatorTable {
  rows: IndicatorRow[];
  groups: FieldGroup[];
}

/**
 * What an operation on the list gives back: a new table (the input is never changed; an operation that changes
 * nothing gives back the same table), or why it was refused, in Vietnamese.
 */
export type TableEdit<Extra = unknown> = ({ ok: true; table: IndicatorTable } & Extra) | { ok: false; message: string };
