/** `error` must be fixed before the report goes out (the CLI exits 1); `warning` deserves a look; `information` is a note. */
export type CheckSeverity = 'error' | 'warning' | 'information';

export const checkSeverities: readonly CheckSeverity[] = ['error', 'warning', 'information'];

/** The grid columns a finding about an indicator row can point to; `cumulativeOverride` is the cumulative column. */
export type IndicatorColumn = 'value' | 'status' | 'cumulativeOverride' | 'plan' | 'samePeriodValue' | 'samePeriodCumulative';

export type MetaField = 'number' | 'date' | 'subject' | 'signer' | 'recipients' | 'issuer';

/**
 * Where a finding points: a block of `report.body` by its index path as `walkBody` gives it (`[3]`, `[7, 0, 0]`),
 * a cell of the indicator table, or a field of the document's header and closing parts.
 */
export type CheckTarget =
  | { kind: 'body'; path: number[] }
  | { kind: 'indicator'; indicatorId: string; column: IndicatorColumn }
  | { kind: 'meta'; field: MetaField };

export interface CheckFinding {
  code: string;
  severity: CheckSeverity;
  /** In Vietnamese, for the officer. */
  message: string;
  target: CheckTarget;
}

/**
 * The stable codes of the checks, one per rule. The app and scripts may filter on them, so they never change:
 * - `SO-GO-TAY`: a number typed as text near an indicator (should be a figure reference);
 * - `TY-LE-SAI`: a percentage that does not match its value and plan or same-period base;
 * - `LUY-KE-SAI`: a cumulative that is not the previous cumulative plus this period's value;
 * - `TRUNG-SO-LIEU`: two indicators with the same figures (a likely copy and paste);
 * - `CHUA-XEM-LAI`: a paragraph carried from the previous report and not reviewed;
 * - `KY-CU`: a period named in the text that is already over (left from an earlier report);
 * - `THE-THUC`: the official layout (number symbol, date, subject, signer, recipients, issuer);
 * - `CON-UOC`: an estimate left in place when the actual figure should be known;
 * - `CAP-HUYEN`: a district-level body named in a report dated from 01/7/2025;
 * - `THIEU-SO-LIEU`: an indicator with a plan but no value for the period;
 * - `CHI-TIEU-DA-XOA`: a figure in the text whose indicator or plan was removed from the table;
 * - `LECH-KY-SO-SANH`: a growth whose basis (month or cumulative) is not that of the figure it follows;
 * - `TONG-DON-VI`: an indicator broken down by unit whose figure is not the sum of its units';
 * - `SO-LIEU-TRONG`: a figure of the text that prints `…`, or an appendix row blank in every figure.
 */
export const checkCodes = {
  typedNumber: 'SO-GO-TAY',
  wrongPercentage: 'TY-LE-SAI',
  wrongCumulative: 'LUY-KE-SAI',
  duplicatedFigures: 'TRUNG-SO-LIEU',
  unreviewedParagraph: 'CHUA-XEM-LAI',
  stalePeriod: 'KY-CU',
  layout: 'THE-THUC',
  staleEstimate: 'CON-UOC',
  districtBody: 'CAP-HUYEN',
  missingValue: 'THIEU-SO-LIEU',
  removedIndicator: 'CHI-TIEU-DA-XOA',
  comparisonBasis: 'LECH-KY-SO-SANH',
  breakdownTotal: 'TONG-DON-VI',
  emptyFigures: 'SO-LIEU-TRONG',
} as const;

export type CheckCode = (typeof checkCodes)[keyof typeof checkCodes];
