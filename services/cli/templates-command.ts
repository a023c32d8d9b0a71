import { parseArgs } from 'node:util';
import type { periodKinds } from '../../core/periods/period';
import { describeProblem, loadTemplates } from '../templates/load-templates';
import { UsageError, type Command } from './command';

const kindNames: Record<(typeof periodKinds)[number], string> = {
  month: 'tháng',
  quarter: 'quý',
  half: '6 tháng',
  'nine-months': '9 tháng',
  year: 'năm',
};

export const templatesCommand: Command = {
  usage: 'templates [--workspace <thư-mục>]',
  summary: 'Liệt kê các mẫu báo cáo (có sẵn và của thư mục làm việc) và lỗi của mẫu hỏng; mã thoát 1 khi có mẫu hỏng.',
  async run(args, output) {
    let workspace: string | undefined;
    try {
      workspace = parseArgs({ args, options: { workspace: { type: 'string' } } }).values.workspace;
    } catch (error) {
      throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
    }
    const catalogue = await loadTemplates({ workspaceDirectory: workspace });
    for (const template of catalogue.templates) {
      const { manifest } = template;
      const kinds = manifest.periodKinds.map((kind) => kindNames[kind]).join(', ');
      const origin = template.origin === 'workspace' ? ' [của thư mục làm việc]' : '';
      output.out(
        `${manifest.id.padEnd(16)} ${manifest.name} — ${manifest.format === 'state' ? 'nhà nước' : 'Đảng'}, kỳ: ${kinds}${origin}\n`,
      );
    }
    if (catalogue.problems.length > 0) {
      output.out(`\nMẫu bị lỗi (${catalogue.problems.length}):\n`);
      for (const problem of catalogue.problems) output.out(`  ${describeProblem(problem)}\n`);
      return 1;
    }
    return 0;
  },
};
