import type { FigureField } from '../../core/figures/figure-reference';

/** How the figure picker and chip tooltips name each kind of figure. */
export const figureFieldNames: Record<FigureField, string> = {
  value: 'số liệu kỳ này',
  'value-phrase': 'số liệu kỳ này, có “ước đạt/đạt”',
  cumulative: 'lũy kế',
  'cumulative-phrase': 'lũy kế, có “lũy kế N tháng đạt”',
  plan: 'kế hoạch',
  'next-year-plan': 'chỉ tiêu năm sau',
  'plan-percent': '% kế hoạch',
  'plan-comparison': 'so với kế hoạch (“bằng …% kế hoạch”, “vượt kế hoạch …”)',
  'same-period': 'cùng kỳ năm trước',
  growth: '% tăng/giảm so với cùng kỳ',
  'growth-comparison': 'so với cùng kỳ (“tăng …%”)',
  ratio: '% so với cùng kỳ',
  'ratio-comparison': 'bằng …% so với cùng kỳ',
  progress: 'thực hiện/kế hoạch (“281/317 hộ”)',
  'point-change': 'tăng/giảm so với cùng kỳ, điểm phần trăm',
  'plan-gap': 'cao hơn/thấp hơn kế hoạch',
  'plan-remaining': 'còn phải thực hiện để đạt kế hoạch',
  'previous-change': 'tăng/giảm so với kỳ trước',
  'same-period-difference': 'tăng/giảm so với cùng kỳ (số tuyệt đối)',
};
