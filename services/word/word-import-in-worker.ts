import { Worker } from 'node:worker_threads';
import { ReportFileError, type ReportProblem } from '../../core/report/read-report';
import type { WordImportReading, WordImportRequest } from './word-import-job';

/** How long and how much memory one import may take before it is stopped. */
export interface WorkerBounds {
  milliseconds: number;
  /** The worker's JavaScript heap; the file's bytes and the inflated parts are bounded apart (`WordFileLimits`). */
  heapMegabytes: number;
}

/** A 300-page report reads in a few seconds on a slow PC; a file that takes a minute is not a report. */
export const defaultWorkerBounds: WorkerBounds = { milliseconds: 60_000, heapMegabytes: 1024 };

export type WorkerAnswer =
  | { ok: true; reading: WordImportReading }
  | {
      ok: false;
      failure:
        | { kind: 'report-file'; label: string; problems: ReportProblem[]; summary: string }
        | { kind: 'other'; name: string; message: string };
    };

/**
 * Runs one import in a worker thread of its own, so that reading a file — however large or hostile — never holds up
 * the process's other work (the browser mode's other requests, the desktop app's other commands). The worker is
 * stopped when it goes over its time or memory, and the import is refused with a message naming the file; its
 * memory is given back when it ends, whatever happened.
 */
export function importInWorker(request: WordImportRequest, bounds: WorkerBounds = defaultWorkerBounds): Promise<WordImportReading> {
  const refuse = (message: string) =>
    new ReportFileError(request.label, [{ place: '(tệp)', message }], `Không mở được “${request.label}”.`);
  return new Promise((resolve, reject) => {
    const entry = workerEntry();
    const worker = new Worker(entry.url, {
      workerData: entry.workerData,
      resourceLimits: { maxOldGenerationSizeMb: bounds.heapMegabytes, maxYoungGenerationSizeMb: 64 },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            refuse(
              `đọc tệp quá ${seconds(bounds.milliseconds)} mà chưa xong, nên đã dừng; tệp có thể bị hỏng hoặc được làm ra để làm treo phần mềm.`,
            ),
          ),
        ),
      bounds.milliseconds,
    );
    worker.on('message', (answer: WorkerAnswer) => settle(() => (answer.ok ? resolve(answer.reading) : reject(errorOf(answer.failure)))));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refuse(
                `đọc tệp cần hơn ${bounds.heapMegabytes} MB bộ nhớ, nên đã dừng; tệp có thể bị hỏng hoặc được làm ra để làm treo phần mềm.`,
              )
            : refuse(`không đọc được (${error.message}).`),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(refuse(`việc đọc tệp dừng giữa chừng (mã ${code}).`))));
    worker.postMessage(request);
  });
}

function errorOf(failure: Extract<WorkerAnswer, { ok: false }>['failure']): Error {
  if (failure.kind === 'report-file') return new ReportFileError(failure.label, failure.problems, failure.summary);
  const error = new Error(failure.message);
  error.name = failure.name;
  return error;
}

/**
 * The worker's script: beside this module once bundled (`out/electron/word-import-worker.js`); from the sources, the
 * TypeScript entry loaded through tsx, which a worker does not inherit from the process that starts it.
 */
function workerEntry(): { url: URL; workerData: unknown } {
  if (import.meta.url.endsWith('.ts'))
    return {
      url: new URL('./typescript-worker.mjs', import.meta.url),
      workerData: { entry: new URL('./word-import-worker.ts', import.meta.url).href },
    };
  return { url: new URL('./word-import-worker.js', import.meta.url), workerData: null };
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây`;
}
