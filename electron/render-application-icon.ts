import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/**
 * `npm run icon`: renders the interface's icon (renderer/public/icon.svg) into the 512×512 PNG that electron-builder
 * turns into the installers' icons and the Linux window uses (build/icon.png). Run it again after changing the SVG.
 */
const size = 512;
const source = new URL('../renderer/public/icon.svg', import.meta.url);
const target = new URL('../build/icon.png', import.meta.url);

const svg = await readFile(source);
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  // setContent waits for the page's load event, which waits for the image.
  await page.setContent(
    `<!doctype html><body style="margin:0"><img alt="" width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body>`,
  );
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: size, height: size }, omitBackground: true });
  await mkdir(new URL('.', target), { recursive: true });
  await writeFile(target, png);
  console.log(`${fileURLToPath(target)}: ${size}×${size}`);
} finally {
  await browser.close();
}
