import { digitsProblem } from './digits-problem';
import { editIndicatorRow } from './edit-indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/** Sets how many digits an indicator's values (`27,8`: 1) and its percentages (`8,41%`: 2) show after the comma. */
export function setIndicatorDecimals(
  table: IndicatorTable,
  indicatorId: string,
  digits: { decimals?: number; percentDecimals?: number },
): TableEdit {
  return editIndicatorRow(table, indicatorId, (row) => {
    const decimals = digits.decimals ?? row.decimals;
    const percentDecimals = digits.percentDecimals ?? row.percentDecimals;
    const problem = digitsProblem('decimals', decimals) ?? digitsProblem('percentDecimals', percentDecimals);
    if (problem) return { refused: `${problem} (chỉ tiêu “${row.name}”).` };
    return decimals === row.decimals && percentDecimals === row.percentDecimals ? row : { ...row, decimals, percentDecimals };
  });
}
