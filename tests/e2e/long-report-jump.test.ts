import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApplicationPage } from '../support/browser';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startWebApp, type WebAppProcess } from '../support/web-app-process';

const root = path.resolve(import.meta.dirname, '../..');
const fileName = 'ubnd-le-chan_2019-10.json';
const fillerParagraphs = 600;
const staleSentence = 'Trong tháng 8, các phường hoàn thành việc rà soát hộ nghèo.';

/**
 * A long report, most of whose paragraphs are off screen (and so not laid out by the browser): a finding about a
 * paragraph far down still puts the caret in that paragraph and brings it on screen, and typing goes there.
 */
describe('jumping to a finding far down a long report', () => {
  let workspace: string;
  let remove: () => Promise<void>;
  let app: WebAppProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ directory: workspace, remove } = await makeTemporaryDirectory('e2e-long-report'));
    await cp(path.join(root, 'examples/le-chan'), workspace, { recursive: true });
    const file = path.join(workspace, 'reports', fileName);
    const report = JSON.parse(await readFile(file, 'utf8'));
    const filler = Array.from({ length: fillerParagraphs }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Đoạn số ${index + 1}: các phòng, ban tiếp tục triển khai nhiệm vụ được giao, bảo đảm tiến độ.` }],
    }));
    const stale = { type: 'paragraph', content: [{ type: 'text', text: staleSentence }] };
    report.body.content.splice(1, 0, ...filler, stale);
    await writeFile(file, JSON.stringify(report, null, 2));
    app = await startWebApp(workspace);
    browser = await launchChromium();
    page = await openApplicationPage(browser);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.kill();
    await remove?.();
  });

  it('puts the caret in the paragraph of the finding, on screen, and typing goes there', async () => {
    await page.goto(app.url);
    await page.locator(`[data-file="${fileName}"]`).click();
    await page.locator('.report-body p').first().waitFor();
    await page.getByRole('tab', { name: /^Kiểm tra/ }).click();
    await page.locator('.check-finding button[data-code="KY-CU"]', { hasText: 'tháng 8' }).first().click();
    await expect(page.getByRole('tab', { name: 'Nội dung' }).getAttribute('aria-selected')).resolves.toBe('true');

    const caret = (await page.evaluate(`(() => {
      const paragraph = window.getSelection()?.anchorNode?.parentElement?.closest('p');
      const box = paragraph?.getBoundingClientRect();
      return { text: paragraph?.textContent ?? '', top: box?.top ?? -1, bottom: box?.bottom ?? -1, height: window.innerHeight };
    })()`)) as { text: string; top: number; bottom: number; height: number };
    expect(caret.text).toBe(staleSentence);
    expect(caret.top).toBeGreaterThanOrEqual(0);
    expect(caret.bottom).toBeLessThanOrEqual(caret.height);

    await page.keyboard.type('X');
    await expect(page.locator('.report-body p', { hasText: 'tháng 8' }).textContent()).resolves.toMatch(/^X?Trong tháng 8|X$/u);
  });

  it('leaves the page where it is while the caret is on screen, and follows the caret off the bottom of the screen', async () => {
    await page.evaluate(`(() => {
      const paragraph = [...document.querySelectorAll('.report-body > p')].find((candidate) => candidate.textContent.startsWith('Đoạn số 300:'));
      paragraph.scrollIntoView({ block: 'center' });
      const text = paragraph.firstChild;
      const range = document.createRange();
      range.setStart(text, text.length);
      range.collapse(true);
      document.querySelector('.report-body').focus();
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    })()`);
    // Blocks coming on screen are laid out and the browser moves the scroll position to keep the text in place
    // (scroll anchoring): what must not move is the paragraph on the screen.
    const paragraphTop = `[...document.querySelectorAll('.report-body > p')].find((candidate) => candidate.textContent.startsWith('Đoạn số 300:')).getBoundingClientRect().top`;
    const before = (await page.evaluate(paragraphTop)) as number;
    await page.keyboard.type(' thêm');
    await expect(page.locator('.report-body p', { hasText: 'Đoạn số 300:' }).textContent()).resolves.toMatch(/ thêm$/u);
    expect(Math.abs(((await page.evaluate(paragraphTop)) as number) - before)).toBeLessThan(1);

    // Forty new lines take the caret a thousand pixels down, far below the bottom of the screen unless it follows.
    for (let line = 0; line < 40; line += 1) await page.keyboard.press('Enter');
    await page.keyboard.type('Dòng cuối');
    const caret = (await page.evaluate(`(() => {
      const box = getSelection().getRangeAt(0).getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    })()`)) as { top: number; bottom: number; height: number };
    expect(caret.top).toBeGreaterThanOrEqual(0);
    expect(caret.bottom).toBeLessThanOrEqual(caret.height);
  });
});
