import { readFile } from 'node:fs/promises';
import { checkReport } from '../../core/checks/check-report';
import { readReportText } from '../../core/report/read-report';
import { loadWorkspaceReports } from '../../services/workspace/workspace-history';
import type { Summary } from './statistics';
import { timeRuns, type RunPlan } from './time-runs';

export interface CheckTaskOptions extends RunPlan {
  file: string;
  workspaceDirectory: string;
}

export interface CheckTaskResult {
  /** Findings on the large report with its context, by severity. */
  findings: Record<string, number>;
  historyReports: number;
  previous: string | null;
  withoutContext: Summary;
  withContext: Summary;
}

/**
 * The full check suite (`checkReport`) on the large report: alone, and with its previous report (the one it was
 * rolled over from) and the rest of the ten-year workspace as history, as the application passes them.
 */
export async function runCheckTask(options: CheckTaskOptions): Promise<CheckTaskResult> {
  const report = readReportText(await readFile(options.file, 'utf8'), options.file);
  const history = (await loadWorkspaceReports(options.workspaceDirectory)).filter((candidate) => candidate.id !== report.id);
  const previous = history.find((candidate) => candidate.id === report.provenance.derivedFrom?.reportId) ?? null;
  const findings: Record<string, number> = {};
  for (const finding of checkReport(report, { previous, history })) findings[finding.severity] = (findings[finding.severity] ?? 0) + 1;
  return {
    findings,
    historyReports: history.length,
    previous: previous?.id ?? null,
    withoutContext: await timeRuns(options, () => checkReport(report)),
    withContext: await timeRuns(options, () => checkReport(report, { previous, history })),
  };
}
