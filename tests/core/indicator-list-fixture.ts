import { emptyIndicatorRow } from '../../core/indicators/indicator-row';
import type { IndicatorTable } from '../../core/indicators/indicator-table';

/** A commune's list: two field groups, budget revenue with a provincial estimate, two counts. */
export function communeTable(): IndicatorTable {
  return {
    groups: [
      { id: 'tai-chinh', name: 'Tài chính - Ngân sách' },
      { id: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính' },
    ],
    rows: [
      emptyIndicatorRow({
        id: 'thu-ngan-sach',
        name: 'Thu ngân sách trên địa bàn',
        unit: 'tỷ đồng',
        group: 'tai-chinh',
        nature: 'flow',
        decimals: 3,
        percentDecimals: 1,
        plans: [{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 85.5 }],
        value: 1.2,
        cumulativeBase: 70.649,
        cumulativeOverride: 71.849,
        samePeriod: { value: 1.1, cumulative: 60.25 },
        nextYearPlans: [{ id: 'du-toan-tinh-giao', label: 'dự toán tỉnh giao', value: 90 }],
      }),
      emptyIndicatorRow({
        id: 'ho-so-tiep-nhan',
        name: 'Hồ sơ thủ tục hành chính tiếp nhận',
        unit: 'hồ sơ',
        group: 'cai-cach-hanh-chinh',
        nature: 'flow',
        value: 412,
      }),
      emptyIndicatorRow({
        id: 'ty-le-dung-han',
        name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        unit: '%',
        group: 'cai-cach-hanh-chinh',
        nature: 'ratio',
        decimals: 1,
        value: 98.5,
      }),
    ],
  };
}
