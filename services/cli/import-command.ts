import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { changeListLines } from '../../core/import/change-list-text';
import { acceptableChanges } from '../../core/import/compare-with-export';
import { parsePeriodKey } from '../../core/periods/period-key';
import type { Report } from '../../core/report/report-schema';
import type { OrganisationProfile } from '../../core/organisation/organisation-profile';
import { describeDiskError } from '../storage/describe-disk-error';
import { writeFileAtomically } from '../storage/write-file-atomically';
import { knownIndicatorsByOrganisation } from '../word/import-word-file';
import { importInWorker } from '../word/word-import-in-worker';
import { loadWorkspaceReports } from '../workspace/workspace-history';
import { openWorkspace, serialiseReport } from '../workspace/workspace-store';
import { parsedArguments, UsageError, type Command, type CommandOutput } from './command';

export const importCommand: Command = {
  usage: 'import <tệp.docx | tệp.doc> -o <báo-cáo.json> [--workspace <thư-mục>] [--period <kỳ>] [--keep-embedded] [--without-figures]',
  summary:
    'Tệp do phần mềm xuất ra: lấy lại báo cáo kèm những gì đã sửa trong Word (--keep-embedded: chỉ bản lúc xuất). Báo cáo soạn bằng Word: đọc thành báo cáo (phần đầu, đề mục, bảng chỉ tiêu), các số trong lời văn thành số liệu tự động (--without-figures: giữ nguyên là chữ).',
  async run(args, output) {
    const options = parseArguments(args);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(options.file));
    } catch (error) {
      throw new Error(`Không đọc được tệp “${options.file}”: ${describeDiskError(error)}.`, { cause: error });
    }
    let organisations: readonly OrganisationProfile[] = [];
    let reports: Report[] = [];
    if (options.workspace) {
      const workspace = await openWorkspace(options.workspace);
      organisations = workspace.settings.organisations;
      reports = await loadWorkspaceReports(workspace.directory);
    }
    const now = new Date();
    const reading = await importInWorker({
      bytes,
      label: options.file,
      organisations,
      knownIndicators: knownIndicatorsByOrganisation(reports, organisations),
      period: options.period ? parsePeriodKey(options.period) : null,
      id: randomUUID(),
      createdAt: now.toISOString(),
      accept: 'default',
    });
    if (reading.kind === 'exported') {
      const analysis = reading;
      const acceptable = acceptableChanges(analysis.changes);
      const report = options.keepEmbedded ? analysis.embedded : reading.taken!.report;
      await writeFileAtomically(options.target, serialiseReport(report));
      if (analysis.changes.length === 0) output.out(`Tệp “${options.file}” không có thay đổi nào so với lúc xuất.\n`);
      else if (options.keepEmbedded) output.out(`Bỏ qua ${acceptable.size} thay đổi làm trong Word (--keep-embedded):\n`);
      else output.out(`Tệp “${options.file}” đã được sửa trong Word; nhận ${acceptable.size} thay đổi:\n`);
      print(output, changeListLines(analysis.changes, analysis.notices));
      output.out(`Đã lưu báo cáo “${report.meta.subject}” vào ${options.target}\n`);
      return 0;
    }
    const analysis = reading;
    // The report as the file has it is the report with no suggestion taken.
    const report = options.withoutFigures ? analysis.report : reading.taken!.report;
    await writeFileAtomically(options.target, serialiseReport(report));
    output.out(
      `Tệp “${options.file}” là báo cáo soạn bằng Word${reading.converted ? ' (tệp .doc, đã chuyển sang .docx bằng LibreOffice)' : ''}.\n`,
    );
    print(output, [
      'Đã nhận ra:',
      ...analysis.summary.recognised.map((line) => `  - ${line}`),
      ...(analysis.summary.keptAsText.length > 0
        ? ['Giữ nguyên là chữ:', ...analysis.summary.keptAsText.map((line) => `  - ${line}`)]
        : []),
      ...(analysis.summary.needsALook.length > 0 ? ['Cần xem lại:', ...analysis.summary.needsALook.map((line) => `  - ${line}`)] : []),
      options.withoutFigures
        ? `Giữ nguyên ${analysis.suggestions.length} số trong lời văn là chữ (--without-figures).`
        : `Số liệu tự động: ${analysis.suggestions.length} số trong lời văn thành tham chiếu tới bảng chỉ tiêu:`,
      ...(options.withoutFigures ? [] : analysis.suggestions.map((suggestion) => `  - ${suggestion.description}`)),
    ]);
    output.out(`Đã lưu báo cáo “${report.meta.subject}” vào ${options.target}\n`);
    return 0;
  },
};

function print(output: CommandOutput, lines: readonly string[]): void {
  for (const line of lines) output.out(`${line}\n`);
}

function parseArguments(args: string[]) {
  const parsed = parsedArguments(args, {
    output: { type: 'string', short: 'o' },
    workspace: { type: 'string' },
    period: { type: 'string' },
    'keep-embedded': { type: 'boolean', default: false },
    'without-figures': { type: 'boolean', default: false },
  });
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError('Cần đúng một tệp Word.');
  if (!parsed.values.output) throw new UsageError('Thiếu -o <tệp ra>.');
  return {
    file,
    target: parsed.values.output,
    workspace: parsed.values.workspace,
    period: parsed.values.period,
    keepEmbedded: parsed.values['keep-embedded'] === true,
    withoutFigures: parsed.values['without-figures'] === true,
  };
}
