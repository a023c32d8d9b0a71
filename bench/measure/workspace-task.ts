import { rm } from 'node:fs/promises';
import path from 'node:path';
import { makePeriod, type Period } from '../../core/periods/period';
import { periodKey } from '../../core/periods/period-key';
import { validateReport } from '../../core/report/read-report';
import type { Report } from '../../core/report/report-schema';
import { rollOverReport } from '../../core/rollover/roll-over-report';
import { createApplicationService } from '../../services/api/application-service';
import { loadWorkspaceReports } from '../../services/workspace/workspace-history';
import { reportFileName, reportsDirectory } from '../../services/workspace/workspace-layout';
import { listReports, loadReport } from '../../services/workspace/workspace-store';
import { stateTemplates } from '../workloads/benchmark-organisation';
import type { Summary } from './statistics';
import { timeRuns, type RunPlan } from './time-runs';

export interface WorkspaceTaskOptions {
  directory: string;
  /** Plan of the quick operations (roll-over, loading one report, validating). */
  quick: RunPlan;
  /** Plan of the operations on the whole workspace (seconds each). */
  whole: RunPlan;
}

export interface RollOverCase {
  name: string;
  from: string;
  to: string;
  milliseconds: Summary;
}

export interface WorkspaceTaskResult {
  reports: number;
  rollOver: RollOverCase[];
  loadReport: { name: string; fileName: string; milliseconds: Summary }[];
  validateReport: { name: string; milliseconds: Summary }[];
  /** `createFromPrevious` of the application service, as the interface and the command line do it. */
  newReportThroughService: { from: string; to: string; milliseconds: Summary };
  loadWorkspaceReports: Summary;
  listReports: Summary;
}

/**
 * Roll-over and loading in the ten-year workspace. Roll-over is `rollOverReport` with the workspace's reports
 * already in memory as its history, as the service passes them; the service's own `createFromPrevious` (which
 * reads and validates every report of the workspace first, then saves) is timed too, without a budget.
 */
export async function runWorkspaceTask(options: WorkspaceTaskOptions): Promise<WorkspaceTaskResult> {
  const { directory } = options;
  const history = await loadWorkspaceReports(directory);
  const find = (period: Period) => {
    const report = history.find((candidate) => periodKey(candidate.period) === periodKey(period));
    if (!report) throw new Error(`The workspace has no report of ${periodKey(period)}.`);
    return report;
  };
  const november = find(makePeriod('month', 2022, 11));
  const december = find(makePeriod('month', 2022, 12));
  const year = find(makePeriod('year', 2022));

  const rollOverCase = async (name: string, previous: Report, period: Period): Promise<RollOverCase> => {
    const template = stateTemplates[period.kind];
    const milliseconds = await timeRuns(options.quick, (run) =>
      rollOverReport({
        previous,
        period,
        history,
        templateId: template.id,
        subjectPattern: template.subject,
        id: `bench-roll-over-${run}`,
        createdAt: '2022-12-20T08:00:00+07:00',
      }),
    );
    return { name, from: periodKey(previous.period), to: periodKey(period), milliseconds };
  };
  const rollOver = [
    await rollOverCase('monthly', november, makePeriod('month', 2022, 12)),
    await rollOverCase('across the year', december, makePeriod('month', 2023, 1)),
    await rollOverCase('large annual report', year, makePeriod('year', 2023)),
  ];

  const loadCase = async (name: string, report: Report) => {
    const fileName = reportFileName(report);
    return { name, fileName, milliseconds: await timeRuns(options.quick, () => loadReport(directory, fileName)) };
  };
  const validateCase = async (name: string, report: Report) => {
    const value = JSON.parse(JSON.stringify(report)) as unknown;
    return { name, milliseconds: await timeRuns(options.quick, () => validateReport(value)) };
  };

  const service = await createApplicationService({ workspaceDirectory: directory, now: () => new Date('2023-01-20T08:00:00+07:00') });
  const created = path.join(
    reportsDirectory(directory),
    reportFileName({ organisation: december.organisation, period: makePeriod('month', 2023, 1) }),
  );
  const newReportThroughService = {
    from: periodKey(december.period),
    to: '2023-01',
    milliseconds: await timeRuns(options.whole, async () => {
      await service.createFromPrevious({
        previousFileName: reportFileName(december),
        templateId: stateTemplates.month.id,
        periodKey: '2023-01',
        organisationId: december.organisation.id,
      });
      await rm(created, { force: true });
    }),
  };

  return {
    reports: history.length,
    rollOver,
    loadReport: [await loadCase('monthly report (300 indicators)', november), await loadCase('large annual report', year)],
    validateReport: [await validateCase('monthly report (300 indicators)', november), await validateCase('large annual report', year)],
    newReportThroughService,
    loadWorkspaceReports: await timeRuns(options.whole, () => loadWorkspaceReports(directory)),
    listReports: await timeRuns(options.whole, () => listReports(directory)),
  };
}
