import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractReport } from '../../core/export/embedded-report';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { serialiseReport } from '../workspace/workspace-store';
import { UsageError, type Command } from './run-command-line';

export const importCommand: Command = {
  usage: 'import <tệp.docx> -o <báo-cáo.json>',
  summary: 'Lấy lại báo cáo từ tệp Word do phần mềm này xuất ra.',
  async run(args, output) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
    } catch (error) {
      throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp Word.');
    if (!parsed.values.output) throw new UsageError('Thiếu -o <báo-cáo.json>.');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (error) {
      throw new Error(`Không đọc được tệp “${file}” (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { cause: error });
    }
    const report = extractReport(bytes, file);
    await writeFileAtomically(parsed.values.output, serialiseReport(report));
    output.out(`Đã lấy lại báo cáo “${report.meta.subject}” vào ${parsed.values.output}\n`);
    return 0;
  },
};
