import { withDerivedIndicators } from '../../core/indicators/derived-indicators';
import { figureSummary } from '../../core/indicators/figure-summary';
import { appendixTable } from '../../core/report/appendix-table';
import { readReportFile } from '../workspace/workspace-store';
import { parsedArguments, UsageError, type Command } from './command';

export const figuresCommand: Command = {
  usage: 'figures <báo-cáo.json> [--json]',
  summary: 'In bảng chỉ tiêu với các cột tính toán (lũy kế, % kế hoạch, so với cùng kỳ).',
  async run(args, output) {
    const { values, positionals } = parseArguments(args);
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('Cần đúng một tệp báo cáo.');
    const report = await readReportFile(file);
    if (values.json) {
      output.out(
        `${JSON.stringify(
          withDerivedIndicators(report.indicators, report.period).map((row) => figureSummary(row, report.period)),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    const table = appendixTable(report);
    const rows = [
      table.columns.map((column) => column.title),
      ...table.rows.map((row) => (row.kind === 'group' ? [row.number, row.title] : row.cells)),
    ];
    output.out(alignColumns(rows));
    return 0;
  },
};

function parseArguments(args: string[]) {
  return parsedArguments(args, { json: { type: 'boolean', default: false } });
}

/** Pads each column to its widest cell; the name column is left-aligned, figures right-aligned. */
function alignColumns(rows: string[][]): string {
  const width = (text: string) => [...text].length;
  const columnCount = Math.max(...rows.map((row) => row.length));
  const widths = Array.from({ length: columnCount }, (_, column) => Math.max(...rows.map((row) => width(row[column] ?? ''))));
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column <= 2 ? cell + ' '.repeat(widths[column]! - width(cell)) : ' '.repeat(widths[column]! - width(cell)) + cell,
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}
