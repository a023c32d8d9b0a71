import { reportToText } from '../../core/report/report-to-text';
import { readReportFile } from '../workspace/workspace-store';
import { UsageError, type Command } from './command';

export const textCommand: Command = {
  usage: 'text <báo-cáo.json>',
  summary: 'In báo cáo dạng văn bản thuần, mọi số liệu đã được tính từ bảng chỉ tiêu.',
  async run(args, output) {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp báo cáo.');
    output.out(reportToText(await readReportFile(file)));
    return 0;
  },
};
