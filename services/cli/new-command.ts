import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePeriodKey } from '../../core/periods/period-key';
import { validateReport } from '../../core/report/read-report';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import type { Report } from '../../core/report/report-schema';
import { createReportFromTemplate } from '../templates/create-report-from-template';
import { loadTemplates } from '../templates/load-templates';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { noOrganisationMessage } from '../workspace/find-organisation';
import { withFiguresFromHistory } from '../../core/rollover/history-figures';
import { withBodyForKind } from '../templates/body-for-period-kind';
import { latestReportBefore, loadWorkspaceReports, openingHistory } from '../workspace/workspace-history';
import { reportFileName, reportsDirectory } from '../workspace/workspace-layout';
import { openWorkspace, readReportFile, serialiseReport } from '../workspace/workspace-store';
import { UsageError, type Command } from './command';

export const newCommand: Command = {
  usage:
    'new --workspace <thư-mục> --template <mã-mẫu> --period <2019-11 | 2022-Q3 | 2022-H1 | 2019-9M | 2020> [--from <báo-cáo.json> | --from latest] [--organisation <mã>] [-o <tệp.json>] [--force]',
  summary: 'Tạo báo cáo mới từ mẫu, hoặc từ báo cáo kỳ trước (--from) với số liệu, kế hoạch, lũy kế được chuyển sang.',
  async run(args, output) {
    const { values } = parseArguments(args);
    if (!values.workspace) throw new UsageError('Thiếu --workspace.');
    if (!values.template) throw new UsageError('Thiếu --template.');
    if (!values.period) throw new UsageError('Thiếu --period.');
    const period = parsePeriodKey(values.period);
    const workspace = await openWorkspace(values.workspace);
    if (workspace.settings.organisations.length === 0) throw new Error(noOrganisationMessage);
    const catalogue = await loadTemplates({ workspaceDirectory: workspace.directory });
    const template = catalogue.templates.find((candidate) => candidate.manifest.id === values.template);
    if (!template) {
      throw new Error(
        `Không có mẫu “${values.template}”. Các mẫu có: ${catalogue.templates.map((candidate) => candidate.manifest.id).join(', ')}.`,
      );
    }
    const reports = await loadWorkspaceReports(workspace.directory);
    const history = [...reports, ...openingHistory(workspace.settings)];
    const organisations = workspace.settings.organisations.filter((organisation) =>
      values.organisation ? organisation.id === values.organisation : organisation.format === template.manifest.format,
    );
    const createdAt = new Date().toISOString();

    let report: Report;
    if (values.from) {
      const previous =
        values.from === 'latest'
          ? latestReportBefore(reports, singleOrganisation(organisations, values.organisation).id, period)
          : await readReportFile(values.from);
      if (!previous) throw new Error(`Chưa có báo cáo nào trước kỳ ${values.period} trong thư mục làm việc để chuyển sang.`);
      if (previous.organisation.format !== template.manifest.format) {
        throw new Error(
          `Báo cáo “${values.from}” dùng thể thức ${previous.organisation.format === 'state' ? 'nhà nước' : 'của Đảng'}, khác với mẫu “${template.manifest.id}”.`,
        );
      }
      const rolled = rollOverReport({
        previous,
        period,
        organisation: workspace.settings.organisations.find((organisation) => organisation.id === previous.organisation.id),
        history,
        templateId: template.manifest.id,
        subjectPattern: template.manifest.subject,
        id: randomUUID(),
        createdAt,
      });
      report = withBodyForKind(rolled, previous, template);
    } else {
      const created = createReportFromTemplate(template, {
        organisation: singleOrganisation(organisations, values.organisation),
        period,
        id: randomUUID(),
        createdAt,
      });
      report = withFiguresFromHistory(created, history);
    }

    const target = values.output ?? path.join(reportsDirectory(workspace.directory), reportFileName(report));
    if (!values.force && (await exists(target))) {
      throw new Error(`Tệp “${target}” đã có; không ghi đè. Dùng --force nếu muốn thay thế.`);
    }
    await writeFileAtomically(target, serialiseReport(validateReport(report, target)));
    output.out(`Đã tạo ${report.meta.title.toLowerCase()} “${report.meta.subject}” tại ${target}\n`);
    return 0;
  },
};

function singleOrganisation<T extends { id: string; issuerName: string }>(organisations: T[], requested: string | undefined): T {
  if (organisations.length === 1) return organisations[0]!;
  if (organisations.length === 0) {
    throw new Error(
      requested
        ? `Thư mục làm việc không có cơ quan “${requested}” dùng được với mẫu này.`
        : 'Thư mục làm việc không có cơ quan nào dùng thể thức của mẫu này.',
    );
  }
  throw new UsageError(
    `Thư mục làm việc có nhiều cơ quan dùng thể thức này (${organisations.map((organisation) => organisation.id).join(', ')}); chọn một bằng --organisation.`,
  );
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function parseArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        workspace: { type: 'string' },
        template: { type: 'string' },
        period: { type: 'string' },
        from: { type: 'string' },
        organisation: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean', default: false },
      },
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`Tham số không hợp lệ: ${(error as Error).message}`);
  }
}
