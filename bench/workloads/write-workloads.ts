import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { walkBody } from '../../core/body/walk-body';
import { bodyToText } from '../../core/body/body-to-text';
import type { Report } from '../../core/report/report-schema';
import { createWorkspace, saveReport, serialiseReport } from '../../services/workspace/workspace-store';
import type { BenchmarkWorkloads } from './generate-workloads';
import { reportToHtml } from './report-to-html';

export interface ReportStatistics {
  words: number;
  figures: number;
  tables: number;
  indicators: number;
  /** Size of the report file as the workspace stores it. */
  bytes: number;
}

export interface WrittenWorkloads {
  directory: string;
  monthly: { file: string; html: string; statistics: ReportStatistics };
  annual: { file: string; html: string; statistics: ReportStatistics };
  /** The ten-year workspace. */
  workspace: { directory: string; reports: number; bytes: number; fileNames: string[] };
  /** A workspace holding the large report and the monthly one, for the browser. */
  browserWorkspace: { directory: string; fileName: string; monthlyFileName: string };
  /** SHA-256 of every generated file's content, in a fixed order: equal digests, equal workloads. */
  digest: string;
}

/** Writes the workloads under `directory`: report files, their HTML for pandoc, and two workspaces. */
export async function writeWorkloads(workloads: BenchmarkWorkloads, directory: string): Promise<WrittenWorkloads> {
  await mkdir(directory, { recursive: true });
  const hash = createHash('sha256');
  const writeReportFiles = async (name: string, report: Report) => {
    const file = path.join(directory, `${name}.json`);
    const html = path.join(directory, `${name}.html`);
    const json = serialiseReport(report);
    const markup = reportToHtml(report);
    hash.update(json).update(markup);
    await writeFile(file, json);
    await writeFile(html, markup);
    return { file, html, statistics: reportStatistics(report, Buffer.byteLength(json)) };
  };
  const monthly = await writeReportFiles('thang-10-2022', workloads.monthly);
  const annual = await writeReportFiles('nam-2022', workloads.annual);

  const workspaceDirectory = path.join(directory, 'workspace-10-nam');
  await createWorkspace(workspaceDirectory, workloads.workspace.settings);
  const fileNames: string[] = [];
  let bytes = 0;
  for (const report of workloads.workspace.reports) {
    const fileName = await saveReport(workspaceDirectory, report);
    const json = serialiseReport(report);
    hash.update(json);
    bytes += Buffer.byteLength(json);
    fileNames.push(fileName);
  }

  const browserDirectory = path.join(directory, 'workspace-trinh-duyet');
  await createWorkspace(browserDirectory, workloads.workspace.settings);
  const browserFileName = await saveReport(browserDirectory, workloads.annual);
  const monthlyFileName = await saveReport(browserDirectory, workloads.monthly);

  return {
    directory,
    monthly,
    annual,
    workspace: { directory: workspaceDirectory, reports: fileNames.length, bytes, fileNames },
    browserWorkspace: { directory: browserDirectory, fileName: browserFileName, monthlyFileName },
    digest: hash.digest('hex'),
  };
}

export function reportStatistics(report: Report, bytes: number): ReportStatistics {
  let figures = 0;
  let tables = 0;
  walkBody(report.body, (node) => {
    if (node.type === 'figure') figures += 1;
    if (node.type === 'table') tables += 1;
  });
  const words = bodyToText(report.body, report.indicators, report.period).join(' ').split(/\s+/).filter(Boolean).length;
  return { words, figures, tables, indicators: report.indicators.length, bytes };
}
