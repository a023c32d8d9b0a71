import { readFile } from 'node:fs/promises';
import { extractReport } from '../../core/export/embedded-report';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { serialiseReport } from '../workspace/workspace-store';
import { fileAndOutputArguments } from './file-and-output-arguments';
import type { Command } from './command';

export const importCommand: Command = {
  usage: 'import <tệp.docx> -o <báo-cáo.json>',
  summary: 'Lấy lại báo cáo từ tệp Word do phần mềm này xuất ra.',
  async run(args, output) {
    const { file, output: target } = fileAndOutputArguments(args, 'tệp Word');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      throw new Error(`Không đọc được tệp “${file}” (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
    }
    const report = extractReport(bytes, file);
    await writeFileAtomically(target, serialiseReport(report));
    output.out(`Đã lấy lại báo cáo “${report.meta.subject}” vào ${target}\n`);
    return 0;
  },
};
