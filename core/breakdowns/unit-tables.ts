import type { BlockNode, BodyDocument } from '../body/body-schema';
import { figuresIn, walkBody } from '../body/walk-body';
import { breakdownOfTable, breakdownTable, defaultBreakdownColumns, type BreakdownTableSource } from './breakdown-table';

/**
 * The body with a table by unit for each indicator broken down that has none yet, placed after the first block of
 * the text that speaks of the indicator (its paragraph, or the whole list its item is in). An indicator the text
 * never mentions gets no table: where it would go is the writer's choice.
 */
export function withUnitTables(body: BodyDocument, source: BreakdownTableSource): BodyDocument {
  if (source.units.length === 0) return body;
  const tabled = new Set<string>();
  walkBody(body, (node) => {
    const table = node.type === 'table' ? breakdownOfTable(node as BlockNode) : null;
    if (table) tabled.add(table.indicator);
  });
  let added = false;

  const content = [...body.content];
  for (const row of source.indicators) {
    if (!row.breakdown || tabled.has(row.id)) continue;
    const index = content.findIndex(
      (block) => !breakdownOfTable(block) && figuresIn(block).some(({ node }) => node.attrs.indicator === row.id && !node.attrs.unit),
    );
    if (index < 0) continue;
    content.splice(index + 1, 0, breakdownTable(source, { indicator: row.id, columns: defaultBreakdownColumns(row, source.period) }));
    tabled.add(row.id);
    added = true;
  }
  return added ? { ...body, content } : body;
}
