import { foldText } from '../checks/fold-text';
import type { WordTable } from '../word/word-document';
import { cellText } from './body-units';
import { tidy } from './frame-fields';

/** What a column of an office's indicator table holds, recognised from its header. */
export type AppendixColumnMeaning =
  | 'number'
  | 'name'
  | 'unit'
  | 'plan'
  | 'next-year-plan'
  | 'value'
  | 'cumulative'
  | 'plan-percent'
  | 'same-period'
  | 'growth'
  | 'ratio'
  | 'unknown';

export interface RecognisedColumn {
  meaning: AppendixColumnMeaning;
  /** The header as printed, all header rows joined: `Kế hoạch năm 2026`, `So với cùng kỳ (%)`. */
  title: string;
}

export interface AppendixLayout {
  columns: RecognisedColumn[];
  /** The rows that hold indicators and field groups, after the header rows and a row of column numbers. */
  dataRows: string[][];
}

/**
 * The columns of an indicator table by their headers, however many rows the header takes (merged cells are spread
 * over the columns they cover), and the rows of data below it. Null when the table has no column of indicator names.
 */
export function appendixLayout(table: WordTable, reportYear: number): AppendixLayout | null {
  const grid = gridOf(table);
  const headerCount = grid.findIndex((row) => isDataRow(row));
  if (headerCount <= 0) return null;
  const headerRows = grid.slice(0, headerCount).filter((row) => !isColumnNumberRow(row));
  const width = Math.max(...grid.map((row) => row.length));
  const columns: RecognisedColumn[] = Array.from({ length: width }, (_, column) => {
    const parts: string[] = [];
    for (const row of headerRows) {
      const text = row[column] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    const title = tidy(parts.join(' '));
    return { title, meaning: meaningOf(title, reportYear) };
  });
  if (!columns.some((column) => column.meaning === 'name')) return null;
  const dataRows = grid.slice(headerCount).filter((row) => !isColumnNumberRow(row) && row.some((text) => text !== ''));
  return { columns, dataRows };
}

/** The table's text as a grid: a cell spanning columns is repeated over them, a merged cell continues the one above. */
function gridOf(table: WordTable): string[][] {
  const grid: string[][] = [];
  table.rows.forEach((row, rowIndex) => {
    const line: string[] = [];
    for (const cell of row) {
      const text = cell.merged === 'continue' ? (grid[rowIndex - 1]?.[line.length] ?? '') : cellText(cell.blocks);
      for (let span = 0; span < cell.span; span += 1) line.push(text);
    }
    grid.push(line);
  });
  return grid;
}

function isColumnNumberRow(row: readonly string[]): boolean {
  return row.length > 1 && row.every((text) => /^\(?\d+\)?$|^\([a-z0-9=+\-*/ ]+\)$/iu.test(text) || text === '');
}

/** A row of data starts with its number (`1`, `I`, `1.1`) and holds more than its header's words. */
function isDataRow(row: readonly string[]): boolean {
  return /^(\d+(\.\d+)*\.?|[IVXLC]+\.?)$/u.test(row[0] ?? '') && row.slice(1).some((text) => text !== '') && !isColumnNumberRow(row);
}

function meaningOf(title: string, reportYear: number): AppendixColumnMeaning {
  const folded = foldText(title.normalize('NFC'));
  const percent = folded.includes('%') || /tỷ lệ|so sánh/u.test(folded);
  const years = [...folded.matchAll(/\b(20\d{2})\b/gu)].map((match) => Number(match[1]));
  if (/^(stt|tt|số thứ tự|số tt)$/u.test(folded)) return 'number';
  if (/đơn vị|đvt/u.test(folded)) return 'unit';
  // Last year named by its year (`Thực hiện năm 2025`, `So với năm 2025 (%)`) is the same period.
  const lastYear = years.some((year) => year < reportYear);
  const samePeriod = /cùng kỳ/u.test(folded) || lastYear;
  if (samePeriod && /tăng|giảm/u.test(folded)) return 'growth';
  if (samePeriod && (percent || /^so với|^so /u.test(folded))) return 'ratio';
  if (/(kế hoạch|\bkh\b|dự toán|nghị quyết|\bnq\b)/u.test(folded) && (percent || /^so với|^so /u.test(folded))) return 'plan-percent';
  if (samePeriod && !/kế hoạch|\bkh\b|dự toán|nghị quyết|mục tiêu/u.test(folded)) return 'same-period';
  if (/lũy kế|luỹ kế|cộng dồn/u.test(folded)) return 'cumulative';
  if (years.some((year) => year > reportYear) && /kế hoạch|chỉ tiêu|\bkh\b|mục tiêu/u.test(folded)) return 'next-year-plan';
  if (/kế hoạch|\bkh\b|dự toán|nghị quyết|\bnq\b|giao|mục tiêu/u.test(folded)) return 'plan';
  if (/thực hiện|\bth\b|ước|kết quả|đạt được|số liệu|tháng|quý|năm/u.test(folded)) return 'value';
  if (/chỉ tiêu|nội dung|tên/u.test(folded)) return 'name';
  return 'unknown';
}
