import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApplicationPage } from '../support/browser';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

/**
 * The first start, in the browser mode: the sample of today's offices comes first; then a commune formed on 1 July
 * 2025 declares itself, enters the months before its founding once, and its first report counts from them.
 */
describe('the first start of a commune formed by a merger', () => {
  let temporary: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;
  const grid = (indicator: string, column: string) =>
    page.locator(`[role="grid"] [data-indicator="${indicator}"][data-column="${column}"]`);

  beforeAll(async () => {
    ({ directory: temporary, remove } = await makeTemporaryDirectory('e2e-first-start'));
    app = await startWebApp(path.join(temporary, 'tan-thanh'));
    browser = await launchChromium();
    page = await openApplicationPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.kill();
    await remove?.();
  });

  it('offers the sample of today’s offices first, beside a new workspace and the historical sample', async () => {
    await page.goto(app.url);
    await page.locator('.setup-choice h3').first().waitFor();
    await expect(page.locator('.setup-choice h3').allTextContents()).resolves.toEqual([
      'Xã Tân Thành (mẫu, 2025–2026)',
      'Tạo thư mục làm việc mới',
      'Mở thư mục làm việc có sẵn',
      'Quận Lê Chân (mẫu lịch sử, 2019–2022)',
    ]);
    await page.locator('[data-action="open-sample"][data-sample="xa-tan-thanh"]').click();
    await page.getByRole('heading', { name: 'Xã Tân Thành (mẫu)' }).waitFor();
    await page
      .getByText(/tháng 11 năm 2026/iu)
      .first()
      .waitFor();
  });

  it('declares the commune, whose first report offers the commune’s own monthly template', async () => {
    await page.locator('[data-action="workspace-setup"]').click();
    await page.getByLabel('Tên thư mục làm việc').fill('Xã Tân Thành');
    await page.getByLabel('Thư mục trống để tạo thư mục làm việc').fill(path.join(temporary, 'tan-thanh'));
    await page.getByRole('button', { name: 'Tạo thư mục làm việc' }).click();
    await page.getByRole('heading', { name: 'Khai báo cơ quan' }).waitFor();
    await page.getByLabel('Loại cơ quan').selectOption('ubnd-xa');
    await page.getByLabel('Tên xã, phường hoặc tên Sở').fill('Tân Thành');
    await page.getByLabel('Tên tỉnh, thành phố').fill('Phú Thọ');
    await page.getByRole('button', { name: 'Điền thông tin gợi ý' }).click();
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn Bình');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Xã Tân Thành' }).waitFor();
    await page.getByRole('button', { name: 'Tạo báo cáo từ mẫu' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Mẫu báo cáo').inputValue()).resolves.toBe('ubnd-xa-thang');
    await dialog.getByLabel('Năm').fill('2025');
    await dialog.getByLabel('Kỳ', { exact: true }).selectOption('7');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 7 năm 2025').waitFor();
  });

  it('enters the months before the founding once, and the report’s cumulative counts from them', async () => {
    await page.getByRole('tab', { name: 'Bảng chỉ tiêu' }).click();
    await page.locator('[data-action="opening-figures"]').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Từ tháng 1 đến hết').inputValue()).resolves.toBe('6');
    await dialog.locator('[name="thu-ngan-sach:1"]').fill('1.000');
    await dialog.locator('[name="thu-ngan-sach:2"]').fill('1.1OO');
    await dialog.getByRole('button', { name: 'Lưu số liệu đầu kỳ' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(/^Chỉ tiêu “Thu ngân sách nhà nước trên địa bàn”, tháng 2: /u);
    for (const [month, value] of ['1.000', '1.100', '1.200', '1.300', '1.400', '1.500'].entries()) {
      await dialog.locator(`[name="thu-ngan-sach:${month + 1}"]`).fill(value);
    }
    await dialog.getByLabel('Nguồn số liệu').fill('Tổng hợp từ báo cáo của các xã Tân Phú, Tân Lập, Thành Công');
    await dialog.getByRole('button', { name: 'Lưu số liệu đầu kỳ' }).click();
    await page.getByRole('dialog').getByText('Số liệu đầu kỳ đã được lưu').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Đóng' }).click();

    await grid('thu-ngan-sach', 'value').click();
    await page.keyboard.type('1.300');
    await page.keyboard.press('Enter');
    await expect(grid('thu-ngan-sach', 'cumulative').textContent()).resolves.toContain('8.800');
    const settings = JSON.parse(await readFile(path.join(temporary, 'tan-thanh', 'workspace.json'), 'utf8'));
    expect(settings.openingFigures).toEqual([
      {
        organisationId: 'ubnd-xa-tan-thanh',
        year: 2025,
        throughMonth: 6,
        source: 'Tổng hợp từ báo cáo của các xã Tân Phú, Tân Lập, Thành Công',
        indicators: [
          {
            id: 'thu-ngan-sach',
            name: 'Thu ngân sách nhà nước trên địa bàn',
            unit: 'triệu đồng',
            nature: 'flow',
            months: [1000, 1100, 1200, 1300, 1400, 1500],
          },
        ],
      },
    ]);
  });
});
