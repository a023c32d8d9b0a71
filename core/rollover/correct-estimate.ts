import { copyJson } from '../json/copy-json';
import { cumulativeOf } from '../indicators/derived-figures';
import { periodMonths } from '../periods/period';
import type { Report } from '../report/report-schema';

/**
 * Replaces an estimate (`ước`) of the previous report by the actual figure, and carries the corrected cumulative
 * into the current report when its cumulative was built on the previous one. Returns both reports, updated.
 */
export function replacePreviousEstimate(
  previous: Report,
  current: Report,
  indicatorId: string,
  actual: number,
): { previous: Report; current: Report } {
  if (!Number.isFinite(actual)) throw new RangeError('Số thực hiện phải là một số hữu hạn.');
  const previousIndex = previous.indicators.findIndex((row) => row.id === indicatorId);
  if (previousIndex < 0) throw new RangeError(`Báo cáo kỳ trước không có chỉ tiêu “${indicatorId}”.`);
  const updatedPrevious = copyJson(previous);
  const previousRow = updatedPrevious.indicators[previousIndex]!;
  previousRow.value = actual;
  previousRow.status = 'actual';

  const updatedCurrent = copyJson(current);
  const currentRow = updatedCurrent.indicators.find((row) => row.id === indicatorId);
  const follows =
    previous.period.year === current.period.year && periodMonths(previous.period).last === periodMonths(current.period).first - 1;
  if (currentRow && currentRow.nature === 'flow' && follows) {
    currentRow.cumulativeBase = cumulativeOf(previousRow, updatedPrevious.period);
  }
  return { previous: updatedPrevious, current: updatedCurrent };
}
