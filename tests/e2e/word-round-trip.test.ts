import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApplicationPage } from '../support/browser';
import { WordFileEditor } from '../support/edit-word-file';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const root = path.resolve(import.meta.dirname, '../..');
/** The README's screenshots are rewritten only when asked (`npm run screenshots`). */
let screenshots = path.join(root, 'docs/screenshots');

/** A report exported, edited in Word by the head of office and the records clerk, and opened again in the tool. */
describe('a Word file that went through Word comes back with its edits', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('e2e-word'));
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

  it('exports the October 2019 report', async () => {
    await page.goto(app.url);
    await page.locator('[data-file="ubnd-le-chan_2019-10.json"]').click();
    await page.getByRole('tab', { name: 'Xuất Word' }).click();
    await page.locator('[data-action="export"]').click();
    const warning = page.getByRole('dialog');
    if (await warning.isVisible().catch(() => false)) await warning.getByRole('button', { name: 'Vẫn xuất' }).click();
    await page.getByText('Tệp đã lưu tại:').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: '← Danh sách báo cáo' }).click();
  });

  it('shows what was changed in Word, each to accept, and puts the accepted changes in the editor', async () => {
    const exported = path.join(workspace, 'xuat-word', 'ubnd-le-chan_2019-10.docx');
    const editor = new WordFileEditor(new Uint8Array(await readFile(exported)));
    editor
      .replaceText('tiếp tục ổn định', 'giữ vững ổn định')
      .replaceText('ước đạt 202 tỷ đồng', 'ước đạt 205 tỷ đồng')
      .replaceText('Số:       /BC-UBND', 'Số: 125/BC-UBND');
    const edited = path.join(workspace, 'thang-10-da-sua.docx');
    await writeFile(edited, editor.bytes());

    await page.locator('input[type="file"][accept=".docx,.doc"]').setInputFiles(edited);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Tệp đã được sửa trong Word: 4 thay đổi nhận được').waitFor();
    await expect(dialog.locator('[data-group="details"] li').allTextContents()).resolves.toEqual(['Số văn bản: (để trống) → 125']);
    await expect(dialog.locator('[data-group="body"] li').count()).resolves.toBe(2);
    await expect(dialog.locator('[data-group="figures"] li').allTextContents()).resolves.toEqual([
      'Tổng thu cân đối ngân sách, số liệu kỳ này: “ước đạt 202 tỷ đồng” → “ước đạt 205 tỷ đồng” (sửa trong câu ở đoạn 4)',
    ]);
    await dialog.locator('input[data-change="noi-dung:sua:1"]').uncheck();
    await page.screenshot({ path: path.join(screenshots, 'nhap-word.png') });
    await dialog.getByRole('button', { name: 'Nhận các thay đổi đã chọn' }).click();

    await page.getByText('Báo cáo tháng 10 năm 2019').waitFor();
    const body = page.locator('.report-body');
    await expect(body.textContent()).resolves.toContain('tiếp tục ổn định');
    const figure = page.locator('.figure-chip[data-indicator="thu-can-doi-ngan-sach"][data-field="value-phrase"]');
    await expect(figure.textContent()).resolves.toBe('ước đạt 205 tỷ đồng');
    await page.getByRole('tab', { name: 'Thông tin văn bản' }).click();
    await expect(page.locator('[name="number"]').inputValue()).resolves.toBe('125');
  });
});
