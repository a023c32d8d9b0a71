import { parseArgs } from 'node:util';
import { reportToDocx } from '../../core/export/report-to-docx';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { readReportFile } from '../workspace/workspace-store';
import { UsageError, type Command } from './run-command-line';

export const exportCommand: Command = {
  usage: 'export <báo-cáo.json> -o <tệp.docx>',
  summary: 'Xuất báo cáo ra tệp Word theo thể thức của cơ quan (NĐ 30/2020 hoặc HD 36 của Đảng), kèm dữ liệu để mở lại.',
  async run(args, output) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { output: { type: 'string', short: 'o' } }, allowPositionals: true });
    } catch (error) {
      throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp báo cáo.');
    if (!parsed.values.output) throw new UsageError('Thiếu -o <tệp.docx>.');
    const report = await readReportFile(file);
    await writeFileAtomically(parsed.values.output, await reportToDocx(report));
    output.out(`Đã xuất ${parsed.values.output}\n`);
    return 0;
  },
};
