import { diffArrays } from 'diff';
import { defaultGrowthBasis } from '../indicators/derived-figures';
import { enteredFigureName, type EnteredFigure } from '../indicators/entered-figure';
import type { IndicatorRow } from '../indicators/indicator-row';
import { parseNumber } from '../numbers/parse-number';
import { appendixTable, type AppendixColumn } from '../report/appendix-table';
import type { Report } from '../report/report-schema';
import type { WordTable } from '../word/word-document';
import { cellText } from './body-units';
import { quoted } from './describe-edit';
import type { FigureOffer, ImportChange } from './import-change';

export interface AppendixComparison {
  changes: ImportChange[];
  offers: FigureOffer[];
  /** New names of indicators renamed in the appendix, by change id. */
  renames: { changeId: string; indicatorId: string; name: string }[];
}

/**
 * The appendix table as the file has it against the export, row by row and cell by cell. A changed entered figure
 * (a value, a plan, a cumulative, a same-period figure, a target) is offered as the indicator's new value; a
 * changed computed column (% of plan, growth) is told as disagreeing with its computation; a renamed indicator is
 * offered the new name.
 */
export function compareAppendix(report: Report, exported: WordTable | null, edited: WordTable | null): AppendixComparison {
  const result: AppendixComparison = { changes: [], offers: [], renames: [] };
  if (!exported) return result;
  if (!edited) {
    result.changes.push({
      id: 'phu-luc:bang',
      group: 'appendix',
      choice: 'information',
      description: 'Không tìm thấy bảng chỉ tiêu của phụ lục trong tệp; giữ nguyên số liệu của báo cáo.',
    });
    return result;
  }
  const table = appendixTable(report);
  // Case aside: a file exported before names were capitalised still pairs its rows.
  const rowKey = (cells: string[]) => cells.slice(0, 2).join(' | ').toLocaleLowerCase('vi');
  const beforeRows = exported.rows.slice(1).map((row) => row.map((cell) => cellText(cell.blocks)));
  const afterRows = edited.rows.slice(1).map((row) => row.map((cell) => cellText(cell.blocks)));
  const pairs = pairRows(beforeRows.map(rowKey), afterRows.map(rowKey), beforeRows, afterRows);

  for (const pair of pairs) {
    if (pair.after === null) {
      const row = table.rows[pair.before!];
      if (row?.kind === 'indicator')
        result.changes.push({
          id: `phu-luc:xoa-hang:${row.indicatorId}`,
          group: 'appendix',
          choice: 'information',
          description: `Hàng ${quoted(beforeRows[pair.before!]![1] ?? '')} bị xóa khỏi phụ lục; chỉ tiêu vẫn giữ trong bảng chỉ tiêu (muốn bỏ, hãy xóa chỉ tiêu trong bảng).`,
        });
      continue;
    }
    if (pair.before === null) {
      result.changes.push({
        id: `phu-luc:them-hang:${pair.after}`,
        group: 'appendix',
        choice: 'information',
        description: `Hàng mới trong phụ lục ${quoted(afterRows[pair.after]!.join(' | '))} không được nhập; hãy thêm chỉ tiêu trong bảng chỉ tiêu.`,
      });
      continue;
    }
    const row = table.rows[pair.before];
    if (row?.kind !== 'indicator') continue;
    const indicator = report.indicators.find((candidate) => candidate.id === row.indicatorId)!;
    const before = beforeRows[pair.before]!;
    const after = afterRows[pair.after]!;
    table.columns.forEach((column, index) => {
      const was = before[index] ?? '';
      const now = after[index] ?? '';
      if (was === now || index >= after.length) return;
      compareCell(result, indicator, column, was, now, report);
    });
  }
  return result;
}

function compareCell(
  result: AppendixComparison,
  row: IndicatorRow,
  column: AppendixColumn,
  was: string,
  now: string,
  report: Report,
): void {
  const id = `phu-luc:${row.id}:${column.kind}${column.planPosition !== undefined ? `-${column.planPosition}` : ''}`;
  if (column.kind === 'number') return;
  if (column.kind === 'name') {
    if (now.trim()) {
      result.renames.push({ changeId: id, indicatorId: row.id, name: now.trim() });
      result.changes.push({ id, group: 'appendix', choice: 'take', description: `Tên chỉ tiêu: ${quoted(was)} → ${quoted(now)}` });
    }
    return;
  }
  if (column.kind === 'unit') {
    result.changes.push({
      id,
      group: 'appendix',
      choice: 'information',
      description: `${row.name}: đơn vị tính ${quoted(was)} → ${quoted(now)} không được nhập; hãy đổi đơn vị trong bảng chỉ tiêu để số liệu được quy đổi.`,
    });
    return;
  }
  if (column.kind === 'plan-percent' || column.kind === 'growth') {
    result.changes.push({
      id,
      group: 'appendix',
      choice: 'information',
      description: `${row.name}, cột ${quoted(column.title)}: tệp ghi ${quoted(now)}, phần mềm tính ra ${quoted(was || '(trống)')} từ các số trong bảng; cột này không nhập tay được.`,
    });
    return;
  }
  const figure = enteredFigureOfColumn(column, row, report);
  if (!figure) return;
  const written = now.replace(/^ước\s*/iu, '').trim();
  const parsed = written === '' ? { ok: true as const, value: null } : parseNumber(written);
  if (!parsed.ok) {
    result.changes.push({
      id,
      group: 'appendix',
      choice: 'information',
      description: `${row.name}, ${enteredFigureName(figure, row)}: ${quoted(now)} không đọc được thành số (${parsed.message}); giữ nguyên ${quoted(was)}.`,
    });
    return;
  }
  result.offers.push({ changeId: id, indicatorId: row.id, figure, value: parsed.value });
  result.changes.push({
    id,
    group: 'figures',
    choice: 'offer',
    description: `${row.name}, ${enteredFigureName(figure, row)}: ${quoted(was || '(trống)')} → ${quoted(now || '(trống)')} (sửa trong phụ lục)`,
  });
}

function enteredFigureOfColumn(column: AppendixColumn, row: IndicatorRow, report: Report): EnteredFigure | null {
  switch (column.kind) {
    case 'value':
      return { kind: 'value' };
    case 'cumulative':
      return { kind: 'cumulative' };
    case 'plan': {
      const plan = row.plans[column.planPosition ?? 0];
      return plan ? { kind: 'plan', planId: plan.id } : null;
    }
    case 'next-year-plan': {
      const target = row.nextYearPlans?.[column.planPosition ?? 0];
      return target ? { kind: 'next-year-plan', planId: target.id } : null;
    }
    case 'same-period':
      return { kind: 'same-period', basis: defaultGrowthBasis(row, report.period) };
    default:
      return null;
  }
}

/** Rows of the export and of the file side by side: equal rows, then changed ones paired in order. */
function pairRows(
  beforeKeys: string[],
  afterKeys: string[],
  beforeRows: string[][],
  afterRows: string[][],
): { before: number | null; after: number | null }[] {
  const pairs: { before: number | null; after: number | null }[] = [];
  let before = 0;
  let after = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const settle = () => {
    const count = Math.min(removed.length, added.length);
    for (let index = 0; index < count; index += 1) pairs.push({ before: removed[index]!, after: added[index]! });
    for (const index of removed.slice(count)) pairs.push({ before: index, after: null });
    for (const index of added.slice(count)) pairs.push({ before: null, after: index });
    removed = [];
    added = [];
  };
  for (const hunk of diffArrays(beforeKeys, afterKeys)) {
    const count = hunk.count ?? hunk.value.length;
    if (hunk.removed) for (let index = 0; index < count; index += 1) removed.push(before++);
    else if (hunk.added) for (let index = 0; index < count; index += 1) added.push(after++);
    else {
      settle();
      for (let index = 0; index < count; index += 1) pairs.push({ before: before++, after: after++ });
    }
  }
  settle();
  return pairs.filter(
    (pair) => pair.before === null || pair.after === null || beforeRows[pair.before]!.length > 0 || afterRows[pair.after]!.length > 0,
  );
}
