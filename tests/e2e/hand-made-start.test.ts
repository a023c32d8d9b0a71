import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportText } from '../../core/report/read-report';
import { launchChromium, openApplicationPage } from '../support/browser';
import { handMadeWordFixture } from '../support/hand-made-word-fixtures';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const root = path.resolve(import.meta.dirname, '../..');
/** The README's screenshots are rewritten only when asked (`npm run screenshots`). */
let screenshots = path.join(root, 'docs/screenshots');

/** A commune's first month in the tool: last month's report typed in Word becomes its first report, and December follows. */
describe('an office starts from its hand-made Word report', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    let temporary: string;
    ({ directory: temporary, remove } = await makeTemporaryDirectory('e2e-hand-made'));
    if (!process.env['UPDATE_SCREENSHOTS']) screenshots = temporary;
    workspace = path.join(temporary, 'phuc-loc');
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

  it('creates the workspace and reads last month’s report, showing what it recognised before saving', async () => {
    await page.goto(app.url);
    await page.getByLabel('Tên thư mục làm việc').fill('Xã Phúc Lộc');
    await page.getByRole('button', { name: 'Tạo thư mục làm việc' }).click();
    await page.getByRole('heading', { name: 'Khai báo cơ quan' }).waitFor();
    await page
      .locator('input[type="file"][aria-label="Chọn báo cáo Word kỳ trước"]')
      .setInputFiles(await handMadeWordFixture('xa-thang-11-2026.docx'));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Báo cáo tháng 11 năm 2026 của Ủy ban nhân dân xã Phúc Lộc.', { exact: false }).waitFor();
    await expect(dialog.locator('.import-summary').first().textContent()).resolves.toContain('Phụ lục: 22 chỉ tiêu trong 6 lĩnh vực.');
    const suggestions = dialog.locator('[data-group="figures"] input[type="checkbox"]');
    expect(await suggestions.count()).toBeGreaterThan(40);
    await expect(dialog.locator('input[name="save-organisation"]').isChecked()).resolves.toBe(true);
    await page.screenshot({ path: path.join(screenshots, 'nhap-bao-cao-word.png') });
    await suggestions.nth(0).uncheck();
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 11 năm 2026').waitFor();
  });

  it('shows the accepted figures as live figures in the editor', async () => {
    const chips = page.locator('.report-body .figure-chip');
    expect(await chips.count()).toBeGreaterThan(40);
    await expect(page.locator('.report-body h1').first().textContent()).resolves.toBe('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11 NĂM 2026');
    await page.getByRole('tab', { name: 'Bảng chỉ tiêu' }).click();
    await expect(page.locator('[role="grid"] [data-column="name"]').count()).resolves.toBe(22);
  });

  it('creates December’s report from it in one step', async () => {
    await page.getByRole('button', { name: '← Danh sách báo cáo' }).click();
    await page.getByRole('button', { name: /Tạo báo cáo kỳ tiếp theo \(sau tháng 11 năm 2026\)/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mẫu báo cáo').selectOption('ubnd-thang');
    await expect(dialog.getByLabel('Kỳ', { exact: true }).inputValue()).resolves.toBe('12');
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 12 năm 2026').waitFor();
    const december = readReportText(await readFile(path.join(workspace, 'reports', 'ubnd-xa-phuc-loc_2026-12.json'), 'utf8'), 'december');
    expect(december.indicators.find((row) => row.name === 'Tổng thu ngân sách nhà nước trên địa bàn')).toMatchObject({
      cumulativeBase: 15326,
      value: null,
    });
    expect(december.organisation.issuingBody).toBe('ỦY BAN NHÂN DÂN\nXÃ PHÚC LỘC');
  });
});
