/**
 * The figures of the fictitious commune, month by month from January 2024 (the former communes' sums until June
 * 2025, the commune's own after), and its plans per year. Every report of the sample takes its values from here;
 * cumulatives, same-period figures and last period's values are then found by the program itself.
 */
type Monthly = (year: number, month: number) => number;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));
/** Months since January 2024, 0 for January 2024. */
const step = (year: number, month: number) => (year - 2024) * 12 + month - 1;
const seasonal =
  (pattern: readonly number[], yearly: number, decimals = 0): Monthly =>
  (year, month) =>
    round(pattern[month - 1]! * (1 + yearly) ** (year - 2024), decimals);
const drifting =
  (start: number, perMonth: number, decimals = 0): Monthly =>
  (year, month) =>
    round(start + perMonth * step(year, month), decimals);
const repeating =
  (pattern: readonly number[], changes: Record<number, readonly number[]> = {}): Monthly =>
  (year, month) =>
    (changes[year] ?? pattern)[month - 1]!;

const households = 5200;
const poorHouseholds = drifting(214, -2.5);
const received = seasonal([560, 430, 610, 590, 620, 600, 640, 610, 650, 630, 600, 680], 0.06);
const online: Monthly = (year, month) => Math.round(received(year, month) * (0.52 + 0.008 * step(year, month)));
const handled: Monthly = (year, month) => Math.round(received(year, month) * 0.97);
const onTime: Monthly = (year, month) => handled(year, month) - (3 - (step(year, month) % 3));

/** The People's Committee's entered indicators (the derived ones are computed from these). */
export const committeeFigures: Record<string, Monthly> = {
  'thu-ngan-sach': seasonal([980, 1020, 1150, 1210, 1180, 1240, 1260, 1300, 1280, 1350, 1320, 2100], 0.08),
  'chi-ngan-sach': seasonal([900, 980, 1050, 1010, 1090, 1120, 1100, 1150, 1130, 1180, 1160, 1900], 0.07),
  'dien-tich-gieo-trong': seasonal([35, 310, 70, 20, 15, 45, 290, 40, 25, 60, 30, 20], 0.01, 1),
  'san-luong-luong-thuc': seasonal([20, 10, 15, 60, 900, 700, 40, 30, 820, 650, 50, 30], 0.02),
  'tong-dan-lon': drifting(4650, 12),
  'tieu-chi-ntm': (year, month) =>
    year === 2024 ? 12 : year === 2025 ? (month < 5 ? 13 : month < 10 ? 14 : 15) : month < 4 ? 15 : month < 9 ? 16 : 17,
  'giai-ngan-von': seasonal([200, 400, 900, 1100, 1500, 1800, 1900, 2000, 2600, 2800, 3000, 5200], 0.1),
  'vi-pham-dat-dai': repeating([2, 1, 3, 2, 1, 2, 3, 1, 2, 1, 2, 1], { 2026: [1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 0, 1] }),
  'truong-dat-chuan': (year) => (year < 2026 ? 5 : 6),
  'tiem-chung': repeating([17, 15, 18, 19, 17, 18, 20, 18, 17, 19, 18, 16]),
  'ty-le-bhyt': drifting(91, 0.12, 1),
  'giai-quyet-viec-lam': seasonal([30, 55, 48, 42, 40, 38, 36, 44, 46, 41, 39, 45], 0.05),
  'ho-ngheo': poorHouseholds,
  'ty-le-ho-ngheo': (year, month) => round((poorHouseholds(year, month) / households) * 100, 2),
  'ho-so-tiep-nhan': received,
  'ho-so-truc-tuyen': online,
  'ho-so-giai-quyet': handled,
  'ho-so-dung-han': onTime,
  'tai-khoan-dinh-danh': drifting(5400, 140),
  'nhap-ngu': (year, month) => (month === 2 ? ({ 2024: 24, 2025: 25, 2026: 27 } as Record<number, number>)[year]! : 0),
  'vu-an-ninh': repeating([3, 4, 2, 3, 2, 1, 2, 3, 2, 2, 1, 3], { 2026: [2, 3, 2, 2, 1, 1, 2, 2, 1, 2, 1, 2] }),
  'tai-nan-giao-thong': repeating([1, 2, 1, 0, 1, 1, 2, 1, 0, 1, 1, 2], { 2026: [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1] }),
  'nguoi-chet-tai-nan': repeating([0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1], { 2026: [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0] }),
  'nguoi-bi-thuong-tai-nan': repeating([1, 1, 1, 0, 1, 0, 2, 1, 0, 1, 1, 1], { 2026: [1, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1] }),
};

/** The Party committee's entered indicators; those it shares with the People's Committee have the same figures. */
export const partyFigures: Record<string, Monthly> = {
  'ket-nap-dang-vien': repeating([1, 2, 1, 0, 2, 1, 1, 0, 2, 1, 3, 1], { 2026: [2, 1, 2, 1, 1, 2, 1, 1, 2, 2, 2, 1] }),
  'tong-so-dang-vien': drifting(412, 0.75),
  'chi-bo-truc-thuoc': () => 18,
  'huy-hieu-dang': repeating([4, 6, 0, 0, 2, 3, 0, 2, 7, 0, 5, 2]),
  'cuoc-kiem-tra': repeating([1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2]),
  'cuoc-giam-sat': repeating([0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]),
  'ky-luat-dang-vien': repeating([0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0], { 2026: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0] }),
  'thu-ngan-sach': committeeFigures['thu-ngan-sach']!,
  'tieu-chi-ntm': committeeFigures['tieu-chi-ntm']!,
  'ty-le-ho-ngheo': committeeFigures['ty-le-ho-ngheo']!,
  'ty-le-bhyt': committeeFigures['ty-le-bhyt']!,
  'nhap-ngu': committeeFigures['nhap-ngu']!,
};

/** Plans of each year, by indicator and plan id. Those a template fixes (the 19 criteria) are not repeated. */
export const committeePlans: Record<number, Record<string, Record<string, number>>> = {
  2025: {
    'thu-ngan-sach': { 'du-toan-tinh-giao': 16500, 'du-toan-hdnd': 17000 },
    'chi-ngan-sach': { 'du-toan-nam': 15000 },
    'dien-tich-gieo-trong': { 'ke-hoach-nam': 960 },
    'san-luong-luong-thuc': { 'ke-hoach-nam': 3300 },
    'giai-ngan-von': { 'ke-hoach-von': 26000 },
    'truong-dat-chuan': { 'tong-so-truong': 7 },
    'tiem-chung': { 'ke-hoach-nam': 210 },
    'ty-le-bhyt': { 'chi-tieu-nam': 94 },
    'giai-quyet-viec-lam': { 'ke-hoach-nam': 520 },
    'ho-ngheo': { 'chi-tieu-nam': 160 },
    'ty-le-ho-ngheo': { 'chi-tieu-nam': 3.1 },
    'ty-le-dung-han': { 'chi-tieu-nam': 98 },
    'ty-le-truc-tuyen': { 'chi-tieu-nam': 60 },
    'tai-khoan-dinh-danh': { 'chi-tieu-giao': 8500 },
    'nhap-ngu': { 'chi-tieu-giao': 25 },
  },
  2026: {
    'thu-ngan-sach': { 'du-toan-tinh-giao': 18200, 'du-toan-hdnd': 18800 },
    'chi-ngan-sach': { 'du-toan-nam': 16500 },
    'dien-tich-gieo-trong': { 'ke-hoach-nam': 970 },
    'san-luong-luong-thuc': { 'ke-hoach-nam': 3400 },
    'giai-ngan-von': { 'ke-hoach-von': 29000 },
    'truong-dat-chuan': { 'tong-so-truong': 7 },
    'tiem-chung': { 'ke-hoach-nam': 210 },
    'ty-le-bhyt': { 'chi-tieu-nam': 95.5 },
    'giai-quyet-viec-lam': { 'ke-hoach-nam': 550 },
    'ho-ngheo': { 'chi-tieu-nam': 125 },
    'ty-le-ho-ngheo': { 'chi-tieu-nam': 2.4 },
    'ty-le-dung-han': { 'chi-tieu-nam': 98.5 },
    'ty-le-truc-tuyen': { 'chi-tieu-nam': 70 },
    'tai-khoan-dinh-danh': { 'chi-tieu-giao': 10500 },
    'nhap-ngu': { 'chi-tieu-giao': 27 },
  },
};

export const partyPlans: Record<number, Record<string, Record<string, number>>> = {
  2025: {
    'ket-nap-dang-vien': { 'chi-tieu-nghi-quyet': 15 },
    'cuoc-kiem-tra': { 'ke-hoach-nam': 16 },
    'cuoc-giam-sat': { 'ke-hoach-nam': 10 },
    'thu-ngan-sach': { 'du-toan-tinh-giao': 16500 },
    'ty-le-ho-ngheo': { 'chi-tieu-nghi-quyet': 3.1 },
    'ty-le-bhyt': { 'chi-tieu-nghi-quyet': 94 },
    'nhap-ngu': { 'chi-tieu-giao': 25 },
  },
  2026: {
    'ket-nap-dang-vien': { 'chi-tieu-nghi-quyet': 20 },
    'cuoc-kiem-tra': { 'ke-hoach-nam': 18 },
    'cuoc-giam-sat': { 'ke-hoach-nam': 12 },
    'thu-ngan-sach': { 'du-toan-tinh-giao': 18200 },
    'ty-le-ho-ngheo': { 'chi-tieu-nghi-quyet': 2.4 },
    'ty-le-bhyt': { 'chi-tieu-nghi-quyet': 95.5 },
    'nhap-ngu': { 'chi-tieu-giao': 27 },
  },
};

/** How the figure of an indicator broken down by unit is shared among the units, in the units' order. */
export const unitShares = [0.3, 0.25, 0.27, 0.18];

/** `Tổng hợp từ báo cáo của Ủy ban nhân dân các xã Tân Phú, Tân Lập và Thành Công (trước ngày 01/7/2025).` */
export function formerCommunesNote(body: string): string {
  return `Tổng hợp từ báo cáo của ${body} các xã Tân Phú, Tân Lập và Thành Công (trước ngày 01/7/2025).`;
}
