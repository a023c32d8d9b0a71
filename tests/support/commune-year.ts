import { bulletList, heading, paragraph } from '../../core/body/build-body';
import { makePeriod, type Period } from '../../core/periods/period';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { communeReport, november2025, november2026, october2026 } from './commune-workspace';

/**
 * The year's end of the commune of `commune-workspace.ts`: December 2025 and the annual report 2025 (which set the
 * tasks and targets of 2026), and November 2026 with its tasks for December, from which December 2026 and the
 * annual report 2026 are started.
 */
export const december2025 = communeReport(
  makePeriod('month', 2025, 12),
  '2025-12-16',
  {
    'thu-ngan-sach': { value: 1600, base: 14700 },
    'giai-ngan-von': { value: 5.2, base: 28.5 },
    'tieu-chi-ntm': { value: 13 },
    'ty-le-bhyt': { value: 92.5 },
    'ty-le-ho-ngheo': { value: 3.1 },
    'ho-thoat-ngheo': { value: 4, base: 33 },
    'ho-so-tiep-nhan': { value: 600, base: 6610 },
    'ho-so-truc-tuyen': { value: 410, base: 4301 },
    'ho-so-giai-quyet': { value: 590, base: 6445 },
    'ho-so-dung-han': { value: 570, base: 6251 },
    'nhap-ngu': { value: 0, base: 24 },
    'tai-nan-giao-thong': { value: 3, base: 27 },
  },
  [heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12', 'results'), paragraph('Báo cáo tháng 12 năm 2025.')],
);

/** The tasks the annual report 2025 set for 2026: what the annual report 2026 reviews. */
export const tasksFor2026 = [
  'Hoàn thành dự toán thu ngân sách tỉnh giao năm 2026.',
  'Giải ngân 100% kế hoạch vốn đầu tư công năm 2026.',
  'Đạt thêm 04 tiêu chí xã nông thôn mới nâng cao.',
];

export const annual2025: Report = {
  ...communeReport(
    makePeriod('year', 2025),
    '2025-12-18',
    {
      'thu-ngan-sach': { value: 16300 },
      'giai-ngan-von': { value: 33.7 },
      'tieu-chi-ntm': { value: 13 },
      'ty-le-bhyt': { value: 92.5 },
      'ty-le-ho-ngheo': { value: 3.1 },
      'ho-thoat-ngheo': { value: 37 },
      'ho-so-tiep-nhan': { value: 7210 },
      'ho-so-truc-tuyen': { value: 4711 },
      'ho-so-giai-quyet': { value: 7035 },
      'ho-so-dung-han': { value: 6821 },
      'nhap-ngu': { value: 24 },
      'tai-nan-giao-thong': { value: 30 },
    },
    [
      heading(1, 'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025', 'results'),
      paragraph('Báo cáo năm 2025.'),
      heading(1, 'III. NHIỆM VỤ TRỌNG TÂM NĂM 2026', 'tasks'),
      bulletList(...tasksFor2026.map((task) => [task])),
    ],
  ),
  templateId: 'ubnd-nam',
  meta: {
    ...communeReport(makePeriod('year', 2025), '2025-12-18', {}, []).meta,
    subject: 'Tình hình thực hiện nhiệm vụ năm 2025, phương hướng nhiệm vụ năm 2026',
  },
};

/** November 2026 with its tasks for December, as the commune sends it. */
export function november2026WithTasks(): Report {
  const report = november2026();
  return {
    ...report,
    body: {
      type: 'doc',
      content: [
        ...report.body.content,
        heading(1, 'II. NHIỆM VỤ TRỌNG TÂM THÁNG 12', 'tasks'),
        bulletList(['Tập trung thu ngân sách, phấn đấu hoàn thành dự toán năm 2026.'], ['Tổng kết công tác năm 2026.']),
      ],
    },
  };
}

export const yearHistory = (): Report[] => [november2026WithTasks(), october2026, annual2025, december2025, november2025];

export function rolledFrom(previous: Report, period: Period, history: readonly Report[], templateId = 'ubnd-thang'): Report {
  return rollOverReport({
    previous,
    period,
    history,
    templateId,
    subjectPattern: 'Tình hình thực hiện nhiệm vụ {current}, phương hướng nhiệm vụ {following}',
    id: `ubnd-xa-tan-thanh-${period.year}-${period.kind}-${period.index ?? 0}`,
    createdAt: '2026-12-10T08:00:00+07:00',
  });
}
