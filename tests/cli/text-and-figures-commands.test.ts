import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const root = path.resolve(import.meta.dirname, '../..');
const sample = (name: string) => path.join(root, 'examples/le-chan/reports', name);

const run = runCli;

/** What each sample report must print: its seed's published figures, formatted as FORMAT.md says. */
const published: Record<string, string[]> = {
  'ubnd-le-chan_2019-10.json': [
    'Lê Chân, ngày 30 tháng 10 năm 2019',
    'Kết quả thực hiện nhiệm vụ tháng 10, phương hướng nhiệm vụ tháng 11 năm 2019',
    'ước đạt 27,8 tỷ đồng, bằng 8,41% kế hoạch năm',
    'lũy kế 10 tháng đạt 901 tỷ đồng, đạt 97% kế hoạch năm',
    'kết quả giảm nghèo tháng 10 là 23 hộ, 10 tháng giảm 281/317 hộ nghèo',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Số:       /BC-UBND',
    '- Lưu: VT, VP.',
  ],
  'quan-uy-le-chan_2019-9M.json': [
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Lê Chân, ngày 30 tháng 9 năm 2019',
    'Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng 9% so với cùng kỳ',
    'doanh thu dịch vụ lưu trú, ăn uống tăng 20,3% so với cùng kỳ',
    'thành lập được 1 tổ chức đảng, 4 tổ chức công đoàn và 3 tổ chức đoàn thanh niên',
    '3 tháng cuối năm 2019',
  ],
  'quan-uy-le-chan_2020.json': [
    'Lê Chân, ngày 18 tháng 12 năm 2020',
    'Giá trị sản xuất công nghiệp do quận quản lý 406,890 tỷ đồng',
    'Thu ngân sách nhà nước trên địa bàn 1.223,771 tỷ đồng',
    'Tổng chi ngân sách 604,570 tỷ đồng; tổng vốn đầu tư công 116,773 tỷ đồng',
    'Giới thiệu việc làm cho 7.500 lượt người lao động',
    'nước sạch theo tiêu chuẩn đạt 100%',
    'Kết nạp mới 155 đảng viên; thành lập 2 tổ chức đảng',
  ],
  'quan-uy-le-chan_2021-11.json': [
    'Lê Chân, ngày 29 tháng 11 năm 2021',
    'toàn quận đã thực hiện 12/13 chỉ tiêu',
    'tháng 11 ước đạt 105 tỷ đồng; lũy kế 11 tháng đạt 1.379 tỷ đồng, bằng 124% kế hoạch năm thành phố giao',
    'lũy kế 11 tháng đạt 1.248 tỷ đồng, bằng 129% kế hoạch năm thành phố giao',
    'giá trị sản xuất công nghiệp tháng 11 ước đạt 35,9 tỷ đồng, tăng 8,5% so với cùng kỳ',
    'tổng mức bán lẻ hàng hóa tháng 11 ước đạt 2.137,6 tỷ đồng, tăng 20,7% so với cùng kỳ',
    'doanh thu dịch vụ lưu trú và ăn uống tháng 11 ước đạt 2.137,6 tỷ đồng, tăng 20,7% so với cùng kỳ',
    'ước đạt 71,849/141,973 tỷ đồng, bằng 50,6%',
    '194.768 mũi (trong đó: 116.799 trường hợp tiêm mũi 1 và 77.969 trường hợp tiêm mũi 2)',
    '- Lưu Văn phòng Quận ủy.',
  ],
  'ubnd-le-chan_2022-Q3.json': [
    'Lê Chân, ngày 26 tháng 9 năm 2022',
    'Kết quả thực hiện nhiệm vụ quý III, phương hướng nhiệm vụ quý IV năm 2022',
    'bằng 76,7% kế hoạch thành phố và bằng 72,6% kế hoạch HĐND quận giao, tăng 19% so với cùng kỳ',
  ],
};

describe('npm run cli -- text', () => {
  it.each(Object.entries(published))('prints %s with its seed figures', async (fileName, expected) => {
    const { code, out, error } = await run('text', sample(fileName));
    expect(error).toBe('');
    expect(code).toBe(0);
    for (const phrase of expected) expect(out).toContain(phrase);
    expect(out).not.toMatch(/NaN|Infinity|undefined|…/);
    expect(out).toMatch(/\.\/\.\n/);
  });

  it('reports a missing file on stderr with a non-zero exit code', async () => {
    const { code, out, error } = await run('text', sample('khong-co.json'));
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(error).toContain('khong-co.json');
  });

  it('explains how to use a command called without its file', async () => {
    const { code, error } = await run('text');
    expect(code).toBe(2);
    expect(error).toContain('Cách dùng: npm run -s cli -- text <báo-cáo.json>');
  });

  it('names an unknown command', async () => {
    const { code, error } = await run('in-an');
    expect(code).toBe(2);
    expect(error).toContain('Lệnh “in-an” không có.');
  });
});

describe('npm run cli -- figures', () => {
  it('prints the indicator table with the derived columns', async () => {
    const { code, out } = await run('figures', sample('ubnd-le-chan_2022-Q3.json'));
    expect(code).toBe(0);
    expect(out).toMatch(/Thu thuế ngoài quốc doanh\s+tỷ đồng\s+300,0\s+316,9\s+78,4\s+230,1\s+76,7\s+72,6\s+193,4\s+\+19/);
  });

  it('prints the derived figures as JSON', async () => {
    const { code, out } = await run('figures', sample('quan-uy-le-chan_2021-11.json'), '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { id: string; cumulative: number; plans: { percent: number }[] }[];
    const revenue = rows.find((row) => row.id === 'thu-ngan-sach-tren-dia-ban')!;
    expect(revenue.cumulative).toBeCloseTo(1379, 6);
    expect(revenue.plans[0]!.percent).toBeCloseTo(123.95, 2);
  });

  it('refuses an unknown option', async () => {
    const { code, error } = await run('figures', sample('ubnd-le-chan_2022-Q3.json'), '--xml');
    expect(code).toBe(2);
    expect(error).toContain('Tham số không hợp lệ');
  });
});

describe('the command as npm runs it', () => {
  it('exits non-zero with the message on stderr', async () => {
    const result = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'services/cli/main.ts'), 'text', 'khong-co.json'],
      { cwd: root },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect('code' in result ? result.code : 0).toBe(2);
    expect(result.stderr).toContain('khong-co.json');
  });
});
