import { checkReport } from '../../core/checks/check-report';
import { reportToDocx } from '../../core/export/report-to-docx';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { readReportFile } from '../workspace/workspace-store';
import { findingsText, siblingReports } from './check-command';
import { parsedArguments, UsageError, type Command } from './command';

export const exportCommand: Command = {
  usage: 'export <báo-cáo.json> -o <tệp.docx> [--force]',
  summary:
    'Xuất báo cáo ra tệp Word theo thể thức của cơ quan (NĐ 30/2020 hoặc HD 36 của Đảng), kèm dữ liệu để mở lại. Báo cáo còn lỗi kiểm tra (số liệu trống, số gõ tay lệch bảng…) không được xuất, mã thoát 1, trừ khi có --force.',
  async run(args, output) {
    const { file, target, force } = exportArguments(args);
    const report = await readReportFile(file);
    const errors = checkReport(report, { history: await siblingReports(file) }).filter((finding) => finding.severity === 'error');
    if (errors.length > 0 && !force) {
      output.error(
        `Chưa xuất ${target}: báo cáo còn ${errors.length} lỗi phải sửa trước khi trình ký.\n${findingsText(report, errors)}` +
          'Sửa các lỗi trên, hoặc chạy lại với --force để vẫn xuất (ví dụ: bản nháp để góp ý).\n',
      );
      return 1;
    }
    await writeFileAtomically(target, await reportToDocx(report));
    if (errors.length > 0) output.error(`Lưu ý: tệp được xuất dù còn ${errors.length} lỗi kiểm tra (--force).\n`);
    output.out(`Đã xuất ${target}\n`);
    return 0;
  },
};

function exportArguments(args: string[]): { file: string; target: string; force: boolean } {
  const parsed = parsedArguments(args, { output: { type: 'string', short: 'o' }, force: { type: 'boolean', default: false } });
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp báo cáo.');
  if (!parsed.values.output) throw new UsageError('Thiếu -o <tệp ra>.');
  return { file, target: parsed.values.output, force: parsed.values.force };
}
