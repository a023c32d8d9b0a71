// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { gridColumns } from '../../renderer/grid/grid-columns';
import { parsePastedBlock, pasteSummary, planPaste } from '../../renderer/grid/grid-paste';
import { november2019, sampleRows } from './grid-fixture';

describe('parsePastedBlock', () => {
  it('splits tab-separated cells and Windows line endings', () => {
    expect(parsePastedBlock('1.379\t2.137,6\r\n27,8\tabc')).toEqual([
      ['1.379', '2.137,6'],
      ['27,8', 'abc'],
    ]);
  });

  it('drops the one trailing line break Excel adds to every copy', () => {
    expect(parsePastedBlock('1.379\t2.137,6\r\n27,8\tabc\r\n')).toEqual([
      ['1.379', '2.137,6'],
      ['27,8', 'abc'],
    ]);
    expect(parsePastedBlock('1.379\n')).toEqual([['1.379']]);
  });

  it('keeps empty cells and empty rows', () => {
    expect(parsePastedBlock('1\t\t3\n\n\t5\r\n')).toEqual([['1', '', '3'], [''], ['', '5']]);
    expect(parsePastedBlock('\r\n')).toEqual([['']]);
  });

  it('reads old Mac line endings', () => {
    expect(parsePastedBlock('1\r2\r')).toEqual([['1'], ['2']]);
  });

  it('returns nothing for nothing', () => {
    expect(parsePastedBlock('')).toEqual([]);
  });

  it('unquotes cells holding line breaks or tabs, and keeps other quotes', () => {
    expect(parsePastedBlock('"Thu\nngân sách"\t"a""b"\n5"\t"x"y')).toEqual([
      ['Thu\nngân sách', 'a"b'],
      ['5"', '"x"y'],
    ]);
  });
});

describe('planPaste', () => {
  const rows = sampleRows();
  const columns = gridColumns(rows, november2019);
  const at = (indicatorRow: number, columnId: string) => ({
    row: indicatorRow,
    column: columns.findIndex((column) => column.id === columnId),
  });

  it('parses every value the Vietnamese way and stores empty cells as null', () => {
    const plan = planPaste('1.379\t\r\n(1.234,5)\t 27,8 \r\n', { rows, columns, start: at(0, 'samePeriodValue') });
    expect(plan.updates).toEqual([
      { indicatorId: 'thu-ngan-sach', column: 'samePeriodValue', value: 1379 },
      { indicatorId: 'thu-ngan-sach', column: 'samePeriodCumulative', value: null },
      { indicatorId: 'von-dau-tu', column: 'samePeriodValue', value: -1234.5 },
      { indicatorId: 'von-dau-tu', column: 'samePeriodCumulative', value: 27.8 },
    ]);
    expect(plan.problems).toEqual([]);
  });

  it('turns invalid values into problems with the message of parseNumber, never into updates', () => {
    const plan = planPaste('12,3,4\tabc', { rows, columns, start: at(2, 'samePeriodValue') });
    expect(plan.updates).toEqual([]);
    expect(plan.problems.map((problem) => [problem.column, problem.text])).toEqual([
      ['samePeriodValue', '12,3,4'],
      ['samePeriodCumulative', 'abc'],
    ]);
    expect(plan.problems[0]!.message).toContain('nhiều hơn một dấu phẩy thập phân');
  });

  it('maps pasted columns onto the visible ones and ignores those landing on read-only cells or outside', () => {
    const plan = planPaste('1\tước\t3\t4\n5\t\n6\n7', { rows, columns, start: at(1, 'value') });
    expect(plan.updates).toEqual([
      { indicatorId: 'von-dau-tu', column: 'value', value: 1 },
      { indicatorId: 'von-dau-tu', column: 'status', value: 'estimate' },
      { indicatorId: 'von-dau-tu', column: 'cumulativeOverride', value: 4 },
      { indicatorId: 'ho-ngheo', column: 'value', value: 5 },
    ]);
    expect(plan).toMatchObject({ readOnly: 1, outside: 2, blankStatuses: 1 });
    expect(pasteSummary(plan)).toBe(
      'Đã dán 4 ô. Bỏ qua 1 ô rơi vào cột chỉ đọc. Bỏ qua 2 ô nằm ngoài bảng. 1 ô tình trạng để trống: giữ tình trạng cũ.',
    );
  });

  it('never pastes onto names or units, and says so', () => {
    const plan = planPaste('Tên mới\ttriệu đồng\t5', { rows, columns, start: at(2, 'name') });
    expect(plan.updates).toEqual([]);
    expect(plan).toMatchObject({ textCells: 2, readOnly: 1 });
    expect(pasteSummary(plan)).toBe(
      'Không dán được ô nào. Bỏ qua 1 ô rơi vào cột chỉ đọc. Bỏ qua 2 ô rơi vào cột tên chỉ tiêu hoặc đơn vị tính: tên và đơn vị chỉ sửa từng ô, không dán.',
    );
  });

  it('ignores a value landing on a plan the row does not have', () => {
    const plan = planPaste('100\t200', { rows, columns, start: at(2, 'plan:0') });
    expect(plan.updates).toEqual([]);
    expect(plan.readOnly).toBe(2);
  });

  it('accepts the statuses in any case and either Unicode form', () => {
    const plan = planPaste('THỰC HIỆN\n' + 'chính thức'.normalize('NFD'), { rows, columns, start: at(0, 'status') });
    expect(plan.updates.map((update) => update.value)).toEqual(['actual', 'official']);
  });
});
