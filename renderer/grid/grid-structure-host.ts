import type { IndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable } from '../../core/indicators/indicator-table';
import type { ReportingUnit } from '../../core/organisation/reporting-unit';
import type { Period } from '../../core/periods/period';

/** What the list actions need from the grid. */
export interface StructureHost {
  /** The list as the grid holds it now. */
  table(): IndicatorTable;
  /** The indicator of the focused cell, or null before any cell is focused. */
  focusedRow(): IndicatorRow | null;
  /** The plan the focused column shows (a plan or % of plan column), by position, or null. */
  focusedPlanPosition(): number | null;
  /**
   * Takes a new list as one step of the history: `step` names it for undo (`thêm chỉ tiêu “…”`), `announcement`
   * goes to the status line, `focus` is the indicator to put the focus on.
   */
  change(table: IndicatorTable, step: string, announcement: string, focus?: string): void;
  announce(message: string): void;
  /** How many figures of the text refer to the indicator, or to one of its plans; unknown when not given. */
  figureReferenceCount?: (indicatorId: string, planId?: string) => number;
  /** The units of the organisation the figures can be broken down by. */
  units?: () => ReportingUnit[];
  /** The report's period, for the columns of a breakdown. */
  period?: () => Period;
}

/** A refusal goes to the status line; an accepted change becomes a step. */
export function applyEdit(
  host: StructureHost,
  edit: { ok: true; table: IndicatorTable } | { ok: false; message: string },
  step: string,
  announcement: string,
  focus?: string,
): void {
  if (!edit.ok) host.announce(edit.message);
  else if (edit.table === host.table()) host.announce('Không có gì thay đổi.');
  else host.change(edit.table, step, announcement, focus);
}
