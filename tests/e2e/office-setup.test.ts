import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportText } from '../../core/report/read-report';
import { launchChromium, openApplicationPage } from '../support/browser';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const novemberFile = 'ubnd-xa-hoa-an_2026-11.json';
const root = path.resolve(import.meta.dirname, '../..');
/** The README's screenshots are rewritten only when asked (`npm run screenshots`); otherwise they go to the temporary folder. */
let screenshots = path.join(root, 'docs/screenshots');

/**
 * A commune that has never used the tool, in the browser mode: from an empty folder to its own workspace, its own
 * profile and indicator, the November 2026 report exported to Word, and December's report carrying the indicator.
 */
describe('an office sets itself up from an empty folder', () => {
  let temporary: string;
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ directory: temporary, remove } = await makeTemporaryDirectory('e2e-setup'));
    if (!process.env['UPDATE_SCREENSHOTS']) screenshots = temporary;
    workspace = path.join(temporary, 'hoa-an');
    await mkdir(workspace);
    app = await startWebApp(workspace);
    browser = await launchChromium();
    page = await openApplicationPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.kill();
    await remove?.();
  });

  it('offers to create the workspace in the empty folder it was started with', async () => {
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Thư mục làm việc', exact: true }).waitFor();
    await expect(page.getByLabel('Thư mục trống để tạo thư mục làm việc').inputValue()).resolves.toBe(workspace);
    await page.getByLabel('Tên thư mục làm việc').fill('Báo cáo định kỳ xã Hòa An');
    await page.screenshot({ path: path.join(screenshots, 'thu-muc-lam-viec.png') });
    await page.getByRole('button', { name: 'Tạo thư mục làm việc' }).click();
    await page.getByRole('heading', { name: 'Khai báo cơ quan' }).waitFor();
  });

  it('fills the commune’s profile from its kind, corrects it and sees the header as it will print', async () => {
    await page.getByLabel('Loại cơ quan').selectOption('ubnd-xa');
    await page.getByLabel('Tên xã, phường hoặc tên Sở').fill('Hòa An');
    await page.getByLabel('Tên tỉnh, thành phố').fill('Cao Bằng');
    await page.getByRole('button', { name: 'Điền thông tin gợi ý' }).click();
    await page.getByLabel('Họ tên người ký').fill('Nông Văn Bình');
    const recipients = page.getByLabel('Nơi nhận (mỗi dòng một nơi)');
    await recipients.fill('Ủy ban nhân dân tỉnh Cao Bằng\nThường trực Đảng ủy xã\nThường trực Hội đồng nhân dân xã');
    const preview = page.locator('.preview-header .preview-line');
    await expect(preview.allTextContents()).resolves.toEqual(
      expect.arrayContaining(['ỦY BAN NHÂN DÂN', 'XÃ HÒA AN', 'Số: 05/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    );
    await page.screenshot({ path: path.join(screenshots, 'khai-bao-co-quan.png') });
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Báo cáo định kỳ xã Hòa An' }).waitFor();
    await expect(page.locator('.organisation-name').allTextContents()).resolves.toEqual(['Ủy ban nhân dân xã Hòa An']);
  });

  it('creates the November 2026 report from the commune template', async () => {
    await page.getByRole('button', { name: 'Tạo báo cáo từ mẫu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mẫu báo cáo').selectOption('ubnd-thang');
    await dialog.getByLabel('Năm').fill('2026');
    await dialog.getByLabel('Kỳ', { exact: true }).selectOption('11');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 11 năm 2026').waitFor();
  });

  it('adds its own indicator with its unit and plan, and fills its value', async () => {
    await page.getByRole('tab', { name: 'Bảng chỉ tiêu' }).click();
    await page.getByRole('button', { name: 'Thêm chỉ tiêu…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên chỉ tiêu').fill('Thu ngân sách nhà nước trên địa bàn xã');
    await dialog.getByLabel('Đơn vị tính').fill('triệu đồng');
    await dialog.getByLabel('Tên kế hoạch (nếu có)').fill('dự toán HĐND xã giao');
    await dialog.getByLabel('Giá trị kế hoạch').fill('52.000');
    await dialog.getByLabel('Số chữ số thập phân', { exact: true }).fill('1');
    await page.screenshot({ path: path.join(screenshots, 'them-chi-tieu.png') });
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const name = page.locator('[role="grid"] [data-column="name"]', { hasText: 'Thu ngân sách nhà nước trên địa bàn xã' });
    await name.waitFor();
    const indicatorId = await name.getAttribute('data-indicator');
    expect(indicatorId).toBe('thu-ngan-sach-nha-nuoc-tren-dia-ban-xa');
    const value = page.locator(`[role="grid"] [data-indicator="${indicatorId}"][data-column="value"]`);
    await value.click();
    await page.keyboard.type('4.875,5');
    await page.keyboard.press('Enter');
    await expect(value.textContent()).resolves.toContain('4.875,5');
    // A flow added in November has no cumulative of its own before: the office enters the 11 months' total.
    const override = page.locator(`[role="grid"] [data-indicator="${indicatorId}"][data-column="cumulativeOverride"]`);
    await override.click();
    await page.keyboard.type('48.230,5');
    await page.keyboard.press('Enter');
    await expect(
      page.locator(`[role="grid"] [data-indicator="${indicatorId}"][data-column="planPercent:0"]`).textContent(),
    ).resolves.toContain('92,8');
  });

  it('gives the report its number and date, and exports a Word file with the commune’s header and indicator', async () => {
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    await page.locator('[name="number"]').fill('5');
    await page.locator('[name="date"]').fill('2026-11-18');
    await page.getByRole('tab', { name: 'Xuất Word' }).click();
    await page.locator('[data-action="export"]').click();
    // The template's other indicators are still empty: the check says what would print “…”, and the office exports a draft.
    const warning = page.getByRole('dialog');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toMatch(/Kiểm tra thấy \d+ lỗi, ví dụ: .*/u);
    await warning.getByRole('button', { name: 'Vẫn xuất' }).click();
    await page.getByText('Tệp đã lưu tại:').waitFor({ timeout: 30_000 });

    const docx = path.join(workspace, 'xuat-word', novemberFile.replace('.json', '.docx'));
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(docx) });
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA AN',
      'Số: 05/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hòa An, ngày 18 tháng 11 năm 2026',
    ]);
    const appendix = lines.slice(lines.findIndex((line) => line === 'Phụ lục'));
    const row = appendix.indexOf('Thu ngân sách nhà nước trên địa bàn xã');
    expect(row).toBeGreaterThan(0);
    expect(appendix.slice(row, row + 5)).toEqual([
      'Thu ngân sách nhà nước trên địa bàn xã',
      'triệu đồng',
      '52.000,0',
      '4.875,5',
      '48.230,5',
    ]);
  });

  it('carries the indicator, its unit and plan over to December’s report', async () => {
    await page.getByRole('button', { name: '← Danh sách báo cáo' }).click();
    await page.getByRole('button', { name: /Tạo báo cáo kỳ tiếp theo \(sau tháng 11 năm 2026\)/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Kỳ', { exact: true }).inputValue()).resolves.toBe('12');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 12 năm 2026').waitFor();
    const december = readReportText(
      await readFile(path.join(workspace, 'reports', 'ubnd-xa-hoa-an_2026-12.json'), 'utf8'),
      'ubnd-xa-hoa-an_2026-12.json',
    );
    const carried = december.indicators.find((candidate) => candidate.id === 'thu-ngan-sach-nha-nuoc-tren-dia-ban-xa');
    expect(carried).toMatchObject({
      name: 'Thu ngân sách nhà nước trên địa bàn xã',
      unit: 'triệu đồng',
      plans: [{ label: 'dự toán HĐND xã giao', value: 52000 }],
      value: null,
      cumulativeBase: 48230.5,
    });
    expect(december.organisation.issuingBody).toBe('ỦY BAN NHÂN DÂN\nXÃ HÒA AN');
  });
});
