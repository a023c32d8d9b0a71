import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkReport } from '../../core/checks/check-report';
import type { CheckFinding, CheckSeverity } from '../../core/checks/check-finding';
import { targetDescriber } from '../../core/checks/describe-target';
import type { Report } from '../../core/report/report-schema';
import { loadWorkspaceHistory, loadWorkspaceReports } from '../workspace/workspace-history';
import { openWorkspace } from '../workspace/workspace-store';
import { readReportFile } from '../workspace/workspace-store';
import { parsedArguments, UsageError, type Command } from './command';

const severityLabels: Record<CheckSeverity, string> = { error: 'LỖI', warning: 'CẢNH BÁO', information: 'THÔNG TIN' };

export const checkCommand: Command = {
  usage: 'check <báo-cáo.json> [--json] [--workspace <thư-mục>]',
  summary:
    'Kiểm tra báo cáo: số gõ tay lệch bảng, tỷ lệ và lũy kế sai, số liệu trùng, đoạn chưa xem lại, kỳ cũ, thể thức, số ước, cơ quan cấp huyện, thiếu số liệu. Mã thoát 1 khi có lỗi.',
  async run(args, output) {
    const { values, positionals } = parseArguments(args);
    const [file] = positionals;
    if (!file || positionals.length > 1) throw new UsageError('Cần đúng một tệp báo cáo.');
    const report = await readReportFile(file);
    const history = values.workspace ? await workspaceReports(values.workspace) : await siblingReports(file);
    const findings = checkReport(report, { history });
    output.out(values.json ? `${JSON.stringify(findings, null, 2)}\n` : findingsText(report, findings));
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  },
};

function parseArguments(args: string[]) {
  return parsedArguments(args, { json: { type: 'boolean', default: false }, workspace: { type: 'string' } });
}

/** One line a finding, `LỖI [SO-GO-TAY] đoạn 4: …`, then the count of each severity. */
export function findingsText(report: Report, findings: readonly CheckFinding[]): string {
  const describe = targetDescriber(report);
  const lines = findings.map(
    (finding) => `${severityLabels[finding.severity]} [${finding.code}] ${describe(finding.target)}: ${finding.message}`,
  );
  const count = (severity: CheckSeverity) => findings.filter((finding) => finding.severity === severity).length;
  if (findings.length === 0) lines.push('Không phát hiện vấn đề nào.');
  lines.push(`${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('information')} thông tin`);
  return `${lines.join('\n')}\n`;
}

async function workspaceReports(directory: string): Promise<Report[]> {
  try {
    // A folder of reports without workspace.json has no opening figures; its reports are history all the same.
    const settings = await openWorkspace(directory).then(
      (workspace) => workspace.settings,
      () => null,
    );
    return settings ? await loadWorkspaceHistory(directory, settings) : await loadWorkspaceReports(directory);
  } catch (error) {
    throw new Error(
      `Không đọc được các báo cáo của thư mục làm việc “${directory}” (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
      { cause: error },
    );
  }
}

/** The other reports in the report's folder (the `reports/` of a workspace); a file that cannot be read is skipped. */
export async function siblingReports(file: string): Promise<Report[]> {
  const directory = path.dirname(path.resolve(file));
  const names = (await readdir(directory)).filter(
    (name) => name.endsWith('.json') && !name.startsWith('.') && path.join(directory, name) !== path.resolve(file),
  );
  const reports = await Promise.all(names.map((name) => readReportFile(path.join(directory, name), name).catch(() => null)));
  return reports.filter((report): report is Report => report !== null);
}
