import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { autosaveFolderName } from '../../services/workspace/autosave-store';
import { editorReadyCondition, frameWhenExpression, probeScript } from './browser-probes';

/**
 * A fresh browser context for one run, with the probe in its page. Afterwards the autosave copies the typing left
 * are removed, so that the next run opens the report without the recovery dialog.
 */
export async function withContext<Result>(
  browser: Browser,
  workspaceDirectory: string,
  work: (page: Page, session: CDPSession, context: BrowserContext) => Promise<Result>,
): Promise<Result> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const pageErrors: Error[] = [];
    page.on('pageerror', (error) => pageErrors.push(error));
    const session = await context.newCDPSession(page);
    await page.addInitScript({ content: probeScript });
    const result = await work(page, session, context);
    if (pageErrors.length > 0) throw new Error(`the page threw: ${pageErrors.map((error) => error.message).join('; ')}`);
    return result;
  } finally {
    await context.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await clearAutosave(workspaceDirectory);
  }
}

export async function clearAutosave(workspaceDirectory: string): Promise<void> {
  await rm(path.join(workspaceDirectory, autosaveFolderName), { recursive: true, force: true });
}

/** Opens a report from the workspace list; returns the times of the click and of the first frame with it editable. */
export async function openReport(page: Page, url: string, fileName: string, figures: number) {
  await page.goto(url);
  const entry = page.locator(`.report-entry[data-file="${fileName}"]`);
  await entry.waitFor({ timeout: 60_000 });
  const listShownAt = (await page.evaluate('performance.now()')) as number;
  await entry.click();
  const readyAt = (await page.evaluate(frameWhenExpression(editorReadyCondition(figures)))) as number;
  const clickedAt = (await page.evaluate('window.__bench.clicks.at(-1)')) as number;
  return { listShownAt, clickedAt, readyAt };
}

/** Resolves after the next frame has been painted. */
export async function nextPaint(page: Page): Promise<void> {
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
}
