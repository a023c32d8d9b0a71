import type { BlockNode } from '../body/body-schema';
import { breakdownSourceOf } from '../breakdowns/breakdown-table';
import { withUnitTables } from '../breakdowns/unit-tables';
import type { Report } from '../report/report-schema';

/** Where the section a heading opens ends: at the next heading of its level or above, or the end. */
function sectionRange(blocks: readonly BlockNode[], section: string): { start: number; end: number } | null {
  const start = blocks.findIndex((block) => block.type === 'heading' && block.attrs?.['section'] === section);
  if (start < 0) return null;
  const level = Number(blocks[start]!.attrs?.['level'] ?? 1);
  const next = blocks.findIndex((block, index) => index > start && block.type === 'heading' && Number(block.attrs?.['level']) <= level);
  return { start, end: next < 0 ? blocks.length : next };
}

/**
 * A rolled-over report with the text of a template for its period instead of the previous report's: used when the
 * kind of period changes (from November's monthly report to the annual one), whose structure is the template's.
 * The review of last period's tasks is kept from the roll-over; tables by unit are added for the units.
 */
export function withTemplateBody(rolled: Report, templateBody: readonly BlockNode[]): Report {
  const carried = sectionRange(rolled.body.content, 'previous-tasks');
  const target = sectionRange(templateBody, 'previous-tasks');
  const content =
    carried && target
      ? [
          ...templateBody.slice(0, target.start + 1),
          ...rolled.body.content.slice(carried.start + 1, carried.end),
          ...templateBody.slice(target.end),
        ]
      : [...templateBody];
  const report = { ...rolled, body: { ...rolled.body, content } };
  return { ...report, body: withUnitTables(report.body, breakdownSourceOf(report)) };
}
