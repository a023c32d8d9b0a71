import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Renders Word files to PDF with LibreOffice, in one run with a private profile so that parallel runs and a
 * user's own LibreOffice settings cannot interfere. Times New Roman falls back to Liberation Serif, same metrics.
 */
export async function renderToPdf(files: string[], outputDirectory: string, profileDirectory: string): Promise<void> {
  await run(
    'soffice',
    [`-env:UserInstallation=file://${profileDirectory}`, '--headless', '--convert-to', 'pdf', '--outdir', outputDirectory, ...files],
    { timeout: 180_000 },
  );
}

export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '999', pdf]);
  return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

export async function pdfPageText(pdf: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
  return stdout;
}

/** Every word of a page with its left and right edges and its top, in points from the top left of the page. */
export async function pdfPageWords(pdf: string, page: number): Promise<{ text: string; xMin: number; xMax: number; yMin: number }[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
}

/** Opens Word files in LibreOffice and saves them again as .docx, as a person who edits in LibreOffice would. */
export async function resaveWithLibreOffice(files: string[], outputDirectory: string, profileDirectory: string): Promise<void> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${profileDirectory}`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      outputDirectory,
      ...files,
    ],
    { timeout: 180_000 },
  );
}
