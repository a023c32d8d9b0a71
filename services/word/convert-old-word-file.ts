import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ReportFileError } from '../../core/report/read-report';

const run = promisify(execFile);

/** Where LibreOffice is looked for: `BAO_CAO_SOFFICE`, then the PATH, then its usual places on Windows and macOS. */
function sofficeCandidates(): string[] {
  return [
    ...(process.env['BAO_CAO_SOFFICE'] ? [process.env['BAO_CAO_SOFFICE']] : []),
    'soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  ];
}

/**
 * An old Word 97–2003 file (.doc) as .docx, converted by LibreOffice where it is installed, in a private profile and
 * a folder of its own, within two minutes and 50 MB. Without LibreOffice the file is refused, saying what to do.
 */
export async function convertOldWordFile(
  bytes: Uint8Array,
  label: string,
  options: { maximumBytes?: number; candidates?: readonly string[] } = {},
): Promise<Uint8Array> {
  const maximumBytes = options.maximumBytes ?? 50 * 1024 * 1024;
  const refuse = (message: string): never => {
    throw new ReportFileError(label, [{ place: '(tệp)', message }], `Không mở được “${label}”.`);
  };
  const directory = await mkdtemp(path.join(os.tmpdir(), 'bao-cao-doc-'));
  try {
    const source = path.join(directory, 'bao-cao.doc');
    await writeFile(source, bytes);
    let converted = false;
    for (const soffice of options.candidates ?? sofficeCandidates()) {
      try {
        await run(
          soffice,
          [
            `-env:UserInstallation=${pathToFileURL(path.join(directory, 'profile')).href}`,
            '--headless',
            '--convert-to',
            'docx:MS Word 2007 XML',
            '--outdir',
            directory,
            source,
          ],
          { timeout: 120_000 },
        );
        converted = true;
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        refuse(`LibreOffice không chuyển được tệp .doc này sang .docx (${(error as Error).message.split('\n')[0]}).`);
      }
    }
    if (!converted)
      refuse(
        'đây là tệp Word 97–2003 (.doc); máy này chưa cài LibreOffice để chuyển nó sang .docx. Hãy mở tệp trong Word hoặc LibreOffice và lưu thành .docx.',
      );
    const target = path.join(directory, 'bao-cao.docx');
    const size = await stat(target).then(
      (stats) => stats.size,
      () => refuse('LibreOffice không tạo ra được tệp .docx từ tệp này.'),
    );
    if (size > maximumBytes) refuse('tệp .docx chuyển ra quá lớn.');
    return new Uint8Array(await readFile(target));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A Word 97–2003 file starts with the signature of an OLE compound file. */
export function isOldWordFile(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((byte, index) => bytes[index] === byte);
}
