import { parseArgs } from 'node:util';
import { saveReportAsTemplate } from '../templates/save-report-as-template';
import { readReportFile } from '../workspace/workspace-store';
import { UsageError, type Command } from './command';

export const saveTemplateCommand: Command = {
  usage: 'save-template <báo-cáo.json> --workspace <thư-mục> --id <mã-mẫu> --name <tên mẫu> [--replace]',
  summary: 'Lưu một báo cáo thành mẫu của thư mục làm việc (số liệu vẫn là tham chiếu, lời văn giữ nguyên).',
  async run(args, output) {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        options: {
          workspace: { type: 'string' },
          id: { type: 'string' },
          name: { type: 'string' },
          replace: { type: 'boolean', default: false },
        },
        allowPositionals: true,
      });
    } catch (error) {
      throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp báo cáo.');
    if (!values.workspace || !values.id || !values.name) throw new UsageError('Cần --workspace, --id và --name.');
    const report = await readReportFile(positionals[0]!);
    const directory = await saveReportAsTemplate(values.workspace, report, { id: values.id, name: values.name, replace: values.replace });
    output.out(`Đã lưu mẫu “${values.name}” tại ${directory}\n`);
    return 0;
  },
};
