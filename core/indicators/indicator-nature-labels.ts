import type { IndicatorNature } from './indicator-row';

/** How the natures are named to the officer. */
export const indicatorNatureLabels: Record<IndicatorNature, string> = {
  flow: 'cộng dồn (lũy kế)',
  stock: 'số tại thời điểm',
  ratio: 'tỷ lệ',
};
