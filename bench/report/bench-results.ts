import type { BrowserBenchmarkResult } from '../measure/browser-benchmark';
import type { CheckTaskResult } from '../measure/check-task';
import type { ExportTaskResult } from '../measure/export-task';
import type { HostileImportTaskResult } from '../measure/hostile-import-task';
import type { MachineInfo } from '../measure/machine-info';
import type { PandocConversion } from '../measure/pandoc-benchmark';
import type { Summary } from '../measure/statistics';
import type { RunPlan } from '../measure/time-runs';
import type { WorkspaceTaskResult } from '../measure/workspace-task';
import type { ReportStatistics } from '../workloads/write-workloads';

export type WorkloadName = 'monthly' | 'annual';

export interface WorkloadDescription extends ReportStatistics {
  label: string;
  /** Pages of our Word export as LibreOffice lays it out: the portrait body, the landscape appendix (null without LibreOffice). */
  pages: { portrait: number; landscape: number } | null;
  /** Size of the HTML given to pandoc. */
  htmlBytes: number;
}

/** Everything `npm run bench` measured, as written to `bench/results.json`. */
export interface BenchResults {
  generatedAt: string;
  seed: number;
  /** SHA-256 of the generated workload files: the same seed gives the same digest. */
  workloadDigest: string;
  plans: Record<string, RunPlan & { note?: string }>;
  machine: MachineInfo;
  workloads: {
    monthly: WorkloadDescription;
    annual: WorkloadDescription;
    workspace: { reports: number; indicatorsPerReport: number; bytes: number; years: string };
  };
  export: {
    ours: Partial<Record<WorkloadName, ExportTaskResult>>;
    pandoc: Partial<Record<WorkloadName, PandocConversion>>;
    pandocStartup: Summary | null;
    /** Pandoc's median over ours, start-up included (as a person running pandoc waits). */
    ratio: Partial<Record<WorkloadName, number>>;
    /** The same with pandoc's start-up (`pandoc --version`) taken off its median. */
    ratioWithoutStartup: Partial<Record<WorkloadName, number>>;
  };
  workspace: WorkspaceTaskResult | null;
  checks: CheckTaskResult | null;
  browser: BrowserBenchmarkResult | null;
  /** Hostile Word files refused through the import's worker; absent from results of before it was measured. */
  hostile?: HostileImportResults | null;
  budgets: BudgetResult[];
  /** Parts of the benchmark that broke, with their error. */
  errors: { part: string; message: string }[];
}

/** Each hostile Word file's refusal, and the reading of a proper report measured the same way for comparison. */
export interface HostileImportResults {
  reference: HostileImportTaskResult | null;
  files: HostileImportTaskResult[];
}

export type BudgetStatus = 'PASS' | 'FAIL' | 'NOT RUN';

export interface BudgetResult {
  id: string;
  label: string;
  /** What the limit is compared with: `median`, `p95`, `ratio`. */
  statistic: string;
  measured: number | null;
  limit: number;
  /** `max`: the measured value must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
  unit: 'ms' | 'MB' | '×';
  status: BudgetStatus;
  /** The spread behind the figure, when it is a summary of runs. */
  spread: { min: number; max: number; runs: number } | null;
  note?: string;
}
