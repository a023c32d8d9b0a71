import { reportToDocx } from '../../core/export/report-to-docx';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { readReportFile } from '../workspace/workspace-store';
import { fileAndOutputArguments } from './file-and-output-arguments';
import type { Command } from './command';

export const exportCommand: Command = {
  usage: 'export <báo-cáo.json> -o <tệp.docx>',
  summary: 'Xuất báo cáo ra tệp Word theo thể thức của cơ quan (NĐ 30/2020 hoặc HD 36 của Đảng), kèm dữ liệu để mở lại.',
  async run(args, output) {
    const { file, output: target } = fileAndOutputArguments(args, 'tệp báo cáo');
    const report = await readReportFile(file);
    await writeFileAtomically(target, await reportToDocx(report));
    output.out(`Đã xuất ${target}\n`);
    return 0;
  },
};
