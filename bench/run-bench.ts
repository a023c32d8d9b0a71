import { execFile } from 'node:child_process';
import { mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { pdfPageSizes, renderToPdf } from '../tests/support/render-pdf';
import { runBrowserBenchmark } from './measure/browser-benchmark';
import type { CheckTaskResult } from './measure/check-task';
import type { ExportTaskResult } from './measure/export-task';
import type { HostileImportTaskOptions, HostileImportTaskResult } from './measure/hostile-import-task';
import { machineInfo } from './measure/machine-info';
import { ensurePandoc, timePandoc, timePandocConversion } from './measure/pandoc-benchmark';
import { ensureRendererBuilt } from './measure/renderer-build';
import { repositoryRoot, runNodeTask } from './measure/run-node-task';
import { round } from './measure/statistics';
import type { RunPlan } from './measure/time-runs';
import { buildWordImportWorker } from './measure/word-import-worker-build';
import type { WorkspaceTaskResult } from './measure/workspace-task';
import type { BenchResults, WorkloadName } from './report/bench-results';
import { evaluateBudgets, formatBudgetLine } from './report/budgets';
import { writeResults } from './report/write-results';
import { defaultSeed, generateWorkloads, workloadSizes } from './workloads/generate-workloads';
import { hostileWordFiles } from './workloads/hostile-word-files';
import { writeWorkloads } from './workloads/write-workloads';

/**
 * `npm run bench`: generates the workloads from the seed, measures export (ours and pandoc's), roll-over and
 * loading in the ten-year workspace, the checks, the large report in Chromium and the refusal of hostile Word files,
 * then rewrites `bench/results.json` and `bench/README.md` and prints PASS/FAIL per budget. Exits 0 whatever the budgets say;
 * non-zero only when a part of the benchmark itself broke.
 *
 * Options: `--seed N`; `--quick` (fewer runs, results left in the temporary folder, not in bench/);
 * `--only export,pandoc,workspace,checks,browser,hostile` (likewise); `--profile` (CPU profile of the typing);
 * `--keep` (keep the temporary folder); `--workloads-out DIR` (only write the workloads there).
 */
const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'workloads-out': { type: 'string' },
  },
});
const seed = values.seed ? Number(values.seed) : defaultSeed;
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not “${values.seed}”.`);
const parts = new Set((values.only ?? 'export,pandoc,workspace,checks,browser,hostile').split(',').map((part) => part.trim()));
const complete = !values.quick && values.only === undefined;
const log = (line: string) => process.stderr.write(`${line}\n`);

const plans: Record<string, RunPlan & { note?: string }> = values.quick
  ? {
      export: { warmUp: 1, runs: 3 },
      exportMemory: { warmUp: 0, runs: 1 },
      exportProfile: { warmUp: 0, runs: 1 },
      pandoc: { warmUp: 1, runs: 3 },
      quick: { warmUp: 2, runs: 5 },
      whole: { warmUp: 0, runs: 1 },
      browser: { warmUp: 0, runs: 1 },
      hostile: { warmUp: 1, runs: 3 },
      hostileMemory: { warmUp: 0, runs: 1 },
    }
  : {
      export: { warmUp: 3, runs: 7 },
      exportMemory: { warmUp: 0, runs: 3, note: 'after the timed runs, in the same process' },
      exportProfile: { warmUp: 0, runs: 3, note: 'under the CPU profiler, after the memory runs' },
      pandoc: { warmUp: 2, runs: 7 },
      quick: { warmUp: 5, runs: 20, note: 'roll-over, loading one report, validation, checks' },
      whole: { warmUp: 1, runs: 5, note: 'operations that read the whole workspace' },
      browser: { warmUp: 1, runs: 3, note: 'each run in a fresh browser context' },
      hostile: { warmUp: 2, runs: 7, note: 'each import in a fresh worker thread, as the application starts one per import' },
      hostileMemory: { warmUp: 0, runs: 3, note: 'after the timed imports, in the same process' },
    };

const temporary = path.join(os.tmpdir(), `bao-cao-bench-${process.pid}`);
const errors: BenchResults['errors'] = [];
const attempt = async <Result>(part: string, work: () => Promise<Result>): Promise<Result | null> => {
  try {
    return await work();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push({ part, message });
    log(`✗ ${part} broke: ${message}`);
    return null;
  }
};

if (values['workloads-out']) {
  const written = await writeWorkloads(generateWorkloads(seed), path.resolve(values['workloads-out']));
  log(`Workloads of seed ${seed} written to ${written.directory} (digest ${written.digest}).`);
  process.exit(0);
}

log(`Generating the workloads (seed ${seed}) in ${temporary}…`);
const generationStart = performance.now();
const workloads = generateWorkloads(seed);
const written = await writeWorkloads(workloads, temporary);
log(
  `  ${written.workspace.reports} workspace reports, ${(written.workspace.bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - generationStart) / 1000).toFixed(1)} s`,
);

const ours: Partial<Record<WorkloadName, ExportTaskResult>> = {};
const pandoc: BenchResults['export']['pandoc'] = {};
let pandocStartup: BenchResults['export']['pandocStartup'] = null;
let pandocVersion: string | null = null;
const pages: Record<WorkloadName, { portrait: number; landscape: number } | null> = { monthly: null, annual: null };
const files = { monthly: written.monthly, annual: written.annual };

if (parts.has('export')) {
  for (const name of ['monthly', 'annual'] as const) {
    log(`Word export, ${name}…`);
    const result = await attempt(`export ${name}`, () =>
      runNodeTask<ExportTaskResult>('export', {
        file: files[name].file,
        warmUp: plans.export!.warmUp,
        runs: plans.export!.runs,
        memoryRuns: plans.exportMemory!.runs,
        docxOut: path.join(temporary, `${name}.docx`),
        profileRuns: plans.exportProfile!.runs,
      }),
    );
    if (result) {
      ours[name] = result;
      log(
        `  median ${result.milliseconds.median.toFixed(1)} ms (${result.milliseconds.min.toFixed(1)}–${result.milliseconds.max.toFixed(1)})`,
      );
    }
  }
  await attempt('page count', async () => {
    const docxFiles = (['monthly', 'annual'] as const).map((name) => path.join(temporary, `${name}.docx`));
    if (
      !(
        await Promise.all(
          docxFiles.map((file) =>
            stat(file).then(
              () => true,
              () => false,
            ),
          ),
        )
      ).every(Boolean)
    )
      return;
    if (!(await commandExists('soffice')) || !(await commandExists('pdfinfo'))) {
      log('LibreOffice or pdfinfo missing: page counts left out.');
      return;
    }
    log('Counting pages with LibreOffice…');
    const pdfDirectory = path.join(temporary, 'pdf');
    await mkdir(pdfDirectory, { recursive: true });
    await renderToPdf(docxFiles, pdfDirectory, path.join(temporary, 'libreoffice-profile'));
    for (const name of ['monthly', 'annual'] as const) {
      const sizes = await pdfPageSizes(path.join(pdfDirectory, `${name}.pdf`));
      const portrait = sizes.filter((size) => size.height >= size.width).length;
      pages[name] = { portrait, landscape: sizes.length - portrait };
    }
  });
}

if (parts.has('pandoc')) {
  await attempt('pandoc', async () => {
    const installation = ensurePandoc(log);
    pandocVersion = installation.version;
    log(`pandoc (${installation.version}${installation.installedNow ? ', installed now' : ''})…`);
    pandocStartup = timePandoc(plans.pandoc!, ['--version']);
    for (const name of ['monthly', 'annual'] as const) {
      pandoc[name] = await timePandocConversion(plans.pandoc!, files[name].html, temporary);
      log(`  ${name}: median ${pandoc[name].milliseconds.median.toFixed(0)} ms`);
    }
  });
}

let workspace: WorkspaceTaskResult | null = null;
if (parts.has('workspace')) {
  log('Roll-over and loading in the ten-year workspace…');
  workspace = await attempt('workspace', () =>
    runNodeTask<WorkspaceTaskResult>('workspace', { directory: written.workspace.directory, quick: plans.quick, whole: plans.whole }),
  );
}

let checks: CheckTaskResult | null = null;
if (parts.has('checks')) {
  log('Checks on the large report…');
  checks = await attempt('checks', () =>
    runNodeTask<CheckTaskResult>('checks', {
      file: written.annual.file,
      workspaceDirectory: written.workspace.directory,
      warmUp: plans.quick!.warmUp,
      runs: plans.quick!.runs,
    }),
  );
}

let browser: BenchResults['browser'] = null;
if (parts.has('browser')) {
  browser = await attempt('browser', async () => {
    const build = await ensureRendererBuilt();
    log(`Chromium (${build.built ? `built the interface: ${build.reason}` : build.reason})…`);
    return runBrowserBenchmark(
      {
        workspaceDirectory: written.browserWorkspace.directory,
        fileName: written.browserWorkspace.fileName,
        figures: written.annual.statistics.figures,
        indicators: written.annual.statistics.indicators,
        monthlyFileName: written.browserWorkspace.monthlyFileName,
        monthlyFigures: written.monthly.statistics.figures,
        warmUp: plans.browser!.warmUp,
        runs: plans.browser!.runs,
        keystrokes: 200,
        inputMethodKeystrokes: 120,
        throttledKeystrokes: 120,
        seed,
        cpuProfileFile: values.profile ? path.join(temporary, 'typing.cpuprofile') : null,
      },
      log,
    );
  });
}

let hostile: BenchResults['hostile'] = null;
if (parts.has('hostile')) {
  hostile = await attempt('hostile', async () => {
    const workerModule = await buildWordImportWorker(path.join(temporary, 'word-import-worker'));
    const importFile = (name: HostileImportTaskOptions['name']) =>
      attempt(`hostile ${name}`, async () => {
        const result = await runNodeTask<HostileImportTaskResult>('hostile', {
          name,
          monthlyReportFile: written.monthly.file,
          workerModule,
          warmUp: plans.hostile!.warmUp,
          runs: plans.hostile!.runs,
          memoryRuns: plans.hostileMemory!.runs,
        } satisfies HostileImportTaskOptions);
        const mebibytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
        log(
          `  ${name}: ${(result.fileBytes / 1024).toFixed(0)} KiB, median ${result.milliseconds.median.toFixed(0)} ms, ` +
            `peak ${mebibytes(result.peakAboveBaselineBytes.median)} above the baseline, ` +
            `RSS ${mebibytes(result.rssBeforeImportsBytes)} before the imports and ${mebibytes(result.rssAfterImportsBytes)} after` +
            (result.refusal ? `\n    ${result.refusal.replace(/\n\s*/g, ' ')}` : ''),
        );
        return result;
      });
    log('Hostile Word files, refused through the import’s worker…');
    const reference = await importFile('reference');
    const files: HostileImportTaskResult[] = [];
    for (const file of hostileWordFiles) {
      const result = await importFile(file.name);
      if (result) files.push(result);
    }
    return { reference, files };
  });
}

const ratio: BenchResults['export']['ratio'] = {};
const ratioWithoutStartup: BenchResults['export']['ratioWithoutStartup'] = {};
for (const name of ['monthly', 'annual'] as const) {
  const mine = ours[name]?.milliseconds.median;
  const theirs = pandoc[name]?.milliseconds.median;
  if (mine && theirs) {
    ratio[name] = round(theirs / mine);
    if (pandocStartup) ratioWithoutStartup[name] = round((theirs - (pandocStartup as { median: number }).median) / mine);
  }
}

const htmlBytes = async (file: string) => (await stat(file)).size;
const partial: Omit<BenchResults, 'budgets'> = {
  generatedAt: new Date().toISOString(),
  seed,
  workloadDigest: written.digest,
  plans,
  machine: machineInfo({ chromium: browser?.chromiumVersion ?? null, pandoc: pandocVersion }),
  workloads: {
    monthly: {
      label: 'Monthly report, October 2022',
      ...written.monthly.statistics,
      pages: pages.monthly,
      htmlBytes: await htmlBytes(written.monthly.html),
    },
    annual: {
      label: 'Annual report 2022',
      ...written.annual.statistics,
      pages: pages.annual,
      htmlBytes: await htmlBytes(written.annual.html),
    },
    workspace: {
      reports: written.workspace.reports,
      indicatorsPerReport: workloadSizes.workspace.indicators,
      bytes: written.workspace.bytes,
      years: `${workloadSizes.workspace.firstYear}–${workloadSizes.workspace.lastYear}`,
    },
  },
  export: { ours, pandoc, pandocStartup, ratio, ratioWithoutStartup },
  workspace,
  checks,
  browser,
  hostile,
  errors,
};
const results: BenchResults = { ...partial, budgets: evaluateBudgets(partial) };

const target = complete ? path.join(repositoryRoot, 'bench') : temporary;
await writeResults(results, target);
process.stdout.write(`\n${results.budgets.map(formatBudgetLine).join('\n')}\n\n`);
process.stdout.write(`Results: ${path.join(target, 'results.json')} and ${path.join(target, 'README.md')}\n`);
if (!complete) process.stdout.write('(a partial run: bench/results.json and bench/README.md were left as they were)\n');
if (!values.keep && complete) await rm(temporary, { recursive: true, force: true });
else log(`Workloads kept in ${temporary}`);
if (errors.length > 0) {
  process.stdout.write(`The benchmark itself broke in: ${errors.map((error) => error.part).join(', ')}\n`);
  process.exit(1);
}

async function commandExists(name: string): Promise<boolean> {
  return promisify(execFile)('sh', ['-c', `command -v ${name}`]).then(
    () => true,
    () => false,
  );
}
