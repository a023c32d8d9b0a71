import { z } from 'zod';
import type { BlockNode, BodyDocument, InlineNode } from '../body/body-schema';
import { figure, text } from '../body/build-body';
import type { FigureReference } from '../figures/figure-reference';
import { derivationInputs } from '../indicators/derivation-inputs';
import { identifierSchema, type IndicatorRow } from '../indicators/indicator-row';
import type { ReportingUnit } from '../organisation/reporting-unit';
import { cumulativeSpanLabel, periodNameWithoutYear, samePeriodName } from '../periods/period-label';
import { startsTheYear, type Period } from '../periods/period';
import { capitalise } from '../text/capitalise';

/** The columns a body table of a breakdown can show, after the unit's name. */
export const breakdownColumns = ['value', 'cumulative', 'same-period', 'ratio'] as const;
export type BreakdownColumn = (typeof breakdownColumns)[number];

/** Set on a body table generated from a breakdown; the table is built again from the figures whenever they change. */
export const breakdownTableSchema = z.object({
  indicator: identifierSchema,
  columns: z.array(z.enum(breakdownColumns)).min(1).max(breakdownColumns.length),
});
export type BreakdownTable = z.infer<typeof breakdownTableSchema>;

export interface BreakdownTableSource {
  period: Period;
  indicators: readonly IndicatorRow[];
  units: readonly ReportingUnit[];
}

/** The columns a table of this indicator shows unless the office chooses: a flow's cumulative inside the year. */
export function defaultBreakdownColumns(row: Pick<IndicatorRow, 'nature'>, period: Period): BreakdownColumn[] {
  if (row.nature === 'flow' && !startsTheYear(period)) return ['value', 'cumulative', 'same-period', 'ratio'];
  return row.nature === 'ratio' ? ['value', 'same-period'] : ['value', 'same-period', 'ratio'];
}

/**
 * The body table of an indicator broken down by unit: a line per unit with its figures, live references like any
 * figure of the text, and the indicator's own figures as the total. The same-period columns compare the cumulative
 * when the table shows it, this period's value otherwise.
 */
export function breakdownTable(source: BreakdownTableSource, table: BreakdownTable): BlockNode {
  const row = source.indicators.find((candidate) => candidate.id === table.indicator);
  const basis = table.columns.includes('cumulative') && row?.nature === 'flow' && !startsTheYear(source.period) ? 'cumulative' : 'period';
  const headers = table.columns.map((column) => columnHeader(column, source.period, basis, row?.unit ?? ''));
  const reference = (column: BreakdownColumn, unit?: string): FigureReference => ({
    indicator: table.indicator,
    field: column === 'same-period' ? 'same-period' : column,
    withoutUnit: true,
    ...(column === 'same-period' || column === 'ratio' ? { basis } : {}),
    ...(unit ? { unit } : {}),
  });
  const unitsById = new Map(source.units.map((unit) => [unit.id, unit]));
  const listed = unitsOfRow(row, source.indicators)
    .map((unit) => unitsById.get(unit))
    .filter((unit): unit is ReportingUnit => !!unit);
  const lines = listed.map((unit, index) =>
    tableRow([
      cell([text(String(index + 1))]),
      cell([text(unit.name)]),
      ...table.columns.map((column) => cell([figure(reference(column, unit.id))])),
    ]),
  );
  const total = tableRow([
    cell([]),
    cell([text('Tổng cộng', ['bold'])]),
    ...table.columns.map((column) => cell([{ ...figure(reference(column)), marks: [{ type: 'bold' }] }])),
  ]);
  return {
    type: 'table',
    attrs: { breakdown: { indicator: table.indicator, columns: [...table.columns] } },
    content: [tableRow([headerCell('TT'), headerCell('Đơn vị'), ...headers.map(headerCell)]), ...lines, total],
  };
}

/** The units a row is broken down by; a derived indicator's are those of the first indicator it is computed from. */
function unitsOfRow(row: IndicatorRow | undefined, rows: readonly IndicatorRow[]): string[] {
  if (!row) return [];
  if (row.breakdown?.length) return row.breakdown.map((entry) => entry.unit);
  if (!row.derivation) return [];
  const first = rows.find((candidate) => candidate.id === derivationInputs(row.derivation!)[0]);
  return (first?.breakdown ?? []).map((entry) => entry.unit);
}

function columnHeader(column: BreakdownColumn, period: Period, basis: 'period' | 'cumulative', unit: string): string {
  const measured = (label: string) => (unit ? `${label} (${unit})` : label);
  switch (column) {
    case 'value':
      return measured(capitalise(periodNameWithoutYear(period)));
    case 'cumulative':
      return measured(`Lũy kế ${cumulativeSpanLabel(period)}`);
    case 'same-period':
      return measured(`Cùng kỳ ${samePeriodName(period, basis)}`);
    case 'ratio':
      return 'So với cùng kỳ (%)';
  }
}

function tableRow(cells: BlockNode[]): BlockNode {
  return { type: 'tableRow', content: cells };
}

function cell(inline: InlineNode[]): BlockNode {
  return { type: 'tableCell', content: [inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }] };
}

function headerCell(label: string): BlockNode {
  return { type: 'tableHeader', content: [{ type: 'paragraph', content: [text(label)] }] };
}

/** The breakdown a body table was generated from, or null for a table typed by hand. */
export function breakdownOfTable(node: BlockNode): BreakdownTable | null {
  if (node.type !== 'table') return null;
  const parsed = breakdownTableSchema.safeParse(node.attrs?.['breakdown']);
  return parsed.success ? parsed.data : null;
}

/** The source of a report's generated tables. */
export function breakdownSourceOf(report: {
  period: Period;
  indicators: readonly IndicatorRow[];
  organisation: { units?: ReportingUnit[] | undefined };
}): BreakdownTableSource {
  return { period: report.period, indicators: report.indicators, units: report.organisation.units ?? [] };
}

/**
 * What the text of generated tables depends on besides their live figures: the units and their names, the period,
 * and which units each indicator is broken down by. Tables need building again only when this changes.
 */
export function breakdownTablesKey(source: BreakdownTableSource): string {
  return JSON.stringify([
    source.period,
    source.units.map((unit) => [unit.id, unit.name]),
    source.indicators.map((row) => [row.id, row.unit, row.nature, row.derivation, row.breakdown?.map((entry) => entry.unit)]),
  ]);
}

/**
 * The body with every generated table built again from the current figures and units (a unit added, renamed or
 * merged, an indicator renamed). The same body object when nothing changed, so callers can tell.
 */
export function refreshBreakdownTables(body: BodyDocument, source: BreakdownTableSource): BodyDocument {
  let changed = false;
  const refreshed = (block: BlockNode): BlockNode => {
    const table = breakdownOfTable(block);
    if (table) {
      const rebuilt = breakdownTable(source, table);
      if (JSON.stringify(withoutAttributes(rebuilt)) === JSON.stringify(withoutAttributes(block))) return block;
      changed = true;
      return { ...rebuilt, attrs: { ...block.attrs, ...rebuilt.attrs } };
    }
    if (block.type === 'table' || !block.content) return block;
    const content = block.content.map((child) => ('type' in child && isBlock(child) ? refreshed(child) : child));
    return content.some((child, index) => child !== block.content![index]) ? { ...block, content } : block;
  };
  const content = body.content.map(refreshed);
  return changed ? { ...body, content } : body;
}

function isBlock(node: BlockNode | InlineNode): node is BlockNode {
  return node.type !== 'text' && node.type !== 'hardBreak' && node.type !== 'figure';
}

/** The table's structure, text and figures, without the attributes an editor adds to its cells (widths, spans). */
function withoutAttributes(node: BlockNode | InlineNode): unknown {
  if (node.type === 'figure') {
    const attributes = Object.entries(node.attrs).filter(([, value]) => value !== null && value !== undefined);
    return { figure: Object.fromEntries(attributes.sort(([a], [b]) => a.localeCompare(b))), marks: node.marks ?? [] };
  }
  if (node.type === 'text') return { text: node.text, marks: node.marks ?? [] };
  if (node.type === 'hardBreak') return { break: true };
  return { type: node.type, content: (node.content ?? []).map(withoutAttributes) };
}
