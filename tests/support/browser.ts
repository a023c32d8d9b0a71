import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, driven headless; its background networking is off since this machine has no network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page as an officer sees the application (a laptop screen, in Vietnamese); any script error fails the test. */
export async function openApplicationPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  page.on('pageerror', (error) => {
    throw error;
  });
  return page;
}
