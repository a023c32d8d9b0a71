import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApplicationPage } from '../support/browser';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const root = path.resolve(import.meta.dirname, '../..');
const fileName = 'ubnd-le-chan_2019-10.json';
const copyName = 'ubnd-le-chan_2019-10-ban-soan.json';

/**
 * The report's file is changed by another program while it is being edited: the save says so, shows what differs,
 * and keeps both; neither the draft nor the other change is lost.
 */
describe('a save over a file changed elsewhere, in the browser', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;
  const reportFile = (name: string) => path.join(workspace, 'reports', name);

  beforeAll(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('e2e-save-conflict'));
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

  it('asks, when the file changed on disk since it was opened, instead of writing over it', async () => {
    await page.goto(app.url);
    await page.locator(`[data-file="${fileName}"]`).click();
    const paragraph = page.locator('.report-body p').first();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Đoạn viết thêm trong phần mềm.');

    const edited = JSON.parse(await readFile(reportFile(fileName), 'utf8'));
    edited.meta.subject = 'Trích yếu sửa bằng chương trình khác';
    await writeFile(reportFile(fileName), `${JSON.stringify(edited, null, 2)}\n`);

    await page.locator('[data-action="save"]').click();
    const dialog = page.locator('[data-dialog="save-conflict"]');
    await dialog.getByText('đã được sửa ở nơi khác').waitFor();
    await expect(dialog.locator('button').allTextContents()).resolves.toEqual([
      'So sánh',
      'Giữ cả hai',
      'Ghi đè bằng bản đang soạn',
      'Chưa ghi',
    ]);
  });

  it('shows what differs between the file and the draft, then comes back to the choice', async () => {
    await page.locator('[data-choice="compare"]').click();
    const comparison = page.locator('[data-dialog="report-comparison"]');
    await comparison.getByText('2 chỗ khác nhau').waitFor();
    const rows = await comparison
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')));
    expect(rows[0]).toEqual(['Văn bản', 'Trích yếu', 'Trích yếu sửa bằng chương trình khác', expect.stringContaining('Kết quả thực hiện')]);
    expect(rows[1]![0]).toBe('Nội dung');
    expect(rows[1]![3]).toContain('Đoạn viết thêm trong phần mềm.');
    expect(rows[1]![2]).not.toContain('Đoạn viết thêm');
    // In a long paragraph the words that differ are marked.
    const marked = await comparison.locator('tbody tr').nth(1).locator('td').nth(3).locator('mark').allTextContents();
    expect(marked.join('').replace(/\s+/gu, '')).toContain('Đoạnviếtthêmtrongphầnmềm.');
    expect(marked.join('').length).toBeLessThan(rows[1]![3]!.length / 2);
    await comparison.getByRole('button', { name: 'Quay lại' }).click();
    await page.locator('[data-dialog="save-conflict"]').waitFor();
  });

  it('keeps both: the draft in a file of its own, opened; the file changed elsewhere as it was left', async () => {
    await page.locator('[data-choice="keep-both"]').click();
    const message = page.getByRole('dialog').filter({ hasText: 'Đã giữ cả hai' });
    await message.getByText(copyName).first().waitFor();
    await message.getByRole('button', { name: 'Đóng' }).click();

    const copy = JSON.parse(await readFile(reportFile(copyName), 'utf8'));
    expect(JSON.stringify(copy.body)).toContain('Đoạn viết thêm trong phần mềm.');
    expect(copy.meta.subject).not.toBe('Trích yếu sửa bằng chương trình khác');
    const original = JSON.parse(await readFile(reportFile(fileName), 'utf8'));
    expect(original.meta.subject).toBe('Trích yếu sửa bằng chương trình khác');
    expect(JSON.stringify(original.body)).not.toContain('Đoạn viết thêm');

    // The copy is the report now open: editing and saving it goes to the copy, with no conflict.
    await page.locator('.report-body p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Lần hai.');
    await page.locator('[data-action="save"]').click();
    await page.getByRole('status').getByText('Đã lưu lúc').waitFor();
    expect(JSON.stringify(JSON.parse(await readFile(reportFile(copyName), 'utf8')).body)).toContain('Lần hai.');
    expect(JSON.parse(await readFile(reportFile(fileName), 'utf8')).meta.subject).toBe('Trích yếu sửa bằng chương trình khác');
  });
});
