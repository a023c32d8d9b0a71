import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { reportToDocx } from '../../core/export/report-to-docx';
import { readReportText } from '../../core/report/read-report';
import type { importInWorker } from '../../services/word/word-import-in-worker';
import type { WordImportRequest } from '../../services/word/word-import-job';
import { hostileWordFiles, type HostileWordFileName } from '../workloads/hostile-word-files';
import { measurePeakMemory, type MemoryMeasurement } from './process-memory';
import { summarise, type Summary } from './statistics';
import { collectGarbage } from './time-runs';

export interface HostileImportTaskOptions {
  /** A file of `hostileWordFiles`, or `reference`: the Word export of the monthly report, which is read, not refused. */
  name: HostileWordFileName | 'reference';
  monthlyReportFile: string;
  /** `importInWorker` bundled as the application bundles it (`buildWordImportWorker`). */
  workerModule: string;
  warmUp: number;
  runs: number;
  /** Separate single imports whose peak memory is measured, after the timed ones. */
  memoryRuns: number;
}

export interface HostileImportMemory extends MemoryMeasurement {
  /** Resident set size once the worker thread has ended and a full GC ran: compared with the baseline, what stayed. */
  rssAfterBytes: number;
}

export interface HostileImportTaskResult {
  name: HostileImportTaskOptions['name'];
  label: string;
  fileBytes: number;
  /** Resident set size before the first import, the file built, after GC. */
  rssBeforeImportsBytes: number;
  /** The same once every import is done and its worker ended: against the figure before, what the imports left. */
  rssAfterImportsBytes: number;
  /** From the call of `importInWorker` to its refusal (the reference: to its reading). */
  milliseconds: Summary;
  memory: HostileImportMemory[];
  peakAboveBaselineBytes: Summary;
  /** The refusal's message; null for the reference. */
  refusal: string | null;
}

/**
 * One Word file imported as the application does, through its bundled `importInWorker` with the default bounds, a
 * fresh worker thread each time: timed after warm-up, then its peak memory and what the process holds once the
 * worker is gone. A hostile file that is read, or refused other than as a report file, breaks the task.
 */
export async function runHostileImportTask(options: HostileImportTaskOptions): Promise<HostileImportTaskResult> {
  const bundled = (await import(pathToFileURL(options.workerModule).href)) as { importInWorker: typeof importInWorker };
  const { label, fileName, bytes } = await fileOf(options);
  const request: WordImportRequest = {
    bytes,
    label: fileName,
    organisations: [],
    knownIndicators: {},
    period: null,
    id: 'bench',
    createdAt: '2026-12-03T08:00:00Z',
  };
  let refusal: string | null = null;
  const importOnce = async () => {
    const outcome = await bundled.importInWorker(request).then(
      () => null,
      (error: unknown) => {
        // The bundle has its own copy of the error's class.
        if (error instanceof Error && error.name === 'ReportFileError') return error.message;
        throw error;
      },
    );
    if (options.name === 'reference' ? outcome !== null : outcome === null)
      throw new Error(`${fileName}: ${outcome ?? 'read'}, where the ${options.name === 'reference' ? 'reading' : 'refusal'} was expected.`);
    refusal = outcome;
  };

  collectGarbage();
  const rssBeforeImportsBytes = process.memoryUsage().rss;
  const durations: number[] = [];
  for (let run = 0; run < options.warmUp + options.runs; run += 1) {
    const threads = threadCount();
    collectGarbage();
    const start = performance.now();
    await importOnce();
    if (run >= options.warmUp) durations.push(performance.now() - start);
    await workerEnded(threads);
  }

  const memory: HostileImportMemory[] = [];
  for (let run = 0; run < options.memoryRuns; run += 1) {
    const threads = threadCount();
    const measured = await measurePeakMemory(importOnce);
    await workerEnded(threads);
    collectGarbage();
    memory.push({ ...measured, rssAfterBytes: process.memoryUsage().rss });
  }
  collectGarbage();
  const rssAfterImportsBytes = process.memoryUsage().rss;
  return {
    name: options.name,
    label,
    fileBytes: bytes.byteLength,
    rssBeforeImportsBytes,
    rssAfterImportsBytes,
    milliseconds: summarise(durations),
    memory,
    peakAboveBaselineBytes: summarise(memory.map((entry) => entry.peakAboveBaselineBytes)),
    refusal,
  };
}

async function fileOf(options: HostileImportTaskOptions): Promise<{ label: string; fileName: string; bytes: Uint8Array }> {
  if (options.name === 'reference') {
    const report = readReportText(await readFile(options.monthlyReportFile, 'utf8'), options.monthlyReportFile);
    return { label: 'Monthly report’s Word export (read, for reference)', fileName: 'thang-10.docx', bytes: await reportToDocx(report) };
  }
  const file = hostileWordFiles.find((candidate) => candidate.name === options.name);
  if (!file) throw new Error(`Unknown hostile Word file “${options.name}”.`);
  return { label: file.label, fileName: file.fileName, bytes: await file.build() };
}

/** Threads of this process (Linux); null elsewhere. */
function threadCount(): number | null {
  try {
    return Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) || null;
  } catch {
    return null;
  }
}

/** `importInWorker` settles before its worker has ended: waits until the process is back to its threads of before. */
async function workerEnded(threadsBefore: number | null): Promise<void> {
  if (threadsBefore === null) return void (await sleep(200));
  for (let waited = 0; waited < 2000; waited += 10) {
    if ((threadCount() ?? 0) <= threadsBefore) return;
    await sleep(10);
  }
}
