import { editIndicatorRow } from './edit-indicator-row';
import { indicatorNatureLabels } from './indicator-nature-labels';
import { indicatorNatures, type IndicatorNature } from './indicator-row';
import type { IndicatorTable, TableEdit } from './indicator-table';

/**
 * Makes an indicator a flow (its values add up into a cumulative), a stock or a ratio (levels, never summed).
 * The cumulative base is kept as it is, so turning it back into a flow loses nothing.
 */
export function setIndicatorNature(table: IndicatorTable, indicatorId: string, nature: IndicatorNature): TableEdit {
  if (!indicatorNatures.includes(nature)) {
    const choices = indicatorNatures.map((candidate) => indicatorNatureLabels[candidate]);
    return {
      ok: false,
      message: `Tính chất “${String(nature)}” không hợp lệ: chọn ${choices.slice(0, -1).join(', ')} hoặc ${choices.at(-1)}.`,
    };
  }
  return editIndicatorRow(table, indicatorId, (row) => (row.nature === nature ? row : { ...row, nature }));
}
