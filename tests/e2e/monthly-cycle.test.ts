import { access, cp, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportText } from '../../core/report/read-report';
import { launchChromium, openApplicationPage } from '../support/browser';
import { exportedReportOf } from '../support/exported-report';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const root = path.resolve(import.meta.dirname, '../..');
/** The README's screenshots are rewritten only when asked (`npm run screenshots`); otherwise they go to the temporary folder. */
let screenshots = path.join(root, 'docs/screenshots');
const novemberFile = 'ubnd-le-chan_2019-11.json';

/**
 * The monthly cycle in the browser mode, as a person does it: open the sample workspace, start November 2019 from
 * October, enter a figure, watch the text follow, insert a figure, edit a carried paragraph, export, and get the
 * unsaved edits back after the program is killed.
 */
describe('the monthly cycle in the browser', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('e2e'));
    if (!process.env['UPDATE_SCREENSHOTS']) screenshots = workspace;
    await cp(path.join(root, 'examples/le-chan'), workspace, { recursive: true });
    app = await startWebApp(workspace);
    browser = await launchChromium();
    page = await openApplicationPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.kill();
    await remove?.();
  });

  it('opens the sample workspace with its reports, the latest first', async () => {
    await page.goto(app.url);
    await page.getByRole('button', { name: /Tạo báo cáo kỳ tiếp theo/ }).waitFor();
    const periods = await page.locator('.report-period').allTextContents();
    expect(periods.slice(0, 2)).toEqual(['Quý III năm 2022', 'Tháng 11 năm 2021']);
    await page.screenshot({ path: path.join(screenshots, 'danh-sach-bao-cao.png') });
  });

  it('creates the November 2019 report from October’s in the wizard', async () => {
    await page.getByRole('button', { name: 'Tạo báo cáo từ mẫu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cơ quan, tổ chức').selectOption('ubnd-le-chan');
    await dialog.getByLabel('Mẫu báo cáo').selectOption('ubnd-thang');
    await dialog.getByLabel('Năm').fill('2019');
    await dialog.getByLabel('Kỳ', { exact: true }).selectOption('11');
    await dialog.getByLabel('Bắt đầu từ').selectOption('ubnd-le-chan_2019-10.json');
    await page.screenshot({ path: path.join(screenshots, 'tao-bao-cao-moi.png') });
    await dialog.getByRole('button', { name: 'Tạo báo cáo' }).click();
    await page.getByText('Báo cáo tháng 11 năm 2019').waitFor();
    await expect(page.locator('.report-body h1').first().textContent()).resolves.toBe('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11');
    expect(await page.locator('.report-body p[data-review]').count()).toBeGreaterThan(5);
    expect(await page.locator('.report-body ul[data-type="taskList"] > li').count()).toBe(6);
  });

  it('updates the figures in the text as soon as a value is entered in the grid', async () => {
    const cumulative = page.locator('.figure-chip[data-indicator="thu-can-doi-ngan-sach"][data-field="cumulative-phrase"]');
    await expect(cumulative.textContent()).resolves.toBe('…');
    await page.getByRole('tab', { name: 'Bảng chỉ tiêu' }).click();
    const cell = page.locator('[role="grid"] [data-indicator="thu-can-doi-ngan-sach"][data-column="value"]');
    await cell.click();
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(screenshots, 'bang-chi-tieu.png') });
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await expect(cumulative.textContent()).resolves.toBe('lũy kế 11 tháng đạt 1.051 tỷ đồng');
    await expect(
      page.locator('.figure-chip[data-indicator="thu-can-doi-ngan-sach"][data-field="value-phrase"]').textContent(),
    ).resolves.toBe('ước đạt 150 tỷ đồng');
  });

  it('inserts a figure reference from the picker', async () => {
    const before = await page.locator('.figure-chip[data-indicator="giam-ho-ngheo"]').count();
    await page.locator('.report-body p').first().click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Chèn số liệu từ bảng chỉ tiêu' }).click();
    await page.getByLabel('Tìm chỉ tiêu').fill('ho ngheo');
    await page.locator('.figure-picker [data-indicator="giam-ho-ngheo"]').click();
    await page.locator('.picker-field[data-field="plan"]').click();
    await expect(page.locator('.figure-chip[data-indicator="giam-ho-ngheo"]').count()).resolves.toBe(before + 1);
  });

  it('clears the review mark of a carried paragraph once it is edited', async () => {
    const carried = page.locator('.report-body p[data-review]');
    const count = await carried.count();
    await carried.filter({ hasText: 'Tình hình quốc phòng - an ninh trên địa bàn quận ổn định' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Đã cập nhật số liệu tháng 11.');
    await expect(carried.count()).resolves.toBe(count - 1);
    await page.screenshot({ path: path.join(screenshots, 'soan-thao.png') });
  });

  it('lists the consistency findings and jumps to the paragraph a finding is about', async () => {
    await page.getByRole('tab', { name: /^Kiểm tra/ }).click();
    const staleMonth = page.locator('.check-finding button[data-code="KY-CU"]').first();
    await staleMonth.waitFor();
    await expect(page.getByRole('tab', { name: /^Kiểm tra/ }).textContent()).resolves.toMatch(/cảnh báo/);
    await page.screenshot({ path: path.join(screenshots, 'kiem-tra.png') });
    await staleMonth.click();
    await expect(page.getByRole('tab', { name: 'Nội dung' }).getAttribute('aria-selected')).resolves.toBe('true');
    const selected = String(await page.evaluate("window.getSelection()?.anchorNode?.parentElement?.closest('p')?.textContent ?? ''"));
    expect(selected).toContain('tháng 10');
  });

  it('saves with Ctrl+S and exports a Word file that opens again as the same report', async () => {
    await page.keyboard.press('Control+s');
    await page.getByText(/Đã lưu lúc/).waitFor();
    const saved = readReportText(await readFile(path.join(workspace, 'reports', novemberFile), 'utf8'), novemberFile);
    expect(saved.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')?.value).toBe(150);

    await page.getByRole('tab', { name: 'Nội dung' }).click();
    const lastParagraph = page.locator('.report-body p').last();
    await lastParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Tổng thu cân đối ngân sách tháng 11 đạt 175 tỷ đồng.');
    await page.getByRole('tab', { name: 'Xuất Word' }).click();
    await page.locator('[data-action="export"]').click();
    const warning = page.getByRole('dialog');
    await warning.getByText(/Kiểm tra thấy \d+ lỗi/).waitFor();
    await warning.getByRole('button', { name: 'Vẫn xuất' }).click();
    await page.locator('.docx-wrapper').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshots, 'xuat-word.png') });
    const docx = path.join(workspace, 'xuat-word', 'ubnd-le-chan_2019-11.docx');
    const exported = await exportedReportOf(new Uint8Array(await readFile(docx)), docx);
    expect(exported.indicators.find((row) => row.id === 'thu-can-doi-ngan-sach')?.value).toBe(150);
    expect(exported.provenance.exportedAt).not.toBeNull();
  });

  it('gives the unsaved edits back after the program is killed mid-edit', async () => {
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    await page.locator('.report-body p').nth(2).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Câu viết dở khi máy tắt.');
    const autosave = path.join(workspace, '.autosave', novemberFile);
    await expect
      .poll(
        () =>
          access(autosave).then(
            () => true,
            () => false,
          ),
        { timeout: 2_000, interval: 100 },
      )
      .toBe(true);
    await app.kill();

    app = await startWebApp(workspace);
    await page.goto(app.url);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/còn thay đổi chưa lưu/).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'khoi-phuc.png') });
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Câu viết dở khi máy tắt.').waitFor();
    await page.keyboard.press('Control+s');
    await page.getByText(/Đã lưu lúc/).waitFor();
    expect(await readdir(path.join(workspace, '.autosave'))).toEqual([]);
  });
});
